/**
 * Proper-noun runs nothing resolved: listed with code null (via 'unknown') so a user can see them and
 * add them to an overlay. The kind is a guess: organisation words, a locative preposition, or else a
 * person for a multi-word name. Title-case headlines give none.
 */
import type { ActorKind } from '../types.js';
import type { Cand } from './cand.js';
import { nameKey } from './actor-index.js';
import type { NameRun } from './names.js';
import { type SentenceView, caseOf, headOf } from './units.js';
import { LOCATIVE_CASES } from './locative.js';
import { isTitleCase } from '../../text/title-case.js';

const ORG_WORDS = new Set(['MINISTRY', 'PARTY', 'COUNCIL', 'AGENCY', 'ASSOCIATION', 'CORP', 'CORP.', 'CORPORATION',
  'INC', 'INC.', 'GROUP', 'BANK', 'UNIVERSITY', 'COMMITTEE', 'UNION', 'FRONT', 'ARMY', 'COMPANY', 'INSTITUTE',
  'FOUNDATION', 'NEWS', 'TIMES', 'POST', 'SHIMBUN', 'TV', 'BROADCASTING', 'CENTER', 'CENTRE', 'FORCE', 'FORCES',
  'COMMISSION', 'ORGANIZATION', 'ORGANISATION', 'ALLIANCE', 'MOVEMENT', 'LEAGUE', 'COURT', 'ASSEMBLY', 'PARLIAMENT',
  'CONGRESS', 'OFFICE', 'DEPARTMENT', 'AIRLINES', 'MOTORS', 'ELECTRONICS', 'AGENCY', 'BOARD', 'AUTHORITY', 'BUREAU']);

const TIME_WORDS = new Set(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY', 'JANUARY',
  'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER']);

function guessKind(v: SentenceView, run: NameRun, head: number): ActorKind {
  if (run.words.some((w) => ORG_WORDS.has(w))) return 'organization';
  const rel = v.s.deprel[head];
  const c = caseOf(v, head);
  if ((rel.startsWith('obl') || rel.startsWith('nmod')) && c !== null && LOCATIVE_CASES.has(c)) return 'location';
  return run.words.length >= 2 ? 'person' : 'organization';
}

export function unknownNames(v: SentenceView, runs: NameRun[]): Cand[] {
  const out: Cand[] = [];
  // A capitalised word no dictionary knows in a title-case headline is no evidence of a name.
  if (isTitleCase(v.s.words)) return out;
  for (const run of runs) {
    const words = run.words.filter((w) => !TIME_WORDS.has(w));
    if (words.length === 0 || participleBeforeName(v, run)) continue;
    const head = headOf(v, run.first, run.last);
    const kind = guessKind(v, run, head);
    out.push({
      first: run.first, last: run.last, head, code: null, kind, via: 'unknown', rule: `unknown:${kind}`,
      key: kind === 'person' ? `N:${nameKey(run.words)}` : `N:${kind}:${nameKey(run.words)}`, resolved: false, plural: false, nameWords: kind === 'person' ? run.words : undefined,
    });
  }
  return out;
}

/**
 * "Ousted President Askar Akayev", "Exiled Tibetan leader ...": a sentence's capitalised first word
 * ending in -ed, before a name, is a participle the tagger took for part of the name, not a name.
 */
function participleBeforeName(v: SentenceView, run: NameRun): boolean {
  return run.first === 0 && run.words.length === 1 && /^[A-Z][a-z]+ed$/.test(v.s.words[0]) && v.s.upos[run.last + 1] === 'PROPN';
}
