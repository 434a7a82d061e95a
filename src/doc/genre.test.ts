import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyGenre } from './genre.js';

test('a translated commentary with a personal-views disclaimer is opinion, with the deciding span', () => {
  const text = `Tokyo must not repeat old mistakes

Japan's Defense Minister Nakamura Taro said on the 5th that Japan would raise spending, Kyodo News reported.
Such a course would only deepen mistrust in the region.

Original: https://example.com/news/2026/02/05/1234/
This article represents the author's personal views.`;
  const r = classifyGenre(text);
  assert.equal(r.genre, 'opinion');
  assert.equal(r.cues[0].text, "This article represents the author's personal views");
  assert.equal(text.slice(...r.cues[0].span), r.cues[0].text);
});

test('disclaimers and labels for opinion, analysis, press release', () => {
  assert.equal(classifyGenre('Opinion | Why the accord will fail\n\nThe accord is weak.').genre, 'opinion');
  assert.equal(classifyGenre('Commentary: A thaw that may not last\nThe ministers met.').genre, 'opinion');
  assert.equal(classifyGenre('Body.\nThe views expressed are the author\'s own.').genre, 'opinion');
  assert.equal(classifyGenre('Body.\nThe article does not represent the position of this newspaper.').genre, 'opinion');
  assert.equal(classifyGenre('Analysis: What the border deal means\nThe deal sets a timetable.').genre, 'analysis');
  const pr = classifyGenre('FOR IMMEDIATE RELEASE\nAcme Corp announces a partnership with the Ministry of Energy.\nMedia contact: press@acme.example');
  assert.equal(pr.genre, 'press-release');
  assert.deepEqual(pr.cues.map((c) => c.rule), ['press-release-header', 'press-release-words']);
});

test('wire copy is news; one quoted "I think" does not make it opinion', () => {
  const wire = 'GENEVA (Reuters) - Aldoria and Benvia agreed on Thursday to hold border talks. "I think this is a good start," Varga told reporters.';
  assert.equal(classifyGenre(wire).genre, 'news');
});

test('wire datelines with a day: "ANKARA, March 4 (Reuters) - "', () => {
  assert.equal(classifyGenre('ANKARA, March 4 (Reuters) - Turkey will open two crossings.').genre, 'news');
  assert.equal(classifyGenre('SEOUL, Oct. 12 (Yonhap) -- South Korea said on Monday ...').genre, 'news');
});

test('dense author first person is opinion; plain text with no cue is unknown', () => {
  const column = 'I think the summit was a failure. In my view the ministers wasted a year. I believe they will try again, and we should let them.';
  const r = classifyGenre(column);
  assert.equal(r.genre, 'opinion');
  assert.ok(r.cues.every((c) => c.rule === 'first-person'));
  assert.equal(classifyGenre('The ministers met on Thursday and agreed to talk again.').genre, 'unknown');
});

test('"only" before the verb of a disclaimer, as machine translation puts it', () => {
  const r = classifyGenre("Tokyo will follow.\n\n(This article only represents the author's personal views.)");
  assert.equal(r.genre, 'opinion');
  assert.equal(r.cues[0].rule, 'disclaimer-personal');
});

test('a disclaimer naming "the views of the author" rather than "the author\'s views"', () => {
  const r = classifyGenre('Officials said talks would resume.\n\nDisclaimer: This article represents the views of the author only.');
  assert.equal(r.genre, 'opinion');
  assert.ok(r.cues.some((c) => c.rule === 'disclaimer-personal' && c.text === 'This article represents the views of the author'));
});

test('reported speech makes a text with no other cue news, and never outweighs an opinion cue', () => {
  const story = 'The two governments agreed on Thursday to reopen the border crossing, officials said.';
  const r = classifyGenre(story);
  assert.equal(r.genre, 'news');
  assert.deepEqual(r.cues.map((c) => c.text), ['said']);
  const many = 'Aldoria said it would talk. Benvia said it would wait. The minister told reporters nothing. According to the agency, talks resume. The envoy said so.';
  assert.equal(classifyGenre(many).cues.length, 3);
  const column = `${many}\nI think the summit was a failure. In my view the ministers wasted a year.`;
  assert.equal(classifyGenre(column).genre, 'opinion');
  assert.equal(classifyGenre(`${many}\n(This article only represents the author's personal views.)`).genre, 'opinion');
});

test('a closing author note or "the opinions expressed here" is opinion; a book\'s author in a news story is not', () => {
  const column = 'Berlin must choose\n\nGermany rejected the calls, officials said.\n\nThe author is a senior fellow at an independent think tank.';
  const r = classifyGenre(column);
  assert.equal(r.genre, 'opinion');
  assert.deepEqual(r.cues.map((c) => c.rule), ['author-bio']);
  assert.equal(classifyGenre('Body, officials said.\nThe opinions expressed here are his own.').genre, 'opinion');
  const story = `BERLIN (Reuters) - The author is a professor of history, the publisher said. ${'The ministry said the talks went well. '.repeat(20)}`;
  assert.equal(classifyGenre(story).genre, 'news');
});

test('a disclaimer with words between the article and its verb, and an author named in the third person, are opinion', () => {
  const body = 'Manila filed a protest, officials said. The ministry said the talks failed. According to the agency, the envoy left.';
  const tail = `${body}\nThis article originally appeared at https://example.cn/a/1.html and reflects only the author's views.`;
  const r = classifyGenre(tail);
  assert.equal(r.genre, 'opinion');
  assert.deepEqual(r.cues.map((c) => c.rule), ['disclaimer-author-views']);
  assert.equal(classifyGenre(`${body}\nIn the view of the author, dialogue is the only way out.`).genre, 'opinion');
  assert.equal(classifyGenre(`${body}\nThe author believes that Seoul will stay close to Washington.`).genre, 'opinion');
  // The author of a report a story cites speaks in the story's reported voice, not as its writer.
  assert.equal(classifyGenre(`${body} The report's author said the figures were rising.`).genre, 'news');
});
