/**
 * Attachment scores with the CoNLL 2018 shared-task conventions: every word counts, punctuation
 * included; LAS compares only the universal part of DEPREL ("nsubj:pass" counts as "nsubj"), as the
 * 2018 evaluation script does. LAS over full labels (subtypes included) is reported beside it.
 */

export interface TreeLike {
  head: ArrayLike<number>;
  deprel: readonly string[];
}

export interface LabelScore {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
}

export interface AttachmentScores {
  words: number;
  uas: number;
  las: number;
  lasFull: number;
  labels: Record<string, LabelScore>;
}

export function universal(deprel: string): string {
  const i = deprel.indexOf(':');
  return i < 0 ? deprel : deprel.slice(0, i);
}

/** Scores predicted trees against gold ones; `labels` lists the universal labels to give F1 for. */
export function attachmentScores(gold: TreeLike[], pred: TreeLike[], labels: readonly string[]): AttachmentScores {
  let words = 0, uas = 0, las = 0, lasFull = 0;
  const counts = new Map<string, { g: number; p: number; c: number }>(labels.map((l) => [l, { g: 0, p: 0, c: 0 }]));
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s];
    const p = pred[s];
    for (let i = 0; i < g.head.length; i++) {
      const gl = universal(g.deprel[i]);
      const pl = universal(p.deprel[i]);
      const headOk = g.head[i] === p.head[i];
      words++;
      if (headOk) uas++;
      if (headOk && gl === pl) las++;
      if (headOk && g.deprel[i] === p.deprel[i]) lasFull++;
      const cg = counts.get(gl);
      if (cg) cg.g++;
      const cp = counts.get(pl);
      if (cp) {
        cp.p++;
        if (headOk && gl === pl) cp.c++;
      }
    }
  }
  const out: Record<string, LabelScore> = {};
  for (const [l, { g, p, c }] of counts) {
    const precision = p ? c / p : 0;
    const recall = g ? c / g : 0;
    out[l] = { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, gold: g };
  }
  const pct = (x: number) => (words ? (100 * x) / words : 0);
  return { words, uas: pct(uas), las: pct(las), lasFull: pct(lasFull), labels: out };
}
