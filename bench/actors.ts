/**
 * Actor resolution speed with the shipped dictionaries: index build time, then sentences per second
 * over a news-like document (parsed with the shipped syntax model when there is one, else with the
 * hand-made trees of the unit tests), repeated.
 */
import { loadDictionaries } from '../src/dict/index.js';
import { ActorIndex, resolveActors } from '../src/coding/actors/index.js';
import { doc } from '../src/coding/actors/fixtures.js';
import type { ParsedSentence } from '../src/syntax/types.js';

const TEXT = "Japan's defence minister met South Korean officials in Seoul on Monday. Tokyo and Seoul agreed to share " +
  'missile warning data. The minister said the two countries would hold talks. Chinese Foreign Ministry spokesman ' +
  'Lin Jian criticised the plan. He said Beijing opposed it.';

const SPECS = [
  "Japan/PROPN/4/nmod:poss 's/PART/1/case defence/NOUN/4/compound minister/NOUN/5/nsubj met/VERB/0/root South/ADJ/7/amod Korean/ADJ/8/amod officials/NOUN/5/obj/NNS in/ADP/10/case Seoul/PROPN/5/obl on/ADP/12/case Monday/PROPN/5/obl ./PUNCT/5/punct",
  'Tokyo/PROPN/4/nsubj and/CCONJ/3/cc Seoul/PROPN/1/conj agreed/VERB/0/root to/PART/6/mark share/VERB/4/xcomp missile/NOUN/9/compound warning/NOUN/9/compound data/NOUN/6/obj ./PUNCT/4/punct',
  'The/DET/2/det minister/NOUN/3/nsubj said/VERB/0/root the/DET/6/det two/NUM/6/nummod countries/NOUN/8/nsubj/NNS would/AUX/8/aux hold/VERB/3/ccomp talks/NOUN/8/obj/NNS ./PUNCT/3/punct',
  'Chinese/ADJ/4/amod Foreign/PROPN/3/compound Ministry/PROPN/4/compound spokesman/NOUN/5/compound Lin/PROPN/7/nsubj Jian/PROPN/5/flat criticised/VERB/0/root the/DET/9/det plan/NOUN/7/obj ./PUNCT/7/punct',
  'He/PRON/2/nsubj said/VERB/0/root Beijing/PROPN/4/nsubj opposed/VERB/2/ccomp it/PRON/4/obj ./PUNCT/2/punct',
];

export async function benchActors(): Promise<string> {
  const dicts = loadDictionaries();
  const t0 = performance.now();
  const index = ActorIndex.fromDictionaries(dicts);
  const build = performance.now() - t0;
  const sentences: ParsedSentence[] = doc(TEXT, SPECS);
  const rounds = 4000;
  for (let i = 0; i < 200; i++) resolveActors(sentences, TEXT, { index, date: '2025-01-10' });
  const t1 = performance.now();
  for (let i = 0; i < rounds; i++) resolveActors(sentences, TEXT, { index, date: '2025-01-10' });
  const secs = (performance.now() - t1) / 1000;
  const rate = Math.round((rounds * sentences.length) / secs);
  return `index build ${build.toFixed(0)} ms (${index.entries.length} entries); ${rate} sentences/s (${rounds} x ${sentences.length}-sentence document)`;
}
