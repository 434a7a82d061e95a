/**
 * Hand-built coded documents for the store's contract tests: realistic wire-style paragraphs
 * (Japan-US and China-US) whose actors, spans and events are what a careful coder would assign,
 * with several modalities, reported speech, a cited source, an unresolved actor and a
 * near-duplicate. Spans are computed from the text, so they are right by construction.
 */
import type { Actor, ActorKind, ActorRef, CodedDocument, CodedEvent, Modality } from '../../coding/types.js';
import { textHash } from '../rows.js';

interface ActorSpec { id: string; text: string; code: string | null; country: string | null; sector?: string | null; kind: ActorKind; resolved?: boolean; mentions: string[] }
interface EventSpec {
  id: string; source: string | null; target: string | null; cameo: string; goldstein: number; quadClass: 1 | 2 | 3 | 4;
  plover?: string; modality?: Modality; evidence: string; date?: string; speaker?: string; outlet?: string; issues?: string[];
}
export interface DocSpec { text: string; title: string; published: string | null; actors: ActorSpec[]; events: EventSpec[]; cited?: { name: string; date: string | null }[]; tone?: number }

function spanOf(text: string, needle: string, from = 0): [number, number] {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`fixture: ${JSON.stringify(needle)} not in text`);
  return [i, i + needle.length];
}

/** Sentence ends: . ! ? then space and a capital, except after the abbreviation U.S. */
function sentenceSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const boundary = /(?<!\bU\.S\.)(?<=[.!?])\s+(?=[A-Z])/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push([start, text.trimEnd().length]);
  return out;
}

export function buildDoc(spec: DocSpec): CodedDocument {
  const { text } = spec;
  const sentences = sentenceSpans(text).map((span, index) => ({ index, span }));
  const actors: Actor[] = spec.actors.map((a) => ({
    id: a.id, text: a.text, code: a.code, country: a.country, sector: a.sector ?? null, kind: a.kind,
    resolved: a.resolved ?? true, mentions: a.mentions.map((m) => spanOf(text, m)),
  }));
  const ref = (id: string | null | undefined): ActorRef | null => {
    if (!id) return null;
    const a = actors.find((x) => x.id === id);
    if (!a) throw new Error(`fixture: no actor ${id}`);
    return { actor: a.id, text: a.text, code: a.code, country: a.country, sector: a.sector };
  };
  const events: CodedEvent[] = spec.events.map((e) => {
    const span = spanOf(text, e.evidence);
    return {
      id: e.id, sentence: sentences.findIndex((s) => s.span[0] <= span[0] && span[0] < s.span[1]),
      source: ref(e.source), target: ref(e.target), cameo: e.cameo, root: e.cameo.slice(0, 2),
      goldstein: e.goldstein, quadClass: e.quadClass, plover: e.plover ? { type: e.plover, mode: null } : null,
      modality: e.modality ?? 'actual',
      attribution: { voice: e.speaker || e.outlet ? 'reported' : 'author', speaker: ref(e.speaker), outlet: e.outlet ?? null },
      date: e.date ?? null, issues: e.issues ?? [], evidence: { span, text: e.evidence }, rule: `fixture:${e.cameo}`,
    };
  });
  return {
    document: {
      id: textHash(text), title: spec.title, language: 'en', published: spec.published, genre: 'news', origin: null,
      citedSources: (spec.cited ?? []).map((c) => ({ ...c, span: spanOf(text, c.name) })), tone: spec.tone ?? 0,
    },
    sentences, actors, events,
  };
}

const KISHIDA_TEXT = 'Japanese Prime Minister Fumio Kishida met U.S. President Joe Biden at the White House on Wednesday. ' +
  'The two leaders agreed to deepen military cooperation and upgrade the command structure of U.S. forces in Japan. ' +
  'Kishida said Japan will host a trilateral summit with the Philippines next month. ' +
  'According to a Kyodo report, the leaders did not discuss the sale of U.S. Steel to Nippon Steel. ' +
  'Officials said Tokyo may expand joint production of missiles if Congress approves the plan.';

