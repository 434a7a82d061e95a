/**
 * A fingerprint of what a coder was loaded from: the dictionary files, the overlays and the model
 * files, by content. Stored events record it (`dyad-0.1.0+3f2a9c01d4e5`), so after a dictionary,
 * overlay or model change a user can tell which documents were coded with the old set, and two
 * machines can tell whether they code alike.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Files under dir, recursively, in name order. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** 12 hex digits of the SHA-256 over each file's name and bytes, in the order given. */
export function fingerprint(files: readonly string[]): string {
  const h = createHash('sha256');
  for (const f of files) {
    h.update(basename(f));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex').slice(0, 12);
}
