/** `dyad eval <kind> ...`: dispatches to one evaluation module per gold data set. */
import type { Command } from '../command.js';
import { usageError } from '../command.js';

const KINDS: Record<string, string> = {
  syntax: './eval-syntax.js',
  sentences: './eval-sentences.js',
  petrarch: './eval-petrarch.js',
  plover: './eval-plover.js',
};

export const command: Command = {
  async run(args, io) {
    const [kind, ...rest] = args;
    const mod = kind ? KINDS[kind] : undefined;
    if (!mod) throw usageError(`dyad eval <${Object.keys(KINDS).join('|')}> ...`);
    const { command: sub } = (await import(mod)) as { command: Command };
    return sub.run(rest, io);
  },
};