const jpnUsa: DocSpec = {
  title: 'Kishida and Biden agree to deepen military cooperation',
  published: '2024-04-10',
  text: KISHIDA_TEXT,
  cited: [{ name: 'Kyodo', date: null }],
  tone: 4.5,
  actors: [
    { id: 'a1', text: 'Fumio Kishida', code: 'JPNGOV', country: 'JPN', sector: 'GOV', kind: 'person', mentions: ['Fumio Kishida', 'Kishida said'] },
    { id: 'a2', text: 'Joe Biden', code: 'USAGOV', country: 'USA', sector: 'GOV', kind: 'person', mentions: ['Joe Biden'] },
    { id: 'a3', text: 'Japan', code: 'JPN', country: 'JPN', kind: 'state', mentions: ['Japan will'] },
    { id: 'a4', text: 'Philippines', code: 'PHL', country: 'PHL', kind: 'state', mentions: ['Philippines'] },
    { id: 'a5', text: 'Congress', code: 'USALEG', country: 'USA', sector: 'LEG', kind: 'organization', mentions: ['Congress'] },
  ],
  events: [
    { id: 'e1', source: 'a1', target: 'a2', cameo: '040', goldstein: 1.0, quadClass: 1, plover: 'CONSULT', evidence: 'Fumio Kishida met U.S. President Joe Biden' },
    { id: 'e2', source: 'a1', target: 'a2', cameo: '0311', goldstein: 5.2, quadClass: 1, plover: 'COOPERATE', evidence: 'agreed to deepen military cooperation' },
    { id: 'e3', source: 'a3', target: 'a4', cameo: '036', goldstein: 4.0, quadClass: 1, plover: 'CONSULT', modality: 'future', speaker: 'a1', evidence: 'Japan will host a trilateral summit' },
    { id: 'e4', source: 'a1', target: 'a2', cameo: '040', goldstein: 1.0, quadClass: 1, plover: 'CONSULT', modality: 'negated', outlet: 'Kyodo', evidence: 'did not discuss the sale' },
    { id: 'e5', source: 'a3', target: 'a5', cameo: '061', goldstein: 6.4, quadClass: 2, plover: 'COOPERATE', modality: 'hypothetical', evidence: 'may expand joint production of missiles if Congress approves' },
  ],
};

const chnUsa: DocSpec = {
  title: 'China accuses U.S. of interference over Taiwan arms sale',
  published: '2024-04-12',
  text: "China's foreign ministry on Friday accused the United States of interfering in its internal affairs after Washington approved a new arms sale to Taiwan. " +
    'Spokesperson Mao Ning said Beijing might impose sanctions on American defense contractors. ' +
    'China lodged a formal protest with the U.S. embassy in Beijing, the ministry said. ' +
    'A group calling itself the Straits Patriotic Front threatened U.S. diplomats in an online statement.',
  tone: -6.2,
  actors: [
    { id: 'a1', text: "China's foreign ministry", code: 'CHNGOV', country: 'CHN', sector: 'GOV', kind: 'organization', mentions: ["China's foreign ministry", 'the ministry said'] },
    { id: 'a2', text: 'United States', code: 'USA', country: 'USA', kind: 'state', mentions: ['United States', 'Washington approved'] },
    { id: 'a3', text: 'Mao Ning', code: 'CHNGOV', country: 'CHN', sector: 'GOV', kind: 'person', mentions: ['Mao Ning'] },
    { id: 'a4', text: 'American defense contractors', code: 'USABUS', country: 'USA', sector: 'BUS', kind: 'organization', mentions: ['American defense contractors'] },
    { id: 'a5', text: 'China', code: 'CHN', country: 'CHN', kind: 'state', mentions: ['China lodged'] },
    { id: 'a6', text: 'U.S. embassy', code: 'USAGOV', country: 'USA', sector: 'GOV', kind: 'organization', mentions: ['U.S. embassy'] },
    { id: 'a7', text: 'Straits Patriotic Front', code: null, country: null, kind: 'group', resolved: false, mentions: ['Straits Patriotic Front'] },
    { id: 'a8', text: 'U.S. diplomats', code: 'USAGOV', country: 'USA', sector: 'GOV', kind: 'group', mentions: ['U.S. diplomats'] },
  ],
  events: [
    { id: 'e1', source: 'a1', target: 'a2', cameo: '112', goldstein: -2.0, quadClass: 3, plover: 'ACCUSE', evidence: 'accused the United States of interfering', issues: ['TAIWAN'] },
    { id: 'e2', source: 'a3', target: 'a4', cameo: '163', goldstein: -8.0, quadClass: 4, plover: 'SANCTION', modality: 'speculative', speaker: 'a3', evidence: 'might impose sanctions on American defense contractors' },
    { id: 'e3', source: 'a5', target: 'a6', cameo: '111', goldstein: -2.0, quadClass: 3, plover: 'ACCUSE', speaker: 'a1', evidence: 'China lodged a formal protest' },
    { id: 'e4', source: 'a7', target: 'a8', cameo: '138', goldstein: -7.0, quadClass: 3, plover: 'THREATEN', evidence: 'threatened U.S. diplomats' },
  ],
};

