/**
 * The OpenAPI 3.1 document of the API (docs/api.md), served at /api/openapi.json. Schemas use a
 * small JSON Schema subset (type, properties, required, items, enum, $ref, additionalProperties)
 * that openapi.test.ts checks every real response against.
 */
type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str: Schema = { type: 'string' };
const num: Schema = { type: 'number' };
const int: Schema = { type: 'integer' };
const bool: Schema = { type: 'boolean' };
const nullable = (type: string): Schema => ({ type: [type, 'null'] });
const arr = (items: Schema): Schema => ({ type: 'array', items });
const obj = (properties: Record<string, Schema>, required = Object.keys(properties)): Schema => ({ type: 'object', properties, required });
const span: Schema = { type: 'array', items: int };
const quadCounts = { q1: int, q2: int, q3: int, q4: int };

const actorRef = obj({ actor: str, text: str, code: nullable('string'), country: nullable('string'), sector: nullable('string') });
const event = {
  id: str, sentence: int, source: { oneOf: [actorRef, { type: 'null' }] }, target: { oneOf: [actorRef, { type: 'null' }] },
  cameo: str, root: str, goldstein: num, quadClass: { type: 'integer', enum: [1, 2, 3, 4] },
  plover: { oneOf: [obj({ type: str, mode: nullable('string') }), { type: 'null' }] },
  modality: { type: 'string', enum: ['actual', 'negated', 'hypothetical', 'speculative', 'future'] },
  attribution: obj({ voice: { type: 'string', enum: ['author', 'reported'] }, speaker: { oneOf: [actorRef, { type: 'null' }] }, outlet: nullable('string') }),
  date: nullable('string'), issues: arr(str), evidence: obj({ span, text: str }), rule: str,
};

const schemas: Record<string, Schema> = {
  Error: obj({ error: obj({ code: str, message: str }) }),
  Window: obj({ from: str, to: str }),
  Stats: obj({
    driver: { type: 'string', enum: ['sqlite', 'postgres'] }, schemaVersion: int, documents: int, duplicates: int, events: int,
    countedActualEvents: int, actors: int, rollupRows: int, window: ref('Window'),
  }),
  Event: obj(event),
  EventRow: obj({ ...event, documentId: str, effectiveDate: nullable('string'), counted: bool }),
  DocumentSummary: obj({ id: str, title: nullable('string'), published: nullable('string'), url: nullable('string'), canonicalUrl: nullable('string'), duplicateOf: nullable('string') }),
  CodedDocument: obj({
    document: obj({
      id: str, title: nullable('string'), language: str, published: nullable('string'), genre: str, origin: nullable('string'),
      citedSources: arr(obj({ name: str, date: nullable('string'), span })), tone: num,
    }),
    sentences: arr(obj({ index: int, span })),
    actors: arr(obj({ id: str, text: str, code: nullable('string'), country: nullable('string'), sector: nullable('string'), kind: str, resolved: bool, mentions: arr(span) })),
    events: arr(ref('Event')),
  }),
  Document: obj({
    id: str, title: nullable('string'), url: nullable('string'), canonicalUrl: nullable('string'), published: nullable('string'),
    duplicateOf: nullable('string'), text: str, coded: ref('CodedDocument'),
  }),
  ActorCount: obj({ code: str, country: nullable('string'), name: str, documents: int, events: int }),
  UnresolvedActor: obj({ text: str, code: nullable('string'), documents: int, contexts: arr(obj({ documentId: str, sentence: str })) }),
  DyadTotal: obj({ source: str, target: str, events: int, goldsteinSum: num, goldsteinMean: num }),
  ChangedDyad: obj({ source: str, target: str, events: int, before: num, after: num, delta: num }),
  SeriesRow: obj({ period: str, events: int, goldsteinSum: num, goldsteinMean: num, ...quadCounts }),
  TimelineDay: obj({ date: str, events: int, ...quadCounts }),
  GraphNode: obj({ code: str, name: str, country: nullable('string'), events: int }),
  GraphEdge: obj({ source: str, target: str, events: int, goldsteinMean: num, ...quadCounts }),
  SearchHit: obj({ id: str, title: nullable('string'), published: nullable('string'), snippet: str }),
};

interface Param { name: string; in: 'query' | 'path'; required?: boolean; description?: string; schema: Schema }
const q = (name: string, schema: Schema = str, description?: string): Param => ({ name, in: 'query', schema, ...(description ? { description } : {}) });
const p = (name: string): Param => ({ name, in: 'path', required: true, schema: str });
const windowParams = [q('from', str, 'YYYY-MM-DD; default: 90 days ending at the latest event'), q('to', str, 'YYYY-MM-DD')];
const limit = (dflt: number, max: number) => q('limit', { type: 'integer', minimum: 1, maximum: max, default: dflt });

