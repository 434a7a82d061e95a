/**
 * Store benchmark: loads synthetic coded documents (1,000,000 events by default: ~200 actors with
 * a Zipf-like activity distribution, two years of dates, 80% actual events) into a temp SQLite
 * file in batch transactions, then times the queries the dashboard and API depend on
 * (median of several runs): one dyad's daily series, the top 50 dyads of a 30-day window, full text.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor, CodedDocument, CodedEvent, Modality } from '../src/coding/types.js';
import { textHash } from '../src/store/rows.js';
import { openSqlite } from '../src/store/sqlite/driver.js';
import type { PutItem, Store } from '../src/store/types.js';
import { seededRandom } from '../src/util/random.js';

const COUNTRIES = ['USA', 'CHN', 'RUS', 'JPN', 'GBR', 'FRA', 'DEU', 'IND', 'PAK', 'IRN', 'ISR', 'PSE', 'UKR', 'TUR', 'SAU',
  'EGY', 'SYR', 'IRQ', 'AFG', 'KOR', 'PRK', 'TWN', 'PHL', 'VNM', 'IDN', 'BRA', 'MEX', 'VEN', 'COL', 'NGA', 'ETH', 'SDN',
  'KEN', 'ZAF', 'POL', 'ITA', 'ESP', 'CAN', 'AUS', 'LBN'];
const SECTORS = ['', 'GOV', 'MIL', 'BUS', 'OPP'];
/** [cameo, goldstein, plover] */
const VERBS: [string, number, string][] = [
  ['010', 0, 'CONSULT'], ['020', 3, 'CONSULT'], ['036', 4, 'CONSULT'], ['040', 1, 'CONSULT'], ['042', 1.9, 'CONSULT'],
  ['043', 2.8, 'CONSULT'], ['051', 3.4, 'COOPERATE'], ['061', 6.4, 'COOPERATE'], ['071', 7.4, 'AID'], ['081', 5, 'YIELD'],
  ['111', -2, 'ACCUSE'], ['112', -2, 'ACCUSE'], ['130', -4.4, 'THREATEN'], ['138', -7, 'THREATEN'], ['141', -6.5, 'PROTEST'],
  ['163', -8, 'SANCTION'], ['173', -5, 'SEIZE'], ['190', -10, 'ASSAULT'], ['193', -10, 'ASSAULT'], ['195', -10, 'ASSAULT'],
];
const WORDS = ('government minister talks border security trade sanctions military troops election protest economy ' +
  'ceasefire agreement summit visit president foreign policy missile nuclear oil gas pipeline refugees aid loan ' +
  'investment tariffs embassy ambassador spokesperson parliament opposition court ruling attack drone strike ' +
  'negotiations delegation cooperation exercise navy coast guard fishing island dispute statement warned pledged ' +
  'announced condemned welcomed rejected accused denied signed agreed discussed met hosted criticized praised').split(' ');


/** Samples index i with weight 1/(i+1)^s: a few actors dominate, as in real event data. */
function zipf(n: number, s: number, rand: () => number): () => number {
  const cum: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) { total += 1 / Math.pow(i + 1, s); cum.push(total); }
  return () => {
    const x = rand() * total;
    let lo = 0, hi = n - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cum[mid] < x) lo = mid + 1; else hi = mid; }
    return lo;
  };
}

const MODALITY: [Modality, number][] = [['actual', 0.8], ['negated', 0.05], ['hypothetical', 0.04], ['speculative', 0.05], ['future', 0.06]];
const DAY = 86_400_000;
const START = Date.parse('2023-01-01T00:00:00Z');
const DAYS = 731;

interface Generator { doc(i: number): PutItem }

function generator(eventsPerDoc: number): Generator {
  const rand = seededRandom(20240601);
  const actors = COUNTRIES.flatMap((c) => SECTORS.map((s) => c + s)); // 200 codes
  const pickActor = zipf(actors.length, 1.1, rand);
  const pickVerb = zipf(VERBS.length, 0.8, rand);
  const pickWord = zipf(WORDS.length, 1.0, rand);
  const modality = (): Modality => {
    let x = rand();
    for (const [m, p] of MODALITY) { if ((x -= p) < 0) return m; }
    return 'actual';
  };
  return {
    doc(i: number): PutItem {
      const published = new Date(START + Math.floor(rand() * DAYS) * DAY).toISOString().slice(0, 10);
      const words: string[] = [];
      const codes: string[] = [];
      for (let k = 0; k < eventsPerDoc; k++) {
        const a = pickActor();
        let b = pickActor();
        if (b === a) b = (b + 1) % actors.length;
        codes.push(actors[a], actors[b]);
        words.push(actors[a].toLowerCase(), WORDS[pickWord()], WORDS[pickWord()], actors[b].toLowerCase(), WORDS[pickWord()], '.');
      }
      const text = `Item ${i}. ${words.join(' ')}`;
      const docActors: Actor[] = [...new Set(codes)].map((code, j) => ({
        id: `a${j}`, text: code, code, country: code.slice(0, 3), sector: code.slice(3) || null, kind: 'state', resolved: true, mentions: [],
      }));
      const ref = (code: string) => { const a = docActors.find((x) => x.code === code)!; return { actor: a.id, text: a.text, code, country: a.country, sector: a.sector }; };
      const events: CodedEvent[] = Array.from({ length: eventsPerDoc }, (_, k) => {
        const [cameo, goldstein, plover] = VERBS[pickVerb()];
        const root = cameo.slice(0, 2);
        const r = Number(root);
        return {
          id: `e${k}`, sentence: k, source: ref(codes[2 * k]), target: ref(codes[2 * k + 1]), cameo, root, goldstein,
          quadClass: r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4, plover: { type: plover, mode: null }, modality: modality(),
          attribution: { voice: 'author', speaker: null, outlet: null }, date: null, issues: [],
          evidence: { span: [0, 4], text: text.slice(0, 4) }, rule: 'bench',
        };
      });
      const doc: CodedDocument = {
        document: { id: textHash(text), title: `Synthetic item ${i}`, language: 'en', published, genre: 'news', origin: null, citedSources: [], tone: 0 },
        sentences: [], actors: docActors, events,
      };
      return { doc, input: { text, url: null, canonicalUrl: null, title: null, coderVersion: 'bench' } };
    },
  };
}

