import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameFromUrl, positionName } from './names.ts';

test('a Le Monde URL is named by its last path segment', () => {
  assert.equal(nameFromUrl('https://www.lemonde.fr/international/article/2025/08/07/trump-poutine_6627.html'), 'trump-poutine_6627.html');
});

test('a trailing slash, /amp and a query string are ignored', () => {
  assert.equal(nameFromUrl('https://www.rfi.fr/fr/afrique/20251106-soudan-treve/amp?utm_source=x'), '20251106-soudan-treve');
  assert.equal(nameFromUrl('https://www.20minutes.fr/monde/4156789-20250605-macron-lula/'), '4156789-20250605-macron-lula');
});

test('a bare domain is named by its host', () => {
  assert.equal(nameFromUrl('https://www.letemps.ch/'), 'www.letemps.ch');
});

test('not a URL → null', () => {
  assert.equal(nameFromUrl('pas une url'), null);
});

test('positional names use the file name and the line', () => {
  assert.equal(positionName('/data/crawl/export.jsonl', 17), 'export.jsonl#17');
  assert.equal(positionName('-', 3), 'stdin#3');
});
