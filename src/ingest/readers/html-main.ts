/**
 * Main-text extraction: which part of a page is the article, and its text as paragraphs.
 * Readability's idea in small: paragraphs vote for their parent and grandparent with a score from
 * their length and commas; semantic containers (<article>, <main>, articleBody) get a bonus,
 * boilerplate class names a penalty, link-heavy blocks are discounted; the winner plus its
 * similarly scored siblings is the article.
 */
import { collapseSpace, isElement, type HtmlElement } from './html-tree.js';

/** Never article text. <header>/<footer> inside an <article> are handled in isBoilerplate. */
const SKIP_TAGS = new Set(['head', 'script', 'nav', 'aside', 'form', 'figure', 'menu', 'dialog', 'title', 'meta',
  'link', 'input', 'label', 'option', 'picture', 'img', 'map', 'area', 'base']);
const SKIP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alert',
  'menu', 'menubar', 'toolbar']);
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul',
  'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'tbody', 'thead', 'center', 'address',
  'figcaption', 'hr', 'body', 'header', 'footer', 'details', 'summary', 'caption']);
const CONTAINERS = new Set(['div', 'article', 'section', 'header', 'main', 'body', 'footer', 'aside']);
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'li', 'dd']);
const UNLIKELY = /comment|share|social|related|promo|sidebar|cookie|newsletter|subscri|advert|sponsor|\bads?\b|ad-slot|breadcrumb|\bmenu|popup|modal|footer|masthead|skip|disqus|recommend|trending|most-?read|paywall|signup|banner|pagination|print-only/i;
const LIKELY = /article|body|content|main|story|entry|post-?text|text|column/i;
const POSITIVE = /article|body|content|entry|main|page|post|text|blog|story/i;
const NEGATIVE = /hidden|comment|foot|masthead|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|byline|caption|credit/i;

interface Stats { text: number; links: number; commas: number }

/** Whether `el` can never be article text, whatever its score. */
export function isBoilerplate(el: HtmlElement, insideArticle: boolean): boolean {
  if (SKIP_TAGS.has(el.tag)) return true;
  if ((el.tag === 'header' || el.tag === 'footer') && !insideArticle) return true;
  if (el.tag === 'footer') return true;
  // A dateline stamp standing alone in a container is metadata; <time> inside a sentence is text.
  if (el.tag === 'time' && el.parent && CONTAINERS.has(el.parent.tag)) return true;
  const role = (el.attrs.role ?? '').toLowerCase();
  if (SKIP_ROLES.has(role)) return true;
  if ('hidden' in el.attrs || el.attrs['aria-hidden'] === 'true') return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.attrs.style ?? '')) return true;
  if (el.tag === 'body' || el.tag === 'html' || el.tag === 'article' || el.tag === 'main') return false;
  const names = `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`;
  return UNLIKELY.test(names) && !LIKELY.test(names);
}

/** Text length, link text length and commas of every kept element, computed once bottom-up. */
function measure(root: HtmlElement): Map<HtmlElement, Stats> {
  const stats = new Map<HtmlElement, Stats>();
  const visit = (el: HtmlElement, inArticle: boolean, inLink: boolean): Stats => {
    const s: Stats = { text: 0, links: 0, commas: 0 };
    const art = inArticle || el.tag === 'article';
    for (const c of el.children) {
      if (typeof c === 'string') {
        const t = collapseSpace(c);
        s.text += t.length;
        if (inLink) s.links += t.length;
        s.commas += (t.match(/[,，、]/g) ?? []).length;
      } else if (!isBoilerplate(c, art)) {
        const cs = visit(c, art, inLink || c.tag === 'a');
        s.text += cs.text; s.links += cs.links; s.commas += cs.commas;
      }
    }
    stats.set(el, s);
    return s;
  };
  visit(root, false, false);
  return stats;
}

function classWeight(el: HtmlElement): number {
  const names = `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`;
  let w = 0;
  if (NEGATIVE.test(names)) w -= 25;
  if (POSITIVE.test(names)) w += 25;
  if (el.tag === 'article' || (el.attrs.itemprop ?? '').toLowerCase() === 'articlebody') w += 30;
  if (el.tag === 'main' || (el.attrs.role ?? '').toLowerCase() === 'main') w += 15;
  return w;
}

