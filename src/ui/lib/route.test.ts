import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleHref, hashFor, parseHash, parseHighlight } from './route.ts';

test('parseHash reads the view, a decoded id and the params', () => {
  const r = parseHash('#/actor/9f2c%2Flocal%3A3?tab=quotes');
  assert.equal(r.view, 'actor');
  assert.equal(r.id, '9f2c/local:3');
  assert.equal(r.params.get('tab'), 'quotes');
});

test('an empty hash is the timeline', () => {
  assert.deepEqual({ ...parseHash(''), params: null }, { view: 'timeline', id: null, params: null });
});

test('hashFor encodes ids and drops empty filters', () => {
  assert.equal(hashFor('timeline', null, { actor: 'Poutine', type: '', status: undefined }), '#/timeline?actor=Poutine');
  assert.equal(hashFor('actor', 'city:UA:kyiv'), '#/actor/city%3AUA%3Akyiv');
});

test('hashFor and parseHash round-trip accented filters', () => {
  const r = parseHash(hashFor('quotes', null, { speaker: 'Sergueï Lavrov', q: 'cessez-le-feu' }));
  assert.equal(r.params.get('speaker'), 'Sergueï Lavrov');
  assert.equal(r.params.get('q'), 'cessez-le-feu');
});

test('article links carry the evidence span', () => {
  assert.equal(articleHref('abc', { start: 12, end: 80 }), '#/article/abc?hl=12-80');
  assert.deepEqual(parseHighlight('12-80'), { start: 12, end: 80 });
  assert.equal(parseHighlight('80-12'), null);
  assert.equal(parseHighlight('<script>'), null);
});
