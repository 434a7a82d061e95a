/** Speed of the readers and document analysis on synthetic inputs built here (no shared data). */
import { readHtml } from '../src/ingest/readers/html.js';
import { readPetrarchXml } from '../src/ingest/readers/petrarch-xml.js';
import { analyseDocument, loadDocContext } from '../src/doc/index.js';

const PARA = 'Japan\'s Prime Minister Takahashi Kenji said on Tuesday that Tokyo would respond firmly, Kyodo News reported on March 3. ' +
  'According to a Reuters report on Feb. 2, talks with Beijing had stalled, and the two sides traded accusations over the islands. ';

function rate(bytes: number, ms: number): string {
  return `${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(1)} MiB/s`;
}

export async function benchAnalyse(): Promise<string> {
  const ctx = loadDocContext();
  const text = PARA.repeat(20); // ~5 KB, a long article
  const n = 200;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) analyseDocument(text, { title: null, published: '2026-02-05' }, ctx);
  const ms = performance.now() - t0;
  return `${(ms / n).toFixed(2)} ms per 5 KB document (${rate(text.length * n, ms)})`;
}

export async function benchHtml(): Promise<string> {
  const page = '<html><head><title>T</title></head><body><nav><a href="/">Home</a></nav><article>' +
    `<p>${PARA}</p>`.repeat(40) + '</article><footer>f</footer></body></html>';
  const n = 100;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) readHtml(page);
  const ms = performance.now() - t0;
  const deep = '<div>'.repeat(200000) + '<p>x</p>' + '</div>'.repeat(200000);
  const t1 = performance.now();
  readHtml(deep);
  return `${(ms / n).toFixed(2)} ms per ${(page.length / 1024).toFixed(0)} KB page (${rate(page.length * n, ms)}); ` +
    `200k nested divs ${(performance.now() - t1).toFixed(0)} ms`;
}

export async function benchPetrarch(): Promise<string> {
  const rec = (i: number) => `<Sentence date="20150804" id="R-${i}" category="DEMO" sentence="true">\n` +
    '<EventCoding sourcecode="ESS" targetcode="RHO" eventcode="042"></EventCoding>\n' +
    `<Text>\n${PARA}\n</Text>\n<Parse>(ROOT (S (NP (NNP Essos))))</Parse>\n</Sentence>\n`;
  const xml = `<Sentences>\n${Array.from({ length: 5000 }, (_, i) => rec(i)).join('')}</Sentences>`;
  const t0 = performance.now();
  const r = readPetrarchXml(xml);
  const ms = performance.now() - t0;
  return `${r.docs.length} records in ${ms.toFixed(0)} ms (${rate(xml.length, ms)})`;
}
