import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldForm } from '../../core/normalize.ts';
import { phraseStarts, selfOverlaps, stickyMatches, wordStarts } from './word-starts.ts';

const TEXT = foldForm(
  "Le président ukrainien s'est rendu près de Kharkiv, dans la ville de Koupiansk. Il a précisé que la ville d'Izioum "
  + "restait menacée ; selon lui, l'armée russe « pilonne » la région. Le vice-président américain, lui, a rappelé "
  + 'que 2président ou pas, la présidente moldave était attendue à Kiev.',
);

/** Every offset of `phrase` with no a-z letter right before it, by a plain scan. */
function scanned(text: string, phrase: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (at === 0 || !/[a-z]/.test(text[at - 1])) out.push(at);
  }
  return out;
}

test('phraseStarts finds a place cue where a word starts, in text order', () => {
  const ws = wordStarts(TEXT);
  assert.deepEqual(phraseStarts(ws, 'la ville d'), [TEXT.indexOf('la ville de'), TEXT.indexOf("la ville d'")]);
});

test('phraseStarts skips a phrase inside a word ("president" in "vice-president" stays, after a hyphen)', () => {
  const ws = wordStarts(TEXT);
  for (const phrase of ['president', 'presidente', 'il a', 'selon', 'la ', "l'", 'pres de', 'ville']) {
    assert.deepEqual(phraseStarts(ws, phrase), scanned(TEXT, phrase), phrase);
  }
});

test('selfOverlaps tells a phrase whose end can start it again', () => {
  assert.equal(selfOverlaps('la ville de'), false);
  assert.equal(selfOverlaps('de la de'), true);
});

test('stickyMatches gives the matches of a global scan, tried at the given starts only', () => {
  const re = /(?<![a-z-])(il|elle)\s+a\s+([a-z]+)/g;
  const scan = [...TEXT.matchAll(re)].map((m) => [m.index, m[0]]);
  const ws = wordStarts(TEXT);
  const starts = [...phraseStarts(ws, 'il'), ...phraseStarts(ws, 'elle')].sort((a, b) => a - b);
  const sticky = stickyMatches(TEXT, new RegExp(re.source, 'y'), starts).map((m) => [m.index, m[0]]);
  assert.deepEqual(sticky, scan);
});
