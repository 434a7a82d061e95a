/**
 * CoNLL-U reading and writing (https://universaldependencies.org/format.html).
 * Only basic word lines take part in tagging and parsing; multiword-token ranges and empty nodes
 * are kept so a file can be written back as it was read.
 */
import { DyadError } from '../util/errors.js';

export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

export interface ConlluSentence {
  comments: string[];
  words: ConlluWord[];
  /** Lines that are not basic words (ranges "3-4", empty nodes "5.1"), with the word id they precede. */
  extra: { before: number; line: string }[];
}

export function parseConllu(text: string, file = '<conllu>'): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence = { comments: [], words: [], extra: [] };
  const lines = text.split(/\r?\n/);
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln];
    if (line.trim() === '') {
      if (cur.words.length || cur.comments.length) out.push(cur);
      cur = { comments: [], words: [], extra: [] };
      continue;
    }
    if (line.startsWith('#')) {
      cur.comments.push(line);
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) throw new DyadError('E_INPUT', `expected 10 tab-separated columns, found ${cols.length}`, { file, line: ln + 1 });
    if (!/^\d+$/.test(cols[0])) {
      cur.extra.push({ before: cur.words.length + 1, line });
      continue;
    }
    const head = cols[6] === '_' ? -1 : Number(cols[6]);
    if (!Number.isInteger(head)) throw new DyadError('E_INPUT', `bad HEAD "${cols[6]}"`, { file, line: ln + 1 });
    cur.words.push({
      id: Number(cols[0]), form: cols[1], lemma: cols[2], upos: cols[3], xpos: cols[4],
      feats: cols[5], head, deprel: cols[7], deps: cols[8], misc: cols[9],
    });
  }
  if (cur.words.length || cur.comments.length) out.push(cur);
  return out;
}

/** The value of a `# key = value` comment, or null. */
export function conlluComment(s: ConlluSentence, key: string): string | null {
  const prefix = `# ${key} = `;
  for (const c of s.comments) if (c.startsWith(prefix)) return c.slice(prefix.length);
  for (const c of s.comments) if (c === `# ${key}`) return '';
  return null;
}

export function formatConllu(sentences: ConlluSentence[]): string {
  const parts: string[] = [];
  for (const s of sentences) {
    for (const c of s.comments) parts.push(c);
    let e = 0;
    for (const w of s.words) {
      while (e < s.extra.length && s.extra[e].before <= w.id) parts.push(s.extra[e++].line);
      parts.push([w.id, w.form, w.lemma, w.upos, w.xpos, w.feats, w.head < 0 ? '_' : w.head, w.deprel, w.deps, w.misc].join('\t'));
    }
    while (e < s.extra.length) parts.push(s.extra[e++].line);
    parts.push('');
  }
  return parts.join('\n') + (parts.length ? '\n' : '');
}
