import { test } from 'node:test';
import assert from 'node:assert/strict';
import fr from './fr.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import { label, t, tn } from './index.ts';

test('French and English define the same keys', () => {
  assert.deepEqual(Object.keys(en).sort(), Object.keys(fr).sort());
});

test('placeholders are filled', () => {
  assert.equal(t('search.title', { q: 'Poutine' }, 'fr'), 'Résultats pour « Poutine »');
});

test('French counts 0 and 1 as singular, English only 1', () => {
  assert.equal(tn('timeline.count', 0, {}, 'fr'), '0 événement');
  assert.equal(tn('timeline.count', 0, {}, 'en'), '0 events');
  assert.equal(tn('timeline.count', 2, {}, 'fr'), '2 événements');
});

test('an unknown label value falls back to the value itself', () => {
  assert.equal(label('mode', 'phone', 'fr'), 'par téléphone');
  assert.equal(label('mode', 'summit', 'fr'), 'summit');
});
