import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';

// the builder uses the global document, as in the browser
const { document } = parseHTML('<!doctype html><html><body></body></html>');
(globalThis as { document?: unknown }).document = document;
const { h } = await import('./dom.ts');

test('article text with markup stays text', () => {
  const p = h('p', {}, 'Poutine <img src=x onerror="alert(1)"> a déclaré');
  assert.equal(p.childNodes.length, 1);
  assert.equal(p.querySelector('img'), null);
  assert.equal(p.textContent, 'Poutine <img src=x onerror="alert(1)"> a déclaré');
});

test('attribute values are set as values, not parsed', () => {
  const a = h('a', { href: '#/actor/Q7747', title: '"><script>alert(1)</script>' }, 'Vladimir Poutine');
  assert.equal(a.getAttribute('title'), '"><script>alert(1)</script>');
  assert.equal(a.querySelector('script'), null);
});

test('a string event handler is refused', () => {
  assert.throws(() => h('img', { onerror: 'alert(1)' }), /refusing string event handler/);
});

test('null, false and nested arrays of children are handled', () => {
  const ul = h('ul', {}, [h('li', {}, 'Genève'), null, false, [h('li', {}, 'Kiev')]]);
  assert.equal(ul.children.length, 2);
});
