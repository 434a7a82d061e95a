/**
 * Training-time reader of the external lexicon (external.ts): the Brill tagger's lexicon, word -> Penn
 * Treebank tags, from an installed `brill` npm package (https://github.com/words/brill, MIT; the
 * shipped models used 3.1.0). Only the training CLIs call it; nothing reads the package at run time.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExternalGate } from './external.js';
import type { ExternalTable } from './train.js';

/** The package in `dir` (the folder holding its package.json), as an ExternalTable with `gate`. */
export async function readBrill(dir: string, gate: ExternalGate = 'both'): Promise<ExternalTable> {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string; license?: string };
  if (pkg.name !== 'brill') throw new Error(`${dir} is not the brill package (package.json names ${pkg.name})`);
  const mod = (await import(pathToFileURL(join(resolve(dir), 'index.js')).href)) as { brill?: Record<string, string[]> };
  if (!mod.brill) throw new Error(`${dir} does not export a brill lexicon`);
  return { table: mod.brill, gate, source: `${pkg.name}@${pkg.version} (${pkg.license})` };
}
