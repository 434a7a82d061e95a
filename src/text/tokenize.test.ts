import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenize.js';

function forms(text: string): string[] {
  const t = tokenize(text);
  return Array.from(t.start, (s, i) => text.slice(s, t.end[i]));
}

const CASES: [string, string[]][] = [
  ["I can't go, don't ask.", ['I', 'ca', "n't", 'go', ',', 'do', "n't", 'ask', '.']],
  ["I'm sure John's car won't start.", ['I', "'m", 'sure', 'John', "'s", 'car', 'wo', "n't", 'start', '.']],
  ['They’re here and we’ve won', ['They', '’re', 'here', 'and', 'we', '’ve', 'won']],
  ['The U.S. and U.K. met on Feb. 3.', ['The', 'U.S.', 'and', 'U.K.', 'met', 'on', 'Feb.', '3', '.']],
  ['Mr. Smith met Gen. Jones, Dr. Lee and Jan. Brown', ['Mr.', 'Smith', 'met', 'Gen.', 'Jones', ',', 'Dr.', 'Lee', 'and', 'Jan.', 'Brown']],
  ['No. 5 at 10 a.m., e.g. today; say no.', ['No.', '5', 'at', '10', 'a.m.', ',', 'e.g.', 'today', ';', 'say', 'no', '.']],
  ['U.K.-EU talks', ['U.K.', '-', 'EU', 'talks']],
  ['See example.com/news/2026/02/05/1234/ now', ['See', 'example.com/news/2026/02/05/1234/', 'now']],
  ['Visit https://www.bbc.co.uk/news?id=3, or www.un.org.', ['Visit', 'https://www.bbc.co.uk/news?id=3', ',', 'or', 'www.un.org', '.']],
  ['Write to <bob.smith@example.org>.', ['Write', 'to', '<', 'bob.smith@example.org', '>', '.']],
  ['It rose 3.5% to $1.2 billion', ['It', 'rose', '3.5', '%', 'to', '$', '1.2', 'billion']],
  ['10,000 people, 5km away at 7:30PM', ['10,000', 'people', ',', '5', 'km', 'away', 'at', '7:30', 'PM']],
  ['the 23rd time in the 1970s', ['the', '23rd', 'time', 'in', 'the', '1970s']],
  ['On 2026-02-05 call 713-853-3989 for 5-10 days', ['On', '2026-02-05', 'call', '713-853-3989', 'for', '5', '-', '10', 'days']],
  ['a well-known al-Qaeda long-term non-commercial e-mail', ['a', 'well', '-', 'known', 'al', '-', 'Qaeda', 'long', '-', 'term', 'non-commercial', 'e-mail']],
  ['and/or on 11/28/2000', ['and', '/', 'or', 'on', '11/28/2000']],
  ['Wait... what?! "Yes," he said (quietly).', ['Wait', '...', 'what', '?!', '"', 'Yes', ',', '"', 'he', 'said', '(', 'quietly', ')', '.']],
  ['great :) thanks :-(', ['great', ':)', 'thanks', ':-(']],
  ['J. R. R. Tolkien', ['J.', 'R.', 'R.', 'Tolkien']],
  ["the payers' money in the '90s", ['the', 'payers', "'", 'money', 'in', 'the', "'90s"]],
  ['I cannot, dont and gonna', ['I', 'can', 'not', ',', 'do', 'nt', 'and', 'gon', 'na']],
  ['AT&T paid #1 price', ['AT&T', 'paid', '#', '1', 'price']],
  ['war -- peace—now', ['war', '--', 'peace', '—', 'now']],
  ['Do You Yahoo!? Wow!', ['Do', 'You', 'Yahoo!', '?', 'Wow', '!']],
];

for (const [text, expected] of CASES) {
  test(`tokenize ${JSON.stringify(text)}`, () => {
    assert.deepEqual(forms(text), expected);
  });
}

test('spans are offsets into the original text, including a sub-range', () => {
  const text = '  Hello,  world!  ';
  const t = tokenize(text);
  assert.deepEqual(Array.from(t.start), [2, 7, 10, 15]);
  assert.deepEqual(Array.from(t.end), [7, 8, 15, 16]);
  const sub = tokenize(text, 10, 16);
  assert.deepEqual(Array.from(sub.start), [10, 15]);
  assert.deepEqual(Array.from(sub.end), [15, 16]);
});

test('non-BMP characters stay whole and offsets count UTF-16 code units', () => {
  const text = 'Café 😀 naïve';
  assert.deepEqual(forms(text), ['Café', '😀', 'naïve']);
  assert.equal(tokenize(text).start[2], 8);
});

test('empty and all-space text give no tokens', () => {
  assert.equal(tokenize('').start.length, 0);
  assert.equal(tokenize(' \n\t ').start.length, 0);
});

test('a huge unbroken chunk is cut into bounded tokens', () => {
  const text = 'x'.repeat(5000);
  const t = tokenize(text);
  assert.equal(t.start.length, 5);
  assert.equal(t.end[4], 5000);
});
