/**
 * A small XML tokenizer for record files (PETRARCH). Deliberately not a full XML parser:
 * it knows tags, attributes, text, comments, CDATA, and skips declarations and processing
 * instructions. A DOCTYPE's internal subset is skipped unread, so entity declarations are never
 * honoured: only the five predefined entities and numeric references are decoded, and an
 * "entity expansion bomb" stays the literal text `&lol9;`. Malformed markup yields an `error`
 * token and the lexer carries on after it, so one bad record does not lose the rest.
 */

export type XmlToken =
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean; pos: number }
  | { kind: 'close'; name: string; pos: number }
  | { kind: 'text'; text: string; pos: number }
  | { kind: 'error'; message: string; pos: number };

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the 5 XML entities and numeric references; anything else is left as written. */
export function decodeXmlEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z]{2,4});/g, (whole, body: string) => {
    if (body[0] !== '#') return PREDEFINED[body] ?? whole;
    const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    // Surrogates, NUL and out-of-range code points are not characters; keep the reference visible.
    if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return whole;
    return String.fromCodePoint(cp);
  });
}

// Sticky patterns are created per use: a shared regex's lastIndex would be module-level state.
const NAME_SRC = '[A-Za-z_:][-A-Za-z0-9_:.]*';
const ATTR_SRC = `\\s*(${NAME_SRC})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`;

/** Tokenizes `src` lazily; the generator lets a caller stop early or process record by record. */
export function* lexXml(src: string): Generator<XmlToken> {
  let i = 0;
  const n = src.length;
  while (i < n) {
    const lt = src.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) yield { kind: 'text', text: decodeXmlEntities(src.slice(i, textEnd)), pos: i };
    if (lt < 0) return;
    i = lt;
    const step = markupAt(src, i);
    for (const t of step.tokens) yield t;
    i = step.next;
  }
}

interface Step { tokens: XmlToken[]; next: number }

function skipTo(src: string, from: number, end: string, pos: number, what: string): Step {
  const j = src.indexOf(end, from);
  if (j < 0) return { tokens: [{ kind: 'error', message: `unterminated ${what}`, pos }], next: src.length };
  return { tokens: [], next: j + end.length };
}

function markupAt(src: string, i: number): Step {
  if (src.startsWith('<!--', i)) return skipTo(src, i + 4, '-->', i, 'comment');
  if (src.startsWith('<![CDATA[', i)) {
    const j = src.indexOf(']]>', i + 9);
    if (j < 0) return { tokens: [{ kind: 'error', message: 'unterminated CDATA section', pos: i }], next: src.length };
    return { tokens: [{ kind: 'text', text: src.slice(i + 9, j), pos: i }], next: j + 3 };
  }
  if (src.startsWith('<?', i)) return skipTo(src, i + 2, '?>', i, 'processing instruction');
  if (src.startsWith('<!', i)) return skipDeclaration(src, i);
  if (src[i + 1] === '/') return closeTag(src, i);
  return openTag(src, i);
}

/** Skips `<!DOCTYPE ...>` including a bracketed internal subset, whose declarations are ignored. */
function skipDeclaration(src: string, i: number): Step {
  const bracket = src.indexOf('[', i);
  const gt = src.indexOf('>', i);
  if (gt < 0) return { tokens: [{ kind: 'error', message: 'unterminated declaration', pos: i }], next: src.length };
  if (bracket >= 0 && bracket < gt) return skipTo(src, bracket, ']>', i, 'DOCTYPE internal subset');
  return { tokens: [], next: gt + 1 };
}

function closeTag(src: string, i: number): Step {
  const NAME = new RegExp(NAME_SRC, 'y');
  NAME.lastIndex = i + 2;
  const m = NAME.exec(src);
  const gt = src.indexOf('>', i);
  if (!m || gt < 0 || src.slice(NAME.lastIndex, gt).trim() !== '') {
    return strayLt(src, i, 'malformed closing tag');
  }
  return { tokens: [{ kind: 'close', name: m[0], pos: i }], next: gt + 1 };
}

function openTag(src: string, i: number): Step {
  const NAME = new RegExp(NAME_SRC, 'y');
  const ATTR = new RegExp(ATTR_SRC, 'y');
  NAME.lastIndex = i + 1;
  const m = NAME.exec(src);
  if (!m) return strayLt(src, i, "'<' not starting a tag");
  const attrs: Record<string, string> = {};
  let j = NAME.lastIndex;
  for (;;) {
    ATTR.lastIndex = j;
    const a = ATTR.exec(src);
    if (!a) break;
    attrs[a[1]] = decodeXmlEntities(a[2] ?? a[3] ?? '');
    j = ATTR.lastIndex;
  }
  const rest = /\s*(\/?)>/y;
  rest.lastIndex = j;
  const r = rest.exec(src);
  if (!r) return strayLt(src, i, `malformed <${m[0]}> tag`);
  return { tokens: [{ kind: 'open', name: m[0], attrs, selfClosing: r[1] === '/', pos: i }], next: rest.lastIndex };
}

/** Reports the problem and resumes after the offending `<`, keeping what follows as text. */
function strayLt(_src: string, i: number, message: string): Step {
  return { tokens: [{ kind: 'error', message, pos: i }], next: i + 1 };
}

/** Maps string offsets to 1-based line numbers. */
export function lineIndex(src: string): (pos: number) => number {
  const starts = [0];
  for (let k = src.indexOf('\n'); k >= 0; k = src.indexOf('\n', k + 1)) starts.push(k + 1);
  return (pos) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= pos) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  };
}
