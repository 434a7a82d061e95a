/**
 * Running text rebuilt from a CoNLL-U treebank with `# text` lines (UD English-EWT): one document
 * per `# newdoc`, sentences joined by a space inside a paragraph and by a blank line between
 * paragraphs (`# newpar`), with the gold sentence and word spans in that text. Multiword tokens
 * ("don't" = "do" + "n't") give their words consecutive spans inside the token.
 */
import type { ConlluSentence } from '../syntax/conllu.js';
import { conlluComment } from '../syntax/conllu.js';
import { DyadError } from '../util/errors.js';

export interface GoldDocument {
  id: string;
  text: string;
  /** Per sentence [start, end) in text. */
  sentenceStart: number[];
  sentenceEnd: number[];
  /** Per word [start, end) in text, in order. */
  wordStart: number[];
  wordEnd: number[];
}

export function goldDocuments(sentences: ConlluSentence[], file = '<conllu>'): GoldDocument[] {
  const docs: GoldDocument[] = [];
  let doc: GoldDocument | null = null;
  for (const s of sentences) {
    const newdoc = conlluComment(s, 'newdoc id') ?? (conlluComment(s, 'newdoc') !== null ? '' : null);
    if (doc === null || newdoc !== null) {
      doc = { id: newdoc ?? '', text: '', sentenceStart: [], sentenceEnd: [], wordStart: [], wordEnd: [] };
      docs.push(doc);
    }
    const sentText = conlluComment(s, 'text');
    if (sentText === null) throw new DyadError('E_INPUT', `sentence without "# text" (${conlluComment(s, 'sent_id') ?? '?'})`, { file });
    if (doc.text.length > 0) {
      const newpar = s.comments.some((c) => c.startsWith('# newpar'));
      doc.text += newpar ? '\n\n' : ' ';
    }
    const base = doc.text.length;
    doc.text += sentText;
    doc.sentenceStart.push(base);
    doc.sentenceEnd.push(base + sentText.length);
    addWords(doc, s, sentText, base);
  }
  return docs;
}

/** Surface tokens of a sentence: [first word index, last word index, form]. */
function surfaceTokens(s: ConlluSentence): [number, number, string][] {
  const ranges = new Map<number, [number, string]>();
  for (const x of s.extra) {
    const m = /^(\d+)-(\d+)\t([^\t]*)/.exec(x.line);
    if (m) ranges.set(Number(m[1]), [Number(m[2]), m[3]]);
  }
  const out: [number, number, string][] = [];
  for (let w = 0; w < s.words.length; w++) {
    const r = ranges.get(s.words[w].id);
    if (r) {
      const last = s.words.findIndex((x) => x.id === r[0]);
      out.push([w, last, r[1]]);
      w = last;
    } else {
      out.push([w, w, s.words[w].form]);
    }
  }
  return out;
}

function addWords(doc: GoldDocument, s: ConlluSentence, text: string, base: number): void {
  let p = 0;
  for (const [first, last, form] of surfaceTokens(s)) {
    const at = text.indexOf(form, p);
    if (at < 0) continue; // a form not in the text (never in EWT): leave the word out
    let q = at;
    for (let w = first; w <= last; w++) {
      // a multiword token's words share its span piece by piece ("do" + "n't"); forms concatenate
      const len = first === last ? form.length : s.words[w].form.length;
      doc.wordStart.push(base + q);
      doc.wordEnd.push(base + Math.min(at + form.length, q + len));
      q += len;
    }
    p = at + form.length;
  }
}
