/**
 * Actor resolution over a parsed document: mentions of states, bodies, people and places, their
 * codes on the document date, and document-level actors. See resolve-sentence.ts for the passes
 * and types.ts for the contract with the event coder.
 */
import type { ParsedSentence } from '../../syntax/types.js';
import { toDateKey } from '../../dict/dates.js';
import type { ResolvedActors, ActorMention } from './types.js';
import type { Cand, DocContext } from './cand.js';
import type { ActorIndex } from './actor-index.js';
import { matchDictionary } from './dictionary.js';
import { dominantState } from './context.js';
import { datelineSpans } from './dateline.js';
import { labelWords } from './label.js';
import { resolveSentence } from './resolve-sentence.js';
import { ActorRegistry } from './registry.js';
import { viewSentence } from './units.js';

export { ActorIndex } from './actor-index.js';
export type { ActorLexicon, AgentSource } from './lexicon.js';
export type { ActorMention, ResolvedActors } from './types.js';

export interface ResolveContext {
  /** The indexed dictionaries: `new ActorIndex({ actors, agents })`, built once and shared. */
  index: ActorIndex;
  /** Document date YYYY-MM-DD: selects dated roles. */
  date: string | null;
}

export function resolveActors(sentences: ParsedSentence[], text: string, ctx: ResolveContext): ResolvedActors {
  const doc: DocContext = {
    index: ctx.index,
    date: ctx.date ? toDateKey(ctx.date) : null,
    text,
    prior: [],
    dominant: null,
    dateline: null,
  };
  // Dictionary phrases first over the whole document: the dominant state is needed before any
  // agent without a country can be coded.
  const views = sentences.map((s, i) => viewSentence(s, i));
  const dict = views.map((v) => matchDictionary(v, doc));
  const spans = datelineSpans(text);
  const place = spans?.place ?? null;
  let blocked: Uint8Array | undefined;
  const at = place ? views.findIndex((v) => v.s.words.length > 0 && v.s.start[0] <= place[0] && v.s.end[v.s.words.length - 1] >= place[1]) : -1;
  if (place && at >= 0) {
    // The dateline's place is where the story was filed: it sets the context, it is no actor.
    const v = views[at];
    const inPlace = (c: Cand, [a, b]: [number, number] = place) => v.s.start[c.first] >= a && v.s.end[c.last] <= b;
    doc.dateline = dict[at].find((c) => inPlace(c, spans!.first) && c.code !== null && c.kind === 'state')?.code?.slice(0, 3) ?? null;
    dict[at] = dict[at].filter((c) => !inPlace(c));
    const whole = spans!.whole;
    blocked = new Uint8Array(v.s.words.length).map((_, w) => (v.s.start[w] >= whole[0] && v.s.end[w] <= whole[1] ? 1 : 0));
  }
  const counts = new Map<string, number>();
  for (const c of dict.flat()) {
    if (c.kind === 'state' && c.code && c.code.length === 3) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  }
  doc.dominant = dominantState(counts);
  const registry = new ActorRegistry(ctx.index.states);
  const bySentence: ActorMention[][] = [];
  views.forEach((v, i) => {
    const cands: Cand[] = resolveSentence(v, doc, dict[i], i === at ? blocked : labelWords(v));
    for (const c of cands) {
      // Compound members and absorbed owners stay visible to coreference ("the two countries",
      // "the country"), before the mention itself so "they" still finds the compound first.
      for (const inner of [...(c.members ?? []), ...(c.owner ? [c.owner] : [])]) doc.prior.push({ sentence: i, cand: inner, inner: true });
      doc.prior.push({ sentence: i, cand: c });
    }
    bySentence.push(cands.map((c) => registry.add(v, c)));
  });
  return { actors: registry.actors(), bySentence };
}
