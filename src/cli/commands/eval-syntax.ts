/**
 * `dyad eval syntax --gold FILE.conllu [--model DIR] [--gold-tags] [--accurate]`: tags and parses the gold
 * words (gold tokens, predicted tags unless --gold-tags) and prints UPOS/XPOS accuracy, UAS, LAS
 * and label F1, with the CoNLL 2018 conventions (see parser/evaluate.ts): every word counts,
 * punctuation included, and LAS compares the universal part of DEPREL.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Command } from '../command.js';
import { usageError } from '../command.js';
import { parseConllu } from '../../syntax/conllu.js';
import { attachmentScores, type TreeLike } from '../../syntax/parser/evaluate.js';
import { Syntax } from '../../syntax/pipeline.js';
import { decodeInput } from '../../text/decode.js';
import { DyadError } from '../../util/errors.js';

const USAGE = 'dyad eval syntax --gold FILE.conllu [--model DIR] [--gold-tags] [--accurate]';
export const REPORTED_LABELS = ['nsubj', 'obj', 'obl', 'ccomp', 'advcl', 'mark', 'aux'];

export const command: Command = {
  async run(args, io) {
    let values;
    try {
      ({ values } = parseArgs({ args, options: { gold: { type: 'string' }, model: { type: 'string' }, 'gold-tags': { type: 'boolean' }, accurate: { type: 'boolean' } } }));
    } catch (e) {
      throw usageError(`${USAGE}: ${(e as Error).message}`);
    }
    if (!values.gold) throw usageError(USAGE);
    let buf: Buffer;
    try {
      buf = readFileSync(values.gold);
    } catch (e) {
      throw new DyadError('E_INPUT', `cannot read: ${(e as Error).message}`, { file: values.gold });
    }
    const gold = parseConllu(decodeInput(buf, values.gold, { maxBytes: 1 << 30 }), values.gold).filter((s) => s.words.length > 0);
    const syntax = Syntax.load(values.model, values.accurate ? 'beam' : 'greedy');
    const t0 = performance.now();
    let words = 0, upos = 0, xpos = 0;
    const goldTrees: TreeLike[] = [];
    const predTrees: TreeLike[] = [];
    for (const s of gold) {
      const forms = s.words.map((w) => w.form);
      const tags = values['gold-tags']
        ? { upos: s.words.map((w) => w.upos), xpos: s.words.map((w) => w.xpos) }
        : syntax.tagger.tag(forms);
      s.words.forEach((w, i) => {
        words++;
        if (w.upos === tags.upos[i]) upos++;
        if (w.xpos === tags.xpos[i]) xpos++;
      });
      goldTrees.push({ head: s.words.map((w) => w.head), deprel: s.words.map((w) => w.deprel) });
      predTrees.push(syntax.parser.parse(forms, tags.upos, tags.xpos));
    }
    const secs = (performance.now() - t0) / 1000;
    const sc = attachmentScores(goldTrees, predTrees, REPORTED_LABELS);
    const pct = (x: number) => x.toFixed(2);
    io.out(`sentences ${gold.length}, words ${words}, tags ${values['gold-tags'] ? 'gold' : 'predicted'}, ${(words / secs).toFixed(0)} words/s (tag+parse)\n`);
    io.out(`UPOS ${pct((100 * upos) / words)}  XPOS ${pct((100 * xpos) / words)}\n`);
    io.out(`UAS ${pct(sc.uas)}  LAS ${pct(sc.las)} (universal deprel, CoNLL 2018)  LAS-full ${pct(sc.lasFull)} (with subtypes)\n`);
    for (const l of REPORTED_LABELS) {
      const s = sc.labels[l];
      io.out(`  ${l.padEnd(6)} P ${pct(100 * s.precision)}  R ${pct(100 * s.recall)}  F1 ${pct(100 * s.f1)}  (gold ${s.gold})\n`);
    }
    return 0;
  },
};
