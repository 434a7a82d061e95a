/** Request bodies: JSON objects only, size-capped before parsing. */
import { HttpError, usage } from '../errors.js';

export async function jsonBody(req: Request, maxBytes = 1 << 20): Promise<Record<string, unknown>> {
  const type = req.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw usage('the body must be application/json (Content-Type)');
  const declared = Number(req.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw new HttpError(413, 'E_TOO_LARGE', `the body is over ${maxBytes} bytes`);
  const buf = await readCapped(req, maxBytes);
  let value: unknown;
  try { value = JSON.parse(buf.toString('utf8')); } catch { throw usage('the body is not valid JSON'); }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw usage('the body must be a JSON object');
  return value as Record<string, unknown>;
}

async function readCapped(req: Request, maxBytes: number): Promise<Buffer> {
  if (!req.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new HttpError(413, 'E_TOO_LARGE', `the body is over ${maxBytes} bytes`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

export function optString(o: Record<string, unknown>, k: string, max: number): string | null {
  const v = o[k];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw usage(`"${k}" must be a string`);
  if (v.length > max) throw new HttpError(413, 'E_TOO_LARGE', `"${k}" is over ${max} characters`);
  return v;
}
