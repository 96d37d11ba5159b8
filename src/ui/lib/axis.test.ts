import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axisTicks, brokenAxis, spanTicks } from './axis.ts';
import { dayNumber } from '../../timeline/dates.ts';

const d = (iso: string) => { const [y, m, dd] = iso.split('-').map(Number); return dayNumber(y, m, dd); };

test('a 2019 summit and August 2025 talks make two spans with a break between', () => {
  const axis = brokenAxis([d('2019-06-28'), d('2025-08-06'), d('2025-08-07'), d('2025-08-15')], { width: 800 });
  assert.equal(axis.spans.length, 2);
  assert.equal(axis.breaks.length, 1);
  assert.ok(axis.breaks[0] > axis.spans[0].x1 && axis.breaks[0] < axis.spans[1].x0);
});

test('days keep their order along the axis', () => {
  const days = [d('2025-05-16'), d('2025-06-02'), d('2025-07-23'), d('2025-08-15')];
  const axis = brokenAxis(days, { width: 600 });
  const xs = days.map(axis.x);
  assert.deepEqual(xs, [...xs].sort((a, b) => a - b));
  assert.ok(xs[0] >= 24 && xs[3] <= 576);
});

test('a lone day still gets a visible width', () => {
  const axis = brokenAxis([d('2019-06-28'), ...Array.from({ length: 30 }, (_, i) => d('2025-08-01') + i)], { width: 800 });
  assert.ok(axis.spans[0].x1 - axis.spans[0].x0 > 40);
});

test('ticks fall on the first and last event days of a span', () => {
  const axis = brokenAxis([d('2025-08-01'), d('2025-08-20')], { width: 800 });
  const ticks = spanTicks(axis.spans[0]);
  assert.equal(ticks[0], d('2025-08-01'));
  assert.equal(ticks[ticks.length - 1], d('2025-08-20'));
});

test('ticks are kept at least minPx apart across breaks', () => {
  const axis = brokenAxis([d('2019-01-01'), d('2025-05-16'), d('2025-05-25'), d('2025-08-15')], { width: 343 });
  const xs = axisTicks(axis, 60).map(axis.x);
  for (let i = 1; i < xs.length; i++) assert.ok(xs[i] - xs[i - 1] >= 60);
});
