import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseDate, resolveComingDate, resolveRelativeDate } from './dates.js';

// 2026-02-05 is a Thursday.
const PUB = '2026-02-05';

test('month and day: the latest such day on or before publication, never in the future', () => {
  assert.equal(resolveRelativeDate('March 3rd', PUB), '2025-03-03');
  assert.equal(resolveRelativeDate('on Feb. 2', PUB), '2026-02-02');
  assert.equal(resolveRelativeDate('February 5', PUB), '2026-02-05');
  assert.equal(resolveRelativeDate('3 March', PUB), '2025-03-03');
  assert.equal(resolveRelativeDate('the 3rd of March', PUB), '2025-03-03');
  assert.equal(resolveRelativeDate('February 29', '2026-03-01'), '2024-02-29');
});

test('weekdays: the latest such weekday on or before publication; "last" skips the day itself', () => {
  assert.equal(resolveRelativeDate('on Tuesday', PUB), '2026-02-03');
  assert.equal(resolveRelativeDate('Thursday', PUB), '2026-02-05');
  assert.equal(resolveRelativeDate('last Thursday', PUB), '2026-01-29');
  assert.equal(resolveRelativeDate('Friday', PUB), '2026-01-30');
  assert.equal(resolveRelativeDate('Sun.', PUB), '2026-02-01');
});

test('day of month: the latest such day, skipping months without it', () => {
  assert.equal(resolveRelativeDate('the 5th', PUB), '2026-02-05');
  assert.equal(resolveRelativeDate('the 6th', PUB), '2026-01-06');
  assert.equal(resolveRelativeDate('on the 31st', '2026-03-05'), '2026-01-31');
  // Translated wire copy: "On the 15th local time, ..."
  assert.equal(resolveRelativeDate('On the 4th local time', PUB), '2026-02-04');
  assert.equal(resolveRelativeDate('Tuesday, local time', PUB), '2026-02-03');
  assert.equal(resolveRelativeDate('3日', PUB), '2026-02-03');
  assert.equal(resolveRelativeDate('3月3日', PUB), '2025-03-03');
});

test('explicit dates are taken as given; relative ones need a publication date', () => {
  assert.equal(resolveRelativeDate('March 3, 2027', PUB), '2027-03-03');
  assert.equal(resolveRelativeDate('2025-12-24', null), '2025-12-24');
  assert.equal(resolveRelativeDate('yesterday', PUB), '2026-02-04');
  assert.equal(resolveRelativeDate('today', PUB), PUB);
  assert.equal(resolveRelativeDate('Tuesday', null), null);
  assert.equal(resolveRelativeDate('soon', PUB), null);
  assert.equal(resolveRelativeDate('February 30', PUB), null);
});

test('normaliseDate reads the forms metadata uses', () => {
  assert.equal(normaliseDate('2026-02-05T08:30:00+09:00'), '2026-02-05');
  assert.equal(normaliseDate('20150804'), '2015-08-04');
  assert.equal(normaliseDate('2026/2/5'), '2026-02-05');
  assert.equal(normaliseDate('2026年2月5日'), '2026-02-05');
  assert.equal(normaliseDate('Thu, 5 Feb 2026 10:00:00 GMT'), '2026-02-05');
  assert.equal(normaliseDate('February 5, 2026'), '2026-02-05');
  assert.equal(normaliseDate('20151399'), null);
  assert.equal(normaliseDate('soon'), null);
});

test('"N days/weeks ago" counts back exactly; vague spans stay unresolved', () => {
  assert.equal(resolveRelativeDate('two days ago', PUB), '2026-02-03');
  assert.equal(resolveRelativeDate('10 days ago', PUB), '2026-01-26');
  assert.equal(resolveRelativeDate('a week ago', PUB), '2026-01-29');
  assert.equal(resolveRelativeDate('last week', PUB), null);
  assert.equal(resolveRelativeDate('two days ago', null), null);
});

test('resolveComingDate: the coming day of the week, next week\'s, tomorrow', () => {
  // 2026-03-05 is a Thursday.
  assert.equal(resolveComingDate('on Monday', '2026-03-05'), '2026-03-09');
  assert.equal(resolveComingDate('Thursday', '2026-03-05'), '2026-03-05');
  assert.equal(resolveComingDate('next Thursday', '2026-03-05'), '2026-03-12');
  assert.equal(resolveComingDate('tomorrow', '2026-03-05'), '2026-03-06');
  assert.equal(resolveComingDate('last Monday', '2026-03-05'), null);
});
