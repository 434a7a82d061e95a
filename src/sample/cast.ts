/**
 * The cast of the sample corpus: a dozen dyads, each with a story arc over March–August 2026
 * (cooperation turning to conflict, or back), and the phrases the articles are written from.
 * Everything here is invented for illustration; verbs are ones the shipped dictionaries code.
 */

export interface Party { name: string; adj: string; capital: string; ministry: string }
/** Tone by month index 0..5 (March..August): +1 cooperation, 0 tension, -1 conflict. */
export interface Dyad { a: Party; b: Party; arc: number[]; military: boolean; topic: string }

const P = (name: string, adj: string, capital: string, ministry = `the ${adj} foreign ministry`): Party => ({ name, adj, capital, ministry });

const USA = P('the United States', 'American', 'Washington', 'the State Department');
const CHN = P('China', 'Chinese', 'Beijing');
const JPN = P('Japan', 'Japanese', 'Tokyo');
const RUS = P('Russia', 'Russian', 'Moscow');
const UKR = P('Ukraine', 'Ukrainian', 'Kyiv');
const ISR = P('Israel', 'Israeli', 'Jerusalem');
const IRN = P('Iran', 'Iranian', 'Tehran');
const IND = P('India', 'Indian', 'New Delhi');
const PAK = P('Pakistan', 'Pakistani', 'Islamabad');
const KOR = P('South Korea', 'South Korean', 'Seoul');
const PRK = P('North Korea', 'North Korean', 'Pyongyang');
const EU = P('the EU', 'European', 'Brussels', 'the European Commission');
const FRA = P('France', 'French', 'Paris');
const DEU = P('Germany', 'German', 'Berlin');
const TUR = P('Turkey', 'Turkish', 'Ankara');
const GRC = P('Greece', 'Greek', 'Athens');
const SAU = P('Saudi Arabia', 'Saudi', 'Riyadh');
const AUS = P('Australia', 'Australian', 'Canberra');

export const DYADS: Dyad[] = [
  { a: USA, b: CHN, arc: [1, 1, 0, -1, -1, -1], military: false, topic: 'trade and semiconductors' },
  { a: JPN, b: USA, arc: [1, 1, 1, 1, 0, 1], military: false, topic: 'security and shipping' },
  { a: JPN, b: CHN, arc: [1, 0, 0, -1, -1, -1], military: false, topic: 'the disputed islands' },
  { a: RUS, b: UKR, arc: [-1, -1, -1, 0, 1, 1], military: true, topic: 'a ceasefire' },
  { a: ISR, b: IRN, arc: [0, 0, -1, -1, -1, -1], military: true, topic: 'the nuclear programme' },
  { a: IND, b: PAK, arc: [-1, -1, 0, 0, 1, 1], military: true, topic: 'the border and water sharing' },
  { a: KOR, b: PRK, arc: [0, 1, 0, -1, -1, -1], military: true, topic: 'family reunions and the border' },
  { a: EU, b: RUS, arc: [-1, -1, -1, -1, 0, 0], military: false, topic: 'gas supplies' },
  { a: FRA, b: DEU, arc: [1, 1, 0, 0, 1, 1], military: false, topic: 'the budget and defence procurement' },
  { a: TUR, b: GRC, arc: [-1, 0, 0, 1, 1, 1], military: false, topic: 'maritime boundaries' },
  { a: SAU, b: IRN, arc: [-1, 0, 1, 1, 1, 1], military: false, topic: 'diplomatic relations' },
  { a: AUS, b: CHN, arc: [-1, -1, 0, 1, 1, 1], military: false, topic: 'trade restrictions' },
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
