import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DyadError } from '../util/errors.js';
import type { GoldDocument } from './gold.js';
import { SbdLexicon } from './sbd-lexicon.js';
import { hashLower } from './sbd-tokens.js';
import { averageTables, chooseThresholds, gapExamples, goldSentences, jackknifeExamples, trainSbd } from './sbd-train.js';
import { createSegmenter, defaultSbdModelFile, SbdModel, segment } from './segment.js';
import { tokenize } from './tokenize.js';
import { sentenceEnds } from './sentences.js';
import { WeightTable } from '../syntax/weights.js';

function sentences(seg: { segment(t: string): { start: number; end: number }[] }, text: string): string[] {
  return seg.segment(text).map((s) => text.slice(s.start, s.end));
}

function errorCode(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof DyadError);
    return e.code;
  }
  return 'no error';
}

// ---- the shipped model -------------------------------------------------------------------------

const shipped = SbdModel.load();
const withModel = createSegmenter({ model: shipped });

const NEWS = [
  'Bush met Gen. Smith in Washington. They talked.',
  'Troops left the U.S. Army base. The next day they returned.',
  'He arrived in the U.S. The next day he left.',
  'Acme Inc. said profits rose.',
  '"We will fight," he said. "Never surrender."',
  'He said: "It is over." Next came the vote.',
  '"Why?" he asked. Nobody knew!',
  'J. R. Smith met Dr. A. Jones on Feb. 5 at 3 p.m. in St. Louis.',
  'President Joe Biden met Chinese President Xi Jinping in San Francisco on Wednesday.',
  'MOSCOW, March 3 (Reuters) - Russian Foreign Minister Sergei Lavrov said on Monday that talks would resume.',
  'Israeli Prime Minister Benjamin Netanyahu said Hamas must release all hostages, officials in Tel Aviv said.',
  'The United Nations Security Council voted on Tuesday, and Russia vetoed the resolution. China abstained.',
  'Headline Without Stop\nThe story begins here.',
  'Steps:\n1. Go home.\n2. Sleep.',
  'Wait... What happened?',
  'MOSCOW, April 1 -- The EU condemned Russia for the incident. Markets moved 3.9 percent on the news, traders reported.',
  'PARIS, April 1 -- The French foreign minister met his German counterpart in Berlin.',
  'Yahoo! Inc. said on Monday it would cut jobs. Google is not as popular as Yahoo! and AOL.',
];

test('the shipped model leaves news-style text exactly as the rules split it', () => {
  for (const text of NEWS) assert.deepEqual(sentences(withModel, text), sentences({ segment }, text), text);
});

test('the shipped model ends mail-style sentences that have no punctuation', () => {
  const header = 'Sean Boyle 08/17/2000 11:21 AM I spoke with him today.';
  assert.deepEqual(sentences({ segment }, header), ['Sean Boyle 08/17/2000 11:21 AM', 'I spoke with him today.']);
  assert.deepEqual(sentences(withModel, header), ['Sean Boyle', '08/17/2000 11:21 AM', 'I spoke with him today.']);
  assert.deepEqual(sentences(withModel, 'Let me know if you have questions. Regards, Mark Taylor'),
    ['Let me know if you have questions.', 'Regards,', 'Mark Taylor']);
});

test('segments from the model path keep offsets, forms and the final-abbreviation split', () => {
  const text = 'They brought pens, paper, etc. The rest stayed.';
  const segs = withModel.segment(text);
  assert.deepEqual(segs[0].forms.slice(-2), ['etc', '.']);
  for (const s of segs) s.forms.forEach((f, i) => assert.equal(text.slice(s.tokenStart[i], s.tokenEnd[i]), f));
  assert.deepEqual(withModel.segment(''), []);
});

test('the shipped model is small and its file round-trips to the same decisions', () => {
  const file = defaultSbdModelFile();
  assert.ok(existsSync(file));
  const buf = shipped.toBuffer();
  assert.ok(buf.length < 2_000_000);
  const again = createSegmenter({ model: SbdModel.fromBuffer(buf) });
  const text = 'Sounds good. Thanks, Sean Here is the file. Hi all The call moved to 3 pm.';
  assert.deepEqual(sentences(again, text), sentences(withModel, text));
});

test('bad model files give E_MODEL, a lazy model file only when first used', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sbd-'));
  const junk = join(dir, 'junk.bin');
  writeFileSync(junk, 'not a model');
  assert.equal(errorCode(() => SbdModel.load(junk)), 'E_MODEL');
  const truncated = shipped.toBuffer().subarray(0, 40);
  assert.equal(errorCode(() => SbdModel.fromBuffer(truncated)), 'E_MODEL');
  const lazy = createSegmenter({ modelFile: join(dir, 'missing.bin') });
  assert.equal(errorCode(() => lazy.segment('Hello there.')), 'E_MODEL');
  assert.equal(errorCode(() => createSegmenter({ model: shipped, modelFile: junk })), 'E_USAGE');
});

// ---- training on a small made-up corpus --------------------------------------------------------

