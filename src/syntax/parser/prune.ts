/**
 * Pruning a frozen model: drop weights smaller than a fraction of the table's largest one. Most
 * averaged-perceptron weights are tiny; dropping them shrinks the shipped file, the load time and
 * the cache footprint at a small cost in accuracy (measured in models/syntax/README.md).
 */
import { WeightTable } from '../weights.js';
import { Parser } from './parser.js';

export function pruneTable(t: WeightTable, fraction: number): WeightTable {
  let max = 0;
  for (let i = 0; i < t.val.length; i++) max = Math.max(max, Math.abs(t.val[i]));
  const threshold = fraction * max;
  const keys: number[] = [];
  const offsets: number[] = [0];
  const cls: number[] = [];
  const val: number[] = [];
  for (let r = 0; r < t.keys.length; r++) {
    for (let j = t.offsets[r]; j < t.offsets[r + 1]; j++) {
      if (Math.abs(t.val[j]) < threshold) continue;
      cls.push(t.cls[j]);
      val.push(t.val[j]);
    }
    if (cls.length > offsets[offsets.length - 1]) {
      keys.push(t.keys[r]);
      offsets.push(cls.length);
    }
  }
  return new WeightTable(t.nClasses, t.rowBits, Uint32Array.from(keys), Uint32Array.from(offsets),
    Uint16Array.from(cls), Float32Array.from(val));
}

/** Prunes the action table and, unless `actionsOnly` (a beam parser sharing a pruned label model), the label table. */
export function pruneParser(p: Parser, fraction: number, actionsOnly = false): Parser {
  const labels = actionsOnly ? p.labelWeights : pruneTable(p.labelWeights, fraction);
  return new Parser(p.labels, p.vocab, pruneTable(p.actions, fraction), labels, p.beamWidth, p.reverse);
}
