import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axisRange, formatPublished, formatTimex } from './format.ts';

test('a day reads as a French date', () => {
  assert.equal(formatTimex('2025-08-15', null, 'fr'), '15 août 2025');
});

test('a month reads as month and year, in English too', () => {
  assert.equal(formatTimex('2025-08', null, 'en'), 'August 2025');
});

test('a week reads as its first and last day', () => {
  assert.equal(formatTimex('2025-W33', null, 'fr'), '11 août 2025 – 17 août 2025');
});

test('an unknown value is shown as it is', () => {
  assert.equal(formatTimex('PAST_REF', null, 'fr'), 'PAST_REF');
});

test('the publication day ignores the time of day', () => {
  assert.equal(formatPublished('2025-08-07T23:27:00+02:00', 'fr'), '7 août 2025');
});

test('an open-ended date is placed at its known bound', () => {
  const r = axisRange('FUTURE_REF', '2025-08-07');
  assert.ok(r && r.start === r.end);
});
