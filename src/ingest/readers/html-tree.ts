/**
 * A light element tree built from htmlparser2's callbacks. We build our own instead of using a
 * full DOM so we can (a) drop what we never want at parse time (scripts, styles, comments),
 * keeping only JSON-LD script bodies for metadata, and (b) cap nesting depth, so a hostile
 * page of 100,000 nested <div>s cannot overflow the stack of the recursive passes that follow.
 * Nothing is executed or fetched: text is text.
 */
import { Parser } from 'htmlparser2';

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
}
export type HtmlNode = HtmlElement | string;

/** Deeper elements are flattened into their ancestor at this depth. */
export const MAX_DEPTH = 200;

/** Elements whose content is never text of the document; dropped while parsing. */
const DROP_CONTENT = new Set(['style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object',
  'embed', 'audio', 'video', 'select', 'textarea', 'button']);

export function isElement(n: HtmlNode): n is HtmlElement {
  return typeof n !== 'string';
}

/** Parses HTML into a tree rooted at a synthetic `#root` element. Never throws on bad markup. */
export function parseHtmlTree(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [], parent: null };
  let current = root;
  let depth = 0;
  let flattened = 0; // opened elements we did not push because of MAX_DEPTH
  let dropping = 0; // nesting inside a DROP_CONTENT element or a non-JSON-LD script
  const parser = new Parser({
    onopentag(name, attrs) {
      if (dropping > 0 || DROP_CONTENT.has(name) || (name === 'script' && !isJsonLd(attrs))) { dropping++; return; }
      if (depth >= MAX_DEPTH) { flattened++; return; }
      const el: HtmlElement = { tag: name, attrs, children: [], parent: current };
      current.children.push(el);
      current = el;
      depth++;
    },
    onclosetag() {
      if (dropping > 0) { dropping--; return; }
      if (flattened > 0) { flattened--; return; }
      if (current.parent) { current = current.parent; depth--; }
    },
    ontext(text) {
      if (dropping > 0) return;
      const last = current.children[current.children.length - 1];
      if (typeof last === 'string') current.children[current.children.length - 1] = last + text;
      else current.children.push(text);
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true });
  parser.write(html);
  parser.end();
  return root;
}

function isJsonLd(attrs: Record<string, string>): boolean {
  return (attrs.type ?? '').trim().toLowerCase() === 'application/ld+json';
}

/** All elements below `el` (pre-order), optionally filtered by tag. */
export function descendants(el: HtmlElement, tag?: string): HtmlElement[] {
  const out: HtmlElement[] = [];
  const stack: HtmlElement[] = [el];
  while (stack.length) {
    const cur = stack.pop()!;
    for (let i = cur.children.length - 1; i >= 0; i--) {
      const c = cur.children[i];
      if (isElement(c)) stack.push(c);
    }
    if (cur !== el && (!tag || cur.tag === tag)) out.push(cur);
  }
  return out;
}

/** Concatenated raw text under `el`. */
export function rawText(el: HtmlElement): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : rawText(c);
  return s;
}

/** Text with whitespace (including no-break spaces) collapsed and trimmed. */
export function cleanText(el: HtmlElement): string {
  return collapseSpace(rawText(el));
}

export function collapseSpace(s: string): string {
  return s.replace(/\u200b|\u200c|\u200d|\u2060|\ufeff/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}

export function hasAncestor(el: HtmlElement, tag: string): boolean {
  for (let p = el.parent; p; p = p.parent) if (p.tag === tag) return true;
  return false;
}
