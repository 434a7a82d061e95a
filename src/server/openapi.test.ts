import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { allRefs, resolveRef, validate } from './testing/json-schema.js';
import { testServer, type TestServer } from './testing/harness.js';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** "METHOD /api/path" of every endpoint docs/api.md lists (":id" becomes "{id}"). */
function contractEndpoints(): string[] {
  const md = readFileSync(new URL('../../../docs/api.md', import.meta.url), 'utf8');
  const out = new Set<string>();
  for (const m of md.matchAll(/^- (GET|POST) (\/api\/[^\s?]+)/gm)) out.add(`${m[1]} ${m[2].replace(/:(\w+)/g, '{$1}')}`);
  return [...out];
}

describe('OpenAPI document', () => {
  let s: TestServer;
  let doc: Doc;
  before(async () => {
    s = await testServer({ token: 'openapi-token' });
    doc = (await s.get('/api/openapi.json')).body;
  });
  after(() => s.close());

  test('the validator rejects what does not fit (it can fail)', () => {
    const d = { components: { schemas: { A: { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'], additionalProperties: false } } } };
    const a = { $ref: '#/components/schemas/A' };
    assert.deepEqual(validate(d, a, { n: 1 }), []);
    assert.equal(validate(d, a, { n: 1.5 }).length, 1);
    assert.equal(validate(d, a, {}).length, 1);
    assert.equal(validate(d, a, { n: 1, x: 2 }).length, 1);
    assert.equal(validate(d, { $ref: '#/components/schemas/B' }, 1).length, 1);
    assert.equal(validate(d, { type: ['string', 'null'] }, 3).length, 1);
  });

  test('is OpenAPI 3.1 with every endpoint of docs/api.md and every $ref resolvable', () => {
    assert.equal(doc.openapi, '3.1.0');
    const endpoints = contractEndpoints();
    assert.ok(endpoints.length >= 15, endpoints.join(', '));
    for (const e of endpoints) {
      const [method, path] = e.split(' ');
      assert.ok(doc.paths[path]?.[method.toLowerCase()], `${e} is missing from the OpenAPI document`);
    }
    const refs = allRefs(doc);
    assert.ok(refs.length > 20);
    for (const [where, ref] of refs) assert.ok(resolveRef(doc, ref), `${where}: ${ref} does not resolve`);
  });

  test('every read route\'s real response validates against its schema', async () => {
    const id = (await s.get('/api/documents?limit=1')).body.documents[0].id;
    const calls: Record<string, string> = {
      '/api/stats': '/api/stats', '/api/events': '/api/events?limit=500', '/api/documents': '/api/documents',
      '/api/documents/{id}': `/api/documents/${id}`, '/api/actors': '/api/actors', '/api/actors/unresolved': '/api/actors/unresolved',
      '/api/dyads/top': '/api/dyads/top?from=2024-01-01&to=2024-12-31', '/api/dyads/changed': '/api/dyads/changed?from=2024-03-01&to=2024-03-10',
      '/api/dyads/{a}/{b}/series': '/api/dyads/JPN/USA/series?both=1&from=2024-01-01&to=2024-12-31',
      '/api/timeline': '/api/timeline?from=2024-01-01&to=2024-12-31', '/api/graph': '/api/graph?from=2024-01-01&to=2024-12-31',
      '/api/search': '/api/search?q=talks', '/api/openapi.json': '/api/openapi.json',
    };
    for (const [path, item] of Object.entries(doc.paths as Doc)) {
      if (!item.get) continue;
      assert.ok(calls[path], `no call for ${path}`);
      const r = await s.get(calls[path]);
      assert.equal(r.status, 200, `${path}: ${JSON.stringify(r.body)}`);
      const problems = validate(doc, item.get.responses['200'].content['application/json'].schema, r.body);
      assert.deepEqual(problems.slice(0, 5), [], path);
    }
    const err = await s.get('/api/events?limit=x');
    assert.deepEqual(validate(doc, doc.paths['/api/events'].get.responses['400'].content['application/json'].schema, err.body), []);
  });

  test('write routes\' responses validate too', async () => {
    const r = await s.post('/api/documents', { text: 'Japan and the United States signed a security agreement on Friday.', date: '2026-05-01' }, 'openapi-token');
    assert.equal(r.status, 201);
    assert.deepEqual(validate(doc, doc.paths['/api/documents'].post.responses['201'].content['application/json'].schema, r.body), []);
    const o = await s.post('/api/overlay', { names: ['Quorvath Institute'], code: 'JPNEDU' }, 'openapi-token');
    assert.deepEqual(validate(doc, doc.paths['/api/overlay'].post.responses['200'].content['application/json'].schema, o.body), []);
  });
});
