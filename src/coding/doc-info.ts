/**
 * Document-level facts for the coded document: id, language, genre, origin, cited sources, tone.
 *
 * src/doc/ (detectLanguage, genre, origin, cited sources, tone, document id) is being written in
 * parallel; until it lands this module gives conservative stand-ins so the pipeline runs end to
 * end: id = sha256 of the whitespace-normalised text (the spec's definition), an English check on
 * function-word frequency, genre 'unknown', origin from an "Original: <url>" line, no cited
 * sources, tone from the events' Goldstein scores alone. Replace the bodies with src/doc calls;
 * the signatures are what coder.ts needs.
 */
import { createHash } from 'node:crypto';
import type { CitedSource, CodedEvent, Genre } from './types.js';

export function documentId(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

const ENGLISH = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'with', 'as', 'was', 'by', 'it', 'said', 'its', 'has', 'be', 'are', 'will', 'from', 'at', 'this', 'an', 'have', 'not']);

/** 'en', or null when the text has enough words and too few English function words to be English. */
export function languageOf(text: string, declared?: string): { language: string; english: boolean } {
  if (declared && !/^en\b/i.test(declared)) return { language: declared.slice(0, 2).toLowerCase(), english: false };
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z\u00c0-\u024f]/g)?.length ?? 0;
  if (letters >= 20 && latin / letters < 0.5) return { language: guessScript(text), english: false };
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.length < 12) return { language: 'en', english: true };
  const hits = words.filter((w) => ENGLISH.has(w)).length;
  if (hits / words.length >= 0.05) return { language: 'en', english: true };
  return { language: guessScript(text), english: false };
}

function guessScript(text: string): string {
  if (/[\u3040-\u30ff]/.test(text)) return 'ja'; // kana before Han: Japanese mixes both
  if (/[\u4e00-\u9fff]/.test(text)) return 'zh';
  if (/[\u0400-\u04ff]/.test(text)) return 'ru';
  if (/[\u0600-\u06ff]/.test(text)) return 'ar';
  return 'und';
}

export function genreOf(_text: string): Genre {
  return 'unknown';
}

export function originOf(text: string): string | null {
  const m = /(?:^|\n)\s*(?:Original|Source|Originally published)\s*:\s*(https?:\/\/\S+)/i.exec(text);
  return m ? m[1].replace(/[).,;]+$/, '') : null;
}

export function citedSourcesOf(_text: string, _published: string | null): CitedSource[] {
  return [];
}

/** -100..100 from the actual events' mean Goldstein (-10..10), 0 without events. */
export function toneOf(_text: string, events: readonly CodedEvent[]): number {
  const actual = events.filter((e) => e.modality === 'actual');
  const use = actual.length ? actual : events;
  if (!use.length) return 0;
  const mean = use.reduce((s, e) => s + e.goldstein, 0) / use.length;
  return Math.round(mean * 100) / 10;
}
