/**
 * Expands ingest arguments into input files: files as given, directories walked recursively
 * (hidden entries skipped), `-` for standard input. Skipped entries are reported, not silently lost.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface InputFile { path: string }
export interface Skipped { path: string; reason: string }

export function expandInputs(args: string[]): { files: InputFile[]; skipped: Skipped[] } {
  const files: InputFile[] = [];
  const skipped: Skipped[] = [];
  const visit = (p: string, top: boolean): void => {
    if (p === '-' && top) { files.push({ path: '-' }); return; }
    let st;
    try { st = statSync(p); } catch (e) { skipped.push({ path: p, reason: (e as Error).message }); return; }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name.startsWith('.')) { skipped.push({ path: join(p, name), reason: 'hidden' }); continue; }
        visit(join(p, name), false);
      }
    } else if (st.isFile()) files.push({ path: p });
    else skipped.push({ path: p, reason: 'not a regular file' });
  };
  for (const a of args) visit(a, true);
  return { files, skipped };
}
