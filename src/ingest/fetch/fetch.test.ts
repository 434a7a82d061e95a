import assert from 'node:assert/strict';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import zlib from 'node:zlib';
import { DyadError } from '../../util/errors.js';
import { fetchUrl, type FetchOptions } from './fetch.js';
import { guardSocket, type Resolver } from './guard.js';

const PAGE = '<html><head><title>T</title></head><body><p>Hello.</p></body></html>';
let server: http.Server;
let base: string;
let port: number;
let connections = 0;
const seen: http.IncomingHttpHeaders[] = [];

before(async () => {
  server = http.createServer((req, res) => {
    seen.push(req.headers);
    const path = req.url ?? '/';
    const loop = /^\/loop(\d+)$/.exec(path);
    if (path === '/page') { res.setHeader('content-type', 'text/html; charset=utf-8'); res.end(PAGE); }
    else if (path === '/gzip') { res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/html' }); res.end(zlib.gzipSync(PAGE)); }
    else if (path === '/br') { res.writeHead(200, { 'content-encoding': 'br', 'content-type': 'text/html' }); res.end(zlib.brotliCompressSync(PAGE)); }
    else if (path === '/deflate') { res.writeHead(200, { 'content-encoding': 'deflate', 'content-type': 'text/html' }); res.end(zlib.deflateSync(PAGE)); }
    else if (path === '/bomb') { res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/html' }); res.end(zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024))); }
    else if (path === '/big') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end(Buffer.alloc(3 * 1024 * 1024, 'a')); }
    else if (path === '/r1') { res.writeHead(301, { location: '/r2' }); res.end(); }
    else if (path === '/r2') { res.writeHead(302, { location: `${base}/page` }); res.end(); }
    else if (loop) { res.writeHead(302, { location: `/loop${Number(loop[1]) + 1}` }); res.end(); }
    else if (path === '/to-ftp') { res.writeHead(302, { location: 'ftp://example.com/x' }); res.end(); }
    else if (path === '/to-private') { res.writeHead(302, { location: `http://2130706434:${port}/page` }); res.end(); }
    else if (path === '/to-name') { res.writeHead(307, { location: `http://intranet.example.org:${port}/page` }); res.end(); }
    else if (path === '/slow') { res.writeHead(200, { 'content-type': 'text/html' }); res.write('<html>'); }
    else { res.writeHead(404); res.end('no'); }
  });
  server.on('connection', () => { connections++; });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
after(() => { server.closeAllConnections(); server.close(); });

const open: FetchOptions = { allowPrivate: true };

async function rejects(p: Promise<unknown>, code: string, re: RegExp, url?: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof DyadError, String(e));
    assert.equal(e.code, code, e.message);
    assert.match(e.message, re);
    if (url) assert.ok(e.message.startsWith(`${url}: `), e.message);
    return true;
  });
}

test('fetches a page with a robots-friendly user agent and reports its type', async () => {
  const r = await fetchUrl(`${base}/page`, open);
  assert.equal(r.body.toString(), PAGE);
  assert.equal(r.contentType, 'text/html; charset=utf-8');
  assert.equal(r.url, `${base}/page`);
  assert.match(String(seen.at(-1)?.['user-agent']), /^dyad\/\S+ \(/);
  assert.match(String(seen.at(-1)?.['accept-encoding']), /gzip/);
});

test('gzip, brotli and deflate bodies are decoded', async () => {
  for (const p of ['/gzip', '/br', '/deflate']) assert.equal((await fetchUrl(base + p, open)).body.toString(), PAGE, p);
});

test('a gzip bomb stops at the decoded-bytes cap; so does a plain body over it', async () => {
  await rejects(fetchUrl(`${base}/bomb`, { ...open, maxBytes: 1024 * 1024 }), 'E_TOO_LARGE', /over 1048576 bytes/, `${base}/bomb`);
  await rejects(fetchUrl(`${base}/big`, { ...open, maxBytes: 1024 * 1024 }), 'E_TOO_LARGE', /over/);
});

test('redirects are followed and recorded; too many, or to another scheme, are refused', async () => {
  const r = await fetchUrl(`${base}/r1`, open);
  assert.equal(r.url, `${base}/page`);
  assert.deepEqual(r.redirects, [`${base}/r2`, `${base}/page`]);
  await rejects(fetchUrl(`${base}/loop0`, open), 'E_FETCH', /more than 5 redirects/, `${base}/loop0`);
  await rejects(fetchUrl(`${base}/to-ftp`, open), 'E_FETCH', /only http and https.*ftp/);
  await rejects(fetchUrl('file:///etc/passwd', open), 'E_FETCH', /only http and https/);
  await rejects(fetchUrl(`${base}/missing`, open), 'E_FETCH', /HTTP 404/);
});

test('the whole fetch has a deadline', async () => {
  await rejects(fetchUrl(`${base}/slow`, { ...open, timeoutMs: 300 }), 'E_TIMEOUT', /300 ms/, `${base}/slow`);
});

test('private and loopback addresses are refused before connecting, in every literal form', async () => {
  const before = connections;
  for (const host of ['127.0.0.1', '2130706433', '0177.0.0.1', '0x7f.1', '127.1', '[::1]', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '0.0.0.0', '169.254.169.254', '10.0.0.1', '192.168.0.1', '[fe80::1]', '[fd00::1]']) {
    const url = `http://${host}:${port}/page`;
    await rejects(fetchUrl(url, { timeoutMs: 2000 }), 'E_PRIVATE_ADDRESS', /refused to connect .*address/, url);
  }
  assert.equal(connections, before, 'no connection was opened');
});

test('a public-looking name that resolves to loopback is refused before connecting', async () => {
  const resolver: Resolver = async (h) => (h === 'news.example.com' ? [{ address: '93.184.216.34', family: 4 }, { address: '127.0.0.1', family: 4 }] : []);
  const before = connections;
  const url = `http://news.example.com:${port}/page`;
  await rejects(fetchUrl(url, { resolver }), 'E_PRIVATE_ADDRESS', /news\.example\.com \(127\.0\.0\.1\): loopback/, url);
  assert.equal(connections, before);
  // With --allow-private the same name reaches the server.
  const local: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];
  assert.equal((await fetchUrl(url, { resolver: local, allowPrivate: true })).body.toString(), PAGE);
});

test('a redirect from an allowed server to a private literal or a private name is refused', async () => {
  const allowOne: FetchOptions = { allowAddresses: ['127.0.0.1'], resolver: async () => [{ address: '10.1.2.3', family: 4 }] };
  assert.equal((await fetchUrl(`${base}/page`, allowOne)).body.toString(), PAGE);
  const before = connections;
  await rejects(fetchUrl(`${base}/to-private`, allowOne), 'E_PRIVATE_ADDRESS', /127\.0\.0\.2: loopback/, `${base}/to-private`);
  await rejects(fetchUrl(`${base}/to-name`, allowOne), 'E_PRIVATE_ADDRESS', /intranet\.example\.org \(10\.1\.2\.3\): private/);
  assert.equal(connections, before + 2, 'only the allowed first hops connected');
});

test('the connected socket is checked again: a peer the policy forbids is cut off', async () => {
  const socket = net.connect(port, '127.0.0.1');
  guardSocket(socket, 'http://x/', 'x', {});
  const err = await new Promise<Error>((resolve) => socket.once('error', resolve));
  assert.ok(err instanceof DyadError);
  assert.equal(err.code, 'E_PRIVATE_ADDRESS');
  assert.match(err.message, /x \(127\.0\.0\.1\): loopback/);
});
