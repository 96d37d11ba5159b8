import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldForm, matchForm, nameKey } from './normalize.ts';

test('matchForm folds typographic apostrophes, quotes and spaces without changing length', () => {
  const text = 'l’Ukraine «\u202fde bonne foi\u00a0» — “productive”';
  const m = matchForm(text);
  assert.equal(m.length, text.length);
  assert.equal(m, `l'Ukraine " de bonne foi " - "productive"`);
});

test('foldForm lower-cases and strips accents one character for one', () => {
  const text = 'Sergueï Lavrov à Genève, ÉTATS-UNIS';
  const f = foldForm(text);
  assert.equal(f.length, text.length);
  assert.equal(f, 'serguei lavrov a geneve, etats-unis');
});

test('nameKey makes hyphen, case and accent variants of a name equal', () => {
  assert.equal(nameKey('Caballero-Reynolds'), nameKey('CABALLERO REYNOLDS'));
  assert.equal(nameKey('Kyïv'), nameKey('kyiv'));
});

test('foldForm of a long text equals the folding of each of its characters', () => {
  const text = 'Le président Sergueï Lavrov s’est rendu à Genève « dès l’aube » – ÉTATS-UNIS, Ærø, Øresund. '.repeat(4);
  assert.equal(foldForm(text), [...text].map((c) => foldForm(c)).join(''));
});

test('foldForm keeps astral characters and lone surrogate halves as they are', () => {
  const text = `Résumé 𝐀𝐁 \ud800 ${'fin de la phrase. '.repeat(5)}`;
  const f = foldForm(text);
  assert.equal(f.length, text.length);
  assert.ok(f.startsWith('resume 𝐀𝐁 \ud800 fin'));
});
