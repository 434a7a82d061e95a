/**
 * Cited sources: the outlets and reports a text relies on ("according to a Reuters report on
 * March 3", "Kyodo News reported on the 5th", "citing the Financial Times", "GENEVA (Reuters) -").
 * Known outlets come from the outlet table; unknown ones are caught by generic patterns when
 * their name looks like a publication ("the Kyiv Post reported") or the text calls it a report
 * ("a report by Example Monitor"). A date written right after (or right before) the citation is
 * resolved against the publication date.
 */
import type { CitedSource, Span } from '../coding/types.js';
import { outletName, type OutletTable } from './outlets.js';
import { resolveRelativeDate } from './dates.js';

export interface CitedSourceDetail extends CitedSource {
  /** Where the outlet's name itself is. `span` covers the whole citation including its date. */
  nameSpan: Span;
  /** The date words as written ("on Tuesday"), or null. */
  dateText: string | null;
  /** False for names found by a generic pattern, not in the outlet table. */
  known: boolean;
}

const REPORT = '(?:report|article|story|interview|dispatch|broadcast|editorial|commentary|poll|survey|analysis|investigation|exclusive)';
const VERB = '(?:reported|reports|said|says|quoted|quotes|cited|wrote|writes|published|carried|broadcast|aired|revealed|learned|has learned|disclosed|obtained|confirmed|added|noted)';
const BY = '(?:reported|quoted|cited|published|carried|broadcast|obtained|seen|aired) by';
const MEDIA_WORD = '(?:News|Times|Post|Daily|Herald|Journal|Agency|Press|Television|TV|Radio|Broadcasting|Tribune|Gazette|Telegraph|Observer|Chronicle|Ilbo|Shimbun|Sinmun|Nippo|Review|Monitor|Wire|Media|Network|Channel|Magazine|Express|Standard|Insider|Pravda|Zeitung|Independent|Inquirer|Bulletin|Courier|Dispatch|Globe|Guardian|Mail|Mirror|Star|Sun|Examiner|Statesman|Online)';
const CAP = "[A-Z][\\w'’.&-]*";
/** A capitalised name ending in a media word: "Kyiv Post", "Manila Standard", "Daily Example News". */
const MEDIA_NAME = `(?:${CAP}\\s){0,4}${MEDIA_WORD}(?:\\s(?:Agency|Service|Network|Online))?`;
/** Any capitalised name of 1-5 words, for contexts that already say it is a report's author. */
const ANY_NAME = `${CAP}(?:\\s(?:of\\s|and\\s|&\\s)?${CAP}){0,4}`;

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE = `(?:(?:${WEEKDAY},?\\s)?${MONTH}\\s\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s\\d{4})?|(?:${WEEKDAY},?\\s)?\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?${MONTH}(?:\\s\\d{4})?|the\\s\\d{1,2}(?:st|nd|rd|th)|${WEEKDAY}|\\d{4}-\\d{2}-\\d{2}|today|yesterday)`;
const DATE_AFTER = new RegExp(`^,?\\s(?:(?:published|released|issued|aired)\\s)?(?:(?:late|early|earlier)\\s)?(?:on\\s|dated\\s)?(${DATE})\\b`);
const DATE_BEFORE = new RegExp(`\\b[Oo]n\\s(${DATE}),?\\s(?:the\\s)?$`);
/** A dateline's date before the agency: "SEOUL, April 7 (Yonhap) --". */
const DATELINE_BEFORE = new RegExp(`^\\s*[A-Z][A-Z .'/-]{1,30},\\s(${MONTH}\\s\\d{1,2}),?\\s$`);

const PART_OF_NAME = /(?:\b[Oo]f|\b[Ff]or|&)\s$/;

interface Hit { start: number; end: number; name: string; nameStart: number; nameEnd: number; known: boolean }

/** The outlet table with its citation patterns compiled: build once, pass to findCitedSources. */
export interface CitationMatcher {
  table: OutletTable;
  patterns: readonly { re: RegExp; known: boolean; need: Need }[];
}

export function citationMatcher(table: OutletTable): CitationMatcher {
  return { table, patterns: patterns(table) };
}

/**
 * Text a pattern cannot match without: a substring, or a simpler expression. The alias alternation of
 * the known-outlet patterns is tried at every position where what comes before it matches, so a
 * text without an "according to" or a report word is passed over by one cheap scan, not by
 * trying the whole pattern everywhere. (Only ever a necessary condition: the hits are the same.)
 */
type Need = string | RegExp | null;
const REPORT_WORD: Need = new RegExp(` ${REPORT}`);

