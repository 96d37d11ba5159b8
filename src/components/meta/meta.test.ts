import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument, type RawArticle } from '../../core/document.ts';
import { createContext } from '../../core/pipeline.ts';
import { cleanComponent } from '../clean/index.ts';
import { metaComponent } from './index.ts';

function meta(raw: string, extra: Partial<RawArticle> = {}) {
  const doc = createDocument({ source: { name: 't', path: null, url: null }, raw, ...extra });
  const ctx = createContext();
  cleanComponent.run(doc, ctx);
  metaComponent.run(doc, ctx);
  return doc.meta;
}

const BODY = 'Le Kremlin a confirmé jeudi qu’un sommet entre les deux présidents était en préparation.';

test('the earliest of several Swiss datelines is the publication, with the summer Paris offset', () => {
  const m = meta(`ATS\n\nKeystone-SDA\n\n07.08.2025, 11:43\n\n07.08.2025, 10:27\n\n${BODY}`);
  assert.equal(m.published, '2025-08-07T10:27:00+02:00');
  assert.equal(m.publishedFrom, 'header');
  assert.deepEqual([m.outlet, m.agencies], ['Keystone-SDA', ['ATS']]);
});

test('a winter date gets the +01:00 offset', () => {
  assert.equal(meta(`Publié le 12 janvier 2025 à 18h05\n${BODY}`).published, '2025-01-12T18:05:00+01:00');
});

test('a date without time stays a date', () => {
  assert.equal(meta(` date 2025-08-15 Poutine espère une paix durable\n\n${BODY}`).published, '2025-08-15');
});

test('"Mis à jour le" alone does not give the publication date', () => {
  assert.equal(meta(`Mis à jour le 8 août 2025 à 12h05\n${BODY}`).published, null);
});

test('"Il y a 2 heures" resolves against the crawl time', () => {
  assert.equal(meta(`Il y a 2 heures\n${BODY}`, { crawled: '2025-05-29T12:00:00Z' }).published, '2025-05-29T12:00:00+02:00');
  assert.equal(meta(`Il y a 2 heures\n${BODY}`).published, null);
});

test('the URL gives the date when no header does', () => {
  for (const url of ['https://www.lemonde.fr/international/article/2025/08/07/sommet_123.html', 'https://www.example.ch/monde/sommet-20250807-abc', 'https://www.example.fr/monde/sommet-2025-08-07-xyz', 'https://www.example.be/07-08-2025/sommet']) {
    const m = meta(BODY, { source: { name: 't', path: null, url } });
    assert.deepEqual([m.published, m.publishedFrom], ['2025-08-07', 'url'], url);
  }
});

test('a date given by ingestion wins over datelines', () => {
  const m = meta(`Publié le 7 août 2025 à 10h27\n${BODY}`, { published: '2025-08-06', publishedFrom: 'given' });
  assert.equal(m.published, '2025-08-06');
});

test('title, outlet, agencies and authors come from the removed header lines', () => {
  const m = meta(`Sommet en Alaska : Poutine et Trump se quittent sans accord\nPar Jean Dupont avec AFP\n${BODY}`);
  assert.equal(m.title, 'Sommet en Alaska : Poutine et Trump se quittent sans accord');
  assert.deepEqual([m.authors, m.agencies], [['Jean Dupont'], ['AFP']]);
});

test('an outlet given by ingestion wins', () => {
  assert.equal(meta(`Par Le Figaro avec AFP\n${BODY}`, { outlet: 'Le Figaro Premium' }).outlet, 'Le Figaro Premium');
});

test('an update printed before the publication does not win', () => {
  assert.equal(meta(`Mis à jour le 07/07/2025 à 16:20 Publié le 07/07/2025 à 14:05\n${BODY}`).published, '2025-07-07T14:05:00+02:00');
});

test('"Publié le lundi 7 juillet 2025 à 14h05" in the header gives the date-time', () => {
  assert.equal(meta(`Publié le lundi 7 juillet 2025 à 14h05\n${BODY}`).published, '2025-07-07T14:05:00+02:00');
});

test('"Publié à 14 h 05" alone gives no publication date', () => {
  assert.equal(meta(`Publié à 14 h 05\n${BODY}`).published, null);
});

test('Le Parisien URL form "…-07-07-2025-ABCDEF.php" gives the date', () => {
  const url = 'https://www.leparisien.fr/international/ukraine-zelensky-a-bruxelles-07-07-2025-ABCDEF123.php';
  assert.equal(meta(BODY, { source: { name: 't', path: null, url } }).published, '2025-07-07');
});

test('ymd URL forms of La Presse and Le Figaro', () => {
  for (const url of ['https://www.lapresse.ca/international/europe/2025-07-07/zelensky-a-bruxelles.php', 'https://www.lefigaro.fr/international/zelensky-a-bruxelles-20250707']) {
    assert.equal(meta(BODY, { source: { name: 't', path: null, url } }).published, '2025-07-07', url);
  }
});

test('byline outlet and agency in brackets: "Par Nice-Matin (avec AFP)"', () => {
  const m = meta(`Par Nice-Matin (avec AFP)\n${BODY}`);
  assert.deepEqual([m.outlet, m.agencies], ['Nice-Matin', ['AFP']]);
});

test('a dateline after the byline on the same line gives the publication date and the outlet', () => {
  const m = meta(`Ouest-France avec AFP. Publié le 12/09/2025 à 17h30\n${BODY}`);
  assert.deepEqual([m.published, m.outlet, m.agencies], ['2025-09-12T17:30:00+02:00', 'Ouest-France', ['AFP']]);
});
