/**
 * Keys searched within edit distance 1 (one insertion, deletion or substitution), for misspelt
 * names. Two keys one edit apart share their first letter or their last one (an edit at the front
 * leaves the end aligned), so a lookup only compares the keys of length +-1 that begin or end as
 * the query does, instead of every key of those lengths.
 */
export class OneEditIndex<T> {
  /** All keys in insertion order; the maps below hold positions in it. */
  private readonly items: { key: string; value: T }[] = [];
  private readonly byFirst = new Map<string, number[]>();
  private readonly byLast = new Map<string, number[]>();

  add(key: string, value: T): void {
    if (key === '') return;
    const at = this.items.push({ key, value }) - 1;
    push(this.byFirst, `${key.length} ${key[0]}`, at);
    push(this.byLast, `${key.length} ${key[key.length - 1]}`, at);
  }

  /**
   * Values of the keys within one edit of `key`, each once: shorter keys first, then keys of the
   * same length, then longer ones, each length in insertion order.
   */
  near(key: string): T[] {
    if (key === '') return [];
    const out: T[] = [];
    for (let len = key.length - 1; len <= key.length + 1; len++) {
      const first = this.byFirst.get(`${len} ${key[0]}`) ?? [];
      const last = this.byLast.get(`${len} ${key[key.length - 1]}`) ?? [];
      for (const at of mergeUnique(first, last)) {
        const item = this.items[at];
        if (withinOneEdit(key, item.key) && !out.includes(item.value)) out.push(item.value);
      }
    }
    return out;
  }
}

function push(map: Map<string, number[]>, k: string, at: number): void {
  const list = map.get(k);
  if (list) list.push(at);
  else map.set(k, [at]);
}

/** The union of two ascending lists, ascending. */
function mergeUnique(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
    if (i < a.length && a[i] === next) i++;
    if (j < b.length && b[j] === next) j++;
    out.push(next);
  }
  return out;
}

/** True when a and b differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
