/**
 * Where a text says it was first published: "Original: <url>", "Source: <url>", "原文链接：<url>",
 * "Originally published at/in ...". Machine-translated commentary usually ends with such a line.
 * Only explicit labelled lines count; a URL elsewhere in the text is not an origin.
 */

const LABEL = String.raw`(?:original(?:\s+(?:article|text|link|url|source|story|version))?|source(?:\s+(?:link|url))?|originally\s+published(?:\s+(?:at|in|on|by))?|first\s+published(?:\s+(?:at|in|on|by))?|this\s+article\s+(?:was\s+)?(?:originally\s+|first\s+)?(?:published|appeared)\s+(?:at|in|on)|原文链接|原文連結|原文地址|原文|来源|來源|出典|元記事|出處|출처|원문)`;
const ORIGIN_LINE = new RegExp(String.raw`^[\s>*_\-–—•\[(（【]*${LABEL}\s*[:：]?\s*[\])）】]?\s*(.+?)\s*$`, 'gimu');
const URL = /(?:https?:\/\/|www\.)[^\s<>"'）)\]】，。]+/i;

export interface Origin {
  /** The URL when there is one, otherwise the named publication ("The Daily Ledger"). */
  origin: string;
  span: [number, number];
}

/** The last labelled origin line (the one at the end of the text wins over one quoted earlier). */
export function findOrigin(text: string): Origin | null {
  let best: Origin | null = null;
  for (const m of text.matchAll(ORIGIN_LINE)) {
    const rest = m[1];
    const url = URL.exec(rest);
    let value: string | null = null;
    if (url) value = url[0].replace(/[.,;:!?]+$/, '');
    else if (/^(?:https?|www)/i.test(rest) === false && rest.length <= 80 && /^[\p{Lu}\p{Lo}]/u.test(rest)) {
      // "Source: Kyodo News" names a publication; a long sentence after "Source:" is not one.
      value = rest.replace(/[.。]$/, '');
    }
    if (value) {
      const start = m.index! + m[0].indexOf(value);
      best = { origin: value, span: [start, start + value.length] };
    }
  }
  return best;
}

export function originOf(text: string): string | null {
  return findOrigin(text)?.origin ?? null;
}
