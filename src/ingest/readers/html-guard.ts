/**
 * A guard in front of htmlparser2, whose open-element stack costs time proportional to its depth
 * on every tag: 100,000 nested <div>s take seconds, a million take minutes. A cheap linear scan
 * finds pages nested deeper than any real article and removes the tags beyond the limit (their
 * text is kept), so hostile pages cost linear time and ordinary pages are passed through as is.
 */

export const MAX_NESTING = 256;

/** Elements never pushed on the stack, or closed implicitly by their next sibling. */
const NOT_NESTING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta',
  'param', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext', 'noscript', 'iframe']);

/** Returns `html` unchanged unless it nests deeper than `max`; then without the excess tags. */
export function limitNesting(html: string, max: number = MAX_NESTING): string {
  return maxDepth(html) <= max ? html : dropDeepTags(html, max);
}

interface TagAt { index: number; end: number; name: string; close: boolean; selfClose: boolean }

/**
 * Calls `fn` for each tag, in one left-to-right pass. Hand-written rather than a regex: a regex
 * that fails to find a tag's end rescans the rest of the input from every '<', which is quadratic
 * on inputs like '<a <a <a ...'. Here a tag with no end means there are no more tags. (A lower-cased
 * copy of the whole input made here once turned this loop quadratic in V8 after large inputs.)
 */
function forEachTag(html: string, fn: (t: TagAt) => void): void {
  let i = html.indexOf('<');
  while (i >= 0) {
    if (html.startsWith('<!--', i)) {
      const e = html.indexOf('-->', i + 4);
      if (e < 0) return;
      i = html.indexOf('<', e + 3);
      continue;
    }
    const close = html[i + 1] === '/';
    const nameStart = i + (close ? 2 : 1);
    const nameEnd = nameEndAt(html, nameStart);
    if (nameEnd === nameStart) { i = html.indexOf('<', i + 1); continue; }
    const end = tagEnd(html, nameEnd);
    if (end < 0) return;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    fn({ index: i, end: end + 1, name, close, selfClose: html[end - 1] === '/' });
    let next = end + 1;
    if (!close && RAW_TEXT.has(name)) {
      // Markup inside raw-text elements is text: jump to the closing tag.
      const closing = new RegExp(`</${name}`, 'gi');
      closing.lastIndex = next;
      const e = closing.exec(html);
      if (!e) return;
      next = e.index;
    }
    i = html.indexOf('<', next);
  }
}

/** End of a tag name starting at `from` (letters, then letters, digits, '-'); `from` if none. */
function nameEndAt(html: string, from: number): number {
  let j = from;
  for (; j < html.length; j++) {
    const c = html.charCodeAt(j) | 0x20; // ASCII lower case
    const letter = c >= 0x61 && c <= 0x7a;
    if (!(letter || (j > from && (html.charCodeAt(j) === 0x2d || (html.charCodeAt(j) >= 0x30 && html.charCodeAt(j) <= 0x39))))) break;
  }
  return j;
}

/** Index of the '>' ending a tag whose attributes start at `from`, or -1; quoted values may hold '>'. */
function tagEnd(html: string, from: number): number {
  for (let j = from; j < html.length; j++) {
    const c = html[j];
    if (c === '>') return j;
    if (c === '"' || c === "'") {
      const q = html.indexOf(c, j + 1);
      if (q < 0) return -1;
      j = q;
    }
  }
  return -1;
}

export function maxDepth(html: string): number {
  let depth = 0, max = 0;
  forEachTag(html, ({ close, name, selfClose }) => {
    if (NOT_NESTING.has(name) || selfClose) return;
    if (close) depth = Math.max(0, depth - 1);
    else max = Math.max(max, ++depth);
  });
  return max;
}

function dropDeepTags(html: string, max: number): string {
  const pieces: string[] = [];
  let last = 0, depth = 0, excess = 0;
  forEachTag(html, ({ index, end, close, name, selfClose }) => {
    if (NOT_NESTING.has(name) || selfClose) return;
    let drop = false;
    if (close) {
      if (excess > 0) { excess--; drop = true; } else depth = Math.max(0, depth - 1);
    } else if (depth >= max) { excess++; drop = true; } else depth++;
    if (drop) {
      pieces.push(html.slice(last, index), ' ');
      last = end;
    }
  });
  pieces.push(html.slice(last));
  return pieces.join('');
}
