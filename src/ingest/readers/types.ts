/**
 * What every reader produces: the text to code and what we know about where it came from.
 * Readers never guess metadata they were not given; absent facts are null.
 */
export type DocumentFormat = 'text' | 'html' | 'petrarch-xml' | 'jsonl';

export interface DocumentMeta {
  title: string | null;
  url: string | null;
  canonicalUrl: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  byline: string | null;
  /** Record id inside a multi-record source, e.g. a PETRARCH sentence id. */
  sourceId: string | null;
  format: DocumentFormat;
  file: string | null;
  /** ISO 639-1, when the source declares it (html lang, record field). */
  language?: string;
}

export interface Document {
  text: string;
  meta: DocumentMeta;
}

/** A record a multi-record reader could not read; the others are still returned. */
export interface RecordError {
  /** Record id where known, else its 1-based index ("#12"). */
  record: string;
  /** 1-based line in the input where the record starts (or where the problem is). */
  line: number;
  message: string;
}

export interface ReadResult {
  docs: Document[];
  errors: RecordError[];
}

export function emptyMeta(format: DocumentFormat, file: string | null): DocumentMeta {
  return { title: null, url: null, canonicalUrl: null, published: null, byline: null, sourceId: null, format, file };
}
