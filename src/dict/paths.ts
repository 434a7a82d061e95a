/** Where the package's shipped data lives, found from this module's URL (works from src/ and dist/src/). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The directory holding dyad's package.json, searched upward from this file. */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'dyad') return dir;
      } catch {
        // not ours: keep looking upward
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`dyad package root not found above ${from}`);
    dir = up;
  }
}

export const dataDir = (...parts: string[]): string => join(packageRoot(), 'data', ...parts);
