// Tokens of a range: cut from the tokens of the whole folded text (tokenized once per document), they must be those
// the range alone gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldForm } from '../../core/normalize.ts';
import { tokenize } from './words.ts';

const TEXT = "Moscou, 12 mai (AFP) - Vladimir Poutine s'est entretenu lundi avec Recep Tayyip Erdogan. "
  + "Les deux dirigeants ont évoqué un cessez-le-feu « durable » ; la Turquie accueillera les pourparlers.";
const folded = foldForm(TEXT);
const secondStart = folded.indexOf('les deux');

/** The tokens of folded[from, to) read from that stretch alone (a fresh copy of it, offsets shifted back). */
function alone(from: number, to: number) {
  const padded = ' '.repeat(from) + folded.slice(from, to);
  return tokenize(padded, from, to);
}

test('a sentence tokenized after its document gets the same tokens as on its own', () => {
  tokenize(folded);
  assert.deepEqual(tokenize(folded, secondStart, folded.length), alone(secondStart, folded.length));
});

test('a spaced dash after a dateline stays a punctuation token of the range', () => {
  tokenize(folded);
  const words = tokenize(folded, 0, secondStart);
  assert.ok(words.some((w) => w.text === '-' && w.punct));
  assert.deepEqual(words, alone(0, secondStart));
});

test('a range opening inside a word starts with the end of that word', () => {
  tokenize(folded);
  const inside = folded.indexOf('poutine') + 3;
  assert.equal(tokenize(folded, inside, folded.indexOf(' lundi'))[0].text, 'tine');
});

test('a range ending inside a word stops before it', () => {
  tokenize(folded);
  const end = folded.indexOf('erdogan') + 3;
  const words = tokenize(folded, folded.indexOf('lundi'), end);
  assert.deepEqual(words.map((w) => w.text), ['lundi', 'avec', 'recep', 'tayyip']);
});
