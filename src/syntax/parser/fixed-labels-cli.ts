/**
 * Writes a parser folder's fixed-labels.tsv (fixed-labels.ts) from the treebank's training trees with
 * their gold tags, without retraining the parser (`npm run train:syntax` writes it too):
 *   node dist/src/syntax/parser/fixed-labels-cli.js --treebank <ud-english-ewt dir> --parser DIR [--reverse]
 * --reverse for a right-to-left parser's folder (its arcs are read in its reading order).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { deriveFromTreebank, FIXED_LABELS_FILE } from './fixed-labels.js';
import { readPart } from './treebank-examples.js';

function main(): void {
  const { values } = parseArgs({ options: { treebank: { type: 'string' }, parser: { type: 'string' }, reverse: { type: 'boolean' } } });
  if (!values.treebank || !values.parser) {
    console.error('usage: fixed-labels-cli --treebank DIR --parser DIR [--reverse]');
    process.exit(2);
  }
  const labels = (JSON.parse(readFileSync(join(values.parser, 'meta.json'), 'utf8')) as { labels: string[] }).labels;
  const fixed = deriveFromTreebank(readPart(values.treebank, 'train'), labels, values.reverse ?? false);
  fixed.write(values.parser);
  console.log(`${join(values.parser, FIXED_LABELS_FILE)}: ${fixed.size} entries`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