const usaChn: DocSpec = {
  title: 'Blinken presses Beijing on support for Russian war effort',
  published: '2024-04-26',
  text: 'Secretary of State Antony Blinken criticized China on Friday for supplying components to Russian arms makers. ' +
    'Blinken held talks with Chinese Foreign Minister Wang Yi in Beijing for more than five hours. ' +
    'The State Department said Washington will consider new export controls on Chinese firms.',
  tone: -3.1,
  actors: [
    { id: 'a1', text: 'Antony Blinken', code: 'USAGOV', country: 'USA', sector: 'GOV', kind: 'person', mentions: ['Antony Blinken', 'Blinken held'] },
    { id: 'a2', text: 'China', code: 'CHN', country: 'CHN', kind: 'state', mentions: ['China on Friday'] },
    { id: 'a3', text: 'Wang Yi', code: 'CHNGOV', country: 'CHN', sector: 'GOV', kind: 'person', mentions: ['Wang Yi'] },
    { id: 'a4', text: 'State Department', code: 'USAGOV', country: 'USA', sector: 'GOV', kind: 'organization', mentions: ['State Department'] },
    { id: 'a5', text: 'Chinese firms', code: 'CHNBUS', country: 'CHN', sector: 'BUS', kind: 'organization', mentions: ['Chinese firms'] },
  ],
  events: [
    { id: 'e1', source: 'a1', target: 'a2', cameo: '111', goldstein: -2.0, quadClass: 3, plover: 'ACCUSE', evidence: 'criticized China' },
    { id: 'e2', source: 'a1', target: 'a3', cameo: '040', goldstein: 1.0, quadClass: 1, plover: 'CONSULT', evidence: 'held talks with Chinese Foreign Minister Wang Yi' },
    { id: 'e3', source: 'a4', target: 'a5', cameo: '163', goldstein: -8.0, quadClass: 4, plover: 'SANCTION', modality: 'future', speaker: 'a4', evidence: 'will consider new export controls' },
  ],
};

const jpnUsaLater: DocSpec = {
  title: 'Japan and U.S. defense chiefs meet in Tokyo',
  published: '2024-04-17',
  text: 'Japanese Defense Minister Minoru Kihara met U.S. Defense Secretary Lloyd Austin in Tokyo on Tuesday. ' +
    'Austin praised Japan for raising its defense budget. ' +
    'A day earlier Kihara had hosted American commanders at the Yokosuka base.',
  tone: 3.0,
  actors: [
    { id: 'a1', text: 'Minoru Kihara', code: 'JPNMIL', country: 'JPN', sector: 'MIL', kind: 'person', mentions: ['Minoru Kihara', 'Kihara had'] },
    { id: 'a2', text: 'Lloyd Austin', code: 'USAMIL', country: 'USA', sector: 'MIL', kind: 'person', mentions: ['Lloyd Austin', 'Austin praised'] },
    { id: 'a3', text: 'Japan', code: 'JPN', country: 'JPN', kind: 'state', mentions: ['Japan for'] },
    { id: 'a4', text: 'American commanders', code: 'USAMIL', country: 'USA', sector: 'MIL', kind: 'group', mentions: ['American commanders'] },
  ],
  events: [
    { id: 'e1', source: 'a1', target: 'a2', cameo: '040', goldstein: 1.0, quadClass: 1, plover: 'CONSULT', evidence: 'Minoru Kihara met U.S. Defense Secretary Lloyd Austin' },
    { id: 'e2', source: 'a2', target: 'a3', cameo: '051', goldstein: 3.4, quadClass: 1, plover: 'COOPERATE', evidence: 'Austin praised Japan' },
    { id: 'e3', source: 'a1', target: 'a4', cameo: '042', goldstein: 1.9, quadClass: 1, plover: 'CONSULT', date: '2024-04-15', evidence: 'Kihara had hosted American commanders' },
  ],
};

