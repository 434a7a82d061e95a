/**
 * A person the text itself titles ("Japanese Prime Minister Shigeru Ishiba") holds that office in
 * this text: when the same person comes back by a name the dictionary knows ("Ishiba told
 * reporters") but the dictionary's dated offices do not cover the document date, the earlier title
 * is the better witness, and the later mention takes its code. (A dated office that covers the
 * date is kept: the dictionary then knows as much as the text.)
 */
import type { Cand, DocContext } from './cand.js';

/**
 * The name words of a person mention: the dictionary's, the run's, or, for a role mention that took
 * in the name after it ("South Korean Foreign Minister Cho Hyun"), the words after its role noun.
 */
export function nameWordsOf(c: Cand): string[] {
  if (c.entry) return c.entry.name.split(' ');
  if (c.nameWords) return c.nameWords;
  const words = (c.text ?? '').toUpperCase().split(/\s+/);
  const at = c.agentNoun ? words.lastIndexOf(c.agentNoun) : -1;
  return at >= 0 ? words.slice(at + 1) : [];
}

/** A dictionary person with no office on the date, as the text's earlier title has it; else c itself. */
export function asTitledEarlier(ctx: DocContext, c: Cand): Cand {
  if (!c.undated || !c.entry) return c;
  const titled = titledEarlier(ctx, c.entry.name.split(' '));
  if (!titled) return c;
  return { ...c, code: titled.code, via: 'coref', key: titled.key, rule: `${c.rule} + coref:titled-earlier "${titled.text ?? ''}"` };
}

/**
 * The latest earlier mention that titles the person named `name` (upper-case words, in either
 * order: "ISHIBA SHIGERU" is "Shigeru Ishiba"), with a code; or null. Every name word the title
 * took in must be one of the person's.
 */
function titledEarlier(ctx: DocContext, name: readonly string[]): Cand | null {
  const own = new Set(name);
  for (let i = ctx.prior.length - 1; i >= 0; i--) {
    const c = ctx.prior[i].cand;
    if (c.kind !== 'person' || c.via !== 'agent' || c.entry || c.code === null) continue;
    const words = nameWordsOf(c);
    if (words.length > 0 && words.every((w) => own.has(w))) return c;
  }
  return null;
}
