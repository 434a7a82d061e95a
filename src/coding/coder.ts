/**
 * The document pipeline: language check -> sentences and parse -> actors -> events -> document
 * facts. Dictionaries, CAMEO tables and models are loaded once into a Coder and reused for every
 * document (no module-level state).
 */
import { sep } from 'node:path';
import { type Cameo, loadCameo } from '../cameo/index.js';
import { type Dictionaries, type DictionaryFiles, type DiscardEntry, findDiscard, loadDictionaries, normalizeToken } from '../dict/index.js';
import type { Document } from '../ingest/readers/types.js';
import { defaultSyntaxModelDir, type ParserKind, Syntax, unusedModelPaths } from '../syntax/pipeline.js';
import { defaultSbdModelFile } from '../text/sbd-model.js';
import { filesUnder, fingerprint } from './fingerprint.js';
import type { ParsedSentence } from '../syntax/types.js';
import { DyadError } from '../util/errors.js';
import { ActorIndex, resolveActors } from './actors/index.js';
import type { ActorMention, ResolvedActors } from './actors/types.js';
import { documentInfo, languageOf, withEventTone } from './doc-info.js';
import { type DocContext, loadDocContext, publishedInText } from '../doc/index.js';
import { assembleEvent } from './events/assemble.js';
import { markRestatements } from './events/restatements.js';
import { codeSentence } from './events/code-sentence.js';
import { announcementVerbs, datedToEarlierPeriod, eventDate } from './events/event-date.js';
import { cancelsStoryIssues, sentenceIssues } from './events/issues.js';
import { Tree } from './events/tree.js';
import { repairParse } from './repair.js';
import { reparseInvertedCondition } from './reparse-inverted.js';
import { HEADLINE_REPARSED, headlineForms } from './reparse-headline.js';
import { reparseReportingTag } from './reparse-tag.js';
import { retagAfterRelative } from './retag-relative.js';
import { reparseFronted } from './reparse-fronted.js';
import { reparseClaimAside } from './reparse-aside.js';
import { reparseSubjectAppositive } from './reparse-appositive.js';
import { reparseInCase } from './reparse-in-case.js';
import { retagAttributive, retagNoun } from './retag-adjective.js';
import { retagPassive } from './retag-passive.js';
import { retagNominal, retagPredicate } from './retag.js';
import { retagSubjunctive } from './retag-subjunctive.js';
import { retagFalseAuxiliary } from './retag-auxiliary.js';
import { retagClauseAs } from './retag-as.js';
import { retagClauseVerb } from './retag-clause-verb.js';
import { retagHeadlineVerb } from './retag-headline-verb.js';
import { retagAfterModal } from './retag-modal.js';
import { retagGerundObject } from './retag-gerund.js';
import { retagReportedThat } from './retag-that.js';
import { VerbIndex } from './events/verb-index.js';
import type { Actor, CodedDocument, CodedEvent } from './types.js';

export interface CoderOptions {
  dictDir?: string;
  /** Dictionary file names inside dictDir (default: the PETR_config.ini set). */
  files?: Partial<DictionaryFiles>;
  overlays?: string[];
  /** Load the shipped data/overlays (default true). */
  defaultOverlays?: boolean;
  modelDir?: string;
  /** The greedy parser (default) or the slower, more accurate beam parser. */
  parser?: ParserKind;
}

export interface CodeOptions {
  /** YYYY-MM-DD; overrides the document's own date. */
  date?: string;
}

/** Per-sentence trace for `dyad code --explain`. */
export interface SentenceExplanation {
  index: number;
  text: string;
  tree: string;
  actors: string[];
  discarded: string | null;
  steps: string[];
}

export class Coder {
  readonly dicts: Dictionaries;
  readonly cameo: Cameo;
  /** Null when coding only already parsed sentences (tests on hand-built trees). */
  readonly syntaxModel: Syntax | null;
  readonly actorIndex: ActorIndex;
  readonly verbs: VerbIndex;
  /** Outlet table and tone lexicon for the document-level facts. */
  readonly doc: DocContext;

  /** What the coder was loaded from (fingerprint.ts); 'custom' when built from objects. */
  readonly fingerprint: string;

  constructor(dicts: Dictionaries, cameo: Cameo, syntax: Syntax | null, fingerprint = 'custom') {
    this.fingerprint = fingerprint;
    this.doc = loadDocContext();
    this.dicts = dicts;
    this.cameo = cameo;
    this.syntaxModel = syntax;
    this.actorIndex = ActorIndex.fromDictionaries(dicts);
    this.verbs = new VerbIndex(dicts.verbs);
  }

