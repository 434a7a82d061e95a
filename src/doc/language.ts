/**
 * Offline language identification, enough to tell "this is English" from "this is Chinese,
 * Russian, French ...". First the writing system (letters counted per script), then for Latin
 * script the share of running words that are function words of each language. A CJK character
 * carries about as much text as three Latin letters, so it is weighted that way: English with a
 * few Chinese or Japanese names in it stays English.
 */
import { LATIN_PROFILES } from './language-profiles.js';

export interface LanguageGuess {
  /** ISO 639-1; "und" when there is no text to judge. */
  code: string;
  name: string;
  /** 0..1 */
  confidence: number;
}

type Script = 'latin' | 'han' | 'kana' | 'hangul' | 'cyrillic' | 'arabic' | 'hebrew' | 'greek' | 'devanagari' | 'thai';

const SCRIPTS: [Script, RegExp, number][] = [
  ['latin', /\p{Script=Latin}/u, 1],
  ['han', /\p{Script=Han}/u, 3],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u, 3],
  ['hangul', /\p{Script=Hangul}/u, 3],
  ['cyrillic', /\p{Script=Cyrillic}/u, 1],
  ['arabic', /\p{Script=Arabic}/u, 1],
  ['hebrew', /\p{Script=Hebrew}/u, 1],
  ['greek', /\p{Script=Greek}/u, 1],
  ['devanagari', /\p{Script=Devanagari}/u, 1],
  ['thai', /\p{Script=Thai}/u, 1],
];

/** Function word -> the indexes in LATIN_PROFILES of the languages it belongs to. */
const PROFILES_OF = new Map<string, number[]>();
LATIN_PROFILES.forEach((p, i) => {
  for (const w of new Set(p.words)) PROFILES_OF.set(w, [...(PROFILES_OF.get(w) ?? []), i]);
});

const SAMPLE = 20000;
/** Function-word hits a Latin-script language other than English needs before we call the text that language. */
const MIN_HITS = 3;
const UND: LanguageGuess = { code: 'und', name: 'Undetermined', confidence: 0 };

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const weight = scriptWeights(sample);
  const total = [...weight.values()].reduce((a, b) => a + b, 0);
  if (total < 3) return UND;
  // Japanese mixes kanji with kana: any real amount of kana makes Han text Japanese.
  const cjk = (weight.get('han') ?? 0) + (weight.get('kana') ?? 0);
  const kanaShare = (weight.get('kana') ?? 0) / Math.max(1, cjk);
  if (cjk > 0 && kanaShare > 0.05 && (weight.get('hangul') ?? 0) < cjk) {
    weight.set('kana', cjk);
    weight.delete('han');
  }
  let top: Script = 'latin';
  let topW = -1;
  for (const [s, w] of weight) if (w > topW) { top = s; topW = w; }
  const share = topW / total;
  if (top === 'latin') return latinLanguage(sample, share);
  return scriptLanguage(top, sample, share);
}

function scriptWeights(sample: string): Map<Script, number> {
  const weight = new Map<Script, number>();
  // Plain ASCII letters, most of any news text, are Latin without testing every script: counted
  // here and added at the end (the key is set at the first one, where the Map's order wants it).
  let ascii = 0;
  for (const ch of sample) {
    if (ch < 'A') continue;
    if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
      if (ascii++ === 0 && !weight.has('latin')) weight.set('latin', 0);
      continue;
    }
    if (/[\s\d\p{P}\p{S}]/u.test(ch)) continue;
    for (const [s, re, w] of SCRIPTS) {
      if (re.test(ch)) { weight.set(s, (weight.get(s) ?? 0) + w); break; }
    }
  }
  if (ascii > 0) weight.set('latin', (weight.get('latin') ?? 0) + ascii);
  return weight;
}

function scriptLanguage(script: Script, sample: string, share: number): LanguageGuess {
  const c = round(share);
  switch (script) {
    case 'han': return { code: 'zh', name: 'Chinese', confidence: c };
    case 'kana': return { code: 'ja', name: 'Japanese', confidence: c };
    case 'hangul': return { code: 'ko', name: 'Korean', confidence: c };
    case 'cyrillic':
      if (/[іїєґІЇЄҐ]/.test(sample)) return { code: 'uk', name: 'Ukrainian', confidence: c };
      if (/[ўЎ]/.test(sample)) return { code: 'be', name: 'Belarusian', confidence: c };
      if (/[ѓќљњџЃЌЉЊЏ]/.test(sample)) return { code: 'mk', name: 'Macedonian', confidence: c };
      if (/[ђћЂЋ]/.test(sample)) return { code: 'sr', name: 'Serbian', confidence: c };
      if (!/[ыэЫЭ]/.test(sample) && /[ъЪ]/.test(sample)) return { code: 'bg', name: 'Bulgarian', confidence: round(c * 0.8) };
      return { code: 'ru', name: 'Russian', confidence: c };
    case 'arabic':
      if (/[پچژگ]/.test(sample)) return { code: 'fa', name: 'Persian', confidence: c };
      if (/[ٹڈڑںے]/.test(sample)) return { code: 'ur', name: 'Urdu', confidence: c };
      return { code: 'ar', name: 'Arabic', confidence: c };
    case 'hebrew': return { code: 'he', name: 'Hebrew', confidence: c };
    case 'greek': return { code: 'el', name: 'Greek', confidence: c };
    case 'devanagari': return { code: 'hi', name: 'Hindi', confidence: round(c * 0.9) };
    case 'thai': return { code: 'th', name: 'Thai', confidence: c };
    default: return UND;
  }
}

/** Picks the Latin-script language whose function words cover most of the running words. */
function latinLanguage(sample: string, scriptShare: number): LanguageGuess {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return UND;
  const hits = LATIN_PROFILES.map(() => 0);
  for (const w of words) for (const i of PROFILES_OF.get(w) ?? []) hits[i]++;
  const ranked = LATIN_PROFILES.map((p, i) => ({ p, hits: hits[i], cover: hits[i] / words.length })).sort((a, b) => b.cover - a.cover);
  const [best, second] = ranked;
  if (best.cover === 0) return { code: 'en', name: 'English', confidence: round(0.2 * scriptShare) };
  // Two or three function words prove nothing: "China met Japan in May" has Dutch "met" and "in".
  if (best.hits < MIN_HITS && best.p.code !== 'en') return UND;
  // Confidence: how much text the profile explains, and by how much it beats the runner-up.
  const margin = (best.cover - (second?.cover ?? 0)) / best.cover;
  const amount = Math.min(1, best.cover / 0.3) * Math.min(1, words.length / 20 + 0.3);
  return { code: best.p.code, name: best.p.name, confidence: round(scriptShare * (0.5 * amount + 0.5 * margin)) };
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}
