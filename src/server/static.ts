/**
 * The dashboard's static files (the vite build in dist/web): a file under the folder if it exists,
 * else index.html (the dashboard routes in the browser). Paths never leave the folder. Without a
 * built dashboard, a plain page says so.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.map': 'application/json', '.txt': 'text/plain; charset=utf-8',
};

/** The dashboard page's policy: scripts and data from this server only (stored texts can hold markup). */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const NOT_BUILT = `<!doctype html><html><head><meta charset="utf-8"><title>dyad</title></head><body>
<h1>dyad</h1><p>The dashboard is not built. Build it (see README), or use the API under <a href="/api/stats">/api</a>
(<a href="/api/openapi.json">OpenAPI</a>).</p></body></html>`;

function fileUnder(root: string, urlPath: string): string | null {
  let decoded: string;
  try { decoded = decodeURIComponent(urlPath); } catch { return null; }
  if (decoded.includes('\0')) return null;
  const full = normalize(join(root, decoded));
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  return existsSync(full) && statSync(full).isFile() ? full : null;
}

export function serveStatic(webDir: string | null) {
  const root = webDir && existsSync(join(webDir, 'index.html')) ? normalize(webDir) : null;
  return (c: Context) => {
    c.header('X-Content-Type-Options', 'nosniff');
    if (!root) {
      c.header('Content-Security-Policy', CSP);
      return c.html(NOT_BUILT);
    }
    const path = new URL(c.req.url).pathname;
    const file = (path !== '/' && fileUnder(root, path)) || join(root, 'index.html');
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    if (type.startsWith('text/html')) c.header('Content-Security-Policy', CSP);
    if (file.includes(`${sep}assets${sep}`)) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(readFileSync(file), 200, { 'Content-Type': type });
  };
}