  static load(opts: CoderOptions = {}): Coder {
    const dicts = loadDictionaries({ dictDir: opts.dictDir, files: opts.files, overlays: opts.overlays, defaultOverlays: opts.defaultOverlays });
    const modelDir = opts.modelDir ?? defaultSyntaxModelDir();
    const parser = opts.parser ?? 'greedy';
    // The fingerprint covers the models the mode reads, not the other mode's.
    const unused = unusedModelPaths(modelDir, parser);
    // Documentation beside the models (README.md, LICENSE) codes nothing: editing it changes no fingerprint.
    const modelFiles = filesUnder(modelDir).filter((f) => !unused.some((u) => f === u || (u.endsWith(sep) && f.startsWith(u))) && !isDocumentation(f));
    const files = [...dicts.sources.dictionaries, ...dicts.sources.overlays, ...modelFiles, defaultSbdModelFile()];
    return new Coder(dicts, loadCameo(), Syntax.load(modelDir, parser), fingerprint(files));
  }

  get syntax(): Syntax {
    if (!this.syntaxModel) throw new DyadError('E_MODEL', 'no syntax model loaded');
    return this.syntaxModel;
  }

  code(doc: Document, opts: CodeOptions = {}): CodedDocument {
    return this.run(doc, opts, null);
  }

  /** Codes the document and returns, with it, what happened in each sentence. */
  explain(doc: Document, opts: CodeOptions = {}): { coded: CodedDocument; sentences: SentenceExplanation[] } {
    const sentences: SentenceExplanation[] = [];
    return { coded: this.run(doc, opts, sentences), sentences };
  }

  /** Segments, tags and parses a text, with the parse repairs the coder relies on (repair.ts). */
  parse(text: string): ParsedSentence[] {
    const isVerbForm = (w: string) => this.verbs.dict.byForm.has(w);
    const leadsCompound = (head: string, before: string) => (this.verbs.dict.byForm.get(head) ?? [])
      .some((v) => v.forms.some((f) => f.head > 0 && f.words[f.head] === head && f.words[f.head - 1] === before));
    const parser = this.syntax.parser;
    const lexicon = this.syntax.tagger.lexicon;
    const headline = {
      // The treebank's or the external lexicon's lower-case words (not only a name's tags there).
      isCommonWord: (lower: string) => lexicon.ambOfForm(lower) !== 0 || /\b(?!NNPS?\b)[A-Z]/.test(lexicon.external?.tags(lower) ?? ''),
      isActorWord: (word: string) => this.actorIndex.longestPhrase([normalizeToken(word)], 0)?.length === 1,
    };
    type Step = (s: ParsedSentence) => ParsedSentence;
    // Sentences the parser reads badly, parsed again in a form it reads well (reparse-*.ts) ...
    // (A title-case headline is tagged and parsed once, with its common words in lower case.)
    const reparses: Step[] = [
      (s) => reparseInvertedCondition(s, this.syntax, parser),
      (s) => reparseFronted(s, this.syntax, parser),
      (s) => reparseClaimAside(s, this.syntax),
      (s) => reparseSubjectAppositive(s, this.syntax),
      (s) => reparseInCase(s, this.syntax),
    ];
    // ... then words the tagger got wrong, tagged again and the sentence parsed again (retag*.ts), in this order.
    const retags: Step[] = [
      (s) => retagReportedThat(s, parser),
      (s) => retagClauseAs(s, this.syntax, isVerbForm),
      (s) => retagClauseVerb(s, parser, isVerbForm),
      (s) => retagHeadlineVerb(s, parser, isVerbForm),
      (s) => retagFalseAuxiliary(s, parser),
      (s) => retagGerundObject(s, parser, isVerbForm),
      (s) => retagAttributive(s, parser),
      (s) => retagNoun(s, parser),
      (s) => retagPassive(s, parser, isVerbForm),
      (s) => retagAfterModal(s, parser, isVerbForm, leadsCompound),
      (s) => retagAfterRelative(s, parser, isVerbForm),
      (s) => retagNominal(s, parser),
      (s) => retagPredicate(s, parser, isVerbForm),
      (s) => retagSubjunctive(s, parser, isVerbForm),
    ];
    const retagged: Step = (s) => retags.reduce((x, step) => step(x), s);
    // A reporting tag's clause is parsed as a sentence of its own, with the retags a sentence gets.
    const clause = { parseWords: (words: string[]) => retagged(this.syntax.parseWords(words)) };
    const headlines = new Set<readonly string[]>();
    const reword = (words: readonly string[]) => {
      const forms = headlineForms(words, headline);
      if (forms) headlines.add(words);
      return forms;
    };
    return this.syntax.parseTextAs(text, reword).map((p) => {
      const parsed = headlines.has(p.words) ? { ...p, reparsed: HEADLINE_REPARSED } : p;
      const s = reparseReportingTag(reparses.reduce((x, step) => step(x), parsed), clause);
      return repairParse(retagged(s));
    });
  }

