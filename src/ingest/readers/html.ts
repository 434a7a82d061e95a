/**
 * HTML pages -> one Document: the article's text as paragraphs separated by blank lines, and the
 * page's metadata. Nothing in the page is executed or fetched.
 */
import { decodeInput } from '../../text/decode.js';
import { DyadError } from '../../util/errors.js';
import { parseHtmlTree } from './html-tree.js';
import { limitNesting } from './html-guard.js';
import { extractMeta } from './html-meta.js';
import { renderParagraphs, selectMain } from './html-main.js';
import { emptyMeta, type Document } from './types.js';

export interface HtmlOptions {
  file?: string | null;
  /** The address the page was fetched from, when known; preferred over og:url. */
  url?: string | null;
}

export function readHtml(html: string, opts: HtmlOptions = {}): Document {
  const root = parseHtmlTree(limitNesting(html));
  const meta = extractMeta(root);
  const { parts, stats } = selectMain(root);
  const text = renderParagraphs(parts, stats).join('\n\n');
  return {
    text,
    meta: {
      ...emptyMeta('html', opts.file ?? null),
      title: meta.title,
      url: opts.url ?? meta.url ?? meta.canonicalUrl,
      canonicalUrl: meta.canonicalUrl,
      published: meta.published,
      byline: meta.byline,
      ...(meta.language ? { language: meta.language } : {}),
    },
  };
}

/**
 * Decodes an HTML file: UTF-8 first; if that fails and the page declares another charset
 * (`<meta charset="gbk">`, Shift_JIS, EUC-KR, windows-1251 ...), decode with that instead.
 */
export function decodeHtml(buf: Buffer, file: string): string {
  try {
    return decodeInput(buf, file);
  } catch (e) {
    if (!(e instanceof DyadError) || e.code !== 'E_ENCODING') throw e;
    const label = declaredCharset(buf);
    if (!label || /^utf-?8$/i.test(label)) throw e;
    try {
      return new TextDecoder(label, { fatal: true }).decode(buf);
    } catch {
      throw new DyadError('E_ENCODING', `not valid UTF-8, nor valid ${label} as the page declares`, { file, cause: e });
    }
  }
}

/** The charset a page declares in its first 4 KiB, read as ASCII. */
export function declaredCharset(buf: Buffer): string | null {
  const head = buf.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return m ? m[1] : null;
}
