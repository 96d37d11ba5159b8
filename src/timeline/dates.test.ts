import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayToISO, rangesOverlap, timexRange } from './dates.ts';

const iso = (v: string, published?: string) => {
  const r = timexRange(v, published)!;
  return [Number.isFinite(r.start) ? dayToISO(r.start) : r.start, Number.isFinite(r.end) ? dayToISO(r.end) : r.end];
};

test('a day is a one-day range', () => assert.deepEqual(iso('2025-08-15'), ['2025-08-15', '2025-08-15']));
test('a time of day keeps its day', () => assert.deepEqual(iso('2025-08-07TMO'), ['2025-08-07', '2025-08-07']));
test('"la semaine prochaine" from the 7th of August 2025 (W33) runs Monday to Sunday', () => assert.deepEqual(iso('2025-W33'), ['2025-08-11', '2025-08-17']));
test('a weekend is its Saturday and Sunday', () => assert.deepEqual(iso('2025-W21-WE'), ['2025-05-24', '2025-05-25']));
test('a month covers all its days', () => assert.deepEqual(iso('2024-02'), ['2024-02-01', '2024-02-29']));
test('spring is March to May', () => assert.deepEqual(iso('2022-SP'), ['2022-03-01', '2022-05-31']));
test('FUTURE_REF runs from the publication day on', () => assert.deepEqual(iso('FUTURE_REF', '2025-08-07T10:27:00+02:00'), ['2025-08-07', Infinity]));
test('FUTURE_REF without a publication date is no date', () => assert.equal(timexRange('FUTURE_REF', null), null));
test('a duration is no date', () => assert.equal(timexRange('P4D'), null));
test('a week contains a day inside it', () => assert.ok(rangesOverlap(timexRange('2025-W33')!, timexRange('2025-08-15')!)));
test('a week does not contain the day after it', () => assert.ok(!rangesOverlap(timexRange('2025-W33')!, timexRange('2025-08-18')!)));