  /** Codes already parsed sentences (the PETRARCH evaluation and tests use this). */
  codeParsed(doc: Document, parsed: ParsedSentence[], opts: CodeOptions = {}, explain: SentenceExplanation[] | null = null): CodedDocument {
    const text = doc.text;
    const published = opts.date ?? doc.meta.published ?? publishedInText(text);
    const info = documentInfo(text, { title: doc.meta.title ?? null, published, language: doc.meta.language }, this.doc);
    const id = info.id;
    const resolved = resolveActors(parsed, text, { index: this.actorIndex, date: published });
    const actors = new Map<string, Actor>(resolved.actors.map((a) => [a.id, a]));
    const cited = info.citedSources;
    // Each sentence's words normalised once, and its discard phrase found once: the story-level
    // check, the sentence's own discard and the issue phrases read the same tokens.
    const tokens = parsed.map((s) => s.words.map(normalizeToken));
    const discards = tokens.map((t) => findDiscard(this.dicts.discards, t));
    const storyDiscard = discards.some((d) => d?.scope === 'story');
    const noStoryIssues = tokens.some((t) => cancelsStoryIssues(this.dicts.issues, t));
    const events: CodedEvent[] = [];
    parsed.forEach((s, i) => {
      const t = new Tree(s);
      const span: [number, number] = s.words.length && s.start[0] >= 0 ? [s.start[0], s.end[s.words.length - 1]] : [0, text.length];
      const discard = storyDiscard ? 'story discarded' : discardReason(this.dicts, discards[i]);
      const out = discard ? { events: [], trace: [] } : codeSentence({
        t, mentions: resolved.bySentence[i] ?? [], verbs: this.verbs, cited, span, genre: info.genre, published, explain: explain !== null,
      });
      const issues = noStoryIssues ? [] : sentenceIssues(this.dicts.issues, tokens[i]);
      for (const raw of out.events) {
        const citedDate = raw.attribution.outlet ? cited.find((c) => c.name === raw.attribution.outlet)?.date : null;
        // An announcement is dated by its reporting clause, then by the verb committing to the action.
        const announced = raw.announcement ? announcementVerbs(t, raw.verb) : [raw.verb];
        // An intent read off a bare "will" ("The board will meet on Monday" in a wire story) has no
        // verb of its own: the date on the act is the act's, to come, not the announcement's.
        const own = raw.announcement && announced.length === 1 ? [] : announced;
        const dateVerbs = raw.announcement && raw.attribution.via >= 0 ? [raw.attribution.via, ...own] : own;
        // A reported past event without a date of its own happened by the time it was reported: "Serbia
        // said on Tuesday its forces had completed their withdrawal" takes Tuesday, as a cited report's
        // date. A future, conditional or negated one has no date of its own, and keeps the document's.
        const past = raw.modality.modality === 'actual';
        const reportDate = past && raw.attribution.via >= 0 && raw.attribution.via !== raw.verb ? eventDate(t, [raw.attribution.via], published) : null;
        // The announcement itself (dated by its reporting clause) is past; the act it announces is to come.
        const coming = raw.modality.modality === 'future';
        // A past act dated to an earlier month or year ("signed in August") has no day: null, not the
        // document's. (An announcement's period is its act's, to come: "plans to visit in May".)
        const earlier = !coming && !raw.announcement && datedToEarlierPeriod(t, dateVerbs, published);
        const date = eventDate(t, coming ? announced : dateVerbs, published, coming) ?? (coming ? null : eventDate(t, dateVerbs, published)) ?? (earlier ? null : reportDate ?? citedDate ?? published);
        const ev = assembleEvent(raw, { documentId: id, sentence: i, sentenceSpan: span, text, t, actors, cameo: this.cameo, date, issues });
        if (ev && !events.some((e) => e.id === ev.id)) events.push(ev);
        else if (!ev && explain) out.trace.push(`code ${raw.code} is not a CAMEO code: left out`);
      }
      if (explain) explain.push(explanation(i, text, span, s, resolved, discard, out.trace));
    });
    markRestatements(events, published);
    return {
      document: { ...info, tone: withEventTone(info.tone, events) },
      sentences: parsed.map((s, i) => ({ index: i, span: s.words.length && s.start[0] >= 0 ? [s.start[0], s.end[s.words.length - 1]] : [0, 0] })),
      actors: resolved.actors,
      events,
    };
  }

