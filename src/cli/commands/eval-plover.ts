/**
 * `dyad eval plover FILE.json`: the PLOVER gold-standard records (PLOVER_GSR_CAMEO.json, CAMEO
 * manual examples coded in PLOVER 0.5b1, mapped to 2.0 by src/cameo) coded with the default
 * dictionaries. A sentence often holds several events and the gold codes one of them, marking its
 * words; the prediction is dyad's event for that one: among dyad's events with a PLOVER type whose
 * evidence covers the first marked phrase that any event covers, the narrowest (the clause of the
 * marked verb, not the main clause around it), the actual one first among equals; with none, dyad's
 * first event with a PLOVER type. Scores:
 *   type:   predicted type == gold type (no prediction counts as wrong)
 *   source: the prediction's source code starts with one of the gold source codes. Both sides are
 *           compared in PLOVER's roles, where the visitor is the actor and the host the recipient:
 *           the gold's 0.5b1 host records are swapped (plover-legacy.ts), and so is dyad's CAMEO
 *           host event, 043 (ploverRoles)
 *   target: likewise for targets; a record without a gold target agrees when dyad has none, or,
 *           when the gold names two or more joint sources ("Israel and Lebanon renewed talks",
 *           coded SRC: ISR+LBN with no target), when dyad's target is another of those sources:
 *           dyad, like CAMEO and PETRARCH, codes a joint action as the pair's two directed events.
 * Gold codes are compared as CAMEO codes: the file's legacy country codes JAP, ITL and VTN are
 * JPN, ITA and VNM; a Serbia-and-Montenegro code (SCGSRB, SCGMNE) matches SRB and MNE.
 * plus a gold x predicted confusion table. The totals are followed by the same scores on the two
 * fixed halves of the gold (`goldSplit`: by record id); `--split dev|test` scores one half only
 * (tune on dev, report test).
 */
import { parseArgs } from 'node:util';
import { ploverLegacyTo2, ploverRoles } from '../../cameo/index.js';
import { Coder } from '../../coding/coder.js';
import type { ActorRef, CodedEvent } from '../../coding/types.js';
import { goldActors as list, goldSplit, goldTriggerSpans, readGold, type GoldActor, type GoldRecord, type GoldSplit } from '../../eval/plover-gold.js';
import { emptyMeta } from '../../ingest/readers/types.js';
import { DyadError } from '../../util/errors.js';
import type { Command } from '../command.js';
import { usageError } from '../command.js';

const USAGE = 'dyad eval plover FILE.json [--dict-dir DIR] [--model-dir DIR] [--accurate] [--failures] [--split dev|test]';
const SPLITS: readonly GoldSplit[] = ['dev', 'test'];

export const command: Command = {
  async run(args, io) {
    const { values: o, positionals } = parseArgs({
      args, allowPositionals: true,
      options: {
        'dict-dir': { type: 'string' }, 'model-dir': { type: 'string' }, failures: { type: 'boolean', default: false },
        accurate: { type: 'boolean' }, split: { type: 'string' },
      },
    });
    if (positionals.length !== 1) throw usageError(USAGE);
    const only = o.split as GoldSplit | undefined;
    if (only !== undefined && !SPLITS.includes(only)) throw usageError(`--split must be dev or test, not '${only}'. ${USAGE}`);
    const records = readGold(positionals[0]).filter((r) => only === undefined || goldSplit(r.id) === only);
    const coder = Coder.load({ dictDir: o['dict-dir'], modelDir: o['model-dir'], parser: o.accurate ? 'beam' : 'greedy' });
    let n = 0, typeOk = 0, srcOk = 0, tgtOk = 0;
    const halves = new Map(SPLITS.map((h) => [h, [0, 0, 0, 0]]));
    const confusion = new Map<string, Map<string, number>>();
    for (const r of records) {
      const gold = ploverLegacyTo2(r.event, r.mode);
      if (!gold || !r.text) continue;
      n++;
      const ev = predictedEvent(coder, r);
      const predicted = ev?.plover?.type ?? '(none)';
      const [gs, gt] = gold.swapRoles ? [r.target, r.source] : [r.source, r.target];
      // Both sides in PLOVER's roles: a CAMEO host (043) is PLOVER's recipient, the gold host's too.
      const [actor, recipient] = ev ? ploverRoles(ev.cameo, ev.source, ev.target) : [null, null];
      const t = predicted === gold.type, s = agrees(actor, gs);
      const g = agrees(recipient, gt) || jointTarget(actor, recipient, gs, gt);
      if (t) typeOk++;
      if (s) srcOk++;
      if (g) tgtOk++;
      const half = halves.get(goldSplit(r.id)) as number[];
      half[0]++;
      half[1] += t ? 1 : 0;
      half[2] += s ? 1 : 0;
      half[3] += g ? 1 : 0;
      const row = confusion.get(gold.type) ?? new Map<string, number>();
      row.set(predicted, (row.get(predicted) ?? 0) + 1);
      confusion.set(gold.type, row);
      if (o.failures && !(t && s && g)) io.out(failure(r, gold.type, ev));
    }
    const pct = (k: number) => `${k}/${n} = ${(n ? k / n : 0).toFixed(3)}`;
    io.out(`records ${n}${only ? ` (${only} half)` : ''}\ntype    ${pct(typeOk)}\nsource  ${pct(srcOk)}\ntarget  ${pct(tgtOk)}\n`);
    if (!only) io.out(halfLines(halves));
    io.out(`\n${confusionTable(confusion)}`);
    return 0;
  },
};

