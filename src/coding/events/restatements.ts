/**
 * An article often reports the same event more than once: the headline, the lead, a restatement
 * further down ("China condemned Japan ... China condemned Japan, the ministry said"). Counting
 * each would inflate the dyad's series (the duplicate problem GDELT has). An event restates an
 * earlier event of the same document when both have the same source and target codes, CAMEO code
 * and modality, and the same date, or one of them is undated (no date, or the publication date,
 * which an undated mention such as a headline gets). It keeps its evidence, names the counted one in `restates`,
 * and is not counted; the counted one is the first, or the first with a date of its own. Events without both codes are never restatements (they are not counted anyway).
 * The result is a function of the document's events and date alone, so the store recomputes it.
 */
import type { CodedEvent } from '../types.js';

export function markRestatements(events: CodedEvent[], published: string | null): void {
  const undated = (e: CodedEvent) => e.date === null || e.date === published;
  const seen = new Map<string, CodedEvent[]>();
  for (const e of events) {
    delete e.restates;
    if (!e.source?.code || !e.target?.code) continue;
    const key = [e.source.code, e.target.code, e.cameo, e.modality].join('|');
    const earlier = seen.get(key) ?? [];
    const same = earlier.find((x) => x.date === e.date || undated(x) || undated(e));
    if (!same) {
      seen.set(key, [...earlier, e]);
    } else if (undated(same) && !undated(e)) {
      // The headline came first, the dated lead after: the dated mention is the one counted.
      for (const x of events) if (x.restates === same.id) x.restates = e.id;
      same.restates = e.id;
      seen.set(key, earlier.map((x) => (x === same ? e : x)));
    } else {
      e.restates = same.id;
    }
  }
}
