/**
 * Neural-parser matrix products (src/syntax/neural/kernels.ts): GMAC/s (10⁹ multiply-adds per
 * second, wall clock) of each kernel, WebAssembly SIMD against JavaScript, for a matrix-vector
 * product (n=1, m=512, k=256: an LSTM's recurrent step) and a batch (n=32, m=512, k=256).
 */
import { Arena } from '../src/syntax/neural/arena.js';
import { jsKernels, kernels, type Kernels } from '../src/syntax/neural/kernels.js';

/** Multiply-adds per second, in billions, of `run` (n·m·k of them a call), over about half a second. */
function gmacs(run: () => void, macs: number): number {
  for (let r = 0; r < 3; r++) run(); // warm-up
  let calls = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < 0.5) {
    for (let r = 0; r < 8; r++) run();
    calls += 8;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  return (calls * macs) / elapsed / 1e9;
}

function shape(ks: Kernels, arena: Arena, n: number, m: number, k: number): string {
  const a = arena.alloc(Math.max(n * k, n * m)), b = arena.alloc(Math.max(m * k, n * k)), c = arena.alloc(Math.max(n * m, n * k, m * k));
  const f = arena.f32;
  for (let x = 0; x < f.length && x < c; x++) f[x] = Math.sin(x);
  const macs = n * m * k;
  const nt = gmacs(() => ks.gemmNT(a, b, c, n, m, k, false), macs);
  const nn = gmacs(() => ks.gemmNN(a, b, c, n, m, k), macs);
  const tn = gmacs(() => ks.gemmTN(a, b, c, n, m, k), macs);
  return `n=${n} m=${m} k=${k}: NT ${nt.toFixed(2)}, NN ${nn.toFixed(2)}, TN ${tn.toFixed(2)}`;
}

export async function benchKernels(): Promise<string> {
  const lines: string[] = [];
  for (const [label, make] of [['SIMD', kernels], ['JS', jsKernels]] as const) {
    const arena = new Arena();
    const ks = make(arena);
    const name = label === 'SIMD' && !ks.simd ? 'SIMD (unavailable, JS)' : label;
    lines.push(`${name} GMAC/s: ${shape(ks, arena, 1, 512, 256)}; ${shape(ks, arena, 32, 512, 256)}`);
  }
  return lines.join('\n  ');
}
