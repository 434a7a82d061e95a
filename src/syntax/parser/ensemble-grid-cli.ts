/**
 * Grids a parser ensemble's vote weights on a gold file, parsing each sentence once per member:
 *   node dist/src/syntax/parser/ensemble-grid-cli.js --gold ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu
 *     [--model models/syntax] [--from 0.3] [--to 1.2] [--step 0.1] [--labels] [--decoder cle|eisner]
 *     [--settings "1/0.8/0.6/0.5/2;1/0.8/0.6/0/2"]
 * Tags and members as `dyad eval syntax --accurate` (tagger.bin paired with tagger-rtl.bin, gold
 * tokens, the members of MODEL/parser-ensemble.json with its decoder), so the shipped weights score
 * what that command prints. The first member keeps its weight; every other member takes each weight
 * of the range. Prints each member alone, the shipped weights, the best settings and the UAS/LAS of
 * every setting. --labels also votes the labels with weights other than the arcs' (the arcs of the
 * shipped and of the best setting, label weights over the same range). --decoder overrides the file's
 * decoder. --settings scores only the listed weight settings (one weight per member, 0 leaves a
 * member out), for ensembles too large to grid. For choosing weights on dev.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConllu } from '../conllu.js';
import { defaultSyntaxModelDir, ENSEMBLE_FILE } from '../pipeline.js';
import { Tagger } from '../tagger/index.js';
import { decodeInput } from '../../text/decode.js';
import { ParserEnsemble, readEnsembleSpec } from './ensemble.js';
import { decodeHeads, gridScores, rankRows, scoreLabelled, steps, weightSettings, type GridRow } from './ensemble-grid.js';
import { attachmentScores, type TreeLike } from './evaluate.js';
import type { ParseResult } from './parser.js';

const pct = (x: number) => x.toFixed(2);
const show = (r: GridRow) => `${r.weights.join(' / ')}: UAS ${pct(r.uas)} LAS ${pct(r.las)} LAS-full ${pct(r.lasFull)}`;

function main(): void {
  const { values } = parseArgs({
    options: {
      gold: { type: 'string' }, model: { type: 'string' }, from: { type: 'string', default: '0.3' }, to: { type: 'string', default: '1.2' },
      step: { type: 'string', default: '0.1' }, labels: { type: 'boolean' }, decoder: { type: 'string' }, settings: { type: 'string' },
    },
  });
  if (!values.gold) {
    console.error('usage: ensemble-grid-cli --gold FILE.conllu [--model DIR] [--from 0.3] [--to 1.2] [--step 0.1] [--labels] [--decoder cle|eisner]');
    process.exit(2);
  }
  const t0 = Date.now();
  const log = (s: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0)}s] ${s}`);
  const dir = values.model ?? defaultSyntaxModelDir();
  const file = join(dir, ENSEMBLE_FILE);
  const spec = readEnsembleSpec(file);
  if (values.decoder) {
    if (values.decoder !== 'cle' && values.decoder !== 'eisner') throw new Error(`--decoder: cle or eisner, not ${values.decoder}`);
    spec.decoder = values.decoder;
  }
  const ensemble = ParserEnsemble.load(file);
  const tagger = Tagger.load(dir, true);
  const gold = parseConllu(decodeInput(readFileSync(values.gold), values.gold, { maxBytes: 1 << 30 }), values.gold).filter((s) => s.words.length > 0);
  const goldTrees: TreeLike[] = gold.map((s) => ({ head: s.words.map((w) => w.head), deprel: s.words.map((w) => w.deprel) }));
  const memberTrees: ParseResult[][] = gold.map((s) => {
    const forms = s.words.map((w) => w.form);
    const { upos, xpos } = tagger.tag(forms);
    return ensemble.members.map((m) => m.parser.parse(forms, upos, xpos));
  });
  log(`${gold.length} sentences tagged and parsed by ${spec.members.length} members (${spec.members.map((m) => m.parser).join(', ')}), decoder ${spec.decoder}`);
  spec.members.forEach((m, k) => {
    const sc = attachmentScores(goldTrees, memberTrees.map((t) => t[k]), []);
    log(`  ${m.parser} alone: UAS ${pct(sc.uas)} LAS ${pct(sc.las)}`);
  });
  const shipped = spec.members.map((m) => m.weight);
  const [current] = gridScores(memberTrees, goldTrees, [shipped], spec.decoder);
  log(`shipped weights ${show(current)}`);
  if (values.settings) {
    const listed = values.settings.split(';').map((w) => w.split('/').map(Number));
    if (listed.some((w) => w.length !== shipped.length || w.some((x) => !Number.isFinite(x) || x < 0))) throw new Error(`--settings: ${shipped.length} weights >= 0 per setting`);
    for (const r of gridScores(memberTrees, goldTrees, listed, spec.decoder)) console.log(`  ${show(r)}`);
    log('done');
    return;
  }
  const range = steps(Number(values.from), Number(values.to), Number(values.step));
  const rows = gridScores(memberTrees, goldTrees, weightSettings(shipped.length, shipped[0], range), spec.decoder);
  const ranked = rankRows(rows);
  log(`${rows.length} settings (first member ${shipped[0]}, others ${range[0]}-${range[range.length - 1]}); best 15:`);
  for (const r of ranked.slice(0, 15)) console.log(`  ${show(r)}`);
  const best = ranked[0];
  console.log(`settings within 0.1 UAS of the best: ${rows.filter((r) => r.uas >= best.uas - 0.1).length}; UAS >= shipped + 0.1 and LAS >= shipped: ` +
    `${rows.filter((r) => r.uas >= current.uas + 0.1 - 1e-9 && r.las >= current.las - 1e-9).length}; equal weights ${show(gridScores(memberTrees, goldTrees, [shipped.map(() => 1)], spec.decoder)[0])}`);
  if (shipped.length === 3) {
    console.log(`UAS / LAS by ${spec.members[1].parser} weight (rows) and ${spec.members[2].parser} weight (columns):`);
    console.log(`      ${range.map((v) => v.toFixed(2).padStart(13)).join('')}`);
    for (const a of range) {
      const cells = range.map((b) => rows.find((r) => r.weights[1] === a && r.weights[2] === b) as GridRow);
      console.log(`${a.toFixed(2).padStart(6)}${cells.map((r) => `${pct(r.uas)}/${pct(r.las)}`.padStart(13)).join('')}`);
    }
  }
  if (values.labels) {
    for (const arcs of [shipped, best.weights]) {
      const heads = decodeHeads(memberTrees, arcs, spec.decoder);
      const labelRows = weightSettings(shipped.length, shipped[0], range).map((w) => {
        const sc = scoreLabelled(memberTrees, heads, w, goldTrees);
        return { weights: w, uas: sc.uas, las: sc.las, lasFull: sc.lasFull };
      });
      const same = scoreLabelled(memberTrees, heads, arcs, goldTrees);
      const byLas = [...labelRows].sort((a, b) => b.las - a.las || b.lasFull - a.lasFull);
      log(`arcs ${arcs.join(' / ')}: labels voted with the arcs' weights LAS ${pct(same.las)} LAS-full ${pct(same.lasFull)}; ` +
        `LAS over ${labelRows.length} label weightings ${pct(byLas[byLas.length - 1].las)}-${pct(byLas[0].las)}; best 5:`);
      for (const r of byLas.slice(0, 5)) console.log(`  labels ${r.weights.join(' / ')}: LAS ${pct(r.las)} LAS-full ${pct(r.lasFull)}`);
    }
  }
  log('done');
}

main();
