/**
 * `dyad parse [FILE|-] [--pretokenized] [--model DIR] [--accurate]`: tokenise, tag and parse; print
 * CoNLL-U. --accurate uses the accurate mode (paired taggers, beam parser: more accurate, several times slower).
 * With --pretokenized each input line is one sentence whose tokens are separated by single spaces
 * (not re-tokenised); blank lines are skipped.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Command } from '../command.js';
import { usageError } from '../command.js';
import { formatConllu, type ConlluSentence } from '../../syntax/conllu.js';
import { Syntax } from '../../syntax/pipeline.js';
import { toConllu } from '../../syntax/to-conllu.js';
import { decodeInput } from '../../text/decode.js';
import { DyadError } from '../../util/errors.js';

const USAGE = 'dyad parse [FILE|-] [--pretokenized] [--model DIR] [--accurate]';

export const command: Command = {
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { pretokenized: { type: 'boolean' }, model: { type: 'string' }, accurate: { type: 'boolean' }, help: { type: 'boolean' } } });
    } catch (e) {
      throw usageError(`${USAGE}: ${(e as Error).message}`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (positionals.length > 1) throw usageError(USAGE);
    const file = positionals[0] ?? '-';
    let buf: Buffer;
    if (file === '-') buf = io.readStdin();
    else {
      try {
        buf = readFileSync(file);
      } catch (e) {
        throw new DyadError('E_INPUT', `cannot read: ${(e as Error).message}`, { file });
      }
    }
    const text = decodeInput(buf, file === '-' ? '<stdin>' : file);
    const syntax = Syntax.load(values.model, values.accurate ? 'beam' : 'greedy');
    const out: ConlluSentence[] = [];
    if (values.pretokenized) {
      for (const line of text.split(/\r?\n/)) {
        const words = line.split(' ').filter((w) => w !== '');
        if (words.length === 0) continue;
        out.push(toConllu(syntax.parseWords(words), String(out.length + 1), line));
      }
    } else {
      for (const s of syntax.parseText(text)) {
        if (s.words.length === 0) continue;
        out.push(toConllu(s, String(out.length + 1), text.slice(s.start[0], s.end[s.words.length - 1])));
      }
    }
    io.out(formatConllu(out));
    return 0;
  },
};
