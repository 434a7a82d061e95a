/**
 * Output formats of `dyad code` other than the coded document's JSON: one event a line as JSON
 * (with documentId), PETRARCH-style TSV, and GDELT 2.0's 61-column event table.
 */
import type { ActorRef, CodedDocument, CodedEvent } from './types.js';

export function jsonlLines(doc: CodedDocument): string[] {
  return doc.events.map((e) => JSON.stringify({ documentId: doc.document.id, ...e }));
}

/** date, source code, target code, CAMEO code, issues, ids (document:sentence:event), source. */
export function tsvLines(doc: CodedDocument, source: string | null): string[] {
  return doc.events.map((e) => [
    (e.date ?? doc.document.published ?? '').replace(/-/g, ''),
    e.source?.code ?? '---', e.target?.code ?? '---', e.cameo, e.issues.join(';'),
    `${doc.document.id.slice(0, 16)}:${e.sentence}:${e.id}`, clean(source ?? ''),
  ].join('\t'));
}

/**
 * GDELT 2.0 event rows (61 columns, no header). Only 'actual' events, once each (no restatements):
 * GDELT counts what happened,
 * and the spec keeps non-actual events out of aggregates and this export. Fields dyad does not
 * know (religion, ethnicity, geography) are empty.
 */
export function gdeltLines(doc: CodedDocument, sourceUrl: string | null): string[] {
  return doc.events.filter((e) => e.modality === 'actual' && !e.restates).map((e) => gdeltRow(doc, e, sourceUrl).join('\t'));
}

function gdeltRow(doc: CodedDocument, e: CodedEvent, sourceUrl: string | null): string[] {
  const date = e.date ?? doc.document.published;
  const ymd = date ? date.replace(/-/g, '') : '';
  const row: string[] = [
    String(parseInt(e.id.slice(0, 13), 16)), ymd, ymd.slice(0, 6), ymd.slice(0, 4), date ? fractionDate(date) : '',
    ...gdeltActor(e.source), ...gdeltActor(e.target),
    e.sentence === 0 ? '1' : '0', e.cameo, e.cameo.slice(0, 3), e.root, String(e.quadClass), String(e.goldstein),
    '1', '1', '1', String(doc.document.tone),
    ...new Array<string>(24).fill(''), // Actor1Geo, Actor2Geo, ActionGeo: 8 fields each
    ymd ? `${ymd}000000` : '', clean(sourceUrl ?? doc.document.origin ?? ''),
  ];
  return row;
}

/** Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1-3. */
function gdeltActor(a: ActorRef | null): string[] {
  if (!a) return new Array<string>(10).fill('');
  return [a.code ?? '', clean(a.text.toUpperCase()), a.country ?? '', '', '', '', '', a.sector ?? '', '', ''];
}

function fractionDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const day = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86400000 + 1;
  return (y + day / 365).toFixed(4);
}

function clean(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}
