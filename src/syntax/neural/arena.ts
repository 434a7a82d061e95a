/**
 * Float32 storage for the neural parser in one WebAssembly.Memory, so the wasm kernels
 * (kernels.ts) read and write it in place. Offsets are in floats; every allocation starts on a
 * 16-byte boundary (a multiple of 4 floats) so the kernels may load four lanes at a time. The
 * memory grows as needed; growing detaches the old buffer, so callers re-read `f32` after `alloc`
 * (offsets stay valid). `mark`/`reset` give stack-like scratch space.
 */

const PAGE_BYTES = 65536;

export class Arena {
  readonly memory: WebAssembly.Memory;
  private view: Float32Array;
  private top = 0; // next free float

  constructor(initialFloats = 1 << 20) {
    this.memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil((initialFloats * 4) / PAGE_BYTES)) });
    this.view = new Float32Array(this.memory.buffer);
  }

  /** A view on the whole memory; a new one after the memory grew. */
  get f32(): Float32Array {
    if (this.view.buffer !== this.memory.buffer) this.view = new Float32Array(this.memory.buffer);
    return this.view;
  }

  /** n zeroed floats; returns the offset of the first (a multiple of 4). */
  alloc(n: number): number {
    const at = this.top;
    const end = at + Math.ceil(n / 4) * 4;
    this.ensure(end);
    this.top = end;
    this.f32.fill(0, at, at + n);
    return at;
  }

  /**
   * Makes room for n more floats above the top without allocating them, so the allocations of one
   * pass up to that many never grow the memory (and a view taken at its start stays valid).
   */
  reserve(n: number): void {
    this.ensure(this.top + n);
  }

  private ensure(end: number): void {
    const have = this.memory.buffer.byteLength / 4;
    if (end <= have) return;
    // At least half again what there is, so a growing arena grows rarely.
    const pages = this.memory.buffer.byteLength / PAGE_BYTES;
    this.memory.grow(Math.max(Math.ceil(((end - have) * 4) / PAGE_BYTES), Math.ceil(pages / 2)));
  }

  /** The current top, for `reset`. */
  mark(): number {
    return this.top;
  }

  /** Frees everything allocated since `mark` returned `mark`. */
  reset(mark: number): void {
    this.top = mark;
  }
}
