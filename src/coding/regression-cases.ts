/**
 * The regression suites' harness (regression.test.ts, regression-actors.test.ts): the shipped model
 * and dictionaries, a fixed publication date (2026-03-05, a Thursday), and a table form that
 * asserts the exact events of each text (source, target, CAMEO code, modality, voice, date).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VALIDATE_FILES } from '../dict/index.js';
import { emptyMeta } from '../ingest/readers/types.js';
import { Coder } from './coder.js';
import type { CodedDocument } from './types.js';

export const coder = Coder.load();
export const PUBLISHED = '2026-03-05';

/** The coded document of a text published on PUBLISHED. */
export function codeText(text: string): CodedDocument {
  return coder.code({ text, meta: { ...emptyMeta('text', null), published: PUBLISHED } });
}

/** Each event as "SOURCE TARGET CAMEO modality voice date", sorted. */
export function events(text: string): string[] {
  return codeText(text).events.map((e) => [e.source?.code ?? '-', e.target?.code ?? '-', e.cameo, e.modality, e.attribution.voice, e.date].join(' ')).sort();
}

/** One test: each text gives exactly its events. */
export function cases(name: string, table: [string, string[]][]): void {
  test(name, () => {
    for (const [text, want] of table) assert.deepEqual(events(text), [...want].sort(), text);
  });
}

/** PETRARCH's written form of a sentence's events (source|target|code), as `dyad eval petrarch` compares them. */
export function petrarchForm(text: string, by: Coder = coder): string[] {
  return by.codings(text, by.parse(text), PUBLISHED).map((c) => `${c.source}|${c.target}|${c.code}`).sort();
}

let validate: Coder | null = null;

/**
 * The same form under the PETR.Validate dictionaries, as `dyad eval petrarch` loads them: for a
 * behaviour that needs a dictionary feature the shipped ones do not use. (The coder is loaded on first use.)
 */
export function validateForm(text: string): string[] {
  validate ??= Coder.load({ files: VALIDATE_FILES, defaultOverlays: false });
  return petrarchForm(text, validate);
}