const errors = Object.fromEntries(['400', '404', '413', '503'].map((s) => [s, { description: 'error', content: { 'application/json': { schema: ref('Error') } } }]));

function op(summary: string, parameters: Param[], body: Schema, status = '200', extra: Record<string, unknown> = {}) {
  return { summary, parameters, responses: { [status]: { description: 'OK', content: { 'application/json': { schema: body } } }, ...errors }, ...extra };
}

const bearer = { security: [{ bearer: [] }] };
const jsonRequest = (schema: Schema) => ({ requestBody: { required: true, content: { 'application/json': { schema } } } });

export const paths: Record<string, Record<string, unknown>> = {
  '/api/stats': { get: op('Store totals and the default window', [], ref('Stats')) },
  '/api/events': {
    get: op('Stored events matching filters, newest first', [
      q('actor'), q('dyad', str, 'SOURCE-TARGET'), q('both', str, '1: either direction'), q('cameo'), q('root'), q('quad', str, 'e.g. 1,2'),
      q('plover'), q('modality', str, 'e.g. actual,hypothetical'), q('voice', { type: 'string', enum: ['author', 'reported'] }), ...windowParams,
      q('text'), q('document'), limit(50, 500), q('offset', { type: 'integer', minimum: 0, maximum: 10000 }),
    ], obj({ events: arr(ref('EventRow')), limit: int, offset: int })),
  },
  '/api/documents': {
    get: op('A page of stored documents in id order', [limit(20, 100), q('after', str, 'the last id of the previous page')],
      obj({ documents: arr(ref('DocumentSummary')), next: nullable('string') })),
    post: op('Code and store a document (text, or a URL to fetch)', [], obj({ id: str, inserted: bool, events: int }), '201',
      { ...bearer, ...jsonRequest({ type: 'object', properties: { text: str, title: str, date: str, url: str } }) }),
  },
  '/api/documents/{id}': { get: op('One document with its text and coding', [p('id')], ref('Document')) },
  '/api/actors': { get: op('Actors with counts', [], obj({ actors: arr(ref('ActorCount')) })) },
  '/api/actors/unresolved': { get: op('Names the dictionaries did not know', [limit(50, 500)], obj({ unresolved: arr(ref('UnresolvedActor')) })) },
  '/api/dyads/top': { get: op('Most active dyads of a window', [...windowParams, limit(20, 200)], obj({ dyads: arr(ref('DyadTotal')) })) },
  '/api/dyads/changed': {
    get: op('Dyads whose Goldstein mean moved most between the halves of a window', [...windowParams, limit(20, 200), q('minEvents', { type: 'integer', minimum: 1, default: 3 }, 'events each half needs')], obj({ dyads: arr(ref('ChangedDyad')) })),
  },
  '/api/dyads/{a}/{b}/series': {
    get: op("A dyad's series", [p('a'), p('b'), q('by', { type: 'string', enum: ['day', 'week', 'month'] }), ...windowParams, q('both'), q('modality')],
      obj({ rows: arr(ref('SeriesRow')), change: { oneOf: [obj({ period: str, delta: num }), { type: 'null' }] } })),
  },
  '/api/timeline': { get: op('Counted actual events per day by QuadClass', windowParams, obj({ days: arr(ref('TimelineDay')) })) },
  '/api/graph': {
    get: op('The actor graph of a window', [...windowParams, q('actor'), q('country'), q('quad'), q('minEvents', { type: 'integer', minimum: 1 }), limit(500, 5000)],
      obj({ nodes: arr(ref('GraphNode')), edges: arr(ref('GraphEdge')) })),
  },
  '/api/search': { get: op('Full-text search over documents', [q('q'), limit(20, 100)], obj({ hits: arr(ref('SearchHit')) })) },
  '/api/overlay': {
    post: op('Add an actor overlay record and recode the documents naming it', [], obj({ recoded: int }), '200',
      { ...bearer, ...jsonRequest({ type: 'object', required: ['names', 'code'] }) }),
  },
  '/api/openapi.json': { get: op('This document', [], { type: 'object' }) },
};

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'dyad API', version: '0.1.0', description: 'Political event data: events, dyads, actors, documents (docs/api.md).' },
    paths,
    components: { schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
