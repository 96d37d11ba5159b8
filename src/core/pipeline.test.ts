import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from './document.ts';
import { createContext, Pipeline, type Component } from './pipeline.ts';

const source = { name: 'a.txt', path: null, url: null };

test('a component that reads a layer no earlier component adds is refused', () => {
  const quotes: Component = { name: 'quotes', reads: ['entities'], adds: ['quotes'], run() {} };
  assert.throws(() => new Pipeline([quotes]), /reads entities/);
});

test('a failing component leaves earlier layers and records an error message', () => {
  const clean: Component = { name: 'clean', reads: ['raw'], adds: ['text'], run(d) { d.text = d.raw.trim(); } };
  const broken: Component = { name: 'broken', reads: ['text'], adds: ['quotes'], run() { throw new Error('boom'); } };
  const doc = createDocument({ source, raw: '  Le Kremlin a démenti.  ' });
  new Pipeline([clean, broken]).run(doc, createContext());
  assert.equal(doc.text, 'Le Kremlin a démenti.');
  assert.deepEqual(doc.messages, [{ component: 'broken', level: 'error', reason: 'boom' }]);
});

test('doc.norm follows the current text', () => {
  const doc = createDocument({ source, raw: '« Oui »' });
  assert.equal(doc.norm, '" Oui "');
  doc.text = 'l’accord';
  assert.equal(doc.norm, "l'accord");
});
