/** Public face of the dependency parser. */
export { Parser, PARSER_FORMAT } from './parser.js';
export type { ParseResult } from './parser.js';
export { trainParser } from './train.js';
export type { ParserExample, TrainParserOptions } from './train.js';
