/**
 * The cast of the sample corpus: a dozen dyads, each with a story arc over March–August 2026
 * (cooperation turning to conflict, or back), and the phrases the articles are written from.
 * Everything here is invented for illustration; verbs are ones the shipped dictionaries code.
 */

export interface Party { name: string; adj: string; capital: string; ministry: string }
/** Tone by month index 0..5 (March..August): +1 cooperation, 0 tension, -1 conflict. */
export interface Dyad { a: Party; b: Party; arc: number[]; military: boolean; topic: string }

/** name, adjective, capital, the ministry that speaks for it (default: the <adjective> foreign ministry). */
const PARTIES: Record<string, [string, string, string, string?]> = {
  USA: ['the United States', 'American', 'Washington', 'the U.S. government'], CHN: ['China', 'Chinese', 'Beijing'],
  JPN: ['Japan', 'Japanese', 'Tokyo'], RUS: ['Russia', 'Russian', 'Moscow'], UKR: ['Ukraine', 'Ukrainian', 'Kyiv'],
  ISR: ['Israel', 'Israeli', 'Jerusalem'], IRN: ['Iran', 'Iranian', 'Tehran'], IND: ['India', 'Indian', 'New Delhi'],
  PAK: ['Pakistan', 'Pakistani', 'Islamabad'], KOR: ['South Korea', 'South Korean', 'Seoul'], PRK: ['North Korea', 'North Korean', 'Pyongyang'],
  EU: ['the EU', 'European', 'Brussels', 'the European Commission'], FRA: ['France', 'French', 'Paris'], DEU: ['Germany', 'German', 'Berlin'],
  TUR: ['Turkey', 'Turkish', 'Ankara'], GRC: ['Greece', 'Greek', 'Athens'], SAU: ['Saudi Arabia', 'Saudi', 'Riyadh'], AUS: ['Australia', 'Australian', 'Canberra'],
};

function party(key: string): Party {
  const [name, adj, capital, ministry] = PARTIES[key];
  return { name, adj, capital, ministry: ministry ?? `the ${adj} foreign ministry` };
}

const D = (a: string, b: string, arc: number[], military: boolean, topic: string): Dyad => ({ a: party(a), b: party(b), arc, military, topic });

export const DYADS: Dyad[] = [
  D('USA', 'CHN', [1, 1, 0, -1, -1, -1], false, 'trade and semiconductors'),
  D('JPN', 'USA', [1, 1, 1, 1, 0, 1], false, 'security and shipping'),
  D('JPN', 'CHN', [1, 0, 0, -1, -1, -1], false, 'the disputed islands'),
  D('RUS', 'UKR', [-1, -1, -1, 0, 1, 1], true, 'a ceasefire'),
  D('ISR', 'IRN', [0, 0, -1, -1, -1, -1], true, 'the nuclear programme'),
  D('IND', 'PAK', [-1, -1, 0, 0, 1, 1], true, 'the border and water sharing'),
  D('KOR', 'PRK', [0, 1, 0, -1, -1, -1], true, 'family reunions and the border'),
  D('EU', 'RUS', [-1, -1, -1, -1, 0, 0], false, 'gas supplies'),
  D('FRA', 'DEU', [1, 1, 0, 0, 1, 1], false, 'the budget and defence procurement'),
  D('TUR', 'GRC', [-1, 0, 0, 1, 1, 1], false, 'maritime boundaries'),
  D('SAU', 'IRN', [-1, 0, 1, 1, 1, 1], false, 'diplomatic relations'),
  D('AUS', 'CHN', [-1, -1, 0, 1, 1, 1], false, 'trade restrictions'),
];

type Line = (a: Party, b: Party, d: Dyad) => string;

/** Author-voice sentences that each state one event of a -> b. */
export const COOPERATE: Line[] = [
  (a, b, d) => `${cap(a.name)} signed an agreement with ${b.name} on ${d.topic}.`,
  (a, b) => `${cap(a.name)} praised ${b.name} for its constructive approach.`,
  (a, b, d) => `The ${a.adj} foreign minister met his ${b.adj} counterpart in ${b.capital} to discuss ${d.topic}.`,
  (a, b) => `${cap(a.name)} pledged economic aid to ${b.name}.`,
  (a, b) => `${cap(a.name)} welcomed the decision by ${b.name} to ease restrictions.`,
  (a, b, d) => `${cap(a.name)} agreed to resume talks with ${b.name} on ${d.topic}.`,
  (a, b) => `${cap(a.name)} hosted a delegation from ${b.name} for two days of talks.`,
];

export const TENSION: Line[] = [
  (a, b) => `${cap(a.name)} urged ${b.name} to show restraint.`,
  (a, b) => `${cap(a.name)} criticized ${b.name} over its latest statement.`,
  (a, b) => `${cap(a.name)} rejected the proposal from ${b.name}.`,
  (a, b, d) => `${cap(a.name)} demanded that ${b.name} explain its position on ${d.topic}.`,
  (a, b) => `${cap(a.name)} summoned the ${b.adj} ambassador.`,
];

export const CONFLICT: Line[] = [
  (a, b) => `${cap(a.name)} accused ${b.name} of violating the agreement.`,
  (a, b) => `${cap(a.name)} condemned ${b.name} for the incident.`,
  (a, b) => `${cap(a.name)} threatened ${b.name} with retaliation.`,
  (a, b) => `${cap(a.name)} imposed sanctions on ${b.name}.`,
  (a, b) => `${cap(a.name)} expelled ${b.adj} diplomats.`,
];

export const MILITARY: Line[] = [
  (a, b) => `${a.adj} forces attacked ${b.adj} positions near the border.`,
  (a, b) => `${a.adj} troops shelled ${b.adj} villages overnight.`,
];

/** Speculation and hypotheticals: the coder must not count them as having happened. */
export const MAYBE: Line[] = [
  (a, b) => `If ${a.name} imposed sanctions on ${b.name}, markets in the region would fall.`,
  (a, b) => `Analysts said ${a.name} may soon sign a new agreement with ${b.name}.`,
  (a, b) => `${cap(a.name)} could threaten ${b.name} with further measures, diplomats said.`,
];

/** Invented officials with a role phrase the dictionaries cannot know. */
export const NEW_NAMES: [string, string][] = [
  ['Tomasz Verlinde', 'deputy foreign minister'], ['Amara Kessling', 'trade envoy'], ['Rafi Donnelan', 'defence spokesman'],
  ['Lin Oberholt', 'chief negotiator'], ['Mirela Castaine', 'deputy foreign minister'],
];

export const ILLUSTRATIVE = 'This article is illustrative: it was written for dyad\'s sample corpus and describes events that did not happen.';

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
