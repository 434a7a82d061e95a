import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from './segment.js';

function sentences(text: string): string[] {
  return segment(text).map((s) => text.slice(s.start, s.end));
}

const CASES: [string, string[]][] = [
  ['Bush met Gen. Smith in Washington. They talked.', ['Bush met Gen. Smith in Washington.', 'They talked.']],
  ['Troops left the U.S. Army base. The next day they returned.', ['Troops left the U.S. Army base.', 'The next day they returned.']],
  ['He arrived in the U.S. The next day he left.', ['He arrived in the U.S.', 'The next day he left.']],
  ['Acme Inc. said profits rose.', ['Acme Inc. said profits rose.']],
  ['"We will fight," he said. "Never surrender."', ['"We will fight," he said.', '"Never surrender."']],
  ['He said: "It is over." Next came the vote.', ['He said: "It is over."', 'Next came the vote.']],
  ['"Why?" he asked. Nobody knew!', ['"Why?" he asked.', 'Nobody knew!']],
  ['J. R. Smith met Dr. A. Jones on Feb. 5 at 3 p.m. in St. Louis.', ['J. R. Smith met Dr. A. Jones on Feb. 5 at 3 p.m. in St. Louis.']],
  ['Prices rose 3.5 percent. Rates fell.', ['Prices rose 3.5 percent.', 'Rates fell.']],
  ['Wait... What happened?', ['Wait...', 'What happened?']],
  ['Headline Without Stop\nThe story begins here.', ['Headline Without Stop', 'The story begins here.']],
  ['First para ends\n\nsecond para', ['First para ends', 'second para']],
  ['a long sentence that wraps onto\nthe next line in prose.', ['a long sentence that wraps onto\nthe next line in prose.']],
  ['Steps:\n1. Go home.\n2. Sleep.', ['Steps:', '1. Go home.', '2. Sleep.']],
  ['See item No. 5 for details.', ['See item No. 5 for details.']],
  ['Two reasons. 1. Cost. 2. Time.', ['Two reasons.', '1. Cost.', '2. Time.']],
  ['That was good. :) Really? ? ? Yes', ['That was good. :)', 'Really? ? ?', 'Yes']],
  ['it is smart. like my dogs', ['it is smart.', 'like my dogs']],
  ['Mail sent 08/16/2000 12:05 PM I just wanted to ask', ['Mail sent 08/16/2000 12:05 PM', 'I just wanted to ask']],
  // mail sign-offs before a name, but not a name ending its own sentence or "I"
  ['Please advise. Thanks, Maureen Smith', ['Please advise.', 'Thanks,', 'Maureen Smith']],
  ['See the file. Best regards, Debra Perlingiere', ['See the file.', 'Best regards,', 'Debra Perlingiere']],
  ['Thanks, Kim. See you.', ['Thanks, Kim.', 'See you.']],
  ['Thanks, I know you are busy.', ['Thanks, I know you are busy.']],
  ['To that regards, I noticed it.', ['To that regards, I noticed it.']],
  ['Best of all, Congress passed the bill.', ['Best of all, Congress passed the bill.']],
  // mail greetings before the message, but not a greeting that runs on in lower case
  ['Dear All, My name is Visit.', ['Dear All,', 'My name is Visit.']],
  ['Good Morning Debra - I have attached a copy.', ['Good Morning Debra -', 'I have attached a copy.']],
  ['Hi Kevin, how are you?', ['Hi Kevin, how are you?']],
  ['Good work, Kevin.', ['Good work, Kevin.']],
  // lower-case starts after "!!!" / "???", a spaced "?", or a bare period before a bracket
  ['I will FREAK OUT!!! would it help?', ['I will FREAK OUT!!!', 'would it help?']],
  ['be a problem ? thanks d', ['be a problem ?', 'thanks d']],
  ['Do this for one hour. (you can take breaks)', ['Do this for one hour.', '(you can take breaks)']],
  ['He left. [an error occurred]', ['He left.', '[an error occurred]']],
  ['"Why?!" he asked. (quietly)', ['"Why?!" he asked.', '(quietly)']],
  ['It ends at 5 p.m. (local time) today.', ['It ends at 5 p.m. (local time) today.']],
  ['He said... (and left)', ['He said... (and left)']],
  // a name with its own "!" ends a sentence only before a sentence starter
  ['Google is not as popular as Yahoo! and AOL.', ['Google is not as popular as Yahoo! and AOL.']],
  ['Yahoo! Inc. said on Monday it would cut jobs.', ['Yahoo! Inc. said on Monday it would cut jobs.']],
  ['He works at Yahoo! The company is big.', ['He works at Yahoo!', 'The company is big.']],
];

for (const [text, expected] of CASES) {
  test(`segment ${JSON.stringify(text)}`, () => {
    assert.deepEqual(sentences(text), expected);
  });
}

test('empty or blank text gives no sentences', () => {
  assert.deepEqual(segment(''), []);
  assert.deepEqual(segment('  \n\n '), []);
});

test('segments carry token offsets into the full text and their forms', () => {
  const text = '  It works. Yes!';
  const [a, b] = segment(text);
  assert.equal(a.start, 2);
  assert.equal(a.end, 11);
  assert.deepEqual(a.forms, ['It', 'works', '.']);
  assert.deepEqual(Array.from(b.tokenStart), [12, 15]);
  assert.deepEqual(Array.from(b.tokenEnd), [15, 16]);
  for (const s of [a, b]) s.forms.forEach((f, i) => assert.equal(text.slice(s.tokenStart[i], s.tokenEnd[i]), f));
});

test('a sentence-final abbreviation gives its period to the sentence, as EWT does', () => {
  const text = 'They brought pens, paper, etc. The rest stayed.';
  const [first] = segment(text);
  assert.deepEqual(first.forms.slice(-2), ['etc', '.']);
  assert.equal(text.slice(first.start, first.end), 'They brought pens, paper, etc.');
});

test('over-long sentences are cut at punctuation within the token limit', () => {
  const words: string[] = [];
  for (let i = 0; i < 1000; i++) words.push(i % 37 === 36 ? 'word;' : 'word');
  const text = words.join(' ');
  const segs = segment(text, { maxSentenceTokens: 100 });
  assert.ok(segs.length >= 10);
  for (const s of segs) assert.ok(s.forms.length <= 100);
  // every cut but the last lands after a semicolon
  for (const s of segs.slice(0, -1)) assert.equal(s.forms[s.forms.length - 1], ';');
  assert.equal(segs.reduce((n, s) => n + s.forms.length, 0), 1000 + 27);
});

test('a 5 MB single line is segmented with bounded sentences', () => {
  const unit = 'the committee voted on the proposal, and the chair said that it passed ';
  const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
  const segs = segment(text);
  assert.ok(segs.length > 1000);
  for (const s of segs) assert.ok(s.forms.length <= 400);
  assert.equal(segs[segs.length - 1].end, text.trimEnd().length);
});

test('a wire dateline is a segment of its own, so the parser never sees it in the first sentence', () => {
  const text = 'SEOUL, April 7 (Yonhap) -- South Korea lodged a protest.\n\nWASHINGTON - The US said no.';
  assert.deepEqual(segment(text).map((x) => text.slice(x.start, x.end)), ['SEOUL, April 7 (Yonhap) --', 'South Korea lodged a protest.', 'WASHINGTON -', 'The US said no.']);
  const plain = 'NATO - the alliance - met.';
  assert.equal(segment(plain).length, 1);
});
