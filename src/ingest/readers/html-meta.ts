/**
 * Metadata of a news page: title, canonical URL, publication date, byline, language. Sources in
 * order of trust: JSON-LD NewsArticle (what publishers fill for search engines), OpenGraph and
 * article:* meta, plain meta tags, then <title>, <time datetime> and <h1>.
 */
import { cleanText, descendants, rawText, type HtmlElement } from './html-tree.js';
import { normaliseDate } from '../../doc/dates.js';

export interface HtmlMeta {
  title: string | null;
  url: string | null;
  canonicalUrl: string | null;
  published: string | null;
  byline: string | null;
  language: string | null;
}

interface LdArticle { headline?: string; datePublished?: string; author?: string; url?: string }

const ARTICLE_TYPES = /^(?:News|Reportage|Opinion|Analysis|Review|Background|Satirical|Report|Scholarly|Tech)?Article$|^BlogPosting$|^LiveBlogPosting$/;
const MAX_JSON_LD = 1_000_000;

export function extractMeta(root: HtmlElement): HtmlMeta {
  const metas = descendants(root, 'meta');
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const el = metas.find((m) => (m.attrs.property ?? m.attrs.name ?? m.attrs.itemprop ?? '').toLowerCase() === key);
      const v = el?.attrs.content?.trim();
      if (v) return v;
    }
    return null;
  };
  const ld = jsonLdArticle(root);
  const links = descendants(root, 'link');
  const canonical = links.find((l) => relOf(l).includes('canonical'))?.attrs.href?.trim() || null;
  return {
    title: ld.headline ?? meta('og:title', 'twitter:title') ?? titleElement(root) ?? firstText(root, 'h1'),
    url: meta('og:url') ?? ld.url ?? null,
    canonicalUrl: canonical,
    published: firstDate([ld.datePublished, meta('article:published_time', 'og:published_time', 'datepublished',
      'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'date'),
    ...descendants(root, 'time').map((t) => t.attrs.datetime)]),
    byline: ld.author ?? personName(meta('author', 'article:author', 'parsely-author', 'byl')) ?? bylineElement(root),
    language: languageOf(root, meta('og:locale')),
  };
}

function relOf(el: HtmlElement): string[] {
  return (el.attrs.rel ?? '').toLowerCase().split(/\s+/);
}

/**
 * The first usable date, except that a UTC timestamp ("...Z") gives way to one written with the
 * publisher's own offset ("+09:00"): the calendar day of publication is the local one.
 */
function firstDate(candidates: (string | null | undefined)[]): string | null {
  const usable = candidates.filter((c): c is string => Boolean(normaliseDate(c)));
  if (!usable.length) return null;
  const isUtc = (c: string) => /T[\d:.]+(?:Z|[+-]00:?00)$/i.test(c.trim());
  const local = usable.find((c) => /T[\d:.]+[+-]\d\d:?\d\d$/.test(c.trim()) && !isUtc(c));
  return normaliseDate(isUtc(usable[0]) && local ? local : usable[0]);
}

function titleElement(root: HtmlElement): string | null {
  const t = descendants(root, 'title').find((el) => !el.parent || el.parent.tag !== 'svg');
  if (!t) return null;
  const full = cleanText(t);
  // "Headline | Site" or "Headline - Site": drop a short trailing site name.
  const m = /^(.{15,}?)\s+[|\-–—·]\s+[^|\-–—·]{2,40}$/.exec(full);
  return (m ? m[1] : full) || null;
}

function firstText(root: HtmlElement, tag: string): string | null {
  const el = descendants(root, tag)[0];
  return el ? cleanText(el) || null : null;
}

/** A byline looks like a name, not a URL to an author page or a "By" prefix. */
function personName(s: string | null | undefined): string | null {
  if (!s) return null;
  const v = s.replace(/^by\s+/i, '').trim();
  if (!v || /^https?:\/\//i.test(v) || v.length > 200) return null;
  return v;
}

function bylineElement(root: HtmlElement): string | null {
  for (const el of descendants(root)) {
    const cls = `${el.attrs.class ?? ''} ${el.attrs.rel ?? ''} ${el.attrs.itemprop ?? ''}`.toLowerCase();
    if (/\bbyline\b|\bauthor\b/.test(cls)) {
      const t = personName(cleanText(el));
      if (t && t.length <= 100) return t;
    }
  }
  return null;
}

function languageOf(root: HtmlElement, ogLocale: string | null): string | null {
  const html = descendants(root, 'html')[0];
  const httpEquiv = descendants(root, 'meta').find((m) => (m.attrs['http-equiv'] ?? '').toLowerCase() === 'content-language');
  const raw = html?.attrs.lang ?? html?.attrs['xml:lang'] ?? httpEquiv?.attrs.content ?? ogLocale;
  const m = raw ? /^([a-z]{2,3})(?:[-_]|$)/i.exec(raw.trim()) : null;
  return m ? m[1].toLowerCase() : null;
}

/** The first JSON-LD object of an article type, looking through arrays and @graph. */
function jsonLdArticle(root: HtmlElement): LdArticle {
  for (const script of descendants(root, 'script')) {
    const body = rawText(script);
    if (body.length > MAX_JSON_LD) continue;
    let data: unknown;
    try { data = JSON.parse(body); } catch { continue; }
    const found = findArticle(data, 0);
    if (found) return found;
  }
  return {};
}

function findArticle(node: unknown, depth: number): LdArticle | null {
  if (depth > 8 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const f = findArticle(item, depth + 1);
      if (f) return f;
    }
    return null;
  }
  const obj = node as Record<string, unknown>;
  const types = ([] as unknown[]).concat(obj['@type'] ?? []).filter((t): t is string => typeof t === 'string');
  if (types.some((t) => ARTICLE_TYPES.test(t))) {
    return {
      headline: str(obj.headline) ?? str(obj.name),
      datePublished: str(obj.datePublished) ?? str(obj.dateCreated),
      author: authorNames(obj.author),
      url: str(obj.url) ?? str((obj.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id']),
    };
  }
  return findArticle(obj['@graph'], depth + 1);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function authorNames(v: unknown): string | undefined {
  const list = ([] as unknown[]).concat(v ?? []);
  const names = list
    .map((a) => (typeof a === 'string' ? a : str((a as Record<string, unknown> | null)?.name)))
    .map((n) => personName(n))
    .filter((n): n is string => Boolean(n));
  return names.length ? names.join(', ') : undefined;
}
