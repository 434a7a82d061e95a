/**
 * Turning a sentence's raw events into the coded document's events: actor references, Goldstein,
 * QuadClass (GDELT's rule on the root), PLOVER type and mode, date, issues, evidence and a stable id
 * (a hash of document id, sentence, code, actors and predicate, so re-coding the same text gives the
 * same ids).
 */
import { sha256Hex } from '../../doc/id.js';
import { type Cameo, goldstein, ploverOfEvent, quadClassOfRoot } from '../../cameo/index.js';
import type { ActorMention } from '../actors/types.js';
import type { Actor, ActorRef, CodedEvent, Span } from '../types.js';
import type { RawEvent } from './code-sentence.js';
import type { Tree } from './tree.js';

export interface AssembleContext {
  documentId: string;
  sentence: number;
  sentenceSpan: Span;
  text: string;
  t: Tree;
  actors: ReadonlyMap<string, Actor>;
  cameo: Cameo;
  date: string | null;
  issues: string[];
}

export function actorRef(m: ActorMention | null, actors: ReadonlyMap<string, Actor>, text: string, t?: Tree): ActorRef | null {
  if (!m) return null;
  const a = actors.get(m.actor);
  const span = t?.span(m.first, m.last);
  return {
    actor: m.actor,
    text: span ? text.slice(span[0], span[1]) : a?.text ?? m.actor,
    code: m.code, country: m.country, sector: m.sector,
  };
}

/** Null when the code is not a CAMEO code (the PETRARCH test dictionaries use private ones). */
export function assembleEvent(e: RawEvent, ctx: AssembleContext): CodedEvent | null {
  const root = /^\d{2,4}$/.test(e.code) ? e.code.slice(0, 2) : null;
  const quad = root ? quadClassOfRoot(root) : null;
  const g = goldstein(ctx.cameo.table, e.code);
  if (root === null || quad === null || g === null) return null;
  const span = ctx.t.span(e.words[0], e.words[1]) ?? ctx.sentenceSpan;
  const p = ploverOfEvent(ctx.cameo.plover, e.code, e.modality.modality);
  const source = actorRef(e.source, ctx.actors, ctx.text, ctx.t);
  const target = actorRef(e.target, ctx.actors, ctx.text, ctx.t);
  const id = sha256Hex([ctx.documentId, ctx.sentence, e.code, source?.actor ?? '', target?.actor ?? '', e.verb].join('\u0000')).slice(0, 20);
  return {
    id,
    sentence: ctx.sentence,
    source,
    target,
    cameo: e.code,
    root,
    goldstein: g,
    quadClass: quad,
    plover: p ? { type: p.type, mode: p.mode } : null,
    modality: e.modality.modality,
    attribution: {
      voice: e.attribution.voice,
      speaker: actorRef(e.attribution.speaker, ctx.actors, ctx.text, ctx.t),
      outlet: e.attribution.outlet,
    },
    date: ctx.date,
    issues: ctx.issues,
    evidence: { span, text: ctx.text.slice(span[0], span[1]) },
    rule: e.rule,
  };
}