function patterns(table: OutletTable): { re: RegExp; known: boolean; need: Need }[] {
  const X = `(${table.aliasPattern})`;
  const known: [string, Need][] = [
    [`[Aa]ccording to (?:an? |the )?(?:${REPORT} (?:by|from|in|on) )?(?:the )?${X}(?:['’]s)?(?: ${REPORT})?`, 'ccording to '],
    [`[Cc]iting (?:an? |the )?(?:${REPORT} (?:by|from|in) )?(?:the )?${X}(?: ${REPORT})?`, 'iting '],
    [`\\b(?:[Aa]n?|[Tt]he) ${X}(?:['’]s)? ${REPORT}`, REPORT_WORD],
    [`${X} ${VERB}`, null],
    [`(?:${BY}|told|an interview with|a statement to) (?:the |The )?${X}`, new RegExp(`(?:${BY}|told|an interview with|a statement to) `)],
    [`\\(${X}\\)\\s*[-–—]{1,2}`, '('],
  ];
  const generic: [string, Need][] = [
    // "according to an Ahram Online report": the text calls it a report, so any name before is its
    // author; the report word is part of the citation, so a date after it is the report's.
    [`[Aa]ccording to (?:an? |the )(${ANY_NAME})(?:['’]s)? ${REPORT}`, 'ccording to '],
    [`[Aa]ccording to (?:an? |the )?(?:${REPORT} (?:by|from|in) (?:the )?(${ANY_NAME})|(?:the )?(${MEDIA_NAME}))`, 'ccording to '],
    [`[Cc]iting (?:an? |the )?(?:${REPORT} (?:by|from|in) (?:the )?(${ANY_NAME})|(?:the )?(${MEDIA_NAME}))`, 'iting '],
    [`\\b(?:[Aa]n?|[Tt]he) (${MEDIA_NAME})(?:['’]s)? ${REPORT}`, REPORT_WORD],
    [`\\b(?:the |The )?(${MEDIA_NAME}) ${VERB}`, null],
    [`(?:${BY}|told) (?:the )?(${MEDIA_NAME})`, new RegExp(`(?:${BY}|told) `)],
  ];
  return [
    ...known.map(([p, need]) => ({ re: new RegExp(`(?<![\\w-])${p}(?![\\w-])`, 'g'), known: true, need })),
    ...generic.map(([p, need]) => ({ re: new RegExp(`(?<![\\w-])${p}(?![\\w-])`, 'g'), known: false, need })),
  ];
}

function mayMatch(text: string, need: Need): boolean {
  return need === null || (typeof need === 'string' ? text.includes(need) : need.test(text));
}

function collect(text: string, { table, patterns }: CitationMatcher): Hit[] {
  const hits: Hit[] = [];
  // matchAll clones each regex, so the shared compiled patterns carry no state between calls.
  for (const { re, known, need } of patterns) {
    if (!mayMatch(text, need)) continue;
    for (const m of text.matchAll(re)) {
      const group = m.slice(1).find((g) => g !== undefined);
      if (!group) continue;
      const name = known ? outletName(table, group) : genericName(group, table);
      if (!name) continue;
      const rel = m[0].lastIndexOf(group);
      const nameStart = m.index! + rel;
      // Part of a longer name: "the Department of Foreign Affairs said" is no magazine.
      if (PART_OF_NAME.test(text.slice(Math.max(0, nameStart - 12), nameStart))) continue;
      hits.push({ start: m.index!, end: m.index! + m[0].length, name, nameStart, nameEnd: nameStart + group.length, known: known || table.byAlias.has(group) });
    }
  }
  // Known-outlet patterns run first; among overlapping hits keep the earliest found.
  const kept: Hit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

/** A generic match that is really a known outlet gets its canonical name; "The" is dropped. */
function genericName(group: string, table: OutletTable): string | null {
  const g = group.replace(/^The\s/, '').trim();
  if (!g || /^(?:News|Media|Press|Radio|Television|TV)$/.test(g)) return null;
  return outletName(table, group) ?? outletName(table, g) ?? g;
}

/** Finds cited sources; dates are resolved against `published` (YYYY-MM-DD or null). */
export function findCitedSources(text: string, published: string | null, matcher: CitationMatcher): CitedSourceDetail[] {
  return collect(text, matcher).map((h) => {
    const after = DATE_AFTER.exec(text.slice(h.end, h.end + 60));
    const lead = text.slice(Math.max(0, h.start - 40), h.start);
    const before = after ? null : DATE_BEFORE.exec(lead) ?? (text[h.start] === '(' ? DATELINE_BEFORE.exec(lead.slice(lead.lastIndexOf('\n') + 1)) : null);
    let span: Span = [h.start, h.end];
    let dateText: string | null = null;
    if (after) {
      dateText = after[0].replace(/^,?\s/, '');
      span = [h.start, h.end + after[0].length];
    } else if (before) {
      dateText = before[0].replace(/,?\s(?:the\s)?$/, '').replace(/^\s+/, '');
    }
    const expr = after?.[1] ?? before?.[1] ?? null;
    return {
      name: h.name,
      date: expr ? resolveRelativeDate(stripWeekday(expr), published) : null,
      span, nameSpan: [h.nameStart, h.nameEnd], dateText, known: h.known,
    };
  });
}

/** "Tuesday, March 3" is resolved by its month and day; a bare weekday stays. */
function stripWeekday(expr: string): string {
  const m = new RegExp(`^${WEEKDAY},?\\s(.+)$`).exec(expr);
  return m ? m[1] : expr;
}
