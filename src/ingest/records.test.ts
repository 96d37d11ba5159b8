import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFromRecord, parseJson } from './records.ts';

const place = { input: '/data/export.jsonl', path: '/data/export.jsonl', position: 17 };

test('a text record keeps its fields; published is "given"', () => {
  const r = articleFromRecord({ name: 'a1', text: 'Le Kremlin a confirmé la rencontre.', title: 'Sommet', published: '2025-08-07T10:27:00+02:00', outlet: 'Le Monde', url: 'https://www.lemonde.fr/a.html' }, place);
  assert.ok(r.ok);
  assert.deepEqual(r.article, {
    source: { name: 'a1', path: '/data/export.jsonl', url: 'https://www.lemonde.fr/a.html' },
    raw: 'Le Kremlin a confirmé la rencontre.',
    title: 'Sommet',
    published: '2025-08-07T10:27:00+02:00',
    publishedFrom: 'given',
    outlet: 'Le Monde',
    authors: undefined,
    crawled: null,
  });
});

test('without a name, the record is named from its URL', () => {
  const r = articleFromRecord({ text: 'Texte.', url: 'https://www.lemonde.fr/international/article/2025/08/07/trump-poutine_6627.html' }, place);
  assert.equal(r.ok && r.article.source.name, 'trump-poutine_6627.html');
});

test('without name or URL, the record is named <file>#<line>', () => {
  const r = articleFromRecord({ text: 'Texte.' }, place);
  assert.equal(r.ok && r.article.source.name, 'export.jsonl#17');
});

test('an HTML record is extracted; the page date is "header"', () => {
  const html = '<html><head><meta property="article:published_time" content="2025-06-14T11:05:00Z"><meta property="og:site_name" content="RFI"></head><body><article><p>Téhéran a promis une riposte sévère après les frappes israéliennes de la nuit.</p></article></body></html>';
  const r = articleFromRecord({ html }, place);
  assert.ok(r.ok);
  assert.equal(r.article.raw, 'Téhéran a promis une riposte sévère après les frappes israéliennes de la nuit.');
  assert.equal(r.article.published, '2025-06-14T11:05:00Z');
  assert.equal(r.article.publishedFrom, 'header');
  assert.equal(r.article.outlet, 'RFI');
});

test('a record lacking text and html is refused', () => {
  assert.deepEqual(articleFromRecord({ title: 'Sans texte' }, place), { ok: false, reason: 'record has no "text" or "html" string' });
});

test('a whitespace-only text is refused', () => {
  assert.deepEqual(articleFromRecord({ text: ' \n ' }, place), { ok: false, reason: 'record text is empty' });
});

test('a JSON value that is not an object is refused', () => {
  assert.equal(articleFromRecord(['a'], place).ok, false);
});

test('an unparseable published date is dropped, not guessed', () => {
  const r = articleFromRecord({ text: 'Texte.', published: 'hier' }, place);
  assert.equal(r.ok && r.article.published, null);
});

test('parseJson explains the failure', () => {
  const r = parseJson('{"text": "a",');
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.reason : '', /^not JSON \(/);
});
