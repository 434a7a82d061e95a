/** The dashboard's view of the HTTP API (docs/api.md): typed GET/POST helpers and the shapes used. */

export interface ApiError { status: number; code: string; message: string; body: string }

export class ApiFailure extends Error {
  constructor(readonly info: ApiError) { super(`${info.status} ${info.code}: ${info.message}`); }
}

export interface Window { from: string; to: string }
export interface Stats { documents: number; events: number; countedActualEvents: number; actors: number; window: Window }
export interface TimelineDay { date: string; events: number; q1: number; q2: number; q3: number; q4: number }
export interface DyadTotal { source: string; target: string; events: number; goldsteinMean: number }
export interface ChangedDyad { source: string; target: string; events: number; before: number; after: number; delta: number }
export interface GraphNode { code: string; name: string; country: string | null; events: number }
export interface GraphEdge { source: string; target: string; events: number; goldsteinMean: number; q1: number; q2: number; q3: number; q4: number }
export interface Graph { nodes: GraphNode[]; edges: GraphEdge[] }
export interface SeriesRow { period: string; events: number; goldsteinMean: number; q1: number; q2: number; q3: number; q4: number }
export interface Series { rows: SeriesRow[]; change: { period: string; delta: number } | null }
export type Span = [number, number];
export interface ActorRef { actor: string; text: string; code: string | null }
export interface Attribution { voice: 'author' | 'reported'; speaker: ActorRef | null; outlet: string | null }
export interface CodedEvent {
  id: string; sentence: number; source: ActorRef | null; target: ActorRef | null; cameo: string; root: string;
  goldstein: number; quadClass: 1 | 2 | 3 | 4; modality: string; attribution: Attribution; date: string | null;
  evidence: { span: Span; text: string }; rule: string;
}
export interface EventRow extends CodedEvent { documentId: string; effectiveDate: string | null; counted: boolean }
export interface Actor { id: string; text: string; code: string | null; resolved: boolean; mentions: Span[] }
export interface CitedSource { name: string; date: string | null; span: Span }
export interface CodedDocument {
  document: { id: string; title: string | null; published: string | null; genre: string; origin: string | null; citedSources: CitedSource[] };
  actors: Actor[];
  events: CodedEvent[];
}
export interface StoredDocument { id: string; title: string | null; url: string | null; published: string | null; text: string; coded: CodedDocument }
export interface Unresolved { text: string; code: string | null; documents: number; contexts: { documentId: string; sentence: string }[] }

async function failure(res: Response): Promise<ApiFailure> {
  const body = await res.text();
  let code = 'E_HTTP';
  let message = res.statusText;
  try {
    const parsed = JSON.parse(body) as { error?: { code?: string; message?: string } };
    code = parsed.error?.code ?? code;
    message = parsed.error?.message ?? message;
  } catch { /* not JSON: keep the status text */ }
  return new ApiFailure({ status: res.status, code, message, body });
}

/** GET /api/<path> with the given query (empty values left out). */
export async function get<T>(path: string, query: Record<string, string | number | undefined> = {}): Promise<T> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  const qs = params.toString();
  const res = await fetch(`/api/${path}${qs ? `?${qs}` : ''}`, { headers: { accept: 'application/json' } });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as T;
}

/** POST /api/<path> with a JSON body and a bearer token. */
export async function post<T>(path: string, body: unknown, token: string): Promise<T> {
  const res = await fetch(`/api/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as T;
}
