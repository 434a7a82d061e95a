/**
 * Document-level actors: candidates with the same identity key are one actor. Keys: "C:JPN" a state
 * by code (Japan, Japanese, Tokyo), "E:12" a dictionary entry, "A:JPNGOV:MINISTER" an agent by code
 * and head noun, "N:PARKYOONJU" a name outside the dictionary, "L:TOKYO" a place, "G:..." a compound
 * by its members. Ids follow the order of first mention.
 */
import type { Actor, ActorKind, Span } from '../types.js';
import type { ActorMention } from './types.js';
import type { Cand } from './cand.js';
import { splitCode } from './codes.js';
import type { SentenceView } from './units.js';

interface Building {
  actor: Actor;
  texts: Map<string, number>;
  codes: Map<string, number>;
  kindSet: boolean;
}

export class ActorRegistry {
  private readonly byKey = new Map<string, Building>();
  private readonly order: Building[] = [];

  constructor(private readonly states: ReadonlySet<string>) {}

  /** Registers a sentence's candidate (and its members) and returns its mention. */
  add(v: SentenceView, c: Cand): ActorMention {
    const members = c.members?.map((m) => this.add(v, m));
    const key = c.members ? `G:${[...new Set(members?.map((m) => m.actor))].sort().join('+')}` : c.key || `X:${v.index}:${c.first}`;
    const b = this.building(key, c.kind);
    const span: Span = [v.s.start[c.first], v.s.end[c.last]];
    if (!b.actor.mentions.some((m) => m[0] === span[0] && m[1] === span[1])) b.actor.mentions.push(span);
    // Coreferent forms ("he", "the country") only name an actor nothing else names.
    if (c.text) b.texts.set(c.text, (b.texts.get(c.text) ?? 0) + weight(c));
    if (c.code) b.codes.set(c.code, (b.codes.get(c.code) ?? 0) + 1);
    if (!b.kindSet && c.via !== 'coref') {
      b.actor.kind = c.kind;
      b.kindSet = true;
    }
    if (c.resolved) b.actor.resolved = true;
    const { country, sector } = splitCode(c.code, this.states);
    const mention: ActorMention = {
      sentence: v.index, first: c.first, last: c.last, head: c.head, actor: b.actor.id,
      code: c.code, country, sector, via: c.via, rule: c.rule,
    };
    if (members) mention.members = members;
    if (c.role && c.code === null) mention.role = c.role;
    if (c.kind === 'location') mention.place = true;
    return mention;
  }

  private building(key: string, kind: ActorKind): Building {
    let b = this.byKey.get(key);
    if (!b) {
      const actor: Actor = { id: `a${this.order.length + 1}`, text: '', code: null, country: null, sector: null, kind, resolved: false, mentions: [] };
      b = { actor, texts: new Map(), codes: new Map(), kindSet: false };
      this.byKey.set(key, b);
      this.order.push(b);
    }
    return b;
  }

  /** The finished actors: best text (a dictionary form, then the most frequent), most frequent code. */
  actors(): Actor[] {
    return this.order.map((b) => {
      const a = b.actor;
      a.text = top(b.texts) ?? a.text;
      a.code = top(b.codes);
      const { country, sector } = splitCode(a.code, this.states);
      a.country = country;
      a.sector = sector;
      a.mentions.sort((x, y) => x[0] - y[0]);
      return a;
    });
  }
}

/** How much a mention's text counts toward the actor's name: names over role phrases over pronouns. */
function weight(c: Cand): number {
  if (c.via === 'coref') return 0.1;
  if (c.via === 'role' && c.agentNoun) return 0.5;
  return c.via === 'dictionary' ? 2 : 1;
}

function top(m: Map<string, number>): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [k, c] of m) {
    if (c > n) {
      best = k;
      n = c;
    }
  }
  return best;
}
