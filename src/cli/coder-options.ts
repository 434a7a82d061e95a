/**
 * Options every command that codes documents takes (`dyad code`, `dyad ingest`): the document
 * date, actor overlays, another dictionary set, another model folder, the accurate (beam) parser.
 * One definition, so the commands cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { Coder } from '../coding/coder.js';
import { normaliseDate } from '../doc/dates.js';
import { usageError } from './command.js';

export const CODER_OPTIONS = {
  date: { type: 'string' },
  overlay: { type: 'string', multiple: true },
  'dict-dir': { type: 'string' },
  'model-dir': { type: 'string' },
  accurate: { type: 'boolean' },
} as const;

export const CODER_USAGE = '[--date YYYY-MM-DD] [--overlay FILE]... [--dict-dir DIR] [--model-dir DIR] [--accurate]';

export interface CoderOptionValues {
  date?: string;
  overlay?: string[];
  'dict-dir'?: string;
  'model-dir'?: string;
  /** The accurate mode: the paired left-to-right and right-to-left tagger and the beam parser; several times slower. */
  accurate?: boolean;
}

/** The --date value as YYYY-MM-DD, undefined when not given; a usage error when not a date. */
export function dateOption(o: CoderOptionValues): string | undefined {
  if (o.date === undefined) return undefined;
  const date = normaliseDate(o.date);
  if (date === null) throw usageError(`--date "${o.date}" is not a date (YYYY-MM-DD)`);
  return date;
}

export function loadCoder(o: CoderOptionValues): Coder {
  return Coder.load({ dictDir: o['dict-dir'], overlays: o.overlay, modelDir: o['model-dir'], parser: o.accurate ? 'beam' : 'greedy' });
}

/**
 * What stored events record as the coder that made them: the package version, and with a loaded
 * coder the fingerprint of its dictionaries, overlays and models ("dyad-0.1.0+3f2a9c01d4e5").
 */
export function coderVersion(coder?: Coder): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return coder ? `dyad-${pkg.version}+${coder.fingerprint}` : `dyad-${pkg.version}`;
}
