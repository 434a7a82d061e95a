/** Test helper: reads a fixture from src/dict/fixtures (tests run from dist/, fixtures stay in src/). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './paths.js';

export const fixturePath = (name: string): string => join(packageRoot(), 'src', 'dict', 'fixtures', name);
export const fixture = (name: string): string => readFileSync(fixturePath(name), 'utf8');
