/**
 * Which speech acts of a sentence are events of their own and which only carry what they report:
 * "..., a senior official said" yields to the event it reports, "demanded that Iraq allow ..." and
 * "accused Israel of ..." do not, a news outlet quoting someone is where the words were reported.
 */
import type { ActorMention } from '../actors/types.js';
import { isReportingVerb, QUOTING } from './attribution.js';
import type { Clause } from './code-sentence.js';
import { isCommitment } from './intent.js';
import { directiveOf } from './roles.js';
import type { Tree } from './tree.js';

/** A speech act whose reported clause produced an event is left out unless it has its own target. */
export function reportsAnother(t: Tree, c: Clause, all: readonly Clause[]): boolean {
  // "The ambassador was quoted by Reuters as saying ...": the outlet quoting is where the words were
  // reported (attribution.ts gives it as the outlet), not the outlet's act on the speaker.
  if (quotedByPress(t, c)) return true;
  // "demanded that Iraq allow ...", "accused Israel of ...": a directive or accusation is an event
  // of its own, aimed at the clause's subject; only speech verbs merely carry what they report.
  // Telling a news outlet ("a senior official told Reuters") is how a report reaches the press, not
  // an act between the parties: the outlet is no target of its own.
  const toPress = isReportingVerb(t, c.verb) && isPress(c.target);
  if (c.target && !toPress && (c.ownTarget || !isReportingVerb(t, c.verb))) return false;
  // "... and promised compensation to the villages": a pledge of a thing, with no clause to report,
  // is an act of its own (an intent, 03x), not a report.
  if (isCommitment(t, c.verb) && reportsNoClause(t, c.verb)) return false;
  // A clause with no source codes nothing ("a place to visit"), so it reports no event.
  const others = all.filter((o) => o !== c && (o.code !== null || o.reverse !== null) && o.source && o.top !== c.top);
  // "..., a senior official said on Saturday": parsers attach such a tag to any clause of the
  // sentence, so a bare reporting verb yields to any other event in its sentence.
  // Another bare speech act yields it only when it is what c reports ("said China has to explain"):
  // two bare speech acts must not both yield to each other.
  const bare = (o: Clause) => isReportingVerb(t, o.verb) && !(o.target && o.ownTarget);
  if (isReportingVerb(t, c.verb)) return others.some((o) => !bare(o) || governsReported(t, c.top, o.top));
  // A bare reporting verb under c yields to c itself (above), so it cannot make c yield in turn.
  // What a demand asks is no report of the verb that takes the demand as object ("rejected demands that he step down").
  return others.some((o) => !bare(o) && governsReported(t, c.top, o.top) && directiveOf(t, o.top) < 0);
}

/** A verb with a noun object and no clause under it or its object ("vowed revenge", "pledged aid"). */
function reportsNoClause(t: Tree, v: number): boolean {
  const obj = t.child(v, 'obj');
  if (obj < 0 || t.upos(obj) !== 'NOUN') return false;
  const clausal = (k: number) => /^(ccomp|xcomp|csubj|acl|advcl|parataxis)$/.test(t.base(k));
  return !t.kids[v].some(clausal) && !t.kids[obj].some(clausal);
}

/**
 * A news outlet, the clause's source, quoting or citing someone: passive ("was quoted by Reuters")
 * or with what was said ("Reuters quoted the minister as saying").
 */
function quotedByPress(t: Tree, c: Clause): boolean {
  if (!QUOTING.test(t.lower(c.verb)) || !isPress(c.source)) return false;
  const as = (k: number) => t.kids[k].some((m) => t.base(m) === 'mark' && t.lower(m) === 'as');
  return t.kids[c.verb].some((k) => t.rel(k) === 'nsubj:pass' || (/^(advcl|xcomp)$/.test(t.base(k)) && as(k)));
}

/** A news outlet or the media ("Reuters" is MED; "the Japanese press" JPNMED). */
export function isPress(m: ActorMention | undefined): boolean {
  return !!m && (m.sector === 'MED' || (m.code ?? '').endsWith('MED'));
}

function governsReported(t: Tree, upper: number, lower: number): boolean {
  for (let k = lower, guard = 0; k >= 0 && guard < t.n; guard++) {
    const h = t.head(k);
    // A reporting verb in parataxis is the tag of `upper` ("..., analysts said"), not reported by it.
    if (h === upper) return /^(ccomp|xcomp)$/.test(t.base(k)) || (t.base(k) === 'parataxis' && !isReportingVerb(t, k));
    // A condition or other adverbial on the way is no part of what is reported ("threatened to
    // close the border unless Somalia expelled the militants").
    if (t.base(k) === 'advcl') return false;
    k = h;
  }
  // The quote-as-head parse: the reporting verb is the parataxis child of the reported verb.
  return t.head(upper) === lower && t.base(upper) === 'parataxis';
}
