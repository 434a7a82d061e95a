/**
 * `npm run bench [name...]`: runs every benchmark module in bench/ (or the named ones). A benchmark
 * module exports one or more async functions named bench* taking no arguments, each returning a
 * report line. Results go to
 * standard output; copy them into BENCHMARKS.md with the command that made them.
 */
import { readdirSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = new Set(process.argv.slice(2));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.js') && !f.endsWith('.test.js') && f !== 'run.js')
  .filter((f) => wanted.size === 0 || wanted.has(basename(f, '.js')))
  .sort();

console.log(`# node ${process.version}, ${new Date().toISOString()}`);
for (const f of files) {
  const mod = (await import(join(here, f))) as Record<string, unknown>;
  for (const [name, fn] of Object.entries(mod)) {
    // Helpers that take arguments (benchTreebank(root)) are not benchmarks.
    if (!name.startsWith('bench') || typeof fn !== 'function' || fn.length > 0) continue;
    const line = await (fn as () => Promise<string>)();
    console.log(`${basename(f, '.js')}.${name}: ${line}`);
  }
}