/** The Kishida story re-run by another outlet: new headline, one sentence dropped, one word changed. */
const jpnUsaRerun: DocSpec = {
  ...jpnUsa,
  title: 'Japan, US leaders pledge closer defense ties',
  published: '2024-04-11',
  text: KISHIDA_TEXT.replace(' Officials said Tokyo may expand joint production of missiles if Congress approves the plan.', '')
    .replace('on Wednesday', 'on Wednesday evening'),
  actors: jpnUsa.actors.filter((a) => a.id !== 'a5'),
  events: jpnUsa.events.filter((e) => e.id !== 'e5'),
};

export interface Fixture { name: string; doc: CodedDocument; text: string; url: string; title: string }

function fixture(name: string, spec: DocSpec): Fixture {
  return { name, doc: buildDoc(spec), text: spec.text, url: `https://news.example.org/${name}`, title: spec.title };
}

/** Stored in this order by the tests; `rerun` is the near-duplicate of `jpnUsa`. */
export function fixtures() {
  return {
    jpnUsa: fixture('jpn-usa', jpnUsa),
    chnUsa: fixture('chn-usa', chnUsa),
    usaChn: fixture('usa-chn', usaChn),
    jpnUsaLater: fixture('jpn-usa-later', jpnUsaLater),
    rerun: fixture('jpn-usa-rerun', jpnUsaRerun),
  };
}

/** The same Kishida document recoded by a newer coder: the negated meeting is gone, a visit added. */
export function recodedJpnUsa(): CodedDocument {
  return buildDoc({
    ...jpnUsa,
    events: [
      ...jpnUsa.events.filter((e) => e.id !== 'e4'),
      { id: 'e6', source: 'a2', target: 'a1', cameo: '042', goldstein: 1.9, quadClass: 1, plover: 'CONSULT', evidence: 'met U.S. President Joe Biden at the White House' },
    ],
  });
}

/** A synthetic document for volume tests (many per process). */
export function syntheticDoc(seed: number, worker: string): { doc: CodedDocument; text: string } {
  const day = String(1 + (seed % 28)).padStart(2, '0');
  const text = `Report ${worker}-${seed}: officials from Japan met counterparts from the United States on ${day} March to discuss trade. ` +
    `The talks covered semiconductors and shipping lanes in the Pacific, item ${seed * 7919 % 10007}.`;
  const doc = buildDoc({
    text, title: `Synthetic ${worker} ${seed}`, published: `2024-03-${day}`,
    actors: [
      { id: 'a1', text: 'Japan', code: 'JPN', country: 'JPN', kind: 'state', mentions: ['Japan'] },
      { id: 'a2', text: 'United States', code: 'USA', country: 'USA', kind: 'state', mentions: ['United States'] },
    ],
    events: [
      { id: 'e1', source: 'a1', target: 'a2', cameo: '040', goldstein: 1.0, quadClass: 1, plover: 'CONSULT', evidence: 'met counterparts' },
      { id: 'e2', source: 'a2', target: 'a1', cameo: '043', goldstein: 2.8, quadClass: 1, modality: seed % 3 === 0 ? 'future' : 'actual', evidence: 'discuss trade' },
    ],
  });
  return { doc, text };
}
