import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '../../core/document.ts';
import { tokenize } from './tokens.ts';

const words = (raw: string) => tokenize(createDocument({ source: { name: 't', path: null, url: null }, raw })).map((t) => t.text);

test('hyphens and apostrophes split words, accented letters stay inside them', () => {
  assert.deepEqual(words("La Maison-Blanche a reçu l'émissaire à l'Élysée."), ['La', 'Maison', 'Blanche', 'a', 'reçu', 'l', 'émissaire', 'à', 'l', 'Élysée']);
});

test('digits are words and letters outside the BMP stay in their word', () => {
  assert.deepEqual(words('Le G7 réuni à 𝐀thènes le 12 mai.'), ['Le', 'G7', 'réuni', 'à', '𝐀thènes', 'le', '12', 'mai']);
});
