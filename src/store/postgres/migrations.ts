/**
 * PostgreSQL migrations, in order; each runs once, recorded in schema_migrations (in the store's
 * schema). Never edit one that has shipped: add the next. Columns must equal ../schema.ts
 * (postgres.test.ts checks). Code and date columns use COLLATE "C" so prefix ranges are byte ranges.
 */
import { MODALITY_CHECK as MODALITY, type Migration } from '../migration.js';

export type { Migration };

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'documents, coding, events, rollup, full text',
    sql: `
CREATE TABLE documents (
  key BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL,
  text_hash TEXT NOT NULL,
  title TEXT, url TEXT, canonical_url TEXT,
  language TEXT NOT NULL,
  published TEXT COLLATE "C",
  genre TEXT NOT NULL,
  origin TEXT,
  tone DOUBLE PRECISION NOT NULL,
  coder_version TEXT NOT NULL,
  coded_at TEXT NOT NULL,
  stored_at TEXT NOT NULL,
  duplicate_of TEXT REFERENCES documents(id),
  minhash TEXT NOT NULL,
  meta JSONB,
  -- Full text, maintained by the database; tsvector has a 1 MB limit, hence the cut.
  tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || left(text, 400000))) STORED
);
CREATE INDEX documents_text_hash ON documents(text_hash);
CREATE INDEX documents_canonical_url ON documents(canonical_url) WHERE canonical_url IS NOT NULL;
CREATE INDEX documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX documents_tsv ON documents USING GIN (tsv);

CREATE TABLE document_bands (
  band INTEGER NOT NULL,
  doc_key BIGINT NOT NULL REFERENCES documents(key),
  PRIMARY KEY (band, doc_key)
);

CREATE TABLE sentences (
  doc_key BIGINT NOT NULL REFERENCES documents(key),
  idx INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  PRIMARY KEY (doc_key, idx)
);

CREATE TABLE actors (
  doc_key BIGINT NOT NULL REFERENCES documents(key),
  idx INTEGER NOT NULL,
  actor_id TEXT NOT NULL,
  text TEXT NOT NULL,
  code TEXT COLLATE "C", country TEXT, sector TEXT,
  kind TEXT NOT NULL,
  resolved BOOLEAN NOT NULL,
  mentions JSONB NOT NULL,
  PRIMARY KEY (doc_key, idx),
  UNIQUE (doc_key, actor_id)
);
CREATE INDEX actors_code ON actors(code) WHERE code IS NOT NULL;
CREATE INDEX actors_unresolved ON actors(text) WHERE NOT resolved;

CREATE TABLE cited_sources (
  doc_key BIGINT NOT NULL REFERENCES documents(key),
  idx INTEGER NOT NULL,
  name TEXT NOT NULL,
  date TEXT,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  PRIMARY KEY (doc_key, idx)
);

CREATE TABLE events (
  key BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  doc_key BIGINT NOT NULL REFERENCES documents(key),
  idx INTEGER NOT NULL,
  event_id TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  date TEXT COLLATE "C",
  event_date TEXT,
  source_actor TEXT, source_text TEXT, source_code TEXT COLLATE "C", source_country TEXT, source_sector TEXT,
  target_actor TEXT, target_text TEXT, target_code TEXT COLLATE "C", target_country TEXT, target_sector TEXT,
  cameo TEXT COLLATE "C" NOT NULL,
  root TEXT COLLATE "C" NOT NULL,
  quad_class INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
  goldstein DOUBLE PRECISION NOT NULL,
  plover_type TEXT, plover_mode TEXT,
  modality TEXT NOT NULL CHECK (modality IN ${MODALITY}),
  voice TEXT NOT NULL CHECK (voice IN ('author', 'reported')),
  speaker JSONB,
  outlet TEXT,
  issues JSONB NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence_text TEXT NOT NULL,
  rule TEXT NOT NULL,
  counted BOOLEAN NOT NULL,
  UNIQUE (doc_key, event_id)
);
CREATE INDEX events_dyad ON events(source_code, target_code, date);
CREATE INDEX events_target ON events(target_code, date);
CREATE INDEX events_date ON events(date);

CREATE TABLE rollup (
  date TEXT COLLATE "C" NOT NULL,
  source_code TEXT COLLATE "C" NOT NULL,
  target_code TEXT COLLATE "C" NOT NULL,
  events INTEGER NOT NULL,
  goldstein_tenths INTEGER NOT NULL,
  q1 INTEGER NOT NULL, q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, q4 INTEGER NOT NULL,
  PRIMARY KEY (date, source_code, target_code)
);
CREATE INDEX rollup_dyad ON rollup(source_code, target_code, date) INCLUDE (events, goldstein_tenths, q1, q2, q3, q4);

CREATE TABLE actor_codes (code TEXT COLLATE "C" NOT NULL PRIMARY KEY);
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