function baseScore(el: HtmlElement): number {
  if (el.tag === 'div' || el.tag === 'article' || el.tag === 'section') return 5;
  if (el.tag === 'pre' || el.tag === 'td' || el.tag === 'blockquote') return 3;
  if (/^(?:ol|ul|dl|dd|dt|li|form|address)$/.test(el.tag)) return -3;
  if (/^(?:h[1-6]|th)$/.test(el.tag)) return -5;
  return 0;
}

function linkDensity(s: Stats | undefined): number {
  return s && s.text > 0 ? s.links / s.text : 0;
}

/** Picks the elements (in document order) that hold the article. */
export function selectMain(root: HtmlElement): { parts: HtmlElement[]; stats: Map<HtmlElement, Stats> } {
  const stats = measure(root);
  const scores = new Map<HtmlElement, number>();
  const vote = (el: HtmlElement | null, amount: number) => {
    if (!el || el.tag === '#root' || !stats.has(el)) return;
    if (!scores.has(el)) scores.set(el, baseScore(el) + classWeight(el));
    scores.set(el, scores.get(el)! + amount);
  };
  for (const el of stats.keys()) {
    const s = stats.get(el)!;
    if (!PARAGRAPH_TAGS.has(el.tag) || s.text < 25) continue;
    const score = 1 + s.commas + Math.min(Math.floor(s.text / 100), 3);
    vote(el.parent, score);
    vote(el.parent?.parent ?? null, score / 2);
    vote(el.parent?.parent?.parent ?? null, score / 3);
  }
  let top: HtmlElement | null = null;
  let topScore = -Infinity;
  for (const [el, raw] of scores) {
    const score = raw * (1 - linkDensity(stats.get(el)));
    scores.set(el, score);
    if (score > topScore) { top = el; topScore = score; }
  }
  if (!top) return { parts: [bodyOf(root)], stats };
  return { parts: withSiblings(top, topScore, scores, stats), stats };
}

function bodyOf(root: HtmlElement): HtmlElement {
  const stack = [root];
  while (stack.length) {
    const el = stack.shift()!;
    if (el.tag === 'body') return el;
    for (const c of el.children) if (isElement(c)) stack.push(c);
  }
  return root;
}

/** Readability's sibling rule: paragraphs split across sibling containers belong together. */
function withSiblings(top: HtmlElement, topScore: number, scores: Map<HtmlElement, number>,
  stats: Map<HtmlElement, Stats>): HtmlElement[] {
  const parent = top.parent;
  if (!parent) return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const parts: HtmlElement[] = [];
  for (const sib of parent.children) {
    if (!isElement(sib) || !stats.has(sib)) continue;
    if (sib === top || (scores.get(sib) ?? -Infinity) >= threshold) { parts.push(sib); continue; }
    const s = stats.get(sib)!;
    if (sib.tag !== 'p') continue;
    const text = s.text;
    const ld = linkDensity(s);
    if ((text > 80 && ld < 0.25) || (text > 0 && ld === 0 && text <= 80 && /\.\s*$/.test(flatText(sib)))) parts.push(sib);
  }
  return parts;
}

function flatText(el: HtmlElement): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : flatText(c);
  return s;
}

/** Renders elements as paragraphs: blocks separate paragraphs, <br> breaks a line. */
export function renderParagraphs(parts: HtmlElement[], stats: Map<HtmlElement, Stats>): string[] {
  const paragraphs: string[] = [];
  let cur = '';
  const flush = () => {
    const p = cur.split('\n').map(collapseSpace).filter(Boolean).join('\n');
    if (p) paragraphs.push(p);
    cur = '';
  };
  const walk = (el: HtmlElement) => {
    if (!stats.has(el)) return; // boilerplate: measure() skipped it
    const block = BLOCK_TAGS.has(el.tag);
    // Link lists (related stories, tags) inside the article are navigation, not text.
    if (block && el.tag !== 'p' && linkDensity(stats.get(el)) > 0.5) return;
    if (block) flush();
    if (el.tag === 'br') cur += '\n';
    for (const c of el.children) {
      if (typeof c === 'string') cur += c;
      else walk(c);
    }
    if (block) flush();
    else if (el.tag === 'td' || el.tag === 'th') cur += ' ';
  };
  for (const p of parts) walk(p);
  flush();
  return paragraphs;
}
