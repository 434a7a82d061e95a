/**
 * Document-level analysis in one call, for the coder: id, language, genre, origin, cited sources,
 * lexicon tone. The tables it needs are loaded once into a DocContext and passed in.
 */
import type { CitedSource, DocumentInfo } from '../coding/types.js';
import { citationMatcher, findCitedSources, type CitationMatcher } from './cited.js';
import { classifyGenre, type GenreCue } from './genre.js';
import { documentId } from './id.js';
import { detectLanguage, type LanguageGuess } from './language.js';
import { findOrigin } from './origin.js';
import { loadOutlets } from './outlets.js';
import { compileToneLexicon, documentTone, type ToneLexicon } from './tone.js';

export { resolveRelativeDate, normaliseDate } from './dates.js';
export { publishedInText } from './published.js';

export interface DocContext { citations: CitationMatcher; tone: ToneLexicon }

export function loadDocContext(outletsFile?: string): DocContext {
  return { citations: citationMatcher(loadOutlets(outletsFile)), tone: compileToneLexicon() };
}

export interface DocAnalysis {
  info: Omit<DocumentInfo, 'title'> & { title: string | null };
  /** Details behind the fields, for --verbose traces. */
  languageGuess: LanguageGuess;
  genreCues: GenreCue[];
}

/** `meta.languageGuess`: the language already detected for this text, so it is not detected twice. */
export function analyseDocument(
  text: string, meta: { title: string | null; published: string | null; language?: string; languageGuess?: LanguageGuess }, ctx: DocContext,
): DocAnalysis {
  const languageGuess = meta.languageGuess ?? detectLanguage(text);
  const genre = classifyGenre(text);
  const cited = findCitedSources(text, meta.published, ctx.citations);
  const citedSources: CitedSource[] = cited.map((c) => ({ name: c.name, date: c.date, span: c.span }));
  return {
    info: {
      id: documentId(text),
      title: meta.title,
      // The text itself is better evidence than a page's declared language (often a site default).
      language: languageGuess.code !== 'und' ? languageGuess.code : meta.language ?? 'und',
      published: meta.published,
      genre: genre.genre,
      origin: findOrigin(text)?.origin ?? null,
      citedSources,
      tone: documentTone(text, ctx.tone),
    },
    languageGuess,
    genreCues: genre.cues,
  };
}
