/**
 * PETRARCH record files: `<Sentences><Sentence date id category sentence><EventCoding .../>
 * <Text>...</Text><Parse>...</Parse></Sentence>...`, optionally wrapped in `<Validation>` with an
 * `<Environment>` block and `<Config>` elements between records (the unit-test suite changes
 * coder options that way). `<Parse>` is ignored: we parse the text ourselves.
 *
 * One pass over the token stream builds records; a malformed record is reported with its id (or
 * index) and line and skipped, and reading continues with the next `<Sentence>`.
 */
import { lexXml, lineIndex, type XmlToken } from './xml-lexer.js';
import { emptyMeta, type Document, type ReadResult, type RecordError } from './types.js';
import { normaliseDate } from '../../doc/dates.js';

/** One expected coding of a unit-test record. Codes are as written (quoted phrases keep their quotes). */
export interface ExpectedCoding {
  source: string;
  target: string;
  event: string;
}

export interface PetrarchRecord {
  id: string;
  /** 1-based position among the file's <Sentence> elements. */
  index: number;
  line: number;
  /** YYYY-MM-DD */
  date: string;
  category: string | null;
  /** PETRARCH's sentence="true|false" flag. */
  sentence: boolean;
  source: string | null;
  text: string;
  codings: ExpectedCoding[];
  /** `<EventCoding noevents="True">`: the record must produce no event. */
  noEvents: boolean;
  /** `<EventCoding error="...">`: the record must be rejected for this reason. */
  expectedError: string | null;
  /** `<Config option value>` settings in force for this record (accumulated from the file so far). */
  config: Record<string, string>;
}

export interface PetrarchEnvironment {
  verbfile: string | null;
  actorfile: string | null;
  agentfile: string | null;
  discardfile: string | null;
  errorfile: string | null;
  include: string[];
  /** Any other child element of <Environment>, by element name. */
  other: Record<string, string>;
}

export interface PetrarchFile {
  environment: PetrarchEnvironment | null;
  records: PetrarchRecord[];
  errors: RecordError[];
}

interface Draft {
  index: number;
  pos: number;
  attrs: Record<string, string>;
  text: string | null;
  inText: boolean;
  codings: ExpectedCoding[];
  noEvents: boolean;
  expectedError: string | null;
  problems: string[];
}

const ENV_FIELDS = ['Verbfile', 'Actorfile', 'Agentfile', 'Discardfile', 'Errorfile'] as const;

/** Parses a whole PETRARCH file: records with their expected codings, environment, errors. */
export function parsePetrarch(xml: string): PetrarchFile {
  const lineOf = lineIndex(xml);
  const out: PetrarchFile = { environment: null, records: [], errors: [] };
  const config: Record<string, string> = {};
  let draft: Draft | null = null;
  let count = 0;
  let envField: { name: string; text: string } | null = null;
  let inEnvironment = false;

  const fail = (d: Draft, message: string) => {
    out.errors.push({ record: d.attrs.id?.trim() || `#${d.index}`, line: lineOf(d.pos), message });
  };
  const finish = (d: Draft) => {
    const rec = toRecord(d, { ...config }, lineOf(d.pos));
    if (typeof rec === 'string') fail(d, rec);
    else out.records.push(rec);
  };

  for (const tok of lexXml(xml)) {
    if (tok.kind === 'error') {
      if (draft) draft.problems.push(`${tok.message} at line ${lineOf(tok.pos)}`);
      else out.errors.push({ record: '(file)', line: lineOf(tok.pos), message: tok.message });
      continue;
    }
    if (draft) {
      const state = onRecordToken(draft, tok);
      if (state === 'more') continue;
      if (state === 'end') { finish(draft); draft = null; continue; }
      // A new record (or the end of the list) began inside this one: report it, then handle tok.
      fail(draft, `<Sentence> not closed before line ${lineOf(tok.pos)}`);
      draft = null;
    }
    if (tok.kind === 'open' && tok.name === 'Sentence') {
      draft = newDraft(++count, tok.pos, tok.attrs);
      if (tok.selfClosing) { finish(draft); draft = null; }
    } else if (tok.kind === 'open' && tok.name === 'Config') {
      if (tok.attrs.option) config[tok.attrs.option] = tok.attrs.value ?? '';
    } else if (tok.kind === 'open' && tok.name === 'Environment') {
      out.environment = emptyEnvironment();
      inEnvironment = !tok.selfClosing;
    } else if (tok.kind === 'close' && tok.name === 'Environment') {
      inEnvironment = false;
    } else if (inEnvironment) {
      envField = onEnvironmentToken(out.environment!, envField, tok);
    }
  }
  if (draft) fail(draft, '<Sentence> not closed at end of file');
  if (count === 0 && out.errors.length === 0) {
    out.errors.push({ record: '(file)', line: 1, message: 'no <Sentence> records found' });
  }
  return out;
}

