/**
 * Segmentation speed: news-like prose (abbreviations, quotes, numbers, paragraphs), a 50 MB
 * single line, and a 10,000-token sentence without punctuation (split at maxSentenceTokens);
 * rules only (segment) and with the shipped boundary model (createSegmenter), which must stay
 * above 1M chars/s. The e-mail text is where the model has the most gaps to decide.
 */
import { createSegmenter, SbdModel, segment, type SentenceSegment } from '../src/text/segment.js';

const PARAGRAPH =
  'WASHINGTON (Reuters) - U.S. Secretary of State Antony Blinken met Gen. Ali Khan on Feb. 5, 2026, ' +
  'and said the talks were "constructive." The U.K.-EU deal, worth $1.2 billion (about 3.5% of GDP), ' +
  "wasn't discussed, officials said. Dr. J. R. Smith of Acme Inc. told reporters at 10 a.m.: " +
  '"We\'ll see." More at example.com/news/2026/02/05/1234/ or press@example.org.\n\n';

function time(f: () => number): { ms: number; n: number } {
  const t0 = process.hrtime.bigint();
  const n = f();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, n };
}

const EMAIL =
  'Kay Mann 04/26/2001 07:17 AM Will you send me the revised draft of the Turbine Contract today ' +
  'Thanks, Sean Here you go. If you have any questions, please let me know. Regards, Debra Perlingiere ' +
  'Hi all The charts are attached (See attached file: API.pdf) Best regards John Staikos Direct Dial: 203.961.7523\n\n';

export async function benchSegment(): Promise<string> {
  return run(segment);
}

export async function benchSegmentModel(): Promise<string> {
  const t0 = process.hrtime.bigint();
  const seg = createSegmenter({ model: SbdModel.load() });
  const load = Number(process.hrtime.bigint() - t0) / 1e6;
  const mail = EMAIL.repeat(Math.ceil(10_000_000 / EMAIL.length));
  seg.segment(mail.slice(0, 200_000));
  const m = time(() => seg.segment(mail).length);
  return `model loads in ${load.toFixed(0)} ms; e-mail ${(mail.length / 1e6).toFixed(1)}M chars ${m.ms.toFixed(0)} ms ` +
    `(${(mail.length / m.ms / 1000).toFixed(2)}M chars/s, ${m.n} sentences); ` + run((t) => seg.segment(t));
}

function run(segment: (text: string) => SentenceSegment[]): string {
  const news = PARAGRAPH.repeat(Math.ceil(10_000_000 / PARAGRAPH.length));
  segment(news.slice(0, 200_000)); // warm up
  const a = time(() => segment(news).length);
  const line = PARAGRAPH.replace(/\n/g, ' ').repeat(Math.ceil(50_000_000 / PARAGRAPH.length));
  const b = time(() => segment(line).length);
  const long = 'word '.repeat(10_000);
  const c = time(() => segment(long).length);
  const rate = (news.length / a.ms / 1000).toFixed(2);
  return `news ${(news.length / 1e6).toFixed(1)}M chars ${a.ms.toFixed(0)} ms (${rate}M chars/s, ${a.n} sentences); ` +
    `50 MB single line ${(line.length / 1e6).toFixed(1)}M chars ${b.ms.toFixed(0)} ms (${b.n} sentences); ` +
    `10,000-token unpunctuated sentence ${c.ms.toFixed(1)} ms (${c.n} pieces)`;
}
