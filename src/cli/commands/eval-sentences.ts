/**
 * `dyad eval sentences --gold FILE.conllu [--errors N] [--rules | --model FILE]`: rebuilds each gold
 * document's running text, segments it (with the shipped boundary model, models/text/sbd.bin, unless
 * --rules or another --model is given), and prints sentence-boundary and token precision/recall/F1.
 * With --errors, also prints up to N missed/extra boundaries and token differences (for tuning
 * on train/dev).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Command, Io } from '../command.js';
import { usageError } from '../command.js';
import { parseConllu } from '../../syntax/conllu.js';
import { decodeInput } from '../../text/decode.js';
import { goldDocuments, type GoldDocument } from '../../text/gold.js';
import { addCounts, boundaryCounts, emptyCounts, prf, spanCounts, type PRCounts } from '../../text/score.js';
import { createSegmenter, defaultSbdModelFile, SbdModel, type Segmenter, type SentenceSegment } from '../../text/segment.js';
import { DyadError } from '../../util/errors.js';

export const command: Command = {
  async run(args, io) {
    let values;
    try {
      ({ values } = parseArgs({ args, options: { gold: { type: 'string' }, errors: { type: 'string' }, rules: { type: 'boolean' }, model: { type: 'string' } } }));
    } catch (e) {
      throw usageError(`dyad eval sentences --gold FILE.conllu [--errors N]: ${(e as Error).message}`);
    }
    if (!values.gold) throw usageError('dyad eval sentences --gold FILE.conllu [--errors N] [--rules | --model FILE]');
    if (values.rules && values.model) throw usageError('dyad eval sentences: --rules and --model exclude each other');
    const segmenter = values.rules ? createSegmenter() : createSegmenter({ model: SbdModel.load(values.model ?? defaultSbdModelFile()) });
    const showErrors = values.errors ? Number(values.errors) : 0;
    let buf: Buffer;
    try {
      buf = readFileSync(values.gold);
    } catch (e) {
      throw new DyadError('E_INPUT', `cannot read: ${(e as Error).message}`, { file: values.gold });
    }
    const docs = goldDocuments(parseConllu(decodeInput(buf, values.gold, { maxBytes: 1 << 30 }), values.gold), values.gold);
    const total = evaluate(docs, segmenter, io, showErrors);
    const b = prf(total.boundaries);
    const t = prf(total.tokens);
    const f = (x: number) => x.toFixed(4);
    io.out(`documents ${docs.length}, chars ${total.chars}, gold sentences ${total.sentences}\n`);
    io.out(`sentence boundaries: P ${f(b.p)} R ${f(b.r)} F1 ${f(b.f)} (tp ${total.boundaries.tp}, predicted ${total.boundaries.predicted}, gold ${total.boundaries.gold})\n`);
    io.out(`tokens: P ${f(t.p)} R ${f(t.r)} F1 ${f(t.f)} (tp ${total.tokens.tp}, predicted ${total.tokens.predicted}, gold ${total.tokens.gold})\n`);
    for (const [genre, c] of [...total.byGenre].sort()) {
      const g = prf(c);
      io.out(`  ${genre.padEnd(10)} boundaries P ${f(g.p)} R ${f(g.r)} F1 ${f(g.f)} (gold ${c.gold})\n`);
    }
    return 0;
  },
};

interface Totals {
  boundaries: PRCounts;
  tokens: PRCounts;
  chars: number;
  sentences: number;
  /** Boundary counts per genre: the document id up to its first "-" (EWT: weblog, email, ...). */
  byGenre: Map<string, PRCounts>;
}

function evaluate(docs: GoldDocument[], segmenter: Segmenter, io: Io, showErrors: number): Totals {
  const total: Totals = { boundaries: emptyCounts(), tokens: emptyCounts(), chars: 0, sentences: 0, byGenre: new Map() };
  const shown = { boundaries: 0, tokens: 0 };
  for (const doc of docs) {
    const segs = segmenter.segment(doc.text);
    const ends = segs.map((s) => s.end);
    const bc = boundaryCounts(doc.text, ends, doc.sentenceEnd);
    addCounts(total.boundaries, bc);
    const genre = doc.id.split('-')[0] || '(none)';
    if (!total.byGenre.has(genre)) total.byGenre.set(genre, emptyCounts());
    addCounts(total.byGenre.get(genre) as PRCounts, bc);
    const { start, end } = flatten(segs);
    addCounts(total.tokens, spanCounts(start, end, doc.wordStart, doc.wordEnd));
    total.chars += doc.text.length;
    total.sentences += doc.sentenceEnd.length;
    if (showErrors > 0) {
      shown.boundaries += printBoundaryErrors(doc, ends, io, showErrors - shown.boundaries);
      shown.tokens += printTokenErrors(doc, start, end, io, showErrors - shown.tokens);
    }
  }
  return total;
}

function flatten(segs: SentenceSegment[]): { start: number[]; end: number[] } {
  const start: number[] = [];
  const end: number[] = [];
  for (const s of segs) for (let k = 0; k < s.tokenStart.length; k++) { start.push(s.tokenStart[k]); end.push(s.tokenEnd[k]); }
  return { start, end };
}

function context(text: string, at: number): string {
  return JSON.stringify(text.slice(Math.max(0, at - 40), at) + ' ‖ ' + text.slice(at, at + 30));
}

function printBoundaryErrors(doc: GoldDocument, ends: number[], io: Io, budget: number): number {
  const gold = new Set(doc.sentenceEnd);
  const pred = new Set(ends);
  let n = 0;
  for (const e of doc.sentenceEnd) if (!pred.has(e) && e < doc.text.length && n < budget) { io.out(`missed ${context(doc.text, e)}\n`); n++; }
  for (const e of ends) if (!gold.has(e) && n < budget) { io.out(`extra  ${context(doc.text, e)}\n`); n++; }
  return n;
}

function printTokenErrors(doc: GoldDocument, start: number[], end: number[], io: Io, budget: number): number {
  const key = (s: number, e: number) => s * 1e7 + e;
  const pred = new Set(start.map((s, i) => key(s, end[i])));
  let n = 0;
  for (let i = 0; i < doc.wordStart.length && n < budget; i++) {
    if (pred.has(key(doc.wordStart[i], doc.wordEnd[i]))) continue;
    // show the gold words and our tokens over the same stretch
    const s = doc.wordStart[i];
    let j = i;
    while (j + 1 < doc.wordStart.length && !pred.has(key(doc.wordStart[j + 1], doc.wordEnd[j + 1]))) j++;
    const e = doc.wordEnd[j];
    const goldToks = [];
    for (let k = i; k <= j; k++) goldToks.push(doc.text.slice(doc.wordStart[k], doc.wordEnd[k]));
    const ours = start.map((x, k) => [x, end[k]]).filter(([x, y]) => x < e + 1 && y > s - 1).map(([x, y]) => doc.text.slice(x, y));
    io.out(`token  gold [${goldToks.join(' | ')}] ours [${ours.join(' | ')}]\n`);
    n++;
    i = j;
  }
  return n;
}
