/** Locates test fixtures in the source tree from compiled tests in dist/ (tsc does not copy them). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: the nearest ancestor of this module holding package.json. */
export function projectRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export function fixturePath(name: string): string {
  return join(projectRoot(), 'src', 'ingest', 'readers', 'fixtures', name);
}
