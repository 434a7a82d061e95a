import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelinePlace } from './dateline.js';

const place = (text: string) => {
  const p = datelinePlace(text);
  return p ? text.slice(p[0], p[1]) : null;
};

test('wire datelines: the place, with or without a date and an agency, after a title line', () => {
  assert.equal(place('SEOUL, April 7 (Yonhap) -- South Korea on Tuesday lodged a protest.'), 'SEOUL');
  assert.equal(place('Title of the story\n\nNEW DELHI (Reuters) - India said ...'), 'NEW DELHI');
  assert.equal(place('WASHINGTON — The United States said ...'), 'WASHINGTON');
});

test('no dateline: ordinary sentences, acronyms mid-text, a dateline far down the text', () => {
  assert.equal(place('The US and China agreed on Tuesday to resume talks.'), null);
  assert.equal(place('NATO said on Monday it would meet.'), null);
  assert.equal(place(`${'x '.repeat(400)}\nSEOUL (Yonhap) - late dateline`), null);
});
