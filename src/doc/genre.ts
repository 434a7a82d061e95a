/**
 * Genre from explicit cues. Each cue is a pattern with a genre and a weight; the genre with the
 * most weight wins, and the cue spans that voted for it are returned so a reader can see why.
 * First-person author voice ("I believe", "in my view") counts towards opinion by density, so a
 * news story quoting one "I" does not become an opinion piece. Reported speech ("officials said")
 * makes a text with no other cue news.
 */
import type { Genre, Span } from '../coding/types.js';

export interface GenreCue { genre: Exclude<Genre, 'unknown'>; span: Span; text: string; rule: string }
export interface GenreResult { genre: Genre; cues: GenreCue[] }

interface CueRule {
  rule: string; genre: GenreCue['genre']; weight: number; re: RegExp;
  /** Matches counted (default 10). */
  limit?: number;
  /** Counted only within this many characters of the text's end (a note closing the piece). */
  tail?: number;
}

const RULES: CueRule[] = [
  { rule: 'disclaimer-views', genre: 'opinion', weight: 5,
    re: /\b(?:the\s+)?(?:views|opinions)\s+expressed\s+(?:(?:in\s+this\s+(?:article|piece|column|commentary|op-ed)|here(?:in)?|above)\s+)?(?:are|is)\s+(?:solely\s+|entirely\s+)?(?:those\s+of\s+the\s+author|the\s+author'?s?(?:'s)?\s+own|(?:his|her|their)\s+own)/gi },
  { rule: 'disclaimer-personal', genre: 'opinion', weight: 5,
    re: /\bthis\s+(?:article|piece|column|commentary)\s+(?:only\s+|solely\s+|merely\s+)?(?:is|represents|reflects|expresses)\s+(?:only\s+)?(?:the\s+(?:author|writer)'?s\s+(?:own\s+)?(?:personal\s+)?(?:views?|opinions?)|the\s+(?:personal\s+)?(?:views?|opinions?)\s+of\s+the\s+(?:author|writer))\b/gi },
  // The same with more between: "This article originally appeared at <url> and reflects only the author's views".
  { rule: 'disclaimer-author-views', genre: 'opinion', weight: 5, limit: 1,
    re: /\b(?:reflects?|represents?|expresses?)\s+(?:only\s+|solely\s+|merely\s+)?the\s+(?:author|writer)'?s\s+(?:own\s+)?(?:personal\s+)?(?:views?|opinions?)\b/gi },
  // Commentary translated from Chinese speaks of its author in the third person: "In the view of the
  // author, ...", "The author believes that ...".
  { rule: 'author-third-person', genre: 'opinion', weight: 3, limit: 2,
    re: /\b(?:in\s+the\s+(?:author|writer)'?s\s+(?:view|opinion|judgment)|in\s+the\s+(?:view|opinion)\s+of\s+the\s+(?:author|writer)|the\s+(?:author|writer)\s+(?:believes|thinks|argues|holds|contends|maintains|feels))\b/gi },
  { rule: 'disclaimer-position', genre: 'opinion', weight: 4,
    re: /\b(?:does|do)\s+not\s+(?:necessarily\s+)?(?:represent|reflect)\s+the\s+(?:position|views?|opinions?|editorial\s+(?:position|policy|stance))\s+of\b/gi },
  // The author's note closing a column: "The author is a senior fellow at ...", "The writer is a
  // professor of ..." (only at the end: a news story may describe a book's author).
  { rule: 'author-bio', genre: 'opinion', weight: 4, limit: 1, tail: 600,
    re: /\bthe\s+(?:author|writer)\s+is\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,3}(?:fellow|professor|researcher|scholar|columnist|commentator|analyst|director|lecturer|contributor|journalist|editor|expert|economist|diplomat|ambassador)\b/gi },
  { rule: 'label-opinion', genre: 'opinion', weight: 4,
    re: /^[\s|]*(?:commentary|opinion|op-ed|editorial|column|viewpoint|perspective|comment)\s*[:|｜]/gim },
  { rule: 'label-opinion-cjk', genre: 'opinion', weight: 4, re: /(?:本文仅代表作者(?:个人)?观点|本文系作者个人观点|評論|社説|사설|칼럼)/g },
  { rule: 'label-analysis', genre: 'analysis', weight: 4,
    re: /^[\s|]*(?:analysis|news\s+analysis|explainer|insight|factbox|backgrounder|fact\s+check)\s*[:|｜-]/gim },
  { rule: 'press-release-header', genre: 'press-release', weight: 6, re: /\bfor\s+immediate\s+release\b/gi },
  { rule: 'press-release-words', genre: 'press-release', weight: 3,
    re: /\b(?:press\s+release|media\s+contact|media\s+inquiries|about\s+(?:the\s+)?company|forward-looking\s+statements|###\s*$)/gim },
  { rule: 'wire-dateline', genre: 'news', weight: 2,
    re: /^\s*[A-Z][A-Z .'/-]{2,30}(?:,\s*[A-Z][A-Za-z.]+(?:\s+\d{1,2})?)?\s*(?:\([A-Za-z .]+\))?\s*[-–—:]{1,2}\s/gm, limit: 1 },
  // Reported speech is the stuff of news: "..., officials said", "according to the ministry". It
  // weighs little and at most three times (2.4), below any opinion, analysis or press-release cue
  // and below the density of author first person (3), so it only decides a text with no other cue.
  { rule: 'attribution', genre: 'news', weight: 0.8, limit: 3,
    re: /\b(?:said|says|told\s+(?:reporters|journalists)|according\s+to|reported)\b/gi },
];

/** First-person singular used as the author's own voice, outside quotation marks. */
const FIRST_PERSON = /\b(?:I\s+(?:think|believe|argue|would\s+argue|suspect|fear|doubt|contend|am\s+convinced)|in\s+my\s+(?:view|opinion|judgment)|my\s+(?:view|sense)\s+is|it\s+seems\s+to\s+me|we\s+should|we\s+must)\b/gi;

export function classifyGenre(text: string): GenreResult {
  const cues: GenreCue[] = [];
  const score = new Map<GenreCue['genre'], number>();
  const add = (rule: string, genre: GenreCue['genre'], weight: number, start: number, end: number) => {
    cues.push({ genre, span: [start, end], text: text.slice(start, end), rule });
    score.set(genre, (score.get(genre) ?? 0) + weight);
  };
  for (const r of RULES) {
    const limit = r.limit ?? 10;
    let n = 0;
    // matchAll works on a copy of the regex, so the shared patterns keep no state between calls.
    for (const m of text.matchAll(r.re)) {
      if (r.tail !== undefined && m.index! < text.length - r.tail) continue;
      if (n++ >= limit) break;
      const lead = m[0].length - m[0].trimStart().length;
      add(r.rule, r.genre, r.weight, m.index! + lead, m.index! + m[0].trimEnd().length);
    }
  }
  const voice = firstPersonOutsideQuotes(text);
  // Density per 1,000 characters: three author "I think"s in a 3,000-character column is opinion.
  if (voice.length && (voice.length / Math.max(1, text.length / 1000)) >= 0.6 && voice.length >= 2) {
    for (const [s, e] of voice) add('first-person', 'opinion', 1.5, s, e);
  }
  let best: GenreResult['genre'] = 'unknown';
  let bestScore = 0;
  for (const [g, s] of score) if (s > bestScore) { best = g; bestScore = s; }
  return { genre: best, cues: cues.filter((c) => c.genre === best).sort((a, b) => a.span[0] - b.span[0]) };
}

function firstPersonOutsideQuotes(text: string): Span[] {
  const quoted: Span[] = [];
  for (const m of text.matchAll(/["“][^"”]{0,600}["”]/g)) quoted.push([m.index!, m.index! + m[0].length]);
  const out: Span[] = [];
  for (const m of text.matchAll(FIRST_PERSON)) {
    const s = m.index!;
    if (!quoted.some(([a, b]) => s >= a && s < b)) out.push([s, s + m[0].length]);
  }
  return out;
}
