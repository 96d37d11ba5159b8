import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayNumber, fromDayNumber, isoWeekday, isValidDate, yearOf } from './calendar.ts';

// The calendar is plain arithmetic for speed; Date is the reference it must agree with.

test('dayNumber and fromDayNumber agree with Date from 1800 to 2200', () => {
  for (let n = dayNumber(1800, 1, 1); n <= dayNumber(2200, 12, 31); n++) {
    const dt = new Date(n * 86400000);
    const { y, m, d } = fromDayNumber(n);
    assert.deepEqual([y, m, d], [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()]);
    assert.equal(dayNumber(y, m, d), n);
    assert.equal(yearOf(n), y);
    assert.equal(isoWeekday(n), dt.getUTCDay() || 7);
  }
});

test('dayNumber rolls over days past the end of the month as Date.UTC does', () => {
  assert.equal(dayNumber(2025, 2, 29), dayNumber(2025, 3, 1));
  assert.equal(dayNumber(2024, 1, 0), dayNumber(2023, 12, 31));
});

test('isValidDate knows month lengths and leap years', () => {
  assert.equal(isValidDate(2024, 2, 29), true);
  assert.equal(isValidDate(2025, 2, 29), false);
  assert.equal(isValidDate(1900, 2, 29), false);
  assert.equal(isValidDate(2000, 2, 29), true);
  assert.equal(isValidDate(2025, 4, 31), false);
  assert.equal(isValidDate(2025, 13, 1), false);
});
