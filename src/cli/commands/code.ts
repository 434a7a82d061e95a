/**
 * `dyad code FILE|-`: code articles into actors and events.
 *   --format json|jsonl|tsv|gdelt   (json: one coded document per line of output)
 *   --date YYYY-MM-DD               document date (overrides the input's)
 *   --overlay FILE                  actor overlay, repeatable
 *   --dict-dir DIR                  PETRARCH-format dictionaries (default: shipped)
 *   --model-dir DIR                 syntax models (default: shipped)
 *   --explain                       per sentence: tree, actors, each pattern tried
 * Inputs: plain text, HTML, PETRARCH XML (records coded one by one; a malformed record is reported
 * with its id and the rest are coded).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { SentenceExplanation } from '../../coding/coder.js';
import { gdeltLines, jsonlLines, tsvLines } from '../../coding/formats.js';
import type { CodedDocument } from '../../coding/types.js';
import { readDocuments } from '../../ingest/readers/index.js';
import type { ReadResult } from '../../ingest/readers/types.js';
import { DyadError, isDyadError } from '../../util/errors.js';
import type { Command, Io } from '../command.js';
import { parseOrUsage, usageError } from '../command.js';
import { CODER_OPTIONS, CODER_USAGE, dateOption, loadCoder } from '../coder-options.js';

const FORMATS = ['json', 'jsonl', 'tsv', 'gdelt'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `dyad code FILE|- [--format json|jsonl|tsv|gdelt] ${CODER_USAGE} [--explain]`;

export const command: Command = {
  async run(args, io) {
    const parsed = parseOrUsage(USAGE, () => parseArgs({
      args, allowPositionals: true,
      options: {
        ...CODER_OPTIONS, format: { type: 'string', default: 'json' }, explain: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
    const { values: o, positionals } = parsed;
    if (o.help) { io.out(USAGE + '\n'); return 0; }
    if (positionals.length !== 1) throw usageError(USAGE);
    const format = o.format as Format;
    if (!FORMATS.includes(format)) throw usageError(`--format must be one of ${FORMATS.join(', ')}`);
    const date = dateOption(o);
    const input = readInput(positionals[0], io);
    const coder = loadCoder(o);
    let exit = input.errors.length ? 1 : 0;
    for (const err of input.errors) io.err(`dyad: E_XML: record ${err.record} (line ${err.line}): ${err.message}\n`);
    for (const doc of input.docs) {
      try {
        const opts = { date: date ?? undefined };
        if (o.explain) {
          const { coded, sentences } = coder.explain(doc, opts);
          io.err(formatExplanation(sentences));
          write(io, format, coded, doc.meta.url ?? doc.meta.file);
        } else write(io, format, coder.code(doc, opts), doc.meta.url ?? doc.meta.file);
      } catch (e) {
        if (!isDyadError(e) || input.docs.length === 1) throw e;
        io.err(`dyad: ${e.code}: ${doc.meta.sourceId ? `record ${doc.meta.sourceId}: ` : ''}${e.message}\n`);
        exit = Math.max(exit, e.exit);
      }
    }
    return exit;
  },
};

function write(io: Io, format: Format, doc: CodedDocument, source: string | null): void {
  const lines = format === 'json' ? [JSON.stringify(doc)]
    : format === 'jsonl' ? jsonlLines(doc)
      : format === 'tsv' ? tsvLines(doc, source) : gdeltLines(doc, source);
  if (lines.length) io.out(lines.join('\n') + '\n');
}

/** Reads FILE (or standard input) with the shared readers, which pick the format by name and content. */
function readInput(file: string, io: Io): ReadResult {
  const label = file === '-' ? '<stdin>' : file;
  let buf: Buffer;
  try {
    buf = file === '-' ? io.readStdin() : readFileSync(file);
  } catch (e) {
    throw new DyadError('E_INPUT', `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file: label });
  }
  const result = readDocuments(buf, label);
  if (!result.errors.length && result.docs.every((d) => !d.text.trim())) throw new DyadError('E_INPUT', 'the input is empty', { file: label });
  return result;
}

function formatExplanation(sentences: SentenceExplanation[]): string {
  const out: string[] = [];
  for (const s of sentences) {
    out.push(`# sentence ${s.index}: ${s.text}`, s.tree, '## actors', ...(s.actors.length ? s.actors : ['(none)']));
    if (s.discarded) out.push(`## discarded: ${s.discarded}`);
    out.push('## patterns', ...(s.steps.length ? s.steps : ['(no verb with a dictionary entry)']), '');
  }
  return out.join('\n') + '\n';
}
