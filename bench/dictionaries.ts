/**
 * Start-up cost of the dictionaries: loading the shipped default set (CAMEO.2.0.txt, the three
 * Phoenix actor files, agents, discards, issues, data/overlays/*.jsonl), CPU time and wall time,
 * and the heap it holds; then actor lookups per second.
 */
import { loadDictionaries, matchActor, normalizeToken } from '../src/dict/index.js';
import { loadCameo } from '../src/cameo/index.js';

export async function benchDictionaryLoad(): Promise<string> {
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const d = loadDictionaries();
  loadCameo();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  global.gc?.();
  const heap = (process.memoryUsage().heapUsed - heap0) / 1e6;
  return `load ${wall.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU, ` +
    `+${heap.toFixed(0)} MB heap, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB; ` +
    `${d.verbs.blocks.length} verb blocks, ${d.actors.entries.length} actors, ${d.warnings.length} warnings`;
}

export async function benchActorLookup(): Promise<string> {
  const d = loadDictionaries();
  const text = 'Japanese Prime Minister Fumio Kishida met Chinese President Xi Jinping in Beijing on Tuesday while the White House said';
  const toks = text.split(' ').map(normalizeToken);
  const n = 20000;
  const t0 = performance.now();
  let hits = 0;
  for (let i = 0; i < n; i++) for (let s = 0; s < toks.length; s++) if (matchActor(d.actors, toks, s)) hits++;
  const ms = performance.now() - t0;
  return `${((n * toks.length) / (ms / 1000) / 1e6).toFixed(2)} M lookups/s (${hits / n} hits per sentence)`;
}