function newDraft(index: number, pos: number, attrs: Record<string, string>): Draft {
  return { index, pos, attrs, text: null, inText: false, codings: [], noEvents: false, expectedError: null, problems: [] };
}

/** Feeds one token to an open record: 'end' at </Sentence>, 'interrupted' at a new <Sentence>. */
function onRecordToken(d: Draft, tok: XmlToken): 'more' | 'end' | 'interrupted' {
  if (tok.kind === 'open' && tok.name === 'Sentence') return 'interrupted';
  if (tok.kind === 'close' && (tok.name === 'Sentences' || tok.name === 'Validation')) return 'interrupted';
  if (tok.kind === 'close' && tok.name === 'Sentence') {
    if (d.inText) d.problems.push('<Text> not closed');
    return 'end';
  }
  if (tok.kind === 'open' && tok.name === 'Text') {
    if (d.text !== null) d.problems.push('more than one <Text>');
    d.inText = !tok.selfClosing;
    d.text = '';
  } else if (tok.kind === 'close' && tok.name === 'Text') {
    d.inText = false;
  } else if (tok.kind === 'text' && d.inText) {
    d.text += tok.text;
  } else if (tok.kind === 'open' && d.inText) {
    d.problems.push(`unexpected <${tok.name}> inside <Text>`);
  } else if (tok.kind === 'open' && tok.name === 'EventCoding') {
    addCoding(d, tok.attrs);
  }
  return 'more';
}

function addCoding(d: Draft, a: Record<string, string>): void {
  if (a.noevents !== undefined) { d.noEvents = /^true$/i.test(a.noevents.trim()); return; }
  if (a.error !== undefined) { d.expectedError = a.error.trim(); return; }
  if (a.sourcecode === undefined || a.targetcode === undefined || a.eventcode === undefined) {
    d.problems.push('<EventCoding> lacks sourcecode, targetcode or eventcode');
    return;
  }
  d.codings.push({ source: a.sourcecode.trim(), target: a.targetcode.trim(), event: a.eventcode.trim() });
}

function toRecord(d: Draft, config: Record<string, string>, line: number): PetrarchRecord | string {
  if (d.problems.length) return d.problems.join('; ');
  const id = d.attrs.id?.trim();
  if (!id) return 'missing id attribute';
  const rawDate = d.attrs.date?.trim();
  if (!rawDate) return 'missing date attribute';
  const date = /^\d{8}$/.test(rawDate) || /^\d{4}-\d{2}-\d{2}$/.test(rawDate) ? normaliseDate(rawDate) : null;
  if (!date) return `bad date "${rawDate}" (expected YYYYMMDD)`;
  if (d.text === null) return 'missing <Text>';
  const text = d.text.replace(/\s+/g, ' ').trim();
  if (!text) return 'empty <Text>';
  return {
    id, index: d.index, line, date, text, config,
    category: d.attrs.category?.trim() || null,
    sentence: !/^false$/i.test(d.attrs.sentence?.trim() ?? ''),
    source: d.attrs.source?.trim() || null,
    codings: d.codings, noEvents: d.noEvents, expectedError: d.expectedError,
  };
}

/** Collects `<Name>value</Name>` children of <Environment>; returns the field being read. */
function onEnvironmentToken(
  env: PetrarchEnvironment, field: { name: string; text: string } | null, tok: XmlToken,
): { name: string; text: string } | null {
  if (tok.kind === 'open' && !tok.selfClosing) return { name: tok.name, text: '' };
  if (field && tok.kind === 'text') field.text += tok.text;
  if (field && tok.kind === 'close' && tok.name === field.name) {
    setEnvField(env, field.name, field.text.trim());
    return null;
  }
  return field;
}

function emptyEnvironment(): PetrarchEnvironment {
  return { verbfile: null, actorfile: null, agentfile: null, discardfile: null, errorfile: null, include: [], other: {} };
}

function setEnvField(env: PetrarchEnvironment, name: string, value: string): void {
  if ((ENV_FIELDS as readonly string[]).includes(name)) {
    env[name.toLowerCase() as Lowercase<(typeof ENV_FIELDS)[number]>] = value || null;
  } else if (name === 'Include') {
    env.include = value.split(/\s+/).filter(Boolean);
  } else {
    env.other[name] = value;
  }
}

/** Reads a PETRARCH file as documents, one per well-formed record, plus the records that failed. */
export function readPetrarchXml(xml: string, file: string | null = null): ReadResult {
  const parsed = parsePetrarch(xml);
  const docs: Document[] = parsed.records.map((r) => ({
    text: r.text,
    meta: { ...emptyMeta('petrarch-xml', file), published: r.date, sourceId: r.id },
  }));
  return { docs, errors: parsed.errors };
}
