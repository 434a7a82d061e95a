/**
 * Near-duplicates among the documents of the current batch (not yet stored, so the store's
 * lookup cannot see them): the same banding as the store (minhash.ts), so a document is compared
 * only with the few that share two of its bands, not with the whole batch.
 */
import { bandKeys, similarity } from '../store/index.js';

interface Entry { id: string; sig: string; seq: number }

export class RecentSignatures {
  private readonly byBand = new Map<number, Entry[]>();
  private seq = 0;

  add(id: string, sig: string): void {
    const e = { id, sig, seq: this.seq++ };
    for (const band of bandKeys(sig)) {
      const list = this.byBand.get(band);
      if (list) list.push(e);
      else this.byBand.set(band, [e]);
    }
  }

  /** The earliest added document (other than `id`) at least `min` similar to `sig`, or null. */
  find(id: string, sig: string, min: number): string | null {
    const shared = new Map<Entry, number>();
    for (const band of bandKeys(sig)) {
      for (const e of this.byBand.get(band) ?? []) shared.set(e, (shared.get(e) ?? 0) + 1);
    }
    const need = min >= 0.7 ? 2 : 1;
    let best: Entry | null = null;
    for (const [e, n] of shared) {
      if (e.id === id || n < need || (best && best.seq < e.seq)) continue;
      if (similarity(e.sig, sig) >= min) best = e;
    }
    return best?.id ?? null;
  }

  clear(): void { this.byBand.clear(); }
}
