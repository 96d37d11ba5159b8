import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forceLayout } from './force.ts';

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

test('every node lands inside the box', () => {
  const nodes = ['Trump', 'Poutine', 'Zelensky', 'Macron', 'Erdogan'].map((id) => ({ id }));
  const pos = forceLayout(nodes, [{ source: 'Trump', target: 'Poutine', weight: 3 }], { width: 600, height: 400, margin: 30 });
  for (const p of pos.values()) {
    assert.ok(p.x >= 30 && p.x <= 570 && p.y >= 30 && p.y <= 370, JSON.stringify(p));
  }
});

test('linked actors end closer than unlinked ones', () => {
  const nodes = ['Trump', 'Poutine', 'Zelensky', 'Macron', 'Erdogan', 'Ouchakov'].map((id) => ({ id }));
  const edges = [
    { source: 'Trump', target: 'Poutine', weight: 4 },
    { source: 'Poutine', target: 'Ouchakov', weight: 1 },
    { source: 'Zelensky', target: 'Macron', weight: 2 },
  ];
  const pos = forceLayout(nodes, edges, { width: 600, height: 600 });
  assert.ok(dist(pos.get('Trump')!, pos.get('Poutine')!) < dist(pos.get('Trump')!, pos.get('Macron')!));
});

test('the same input gives the same layout', () => {
  const nodes = ['a', 'b', 'c'].map((id) => ({ id }));
  const edges = [{ source: 'a', target: 'b', weight: 1 }];
  assert.deepEqual(forceLayout(nodes, edges, { width: 100, height: 100 }), forceLayout(nodes, edges, { width: 100, height: 100 }));
});
