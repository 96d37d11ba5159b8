import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '../../core/document.ts';
import { gapBetween, nameGap, nameGapBetween, tokenize } from './tokens.ts';

const words = (raw: string) => tokenize(createDocument({ source: { name: 't', path: null, url: null }, raw })).map((t) => t.text);

test('hyphens and apostrophes split words, accented letters stay inside them', () => {
  assert.deepEqual(words("La Maison-Blanche a reçu l'émissaire à l'Élysée."), ['La', 'Maison', 'Blanche', 'a', 'reçu', 'l', 'émissaire', 'à', 'l', 'Élysée']);
});

test('digits are words and letters outside the BMP stay in their word', () => {
  assert.deepEqual(words('Le G7 réuni à 𝐀thènes le 12 mai.'), ['Le', 'G7', 'réuni', 'à', '𝐀thènes', 'le', '12', 'mai']);
});

test('nameGapBetween reads the gap between two tokens as nameGap reads it cut out', () => {
  const doc = createDocument({ source: { name: 't', path: null, url: null }, raw: "Le président Joseph R. Biden et M. J.-P. Raffarin - ancien Premier ministre - ont reçu Mme Le Pen, à l'Élysée. Fin." });
  const toks = tokenize(doc);
  for (let i = 1; i < toks.length; i++) {
    assert.equal(nameGapBetween(doc.norm, toks[i - 1], toks[i]), nameGap(gapBetween(doc.norm, toks[i - 1], toks[i]), toks[i - 1]), `${toks[i - 1].text}|${toks[i].text}`);
  }
});

test('all-caps words: two capitals or more and no lower-case letter, digits aside', () => {
  const doc = createDocument({ source: { name: 't', path: null, url: null }, raw: "Photo JIM WATSON / AFP, l'OTAN, le F16, le G7, l'A400M, Élysée, ÉLYSÉE, Ab." });
  const caps = tokenize(doc).filter((t) => t.allCaps).map((t) => t.text);
  assert.deepEqual(caps, ['JIM', 'WATSON', 'AFP', 'OTAN', 'A400M', 'ÉLYSÉE']);
});
