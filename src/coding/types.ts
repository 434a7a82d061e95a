/**
 * The coded document: dyad's output contract (../shared/spec/coded-document.md, copied to
 * docs/coded-document.md). Field names and meanings are fixed; fields may be added.
 * Spans are [start, end) in UTF-16 code units of the text as read.
 */
export type Span = [number, number];

export type Genre = 'news' | 'opinion' | 'analysis' | 'press-release' | 'unknown';
export type Modality = 'actual' | 'negated' | 'hypothetical' | 'speculative' | 'future';
export type ActorKind = 'state' | 'person' | 'organization' | 'group' | 'location';

export interface CitedSource {
  name: string;
  date: string | null;
  span: Span;
}

export interface DocumentInfo {
  id: string;
  title: string | null;
  language: string;
  published: string | null;
  genre: Genre;
  origin: string | null;
  citedSources: CitedSource[];
  tone: number;
}

export interface SentenceInfo {
  index: number;
  span: Span;
}

export interface Actor {
  id: string;
  text: string;
  code: string | null;
  country: string | null;
  sector: string | null;
  kind: ActorKind;
  resolved: boolean;
  mentions: Span[];
}

export interface ActorRef {
  actor: string;
  text: string;
  code: string | null;
  country: string | null;
  sector: string | null;
}

export interface Attribution {
  voice: 'author' | 'reported';
  speaker: ActorRef | null;
  outlet: string | null;
}

export interface CodedEvent {
  id: string;
  sentence: number;
  source: ActorRef | null;
  target: ActorRef | null;
  cameo: string;
  root: string;
  goldstein: number;
  quadClass: 1 | 2 | 3 | 4;
  plover: { type: string; mode: string | null } | null;
  modality: Modality;
  attribution: Attribution;
  date: string | null;
  issues: string[];
  evidence: { span: Span; text: string };
  rule: string;
  /** Set when the event repeats an earlier event of the document (its id): not counted (restatements.ts). */
  restates?: string;
}

export interface CodedDocument {
  document: DocumentInfo;
  sentences: SentenceInfo[];
  actors: Actor[];
  events: CodedEvent[];
}