interface Timing { wall: number; cpu: number }

/** Median wall and CPU time in ms; on a shared machine CPU time is what an idle one would show as wall time. */
async function median(runs: number, fn: () => Promise<unknown>): Promise<Timing> {
  await fn(); // warm the page cache and statement cache
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    await fn();
    walls.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpus.push((d.user + d.system) / 1000);
  }
  const mid = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return { wall: mid(walls), cpu: mid(cpus) };
}

function ms(t: Timing): string {
  return `${t.wall.toFixed(2)} (cpu ${t.cpu.toFixed(2)})`;
}

async function load(store: Store, events: number, eventsPerDoc: number, batch: number): Promise<Timing> {
  const gen = generator(eventsPerDoc);
  const docs = Math.ceil(events / eventsPerDoc);
  const c = process.cpuUsage();
  const t = performance.now();
  for (let i = 0; i < docs; i += batch) {
    const items = Array.from({ length: Math.min(batch, docs - i) }, (_, j) => gen.doc(i + j));
    await store.putDocuments(items);
  }
  const d = process.cpuUsage(c);
  return { wall: (performance.now() - t) / 1000, cpu: (d.user + d.system) / 1e6 };
}

/** Builds a synthetic store of `events` events into `file` (bench/server.ts reuses it across runs). */
export async function buildBenchStore(file: string, events = 1_000_000): Promise<void> {
  const store = openSqlite(file);
  try {
    await store.migrate();
    await load(store, events, 10, 1000);
  } finally {
    await store.close();
  }
}

/**
 * Loads a fresh store of `events` events and times the queries; with `file` (a store built by
 * buildBenchStore), times the queries on it without loading (DYAD_BENCH_STORE=FILE npm run bench store).
 */
export async function benchStore(opts: { events?: number; file?: string } = {}): Promise<string> {
  const events = opts.events ?? Number(process.env.DYAD_BENCH_EVENTS ?? 1_000_000);
  const reuse = opts.file ?? process.env.DYAD_BENCH_STORE;
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-store-'));
  const file = reuse ?? join(dir, 'bench.db');
  const store = openSqlite(file);
  try {
    await store.migrate();
    const loaded = reuse ? { wall: NaN, cpu: NaN } : await load(store, events, 10, 1000);
    const st = await store.stats();
    const [top] = await store.topDyads({ from: '2023-01-01', to: '2024-12-31', limit: 1 });
    const seriesExact = await median(9, () => store.dyadSeries(top.source, top.target, { exact: true }));
    const seriesPrefix = await median(9, () => store.dyadSeries('USA', 'CHN', { both: true }));
    const seriesModal = await median(5, () => store.dyadSeries(top.source, top.target, { exact: true, modalities: ['future', 'speculative'] }));
    const topMs = await median(9, () => store.topDyads({ from: '2024-06-01', to: '2024-06-30', limit: 50 }));
    const ftsWord = await median(9, () => store.search('ceasefire', 20));
    const ftsPhrase = await median(9, () => store.search('"coast guard" dispute', 20));
    const queryMs = await median(9, () => store.queryEvents({ actor: 'IRN', root: ['19'], from: '2024-01-01', to: '2024-03-31', limit: 100 }));
    const mb = (statSync(file).size / 1e6).toFixed(0);
    const how = reuse ? `reused ${reuse}` : `load ${loaded.wall.toFixed(1)} s (cpu ${loaded.cpu.toFixed(1)} s, ${Math.round(st.events / loaded.wall)} events/s)`;
    return `${st.events} events, ${st.documents} docs, ${st.rollupRows} rollup rows: ${how}, file ${mb} MB; median ms: ` +
      `dyadSeries exact ${ms(seriesExact)}, dyadSeries USA~CHN prefix both ${ms(seriesPrefix)}, ` +
      `dyadSeries non-actual (events table) ${ms(seriesModal)}, topDyads 30d/50 ${ms(topMs)}, search word ${ms(ftsWord)}, ` +
      `search phrase+word ${ms(ftsPhrase)}, queryEvents actor+root+quarter ${ms(queryMs)}`;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
