import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from './language.js';

const cases: [string, string][] = [
  ['en', 'The foreign ministers of the two countries agreed on Thursday to hold talks on their disputed border, officials said.'],
  ['fr', 'Les ministres des affaires étrangères des deux pays se sont mis d\'accord jeudi pour tenir des pourparlers sur leur frontière.'],
  ['de', 'Die Außenminister der beiden Länder haben sich am Donnerstag auf Gespräche über die umstrittene Grenze geeinigt, sagte ein Sprecher.'],
  ['es', 'Los ministros de Exteriores de los dos países acordaron el jueves celebrar conversaciones sobre su frontera en disputa, según fuentes oficiales.'],
  ['it', 'I ministri degli esteri dei due paesi hanno concordato giovedì di tenere colloqui sul confine conteso, secondo fonti ufficiali.'],
  ['pt', 'Os ministros das Relações Exteriores dos dois países concordaram na quinta-feira em realizar negociações sobre a fronteira, segundo fontes.'],
  ['nl', 'De ministers van Buitenlandse Zaken van de twee landen zijn donderdag overeengekomen om gesprekken te voeren over de grens.'],
  ['zh', '两国外交部长周四同意就有争议的边界问题举行会谈，官员表示。'],
  ['ja', '両国の外相は木曜日、係争中の国境について協議を行うことで合意したと当局者が明らかにした。'],
  ['ko', '양국 외교장관은 목요일 분쟁 중인 국경 문제에 대해 회담을 열기로 합의했다고 관계자들이 밝혔다.'],
  ['ru', 'Министры иностранных дел двух стран в четверг договорились провести переговоры о спорной границе, сообщили официальные лица.'],
  ['uk', 'Міністри закордонних справ двох країн у четвер домовилися провести переговори щодо спірного кордону.'],
  ['ar', 'اتفق وزيرا خارجية البلدين يوم الخميس على إجراء محادثات بشأن الحدود المتنازع عليها، حسبما قال مسؤولون.'],
  ['fa', 'وزیران خارجه دو کشور روز پنجشنبه برای گفتگو درباره مرز مورد مناقشه به توافق رسیدند.'],
  ['el', 'Οι υπουργοί Εξωτερικών των δύο χωρών συμφώνησαν την Πέμπτη να πραγματοποιήσουν συνομιλίες για τα σύνορα.'],
];

test('identifies scripts and Latin-script languages from a sentence of news', () => {
  for (const [code, text] of cases) {
    const r = detectLanguage(text);
    assert.equal(r.code, code, `${code}: got ${r.code} (${r.name}) for ${text.slice(0, 40)}`);
    assert.ok(r.confidence > 0.3, `${code}: confidence ${r.confidence}`);
  }
});

test('machine-translated English with CJK names in it is English', () => {
  const text = `Japan's Prime Minister Takahashi Kenji (高橋健二) met China's Foreign Minister Wang Lei (王磊) in Tokyo on the 5th.
The two sides "exchanged views frankly" on the East China Sea (东海), Kyodo News reported on March 3.
Chief Cabinet Secretary Sato Yuki (佐藤由紀) said that Japan would continue to communicate with the Chinese side.
Original: https://example.com/news/2026/02/05/1234/`;
  const r = detectLanguage(text);
  assert.equal(r.code, 'en');
  assert.ok(r.confidence > 0.5, String(r.confidence));
});

test('Chinese text with English names in it is Chinese; empty text is undetermined', () => {
  assert.equal(detectLanguage('美国总统 Donald Trump 周二在白宫会见了日本首相，双方讨论了贸易和安全问题。').code, 'zh');
  assert.equal(detectLanguage('   12345 ... !!! ').code, 'und');
  assert.equal(detectLanguage('').confidence, 0);
});

test('a short English sentence whose few function words are also Dutch is not called Dutch', () => {
  assert.notEqual(detectLanguage('China met Japan in May.').code, 'nl');
  assert.equal(detectLanguage('Het kabinet heeft de minister gevraagd om een nieuw plan voor de regio.').code, 'nl');
});
