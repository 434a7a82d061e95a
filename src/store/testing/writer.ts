/**
 * A child process for the SQLite multi-process tests: puts synthetic documents into a store file.
 *   node writer.js FILE WORKER COUNT [BATCH]
 * COUNT 0 means forever (the kill test). Prints "committed N" after each transaction.
 */
import { openSqlite } from '../sqlite/driver.js';
import { syntheticDoc } from './fixtures.js';

const [file, worker, countArg, batchArg] = process.argv.slice(2);
const count = Number(countArg);
const batch = Number(batchArg ?? 1);
const store = openSqlite(file);
await store.migrate();
for (let i = 0, done = 0; count === 0 || i < count; i += batch) {
  const n = count === 0 ? batch : Math.min(batch, count - i);
  const items = Array.from({ length: n }, (_, j) => syntheticDoc(i + j, worker))
    .map(({ doc, text }) => ({ doc, input: { text, url: null, canonicalUrl: null, title: null, coderVersion: worker } }));
  await store.putDocuments(items);
  done += n;
  process.stdout.write(`committed ${done}\n`);
}
await store.close();
