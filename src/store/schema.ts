/**
 * The store's tables, described once. Both drivers' migrations create exactly these columns
 * (each driver's test checks that against the live database), and every row type the drivers
 * read or write is derived from here, so a column added in one place cannot be forgotten in another.
 *
 * Logical types: `key` an auto-assigned integer primary key; `text`; `int`; `real`; `bool`;
 * `json` (nested parts of the coded document, kept as written). `null` marks nullable columns.
 */
type LogicalType = 'key' | 'text' | 'int' | 'real' | 'bool' | 'json';
interface Column<T extends LogicalType = LogicalType, N extends boolean = boolean> { type: T; nullable: N }

const c = {
  key: (): Column<'key', false> => ({ type: 'key', nullable: false }),
  text: (): Column<'text', false> => ({ type: 'text', nullable: false }),
  textN: (): Column<'text', true> => ({ type: 'text', nullable: true }),
  int: (): Column<'int', false> => ({ type: 'int', nullable: false }),
  intN: (): Column<'int', true> => ({ type: 'int', nullable: true }),
  real: (): Column<'real', false> => ({ type: 'real', nullable: false }),
  realN: (): Column<'real', true> => ({ type: 'real', nullable: true }),
  bool: (): Column<'bool', false> => ({ type: 'bool', nullable: false }),
  json: (): Column<'json', false> => ({ type: 'json', nullable: false }),
  jsonN: (): Column<'json', true> => ({ type: 'json', nullable: true }),
};

export const schema = {
  documents: {
    key: c.key(),
    id: c.text(),                 // hex sha256 of the normalised text (CodedDocument.document.id)
    text: c.text(),
    text_hash: c.text(),          // hex sha256 of the text exactly as stored
    title: c.textN(),
    url: c.textN(),
    canonical_url: c.textN(),
    language: c.text(),
    published: c.textN(),         // YYYY-MM-DD
    genre: c.text(),
    origin: c.textN(),
    tone: c.real(),
    coder_version: c.text(),
    coded_at: c.text(),           // ISO timestamp of the last (re)coding
    stored_at: c.text(),
    duplicate_of: c.textN(),      // id of the document this one nearly duplicates: linked, not counted
    minhash: c.text(),            // MinHash signature, see minhash.ts
    meta: c.jsonN(),
  },
  sentences: {
    doc_key: c.int(),
    idx: c.int(),
    span_start: c.int(),
    span_end: c.int(),
  },
  actors: {
    doc_key: c.int(),
    idx: c.int(),                 // position in the document's actor list
    actor_id: c.text(),
    text: c.text(),
    code: c.textN(),
    country: c.textN(),
    sector: c.textN(),
    kind: c.text(),
    resolved: c.bool(),
    mentions: c.json(),           // Span[]
  },
  cited_sources: {
    doc_key: c.int(),
    idx: c.int(),
    name: c.text(),
    date: c.textN(),
    span_start: c.int(),
    span_end: c.int(),
  },
  events: {
    key: c.key(),
    doc_key: c.int(),
    idx: c.int(),                 // position in the document's event list
    event_id: c.text(),
    sentence: c.int(),
    date: c.textN(),              // effective date: the event's own, else the document's published date
    event_date: c.textN(),        // the event's own date as coded
    source_actor: c.textN(), source_text: c.textN(), source_code: c.textN(),
    source_country: c.textN(), source_sector: c.textN(),
    target_actor: c.textN(), target_text: c.textN(), target_code: c.textN(),
    target_country: c.textN(), target_sector: c.textN(),
    cameo: c.text(),
    root: c.text(),
    quad_class: c.int(),
    goldstein: c.real(),
    plover_type: c.textN(),
    plover_mode: c.textN(),
    modality: c.text(),
    voice: c.text(),
    speaker: c.jsonN(),           // ActorRef | null
    outlet: c.textN(),
    issues: c.json(),             // string[]
    evidence_start: c.int(),
    evidence_end: c.int(),
    evidence_text: c.text(),
    rule: c.text(),
    counted: c.bool(),            // false for events of near-duplicate documents
  },
  /** The MinHash band keys of each document: near-duplicate candidates share one. */
  document_bands: {
    band: c.int(),
    doc_key: c.int(),
  },
  /** Per-day per-dyad totals of counted, actual, dated events with both actor codes. */
  rollup: {
    date: c.text(),
    source_code: c.text(),
    target_code: c.text(),
    events: c.int(),
    goldstein_tenths: c.int(),    // sum of round(goldstein * 10): integers, so subtraction is exact
    q1: c.int(), q2: c.int(), q3: c.int(), q4: c.int(),
  },
  /** Every actor code seen in an event, so a code prefix ("USA") expands to index seeks. */
  actor_codes: {
    code: c.text(),
  },
} as const;

export type Schema = typeof schema;
export type TableName = keyof Schema;

type TsOf<C> = C extends Column<infer T, infer N>
  ? (T extends 'key' | 'int' | 'real' ? number
    : T extends 'bool' ? boolean
    : T extends 'json' ? unknown
    : string) | (N extends true ? null : never)
  : never;

/** A row as the drivers hand it to the rest of the store (booleans as booleans, JSON parsed). */
export type Row<T extends TableName> = { -readonly [K in keyof Schema[T]]: TsOf<Schema[T][K]> };

/** A row to insert: auto-assigned keys left out. */
export type NewRow<T extends TableName> = {
  -readonly [K in keyof Schema[T] as Schema[T][K] extends Column<'key'> ? never : K]: TsOf<Schema[T][K]>;
};

export function columnsOf(table: TableName): { name: string; type: LogicalType; nullable: boolean }[] {
  return Object.entries(schema[table]).map(([name, col]) => ({ name, type: col.type, nullable: col.nullable }));
}

/** Insertable column names of a table, in schema order. */
export function insertColumns(table: TableName): string[] {
  return columnsOf(table).filter((col) => col.type !== 'key').map((col) => col.name);
}
