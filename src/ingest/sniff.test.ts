import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kindFromContent, kindFromExtension } from './sniff.ts';

test('extensions map to readers', () => {
  assert.equal(kindFromExtension('a/b.HTM'), 'html');
  assert.equal(kindFromExtension('x.ndjson'), 'jsonl');
  assert.equal(kindFromExtension('flux.rss'), 'feed');
  assert.equal(kindFromExtension('article'), null);
});

test('content: one JSON object per line is JSON Lines', () => {
  assert.equal(kindFromContent('{"text":"a"}\n{"text":"b"}\n'), 'jsonl');
});

test('content: a pretty-printed object or an array is JSON', () => {
  assert.equal(kindFromContent('{\n  "text": "a"\n}'), 'json');
  assert.equal(kindFromContent('[{"text":"a"}]'), 'json');
});

test('content: HTML pages, with or without doctype', () => {
  assert.equal(kindFromContent('<!DOCTYPE html>\n<html lang="fr">'), 'html');
  assert.equal(kindFromContent('\n<html><body><p>Texte</p></body></html>'), 'html');
});

test('content: French prose is text, even when it mentions <b>', () => {
  assert.equal(kindFromContent('Le président a déclaré mardi que la balise <b> était obsolète.'), 'text');
});