  /**
   * Source, target and event codes of parsed sentences as the dictionaries give them, including
   * codes that are not CAMEO (PETRARCH's test dictionaries use private ones): for `dyad eval petrarch`.
   */
  codings(
    text: string, parsed: ParsedSentence[], date: string | null, opts: { newActorLength?: number } = {},
  ): { source: string; target: string; code: string; sentence: number }[] {
    const resolved = resolveActors(parsed, text, { index: this.actorIndex, date });
    const discards = parsed.map((s) => findDiscard(this.dicts.discards, s.words.map(normalizeToken)));
    if (discards.some((d) => d?.scope === 'story')) return [];
    const out: { source: string; target: string; code: string; sentence: number }[] = [];
    parsed.forEach((s, i) => {
      if (discards[i]) return;
      const span: [number, number] = s.words.length && s.start[0] >= 0 ? [s.start[0], s.end[s.words.length - 1]] : [0, text.length];
      const t = new Tree(s);
      const { events } = codeSentence({ t, mentions: resolved.bySentence[i] ?? [], verbs: this.verbs, cited: [], span });
      const n = opts.newActorLength ?? 0;
      for (const e of events) out.push({ source: petrarchCode(e.source, t, n), target: petrarchCode(e.target, t, n), code: e.code, sentence: i });
    });
    return out;
  }

  private run(doc: Document, opts: CodeOptions, explain: SentenceExplanation[] | null): CodedDocument {
    const lang = languageOf(doc.text);
    if (!lang.english) {
      throw new DyadError('E_LANGUAGE', `the document is not in English (language found: ${lang.name}, ${lang.code}); dyad codes English text only`, { file: doc.meta.file ?? undefined, exit: 2 });
    }
    return this.codeParsed(doc, this.parse(doc.text), opts, explain);
  }
}

/**
 * PETRARCH's way to write an actor: its code, ---ROLE for an agent with no country, --- for none;
 * with its `new_actor_length` option N > 0, an unknown actor whose noun phrase has at most N words
 * is written as that phrase, quoted and upper-cased ("THE MINISTRY OF MAGIC").
 */
function petrarchCode(m: ActorMention | null, t: Tree, newActorLength: number): string {
  if (m && m.code === null && m.via === 'unknown' && !m.role && newActorLength > 0) {
    const words = nounPhrase(t, m.head);
    if (words.length <= newActorLength) return `"${words.join(' ').toUpperCase()}"`;
  }
  return m?.code ?? `---${m?.role ?? ''}`;
}

/**
 * Words of the noun phrase headed by h: its subtree without its own preposition, clauses,
 * appositions, conjuncts, punctuation or possessive 's.
 */
function nounPhrase(t: Tree, h: number): string[] {
  const clausal = (k: number) => /^(acl|appos|conj|cc|parataxis|punct)$/.test(t.base(k)) || (t.base(k) === 'case' && t.head(k) === h);
  return t.subtreeWords(h, clausal).filter((w) => t.upos(w) !== 'PUNCT' && !(t.upos(w) === 'PART' && /^'s?$|^’s?$/.test(t.lower(w)))).map((w) => t.s.words[w]);
}

function discardReason(dicts: Dictionaries, d: DiscardEntry | null): string | null {
  return d ? `discard phrase "${d.words.join(' ')}" (${dicts.discards.file}:${d.line})` : null;
}

function explanation(
  index: number, text: string, span: [number, number], s: ParsedSentence, resolved: ResolvedActors, discarded: string | null, steps: string[],
): SentenceExplanation {
  const tree = s.words.map((w, i) => `${i + 1}\t${w}\t${s.upos[i]}\t${s.head[i]}\t${s.deprel[i]}`).join('\n');
  const actors = (resolved.bySentence[index] ?? []).map((m) => `${s.words.slice(m.first, m.last + 1).join(' ')} -> ${m.code ?? '?'} (${m.via}, ${m.rule})`);
  return { index, text: text.slice(span[0], span[1]), tree, actors, discarded, steps: s.reparsed ? [`parsed again: ${s.reparsed}`, ...steps] : steps };
}

function isDocumentation(file: string): boolean {
  return /(^|[\\/])(README[^\\/]*|LICEN[CS]E[^\\/]*|[^\\/]*\.md)$/i.test(file);
}
