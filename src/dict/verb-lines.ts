/** Parsers for the single-line constructs of the verb dictionary: block headers, verbs, transformations. */
import { missingParticiple, regularVerbForms } from './morphology.js';
import { parseEventCode } from './verb-code.js';
import type { EventCode, VerbForm, VerbTransformation } from './verb-types.js';

/** `---  ACCELERATE   [---]  ---` -> name and code. Returns a problem string when malformed. */
export function parseBlockHeader(t: string): { name: string; code: EventCode; extraCodes: number } | string {
  // Names are one word in CAMEO.2.0.txt; PETR.Validate.verbs.txt has `--- LASH OUT [122] ---`.
  const m = /^---\s*([^[\s-][^[]*?)\s*((?:\[[^\]]*\]\s*)*)[-\s]*$/.exec(t);
  if (!m) return 'malformed verb block header (expected --- NAME [code] ---)';
  const codes = [...m[2].matchAll(/\[([^\]]*)\]/g)].map((c) => c[1]);
  const code = codes.length > 0 ? parseEventCode(codes[0]) : { active: null, passive: null, raw: '---' };
  if (typeof code === 'string') return code;
  return { name: m[1].trim().replace(/\s+/g, '_').toUpperCase(), code, extraCodes: Math.max(0, codes.length - 1) };
}

/**
 * `WIRE_+TAP` -> { words: [WIRE, TAP], head: 1 }. A compound must mark its verb with '+', except a
 * TABARI-style spaced one (`LASH OUT`, only in PETR.Validate.verbs.txt), read with the first word as verb.
 */
export function parseVerbSpec(spec: string): VerbForm | string {
  const parts = spec.split(/[_\s]+/).filter((w) => w !== '');
  if (parts.length === 0) return `empty verb '${spec}'`;
  const plus = parts.map((p, i) => (p.startsWith('+') ? i : -1)).filter((i) => i >= 0);
  if (plus.length > 1) return `verb '${spec}' marks more than one word with '+'`;
  if (parts.length > 1 && plus.length === 0 && !/\s/.test(spec.trim())) {
    return `multi-word verb '${spec}' must mark its verb word with '+'`;
  }
  const words = parts.map((p) => p.replace(/^\+/, '').toUpperCase());
  if (words.some((w) => w === '' || /[[\]{}()]/.test(w))) return `malformed verb '${spec}'`;
  return { words, head: plus.length > 0 ? plus[0] : 0 };
}

/**
 * A verb line: `HURRY {HURRIES HURRYING HURRIED } [042]`. A `;` starts a TABARI-style comment
 * (`SCRAP {SCRAPPING SCRAPS SCRAPPED };shan 8/30/93` in CAMEO.2.0.txt); no verb contains one.
 */
export function parseVerbLine(t: string): { lemma: VerbForm; forms: VerbForm[]; code: EventCode | null } | string {
  const text = t.replace(/;.*$/, '').trim();
  const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?\s*$/.exec(text);
  if (!m) return 'malformed verb line (expected VERB {forms} [code])';
  const lemma = parseVerbSpec(m[1]);
  if (typeof lemma === 'string') return lemma;
  const forms: VerbForm[] = [lemma];
  if (m[2] !== undefined) {
    for (const f of m[2].split(/\s+/).filter((x) => x !== '')) {
      const form = parseVerbSpec(f);
      if (typeof form === 'string') return form;
      forms.push(form);
    }
    const participle = missingParticiple(lemma.words[lemma.head], forms.map((f) => f.words[f.head]));
    if (participle !== null) {
      const words = lemma.words.slice();
      words[lemma.head] = participle;
      forms.push({ words, head: lemma.head });
    }
  } else {
    for (const w of regularVerbForms(lemma.words[lemma.head])) {
      const words = lemma.words.slice();
      words[lemma.head] = w;
      forms.push({ words, head: lemma.head });
    }
  }
  let code: EventCode | null = null;
  if (m[3] !== undefined) {
    const c = parseEventCode(m[3]);
    if (typeof c === 'string') return c;
    code = c;
  }
  return { lemma, forms, code };
}

/** `~ a (a b ATTACK) SAY = a b 015`. */
export function parseTransformation(t: string, line: number): VerbTransformation | string {
  const m = /^~\s*(\S+)\s*\(\s*(\S+)\s+(\S+)\s+([^\s)]+)\s*\)\s*(\S+)\s*=\s*(\S+)\s+(\S+)\s+(\S+)\s*$/.exec(t.trim());
  if (!m) return 'malformed transformation (expected ~ a (a b VERB) VERB = a b CODE)';
  const verbs = (s: string): string[] => s.toUpperCase().split('_').filter((x) => x !== '');
  return {
    source: m[1],
    inner: { source: m[2], target: m[3], verb: verbs(m[4]) },
    verb: verbs(m[5]),
    result: { source: m[6], target: m[7], code: m[8] },
    line,
  };
}
