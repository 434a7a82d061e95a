/**
 * The sample corpus (examples/sample-corpus): a few hundred short invented articles, wire reports
 * and commentaries, March–August 2026, about a dozen dyads whose relations turn over the months.
 * Deterministic (seeded): `node dist/src/sample/generate.js [outDir]` rewrites the same files.
 * Includes reported speech, speculation, invented officials with role phrases, two near-duplicate
 * republications and one article whose text carries HTML/script markup (the dashboard must show
 * it as text). Every article says it is illustrative.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../util/random.js';
import { cap, CONFLICT, COOPERATE, DYADS, ILLUSTRATIVE, MAYBE, MILITARY, NEW_NAMES, TENSION, type Dyad } from './cast.js';

export interface Article { text: string; url: string; date: string; title: string }

const START = Date.parse('2026-03-01T00:00:00Z');
const DAYS = 184;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

function bank(d: Dyad, tone: number) {
  if (tone > 0) return COOPERATE;
  if (tone === 0) return TENSION;
  return d.military ? [...CONFLICT, ...MILITARY] : CONFLICT;
}

function decap(s: string): string {
  return s.startsWith('The ') ? 't' + s.slice(1) : s;
}

/** One event sentence, in either direction. */
function eventLine(r: Rand, d: Dyad, tone: number): string {
  const [a, b] = r() < 0.6 ? [d.a, d.b] : [d.b, d.a];
  return pick(r, bank(d, tone))(a, b, d);
}

const HEADLINE: Record<number, string[]> = {
  1: ['move closer', 'agree to deepen ties', 'hold talks'],
  0: ['trade barbs', 'relations cool', 'talks stall'],
  [-1]: ['tensions rise', 'row escalates', 'relations hit new low'],
};

const PLACES = ['the capital', 'a border town', 'the port city', 'a regional summit', 'the parliament', 'a press briefing', 'a televised address', 'a news conference'];

/** A sentence of colour with no event in it, so no two stories are near-duplicates by chance. */
function detail(r: Rand): string {
  const n = () => 2 + Math.floor(r() * 97);
  return pick(r, [
    () => `The remarks came at ${pick(r, PLACES)} shortly after ${1 + Math.floor(r() * 11)}:${String(n() % 60).padStart(2, '0')} local time.`,
    () => `Some ${n()} journalists attended, and the statement ran to ${n() * 10} words.`,
    () => `Markets in ${pick(r, PLACES)} moved ${n() / 10} percent on the news, traders reported.`,
    () => `It was the ${n()}th statement on the subject this year, by one count.`,
    () => `Weather delayed the convoy of ${n()} vehicles by ${n()} minutes.`,
  ])();
}

function wire(r: Rand, d: Dyad, tone: number, date: Date, n: number): { title: string; text: string } {
  const [lead, other] = r() < 0.5 ? [d.a, d.b] : [d.b, d.a];
  const dateline = `${lead.capital.toUpperCase()}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} --`;
  const s: string[] = [`${dateline} ${eventLine(r, d, tone)}`, detail(r), eventLine(r, d, tone)];
  const said = pick(r, [lead, other]);
  s.push(`${cap(said.ministry)} said on ${pick(r, WEEKDAYS)} that ${decap(eventLine(r, d, tone))}`);
  if (n % 23 === 5) {
    const [name, role] = NEW_NAMES[Math.floor(n / 23) % NEW_NAMES.length];
    s.push(`${cap(lead.name)} raised the matter again on ${pick(r, WEEKDAYS)}.`,
      `As the country's ${role}, ${name} ${tone > 0 ? 'praised' : 'criticized'} ${other.name} in a statement.`);
  }
  if (r() < 0.35) s.push(pick(r, MAYBE)(lead, other, d));
  if (r() < 0.4) s.push(eventLine(r, d, tone));
  return { title: `${cap(d.a.name)} and ${d.b.name}: ${pick(r, HEADLINE[tone])}`, text: [...s, ILLUSTRATIVE].join(' ') };
}

function commentary(r: Rand, d: Dyad, tone: number): { title: string; text: string } {
  const mood = tone > 0 ? 'warmed' : tone === 0 ? 'cooled' : 'soured';
  const s = [
    `Opinion: Relations between ${d.a.name} and ${d.b.name} have ${mood} this year, and ${d.topic} sits at the centre of it.`,
    eventLine(r, d, tone), detail(r), eventLine(r, d, tone), pick(r, MAYBE)(d.a, d.b, d),
    tone <= 0 ? `In my view, neither side will gain from a long confrontation.` : `In my view, the thaw deserves more credit than it gets.`,
  ];
  return { title: `Opinion: what ${d.a.adj} and ${d.b.adj} leaders get wrong about ${d.topic}`, text: [...s, ILLUSTRATIVE].join(' ') };
}

const HOSTILE = 'WASHINGTON, July 14 -- The United States accused China of violating the agreement. ' +
  'A reader comment quoted in the story read <script>alert(1)</script> and <img src=x onerror="alert(2)"> verbatim. ' +
  'China rejected the proposal from the United States. ' + ILLUSTRATIVE;

export function generate(seed = 20260301, perDyad = 25): Article[] {
  const r = seededRandom(seed);
  const out: Article[] = [];
  let n = 0;
  for (let i = 0; i < perDyad; i++) {
    for (const d of DYADS) {
      const date = new Date(START + Math.floor(r() * DAYS) * 86_400_000);
      const tone = d.arc[date.getUTCMonth() - 2];
      const a = r() < 0.75 ? wire(r, d, tone, date, n) : commentary(r, d, tone);
      const iso = date.toISOString().slice(0, 10);
      out.push({ ...a, date: iso, url: `https://example.org/illustrative/${iso.slice(0, 7)}/${++n}` });
    }
  }
  // Two republications by other outlets: the same story with a different ending and address.
  for (const k of [7, 101]) {
    const o = out[k];
    out.push({ ...o, url: `https://example.net/republished/${k}`, text: o.text.replace(ILLUSTRATIVE, `(Republished.) ${ILLUSTRATIVE}`) });
  }
  out.push({ text: HOSTILE, url: 'https://example.org/illustrative/2026-07/hostile', date: '2026-07-14', title: 'Markup in a story <b>must</b> show as text' });
  return out.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.url < y.url ? -1 : 1));
}

/** Writes one JSON Lines file per month. */
export function writeCorpus(dir: string, articles: Article[]): string[] {
  mkdirSync(dir, { recursive: true });
  const byMonth = new Map<string, Article[]>();
  for (const a of articles) byMonth.set(a.date.slice(0, 7), [...(byMonth.get(a.date.slice(0, 7)) ?? []), a]);
  const files: string[] = [];
  for (const [month, list] of byMonth) {
    const file = join(dir, `${month}.jsonl`);
    writeFileSync(file, list.map((a) => JSON.stringify({ text: a.text, url: a.url, date: a.date, title: a.title }) + '\n').join(''));
    files.push(file);
  }
  return files;
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('/sample/generate.js')) {
  const files = writeCorpus(process.argv[2] ?? 'examples/sample-corpus', generate());
  process.stdout.write(`wrote ${files.join(', ')}\n`);
}
