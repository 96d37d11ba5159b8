import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenize.ts';

const toks = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));

test('elided articles split after the apostrophe', () => {
  assert.deepEqual(toks('l’Ukraine jusqu’à qu’il'), ['l’', 'Ukraine', 'jusqu’', 'à', 'qu’', 'il']);
});

test('"aujourd’hui" and "quelqu’un" stay one token', () => {
  assert.deepEqual(toks('aujourd’hui quelqu’un'), ['aujourd’hui', 'quelqu’un']);
});

test('an inverted subject is split off the verb', () => {
  assert.deepEqual(toks('a-t-il ajouté, dit-elle, est-ce'), ['a', '-t-il', 'ajouté', ',', 'dit', '-elle', ',', 'est', '-ce']);
});

test('hyphenated words and compounds stay whole', () => {
  assert.deepEqual(toks('Maison-Blanche cessez-le-feu rendez-vous'), ['Maison-Blanche', 'cessez-le-feu', 'rendez-vous']);
});

test('numbers, dates, times and ordinals are single tokens', () => {
  assert.deepEqual(toks('1.000 7.8.2025 10:27 3,5 % 1er'), ['1.000', '7.8.2025', '10:27', '3,5', '%', '1er']);
});

test('URLs are single tokens without their final period', () => {
  assert.deepEqual(toks('sur www.lemonde.fr.'), ['sur', 'www.lemonde.fr', '.']);
});

test('punctuation tokens carry their offsets', () => {
  const text = '«\u00a0Oui\u00a0», a-t-il dit...';
  assert.deepEqual(toks(text), ['«', 'Oui', '»', ',', 'a', '-t-il', 'dit', '...']);
});
