import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from './document.ts';
import { foldForm } from './normalize.ts';

test('doc.fold is the folded form of the current text, recomputed when the text changes', () => {
  const doc = createDocument({ source: { name: 't', path: null, url: null }, raw: 'Publicité\nLe Élysée a démenti.' });
  assert.equal(doc.fold, foldForm(doc.raw));
  doc.text = 'Le Élysée a démenti.';
  assert.equal(doc.fold, 'le elysee a dementi.');
});
