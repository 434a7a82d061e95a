/**
 * The few encodings a hand-assembled WebAssembly module needs (dense-rows.ts, neural/kernels-wasm.ts):
 * LEB128 integers, sections and names; and compiling such a module once, where the engine can.
 */

/** Unsigned LEB128. */
export function leb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 (i32.const immediates). */
export function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

/** A section: its id, its length, its bytes. */
export function section(id: number, bytes: number[]): number[] {
  return [id, ...leb(bytes.length), ...bytes];
}

/** A name (import module and field, export): its length, its UTF-8 bytes. */
export function name(s: string): number[] {
  return [...leb(s.length), ...Buffer.from(s, 'utf8')];
}

/**
 * A function returning the module `bytes()` makes, compiled on first call, or null where the engine
 * lacks WebAssembly or rejects the module (no SIMD), or DYAD_NO_SIMD is set: callers then run
 * their JavaScript fallback.
 */
export function compiledOnce(bytes: () => Uint8Array<ArrayBuffer>): () => WebAssembly.Module | null {
  let compiled: WebAssembly.Module | null | undefined;
  return () => {
    if (compiled === undefined) {
      const b = bytes();
      compiled = process.env.DYAD_NO_SIMD || typeof WebAssembly === 'undefined' || !WebAssembly.validate(b) ? null : new WebAssembly.Module(b);
    }
    return compiled;
  };
}
