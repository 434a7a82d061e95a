/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds -> their items: the link to fetch, and the title and
 * date to fall back on when the linked page has none. Read with htmlparser2 in XML mode (no
 * entity or DTD expansion beyond the predefined ones); nothing is fetched here.
 */
import { Parser } from 'htmlparser2';

export interface FeedItem {
  /** Absolute http(s) URL of the item's page; null when the item has none. */
  url: string | null;
  title: string | null;
  /** YYYY-MM-DD */
  published: string | null;
}

export interface Feed {
  kind: 'rss' | 'atom' | 'rdf';
  title: string | null;
  items: FeedItem[];
}

/** True when the text's root element is a feed's (rss, feed, rdf:RDF). */
export function looksLikeFeed(content: string): boolean {
  const head = content.slice(0, 4096).replace(/^\ufeff/, '').replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '').trimStart();
  return /^<(?:rss|feed|rdf:RDF)\b/i.test(head);
}

interface Draft { title: string | null; link: string | null; permalink: string | null; date: string | null; alternate: string | null }

export function parseFeed(content: string, baseUrl: string): Feed | null {
  let kind: Feed['kind'] | null = null;
  let title: string | null = null;
  const items: FeedItem[] = [];
  const stack: string[] = [];
  let item: Draft | null = null;
  let text = '';
  let permalink = true;
  const parser = new Parser({
    onopentag(name, attrs) {
      const tag = name.toLowerCase();
      if (!stack.length) kind = tag === 'rss' ? 'rss' : tag === 'feed' ? 'atom' : tag === 'rdf:rdf' ? 'rdf' : null;
      stack.push(tag);
      text = '';
      if (tag === 'item' || tag === 'entry') item = { title: null, link: null, permalink: null, date: null, alternate: null };
      if (tag === 'guid') permalink = attrs.ispermalink?.toLowerCase() !== 'false';
      if (tag === 'link' && item && attrs.href && (!attrs.rel || attrs.rel === 'alternate')) {
        const type = attrs.type?.toLowerCase();
        if (!item.alternate || type === 'text/html') item.alternate = attrs.href;
      }
    },
    ontext(t) { text += t; },
    onclosetag(name) {
      const tag = name.toLowerCase();
      stack.pop();
      const value = text.trim() || null;
      text = '';
      if (tag === 'item' || tag === 'entry') {
        if (item) items.push(finish(item, baseUrl));
        item = null;
        return;
      }
      if (!item) {
        if (tag === 'title' && title === null && stack.length <= 2) title = value;
        return;
      }
      if (tag === 'title') item.title = value;
      else if (tag === 'link' && value) item.link = value;
      else if (tag === 'guid' && value && permalink) item.permalink = value;
      else if (DATE_TAGS.has(tag) && value && (!item.date || tag !== 'updated')) item.date = value;
    },
  }, { xmlMode: true, decodeEntities: true });
  parser.end(content);
  return kind ? { kind, title, items } : null;
}

const DATE_TAGS = new Set(['pubdate', 'published', 'updated', 'dc:date']);

function finish(d: Draft, baseUrl: string): FeedItem {
  const href = d.link ?? d.alternate ?? d.permalink;
  return { url: href ? absolute(href, baseUrl) : null, title: d.title, published: isoDate(d.date) };
}

function absolute(href: string, base: string): string | null {
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch { return null; }
}

/** RFC 822 (RSS) or RFC 3339 (Atom) date -> YYYY-MM-DD, keeping the feed's own calendar day. */
export function isoDate(s: string | null): string | null {
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})/.exec(s);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2].toLowerCase());
    if (month >= 0) return `${rfc[3]}-${String(month + 1).padStart(2, '0')}-${rfc[1].padStart(2, '0')}`;
  }
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
