/**
 * A growable pair of Int32Arrays holding [start, end) spans: tokens are compact arrays, not
 * objects (wink-nlp style). Spans longer than maxLength are cut into pieces (never inside a
 * surrogate pair) so one pathological "word" cannot reach later stages whole.
 */
export const MAX_TOKEN_LENGTH = 1000;

export interface Spans {
  start: Int32Array;
  end: Int32Array;
}

export class SpanBuffer {
  private starts: Int32Array;
  private ends: Int32Array;
  length = 0;

  constructor(private readonly text: string, capacity = 64, private readonly maxLength = MAX_TOKEN_LENGTH) {
    this.starts = new Int32Array(Math.max(4, capacity));
    this.ends = new Int32Array(Math.max(4, capacity));
  }

  push(s: number, e: number): void {
    while (e - s > this.maxLength) {
      let cut = s + this.maxLength;
      const c = this.text.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--; // keep a surrogate pair together
      this.add(s, cut);
      s = cut;
    }
    if (e > s) this.add(s, e);
  }

  startAt(i: number): number {
    return this.starts[i];
  }

  endAt(i: number): number {
    return this.ends[i];
  }

  private add(s: number, e: number): void {
    if (this.length === this.starts.length) {
      const n = this.length * 2;
      const ns = new Int32Array(n);
      ns.set(this.starts);
      const ne = new Int32Array(n);
      ne.set(this.ends);
      this.starts = ns;
      this.ends = ne;
    }
    this.starts[this.length] = s;
    this.ends[this.length] = e;
    this.length++;
  }

  /** The spans pushed so far, as exact-length arrays. */
  spans(): Spans {
    return { start: this.starts.slice(0, this.length), end: this.ends.slice(0, this.length) };
  }
}
