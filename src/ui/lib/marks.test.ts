import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment, type MarkSpan, type Segment } from './marks.ts';

const TEXT = '«Nous commençons maintenant à régler les détails», a ajouté jeudi Iouri Ouchakov.';
const at = (part: string, kind: string, priority = 1): MarkSpan => {
  const start = TEXT.indexOf(part);
  return { start, end: start + part.length, kind, priority };
};

/** Brackets each mark with its kind, to read the tree at a glance. */
function show(segs: Segment[]): string {
  return segs.map((s) => s.type === 'text' ? TEXT.slice(s.start, s.end) : `[${s.span.kind}${s.first ? '' : '…'} ${show(s.children)}]`).join('');
}

test('disjoint spans become marks between plain text', () => {
  const out = show(segment(TEXT.length, [at('jeudi', 'date'), at('Iouri Ouchakov', 'per')]));
  assert.equal(out, '«Nous commençons maintenant à régler les détails», a ajouté [date jeudi] [per Iouri Ouchakov].');
});

test('an entity inside a quote is nested in it', () => {
  const segs = segment(TEXT.length, [at('détails', 'misc'), at('Nous commençons maintenant à régler les détails', 'quote', 3)]);
  assert.equal(show(segs), '«[quote Nous commençons maintenant à régler les [misc détails]]», a ajouté jeudi Iouri Ouchakov.');
});

test('a span crossing the end of another is split, and only its first piece is labelled', () => {
  const segs = segment(TEXT.length, [at('a ajouté jeudi', 'hl', 9), at('jeudi Iouri', 'odd')]);
  assert.equal(show(segs), '«Nous commençons maintenant à régler les détails», [hl a ajouté [odd jeudi]][odd…  Iouri] Ouchakov.');
});

test('the higher priority span wraps an equal one', () => {
  const segs = segment(TEXT.length, [at('ajouté', 'event', 2), at('ajouté', 'hl', 9)]);
  assert.equal(show(segs), '«Nous commençons maintenant à régler les détails», a [hl [event ajouté]] jeudi Iouri Ouchakov.');
});

test('spans outside the text are dropped', () => {
  const segs = segment(10, [{ start: 5, end: 50, kind: 'per', priority: 1 }, { start: -1, end: 3, kind: 'per', priority: 1 }]);
  assert.deepEqual(segs, [{ type: 'text', start: 0, end: 10 }]);
});
