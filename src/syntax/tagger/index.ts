/** Public face of the part-of-speech tagger. */
export { BACKWARD_FILE, BACKWARD_TRAINING, Tagger, TAGGER_FILE } from './tagger.js';
export type { Tags } from './tagger.js';
export { trainTagger, DEFAULT_EPOCHS } from './train.js';
export type { TrainTaggerOptions } from './train.js';
export { evalTagger } from './evaluate.js';
export type { TagAccuracy } from './evaluate.js';
export { jackknifeTags } from './jackknife.js';
export type { JackknifeTags } from './jackknife.js';
