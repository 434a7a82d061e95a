/**
 * Verb overlays: extra verb blocks in PETRARCH's own verb-dictionary format (`--- NAME [code] ---`,
 * verbs, `- * PATTERN [code]` lines), added to a dictionary without editing it. Shipped ones live in
 * data/overlays/*.verbs.txt; a user passes theirs with `--overlay FILE.verbs.txt`.
 *
 * An overlay block is a block like any other: a verb form it lists is tried with both its original
 * entries and the overlay's, and the pattern matching the most words wins (match.ts), so an overlay
 * adds patterns to a verb without taking away the ones it had; a pattern of its own beats the base
 * dictionary's equally good one (`- * (FOR) [115]` under SUE over the base's `[173]`), and a code
 * of its own on the overlay's verb line (`RESIGN [0831]`) replaces the base default when no pattern
 * matches. Its patterns may use the base
 * dictionary's synonym sets. Overlays are strict: any malformed line fails with file and line.
 */
import { dictError, type DictWarning } from './source.js';
import type { VerbBlock, VerbDictionary, VerbEntry } from './verb-types.js';
import { indexForms, parseVerbDictionary } from './verbs.js';

/** True for a path that names a verb overlay rather than an actor overlay (JSON Lines). */
export function isVerbOverlay(path: string): boolean {
  return path.endsWith('.txt');
}

/** Parses an overlay's text against `base` and returns a dictionary holding both. */
export function extendVerbDictionary(base: VerbDictionary, content: string, file: string): VerbDictionary {
  const warnings: DictWarning[] = [];
  const extra = parseVerbDictionary(content, file, warnings, { strict: true, baseSynsets: base.synsets });
  if (warnings.length) throw dictError(warnings[0].problem, file, warnings[0].line);
  const offset = base.blocks.length;
  const moved: VerbBlock[] = extra.blocks.map((b) => ({ ...b, verbs: b.verbs.map((v) => ({ ...v, block: v.block + offset })) }));
  const blocks = [...base.blocks, ...moved];
  return {
    file: base.file,
    blocks,
    synsets: new Map([...base.synsets, ...extra.synsets]),
    transformations: [...base.transformations, ...extra.transformations],
    byForm: indexForms(moved, copyIndex(base.byForm)),
    patternCount: base.patternCount + extra.patternCount,
  };
}

/** A copy of an index whose lists can grow without changing the original's. */
function copyIndex(byForm: ReadonlyMap<string, readonly VerbEntry[]>): Map<string, VerbEntry[]> {
  const out = new Map<string, VerbEntry[]>();
  for (const [k, list] of byForm) out.set(k, [...list]);
  return out;
}
