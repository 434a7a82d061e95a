/**
 * `dyad eval petrarch FILE.xml --dict-dir DIR`: PETRARCH's unit-test records coded with the
 * dictionaries its <Environment> names (read from DIR) and with dyad's own parse (<Parse> is
 * ignored). A record counts as coded exactly when dyad's set of (source, target, code) equals the
 * expected set; records expecting no events, or an error PETRARCH raises (discards, datelines,
 * bad parses), count when dyad codes nothing. The suite's `require_dyad` <Config> is honoured:
 * while it is on (PETRARCH's default) one-sided events are left out of dyad's set; so is
 * `new_actor_length`: an actor dyad found but no dictionary codes is written as its noun phrase. Prints per category and a total `N/284` line.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadCameo } from '../../cameo/index.js';
import { Coder } from '../../coding/coder.js';
import { loadDictionaries } from '../../dict/index.js';
import { parsePetrarch, type PetrarchRecord } from '../../ingest/readers/petrarch-xml.js';
import { Syntax } from '../../syntax/pipeline.js';
import { decodeInput } from '../../text/decode.js';
import { DyadError } from '../../util/errors.js';
import type { Command } from '../command.js';
import { usageError } from '../command.js';

const USAGE = 'dyad eval petrarch FILE.xml --dict-dir DIR [--model-dir DIR] [--accurate] [--failures] [--category NAME]';

export const command: Command = {
  async run(args, io) {
    const { values: o, positionals } = parseArgs({
      args, allowPositionals: true,
      options: {
        'dict-dir': { type: 'string' }, 'model-dir': { type: 'string' }, failures: { type: 'boolean', default: false },
        category: { type: 'string' }, accurate: { type: 'boolean' },
      },
    });
    if (positionals.length !== 1 || !o['dict-dir']) throw usageError(USAGE);
    const file = positionals[0];
    let buf: Buffer;
    try { buf = readFileSync(file); } catch (e) {
      throw new DyadError('E_INPUT', `cannot read: ${(e as NodeJS.ErrnoException).code}`, { file });
    }
    const pf = parsePetrarch(decodeInput(buf, file));
    const env = pf.environment;
    if (!env?.verbfile || !env.actorfile || !env.agentfile || !env.discardfile) {
      throw new DyadError('E_INPUT', '<Environment> must name Verbfile, Actorfile, Agentfile and Discardfile', { file });
    }
    const dicts = loadDictionaries({
      dictDir: o['dict-dir'], defaultOverlays: false,
      files: { verbs: env.verbfile, actors: [env.actorfile], agents: env.agentfile, discards: env.discardfile, issues: null },
    });
    const coder = new Coder(dicts, loadCameo(), Syntax.load(o['model-dir'], o.accurate ? 'beam' : 'greedy'));
    const byCat = new Map<string, { ok: number; n: number }>();
    let ok = 0;
    for (const r of pf.records) {
      if (o.category && r.category !== o.category) continue;
      const got = coder.codings(r.text, coder.parse(r.text), r.date, { newActorLength: Number(r.config.new_actor_length ?? 0) || 0 })
        .filter((c) => !requireDyad(r) || isDyad(c));
      const pass = sameSet(got.map(key), expected(r));
      const c = byCat.get(r.category ?? '(none)') ?? { ok: 0, n: 0 };
      c.n++;
      if (pass) { c.ok++; ok++; }
      byCat.set(r.category ?? '(none)', c);
      if (!pass && o.failures) {
        io.out(`FAIL ${r.id} [${r.category}] ${r.text}\n  expected: ${expected(r).join(' ') || '(none)'}\n  got:      ${got.map(key).join(' ') || '(none)'}\n`);
      }
    }
    for (const [cat, c] of [...byCat].sort()) io.out(`${cat.padEnd(12)} ${c.ok}/${c.n}\n`);
    const total = [...byCat.values()].reduce((s, c) => s + c.n, 0);
    io.out(`total        ${ok}/${total}${pf.errors.length ? ` (${pf.errors.length} unreadable records)` : ''}\n`);
    for (const e of pf.errors) io.err(`dyad: E_XML: record ${e.record} (line ${e.line}): ${e.message}\n`);
    return 0;
  },
};

/** PETRARCH's `require_dyad` option (on unless a `<Config>` turns it off): drop one-sided events. */
function requireDyad(r: PetrarchRecord): boolean {
  return (r.config.require_dyad ?? 'true').toLowerCase() !== 'false';
}

function isDyad(c: { source: string; target: string }): boolean {
  return c.source !== '---' && c.source !== '' && c.target !== '---' && c.target !== '';
}

function key(c: { source: string; target: string; code: string }): string {
  return `${c.source}|${c.target}|${c.code}`;
}

function expected(r: PetrarchRecord): string[] {
  if (r.noEvents || r.expectedError) return [];
  return r.codings.map((c) => key({ source: c.source, target: c.target, code: c.event }));
}

function sameSet(a: string[], b: string[]): boolean {
  const sa = new Set(a), sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}