/** A gold document from sentences joined by spaces, with the tokenizer's tokens as its words. */
function goldDoc(id: string, sents: string[]): GoldDocument {
  const doc: GoldDocument = { id, text: '', sentenceStart: [], sentenceEnd: [], wordStart: [], wordEnd: [] };
  for (const s of sents) {
    if (doc.text) doc.text += ' ';
    doc.sentenceStart.push(doc.text.length);
    doc.text += s;
    doc.sentenceEnd.push(doc.text.length);
  }
  const tok = tokenize(doc.text);
  doc.wordStart = Array.from(tok.start);
  doc.wordEnd = Array.from(tok.end);
  return doc;
}

const BODIES = [
  'The meeting moved to Monday', 'I sent the report to Anna', 'Please call Bob about the contract',
  'We met Carol at the office', 'The numbers look fine to me', 'Send the file to David today',
  'I talked to Emma about the deal', 'The deal with Frank is signed',
];
const OPENERS = ['Thanks', 'Hi all', 'Regards'];

function corpus(nDocs: number, offset: number): GoldDocument[] {
  const docs: GoldDocument[] = [];
  for (let d = 0; d < nDocs; d++) {
    const sents: string[] = [];
    for (let k = 0; k < 6; k++) {
      const x = (d * 7 + k * 3 + offset) % BODIES.length;
      sents.push(BODIES[x] + (k % 2 === 0 ? '.' : ''));
      if ((d + k) % 3 === 0) sents.push(OPENERS[(d + k) % OPENERS.length]);
    }
    docs.push(goldDoc(`email-${offset}-${d}`, sents));
  }
  return docs;
}

test('a model trained on a small corpus learns openers the rules cannot see, and not names', () => {
  const train = corpus(40, 0);
  const lexicon = SbdLexicon.fromSentences(goldSentences(train), 2);
  const key = (w: string) => hashLower(w, 0, w.length);
  assert.equal(lexicon.opener(key('Thanks')), 8); // always a sentence of its own
  assert.equal(lexicon.closer(key('thanks')), 8);
  assert.equal(lexicon.opener(key('to')), 1); // never opens one
  assert.equal(lexicon.opener(key('never-seen')), 0);
  const raw = trainSbd(gapExamples(train, lexicon), lexicon, { epochs: 5, seed: 3, rowBits: 16 });
  const model = raw.withThresholds(chooseThresholds(raw, corpus(10, 1), 0.9).thresholds);
  const seg = createSegmenter({ model });
  const text = 'We met Carol at the office Thanks I sent the report to Anna';
  assert.deepEqual(sentences({ segment }, text), [text]);
  assert.deepEqual(sentences(seg, text), ['We met Carol at the office', 'Thanks', 'I sent the report to Anna']);
});

test('training is reproducible: the same seed gives the same model bytes', () => {
  const train = corpus(20, 2);
  const lexicon = SbdLexicon.fromSentences(goldSentences(train), 2);
  const a = trainSbd(jackknifeExamples(train, 4, 2), lexicon, { epochs: 2, seed: 7, rowBits: 14 });
  const b = trainSbd(jackknifeExamples(train, 4, 2), lexicon, { epochs: 2, seed: 7, rowBits: 14 });
  assert.ok(a.toBuffer().equals(b.toBuffer()));
  const c = trainSbd(jackknifeExamples(train, 4, 2), lexicon, { epochs: 2, seed: 7, bags: 3, rowBits: 14 });
  const d = trainSbd(jackknifeExamples(train, 4, 2), lexicon, { epochs: 2, seed: 7, bags: 3, rowBits: 14 });
  assert.ok(c.toBuffer().equals(d.toBuffer()));
  assert.ok(!c.toBuffer().equals(a.toBuffer()));
});

test('a wire dateline stays a segment of its own: the model never undoes that rule', () => {
  const text = 'MOSCOW, April 1 -- The EU condemned Russia for the incident.';
  assert.deepEqual(sentences(withModel, text), ['MOSCOW, April 1 --', 'The EU condemned Russia for the incident.']);
  const tok = tokenize(text);
  const ends = sentenceEnds(text, tok);
  assert.equal(ends[0], 5);
  const cx = shipped.context(text, tok, ends);
  assert.equal(cx.isCandidate(4), false); // the gap after "--"
  assert.equal(cx.isCandidate(5), true); // "The | EU"
});

test('averaged weight tables score the mean of their scores', () => {
  // one (row, class, weight) entry per row
  const table = (vals: [number, number, number][]) => new WeightTable(2, 4,
    Uint32Array.from(vals.map((v) => v[0])), Uint32Array.from({ length: vals.length + 1 }, (_, i) => i),
    Uint16Array.from(vals.map((v) => v[1])), Float32Array.from(vals.map((v) => v[2])));
  const a = table([[1, 1, 2], [3, 0, -4]]);
  const b = table([[1, 1, 6], [5, 1, 1]]);
  const avg = averageTables([a, b], 1e-3);
  const score = (t: WeightTable, f: number[]) => {
    const out = new Float32Array(2);
    t.score(Int32Array.from(f), f.length, out);
    return Array.from(out, (x) => Math.round(x * 100) / 100);
  };
  for (const f of [[1], [3], [5], [1, 3, 5], [2]]) {
    const sa = score(a, f);
    const sb = score(b, f);
    assert.deepEqual(score(avg, f), [0, 1].map((k) => Math.round(((sa[k] + sb[k]) / 2) * 100) / 100), String(f));
  }
});
