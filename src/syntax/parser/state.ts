/**
 * Arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011) over typed arrays.
 *
 * Words are numbered 1..n; 0 is the artificial ROOT, which sits at the bottom of the stack and is
 * never popped. The buffer is always the contiguous range b..n, so "k is in the buffer" is k >= b.
 *
 *   SHIFT      push b0
 *   LEFT(l)    s0 <-l- b0, pop s0                     (s0 is not ROOT, buffer not empty)
 *   RIGHT(l)   s1 -l-> s0, pop s0                     (s1 = ROOT only when the buffer is empty)
 *
 * The last restriction gives exactly one root per sentence. The parser chooses an action
 * (SHIFT, LEFT, RIGHT) and, for an arc, then a label: factoring the label out of the action keeps
 * the weights touched per decision small (3 classes, not 1 + 2 x 50), which is what makes parsing fast.
 */

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const N_ACTIONS = 3;
export const NONE = -1;

export class ParseState {
  readonly n: number;
  readonly stack: Int32Array;
  sp = 1;
  b = 1;
  readonly head: Int32Array;
  readonly label: Int32Array;
  /** Nearest/second nearest children on each side, for features; NONE when absent. */
  readonly l1: Int32Array;
  readonly l2: Int32Array;
  readonly r1: Int32Array;
  readonly r2: Int32Array;
  readonly nLeft: Int32Array;
  readonly nRight: Int32Array;
  /** Sets of child labels as 64-bit masks split into two int32 (labels folded mod 64). */
  readonly leftLabelsLo: Int32Array;
  readonly leftLabelsHi: Int32Array;
  readonly rightLabelsLo: Int32Array;
  readonly rightLabelsHi: Int32Array;
  /** Position of each word on the stack, or NONE. */
  readonly stackPos: Int32Array;

  constructor(n: number) {
    this.n = n;
    const m = n + 1;
    this.stack = new Int32Array(m + 1);
    this.head = new Int32Array(m).fill(NONE);
    this.label = new Int32Array(m).fill(NONE);
    this.l1 = new Int32Array(m).fill(NONE);
    this.l2 = new Int32Array(m).fill(NONE);
    this.r1 = new Int32Array(m).fill(NONE);
    this.r2 = new Int32Array(m).fill(NONE);
    this.nLeft = new Int32Array(m);
    this.nRight = new Int32Array(m);
    this.leftLabelsLo = new Int32Array(m);
    this.leftLabelsHi = new Int32Array(m);
    this.rightLabelsLo = new Int32Array(m);
    this.rightLabelsHi = new Int32Array(m);
    this.stackPos = new Int32Array(m).fill(NONE);
    this.stack[0] = 0;
    this.stackPos[0] = 0;
  }

  /** Makes this state a copy of `o` (same sentence length), for beam search. */
  copyFrom(o: ParseState): void {
    this.sp = o.sp;
    this.b = o.b;
    this.stack.set(o.stack);
    this.head.set(o.head);
    this.label.set(o.label);
    this.l1.set(o.l1);
    this.l2.set(o.l2);
    this.r1.set(o.r1);
    this.r2.set(o.r2);
    this.nLeft.set(o.nLeft);
    this.nRight.set(o.nRight);
    this.leftLabelsLo.set(o.leftLabelsLo);
    this.leftLabelsHi.set(o.leftLabelsHi);
    this.rightLabelsLo.set(o.rightLabelsLo);
    this.rightLabelsHi.set(o.rightLabelsHi);
    this.stackPos.set(o.stackPos);
  }

  get s0(): number {
    return this.stack[this.sp - 1];
  }
  get s1(): number {
    return this.sp >= 2 ? this.stack[this.sp - 2] : NONE;
  }
  stackAt(i: number): number {
    return this.sp > i ? this.stack[this.sp - 1 - i] : NONE;
  }
  bufferAt(i: number): number {
    return this.b + i <= this.n ? this.b + i : NONE;
  }

  isTerminal(): boolean {
    return this.b > this.n && this.sp === 1;
  }

  canShift(): boolean {
    return this.b <= this.n;
  }
  canLeft(): boolean {
    return this.sp >= 2 && this.b <= this.n;
  }
  canRight(): boolean {
    return this.sp >= 3 || (this.sp === 2 && this.b > this.n);
  }

  shift(): void {
    const w = this.b++;
    this.stackPos[w] = this.sp;
    this.stack[this.sp++] = w;
  }

  left(lab: number): void {
    const d = this.stack[--this.sp];
    this.stackPos[d] = NONE;
    this.attach(this.b, d, lab);
  }

  right(lab: number): void {
    const d = this.stack[--this.sp];
    this.stackPos[d] = NONE;
    this.attach(this.stack[this.sp - 1], d, lab);
  }

  apply(action: number, lab: number): void {
    if (action === SHIFT) this.shift();
    else if (action === LEFT) this.left(lab);
    else this.right(lab);
  }

  /** The head an arc action would give s0. */
  headFor(action: number): number {
    return action === LEFT ? this.b : this.stack[this.sp - 2];
  }

  private attach(h: number, d: number, lab: number): void {
    this.head[d] = h;
    this.label[d] = lab;
    const bit = 1 << (lab & 31);
    const hi = (lab & 32) !== 0;
    if (d < h) {
      this.nLeft[h]++;
      if (hi) this.leftLabelsHi[h] |= bit;
      else this.leftLabelsLo[h] |= bit;
      // Keep l1 the leftmost child and l2 the next one in.
      if (this.l1[h] === NONE || d < this.l1[h]) {
        this.l2[h] = this.l1[h];
        this.l1[h] = d;
      } else if (this.l2[h] === NONE || d < this.l2[h]) this.l2[h] = d;
    } else {
      this.nRight[h]++;
      if (hi) this.rightLabelsHi[h] |= bit;
      else this.rightLabelsLo[h] |= bit;
      if (this.r1[h] === NONE || d > this.r1[h]) {
        this.r2[h] = this.r1[h];
        this.r1[h] = d;
      } else if (this.r2[h] === NONE || d > this.r2[h]) this.r2[h] = d;
    }
  }
}
