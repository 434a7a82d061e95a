/**
 * Document-level facts for the coded document, from src/doc: id, language, genre, origin, cited
 * sources and tone. Tone blends the lexicon tone of the text with the Goldstein scores of the
 * events the coder found, so a document full of coded conflict reads as hostile even when its
 * wording is mild.
 */
import { analyseDocument, type DocContext } from '../doc/index.js';
import { detectLanguage, type LanguageGuess } from '../doc/language.js';
import type { CodedEvent, DocumentInfo } from './types.js';

const ENGLISH: LanguageGuess = { code: 'en', name: 'English', confidence: 1 };

/** The language check the coder runs before parsing: English, or the language it found. */
export function languageOf(text: string): { code: string; name: string; english: boolean } {
  const guess = detectLanguage(text);
  // 'und' (too little text to judge) is coded as English: nothing is lost by trying.
  return { code: guess.code, name: guess.name, english: guess.code === 'en' || guess.code === 'und' };
}

/** Everything in `document` except what needs the events (tone is completed by `withEventTone`). */
export function documentInfo(
  text: string, meta: { title: string | null; published: string | null; language?: string }, ctx: DocContext,
): DocumentInfo {
  // The coder codes English only (the language check ran before parsing): no second detection.
  const { info } = analyseDocument(text, { ...meta, languageGuess: ENGLISH }, ctx);
  return { ...info, language: 'en' };
}

/** -100..100 from the actual events' mean Goldstein (-10..10); null without events. */
export function eventTone(events: readonly CodedEvent[]): number | null {
  const actual = events.filter((e) => e.modality === 'actual');
  const use = actual.length ? actual : events;
  if (!use.length) return null;
  return (use.reduce((s, e) => s + e.goldstein, 0) / use.length) * 10;
}

/** The document's tone: the mean of lexicon tone and event tone where there are events. */
export function withEventTone(lexiconTone: number, events: readonly CodedEvent[]): number {
  const ev = eventTone(events);
  const tone = ev === null ? lexiconTone : (lexiconTone + ev) / 2;
  return Math.round(Math.max(-100, Math.min(100, tone)) * 10) / 10;
}