/** dyad's event aligned with the gold event (see above); a record refused (language check) has none. */
function predictedEvent(coder: Coder, r: GoldRecord): CodedEvent | null {
  try {
    const coded = coder.code({ text: r.text ?? '', meta: { ...emptyMeta('text', null), published: r.date ?? null } });
    const typed = coded.events.filter((e) => e.plover !== null);
    const width = (e: CodedEvent) => e.evidence.span[1] - e.evidence.span[0];
    // Equal evidence: the event dyad counts (actual) is its coding of the sentence; "Russia said Sudan
    // must return the helicopter" counts Russia's demand, not the unrealised return.
    const counted = (e: CodedEvent) => (e.modality === 'actual' ? 0 : 1);
    for (const [at] of goldTriggerSpans(r)) {
      const aligned = typed.filter((e) => e.evidence.span[0] <= at && at < e.evidence.span[1]);
      if (aligned.length) return aligned.sort((a, b) => width(a) - width(b) || counted(a) - counted(b))[0];
    }
    return typed[0] ?? null;
  } catch (e) {
    if (e instanceof DyadError && e.code === 'E_LANGUAGE') return null;
    throw e;
  }
}

const LEGACY: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };

function goldCodes(gold: GoldActor[] | GoldActor | undefined): string[] {
  return list(gold).map((a) => a.code).filter((c): c is string => !!c && c !== '?').map((c) => LEGACY[c] ?? c);
}

function codeMatches(ours: ActorRef, g: string): boolean {
  const c = ours.code ?? '';
  return c.startsWith(g) || ours.country === g || (c.startsWith('SCG') && c.slice(3, 6) === g);
}

function agrees(ours: ActorRef | null, gold: GoldActor[] | GoldActor | undefined): boolean {
  const codes = goldCodes(gold);
  if (!codes.length) return ours === null;
  return ours !== null && codes.some((g) => codeMatches(ours, g));
}

/** A joint action with no gold target: dyad's target is another of the joint sources. */
function jointTarget(actor: ActorRef | null, recipient: ActorRef | null, gs: GoldActor[] | GoldActor | undefined, gt: GoldActor[] | GoldActor | undefined): boolean {
  const sources = goldCodes(gs);
  if (sources.length < 2 || goldCodes(gt).length || !actor || !recipient) return false;
  const si = sources.findIndex((g) => codeMatches(actor, g));
  return si >= 0 && sources.some((g, i) => i !== si && codeMatches(recipient, g));
}

function failure(r: GoldRecord, gold: string, ev: CodedEvent | null): string {
  const codes = (a?: GoldActor[] | GoldActor) => list(a).map((x) => x.code ?? '?').join('+') || '-';
  return `${r.id}: gold ${gold} ${codes(r.source)} -> ${codes(r.target)}; dyad ${ev ? `${ev.plover?.type} ${ev.cameo} ${ev.source?.code ?? '-'} -> ${ev.target?.code ?? '-'}` : '(none)'}\n  ${r.text}\n`;
}

function halfLines(halves: Map<GoldSplit, number[]>): string {
  const f = (k: number, m: number) => (m ? k / m : 0).toFixed(3);
  return [...halves].map(([h, [m, t, s, g]]) =>
    `${h.padEnd(5)} half ${m} records: type ${f(t, m)} source ${f(s, m)} target ${f(g, m)}\n`).join('');
}

function confusionTable(m: Map<string, Map<string, number>>): string {
  const cols = [...new Set([...m.values()].flatMap((r) => [...r.keys()]))].sort();
  const lines = ['gold \\ dyad'.padEnd(12) + cols.map((c) => c.slice(0, 9).padStart(10)).join('')];
  for (const [g, row] of [...m].sort()) lines.push(g.padEnd(12) + cols.map((c) => String(row.get(c) ?? '').padStart(10)).join(''));
  return lines.join('\n') + '\n';
}
