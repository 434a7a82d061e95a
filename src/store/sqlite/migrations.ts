/**
 * SQLite migrations, in order; each runs once, recorded in schema_migrations. Never edit one that
 * has shipped: add the next. The columns must equal ../schema.ts (sqlite.test.ts checks).
 */
import { MODALITY_CHECK as MODALITY, type Migration } from '../migration.js';

export type { Migration };

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'documents, coding, events, rollup, full text',
    sql: `
CREATE TABLE documents (
  key INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL,
  text_hash TEXT NOT NULL,
  title TEXT, url TEXT, canonical_url TEXT,
  language TEXT NOT NULL,
  published TEXT,
  genre TEXT NOT NULL,
  origin TEXT,
  tone REAL NOT NULL,
  coder_version TEXT NOT NULL,
  coded_at TEXT NOT NULL,
  stored_at TEXT NOT NULL,
  duplicate_of TEXT REFERENCES documents(id),
  minhash TEXT NOT NULL,
  meta TEXT
);
CREATE INDEX documents_text_hash ON documents(text_hash);
CREATE INDEX documents_canonical_url ON documents(canonical_url) WHERE canonical_url IS NOT NULL;
CREATE INDEX documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE TABLE document_bands (
  band INTEGER NOT NULL,
  doc_key INTEGER NOT NULL REFERENCES documents(key),
  PRIMARY KEY (band, doc_key)
) WITHOUT ROWID;

CREATE TABLE sentences (
  doc_key INTEGER NOT NULL REFERENCES documents(key),
  idx INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  PRIMARY KEY (doc_key, idx)
) WITHOUT ROWID;

CREATE TABLE actors (
  doc_key INTEGER NOT NULL REFERENCES documents(key),
  idx INTEGER NOT NULL,
  actor_id TEXT NOT NULL,
  text TEXT NOT NULL,
  code TEXT, country TEXT, sector TEXT,
  kind TEXT NOT NULL,
  resolved INTEGER NOT NULL CHECK (resolved IN (0, 1)),
  mentions TEXT NOT NULL,
  PRIMARY KEY (doc_key, idx),
  UNIQUE (doc_key, actor_id)
) WITHOUT ROWID;
CREATE INDEX actors_code ON actors(code) WHERE code IS NOT NULL;
CREATE INDEX actors_unresolved ON actors(text) WHERE resolved = 0;

CREATE TABLE cited_sources (
  doc_key INTEGER NOT NULL REFERENCES documents(key),
  idx INTEGER NOT NULL,
  name TEXT NOT NULL,
  date TEXT,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  PRIMARY KEY (doc_key, idx)
) WITHOUT ROWID;

CREATE TABLE events (
  key INTEGER PRIMARY KEY,
  doc_key INTEGER NOT NULL REFERENCES documents(key),
  idx INTEGER NOT NULL,
  event_id TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  date TEXT,
  event_date TEXT,
  source_actor TEXT, source_text TEXT, source_code TEXT, source_country TEXT, source_sector TEXT,
  target_actor TEXT, target_text TEXT, target_code TEXT, target_country TEXT, target_sector TEXT,
  cameo TEXT NOT NULL,
  root TEXT NOT NULL,
  quad_class INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
  goldstein REAL NOT NULL,
  plover_type TEXT, plover_mode TEXT,
  modality TEXT NOT NULL CHECK (modality IN ${MODALITY}),
  voice TEXT NOT NULL CHECK (voice IN ('author', 'reported')),
  speaker TEXT,
  outlet TEXT,
  issues TEXT NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence_text TEXT NOT NULL,
  rule TEXT NOT NULL,
  counted INTEGER NOT NULL CHECK (counted IN (0, 1)),
  UNIQUE (doc_key, event_id)
);
CREATE INDEX events_dyad ON events(source_code, target_code, date);
CREATE INDEX events_target ON events(target_code, date);
CREATE INDEX events_date ON events(date);

CREATE TABLE rollup (
  date TEXT NOT NULL,
  source_code TEXT NOT NULL,
  target_code TEXT NOT NULL,
  events INTEGER NOT NULL,
  goldstein_tenths INTEGER NOT NULL,
  q1 INTEGER NOT NULL, q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, q4 INTEGER NOT NULL,
  PRIMARY KEY (date, source_code, target_code)
) WITHOUT ROWID;
-- A window's top dyads are a range of the primary key; dyad series read this covering index alone.
CREATE INDEX rollup_dyad ON rollup(source_code, target_code, date, events, goldstein_tenths, q1, q2, q3, q4);

CREATE TABLE actor_codes (code TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID;

-- External content: the text lives once, in documents; rows are added by the driver (indexText).
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, content = 'documents', content_rowid = 'key', tokenize = 'porter unicode61 remove_diacritics 2'
);
`,
  },
  {
    version: 2,
    name: 'events_dyad covers counted: a dyad\'s newest events are found from the index alone',
    sql: `
DROP INDEX events_dyad;
CREATE INDEX events_dyad ON events(source_code, target_code, date, counted);
`,
  },
];
