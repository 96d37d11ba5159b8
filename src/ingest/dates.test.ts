import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toIsoDate } from './dates.ts';

test('ISO date-time with offset is kept as written', () => {
  assert.equal(toIsoDate('2025-08-07T10:27:00+02:00'), '2025-08-07T10:27:00+02:00');
});

test('offset without colon and missing seconds are normalised', () => {
  assert.equal(toIsoDate('2025-08-07T10:27+0200'), '2025-08-07T10:27:00+02:00');
});

test('fractional seconds and Z', () => {
  assert.equal(toIsoDate('2025-11-06T21:14:31.123Z'), '2025-11-06T21:14:31Z');
});

test('a bare date stays a date', () => {
  assert.equal(toIsoDate('2025-03-21'), '2025-03-21');
});

test('RSS pubDate (RFC 822) keeps its offset', () => {
  assert.equal(toIsoDate('Thu, 07 Aug 2025 10:27:00 +0200'), '2025-08-07T10:27:00+02:00');
  assert.equal(toIsoDate('Thu, 07 Aug 2025 08:27:00 GMT'), '2025-08-07T08:27:00Z');
});

test('impossible dates and free text are refused', () => {
  assert.equal(toIsoDate('2025-02-30'), null);
  assert.equal(toIsoDate('hier soir'), null);
  assert.equal(toIsoDate(20250807), null);
});
