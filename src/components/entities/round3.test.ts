// Entities, round 3: place lists, datelines, company nouns, headline places from GeoNames, and the
// round-3 data (regions, venues, companies, diplomatic formats) where longer names beat their parts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument, type Document } from '../../core/document.ts';
import { loadKnowledgeBase } from '../../kb/index.ts';
import { findEntities } from './index.ts';
import { frenchLexicon } from './lexicon.ts';

const kb = loadKnowledgeBase();
const lex = frenchLexicon();

function analyse(text: string, extra: Partial<Document> = {}): Document {
  const doc = createDocument({ source: { name: 'test', path: null, url: null }, raw: text, published: '2024-03-01' });
  Object.assign(doc, extra);
  doc.entities = findEntities(doc, kb, lex);
  return doc;
}
const typed = (doc: Document, name: string) => doc.entities.find((e) => e.name === name || e.aliases.includes(name))?.type ?? null;

test('every item of a list after a plural place noun is a place, without "de" before each', () => {
  const doc = analyse('Les frappes ont visé les villes de Sloviansk, Kramatorsk et Droujkivka dans la nuit.');
  for (const n of ['Sloviansk', 'Kramatorsk', 'Droujkivka']) assert.equal(typed(doc, n), 'LOC', n);
});

test('a list after "dont" following a plural place noun is kept when most items are known places', () => {
  const doc = analyse('Les pluies ont inondé plusieurs villages de la province, dont Sindh Kot, Larkana et Sukkur.');
  assert.equal(typed(doc, 'Larkana'), 'LOC');
  assert.equal(typed(doc, 'Sukkur'), 'LOC');
});

test('a "dont" list of unknown words is no list of places', () => {
  const doc = analyse('Plusieurs localités ont été touchées, dont Trucmachin et Bidulechose selon les secours.');
  assert.equal(typed(doc, 'Trucmachin'), null);
});

test('a dateline place known to GeoNames is a place', () => {
  const doc = analyse('Bichkek (AFP) - Les deux présidents ont signé un accord frontalier.');
  assert.equal(typed(doc, 'Bichkek') ?? typed(doc, 'Bishkek'), 'LOC');
});

test('a one-word name after a company noun and adjectives is an organisation', () => {
  const doc = analyse('Le contrat a été remporté par le constructeur naval sud-coréen Hanwha face à ses concurrents.');
  assert.equal(typed(doc, 'Hanwha'), 'ORG');
});

test('an acronym after a company noun with a "de" complement is an organisation', () => {
  const doc = analyse("L'accord a été signé avec la centrale d'achat indienne GEM mardi.");
  assert.equal(typed(doc, 'GEM'), 'ORG');
});

test('a GeoNames place in a removed headline is an entity of the article', () => {
  const doc = analyse('Les deux dirigeants ont conclu un accord sur la frontière.', {});
  const withTitle = createDocument({ source: { name: 'test', path: null, url: null }, raw: 'Les deux dirigeants ont conclu un accord.', published: '2024-03-01' });
  withTitle.meta.title = 'Arménie et Azerbaïdjan signent un accord à Goris';
  withTitle.removed.push({ start: 0, end: 0, text: withTitle.meta.title, reason: 'title' } as Document['removed'][number]);
  withTitle.entities = findEntities(withTitle, kb, lex);
  assert.equal(doc.entities.some((e) => e.name === 'Goris'), false);
  assert.equal(typed(withTitle, 'Goris'), 'LOC');
});

test('Canadian provinces, German Länder and Chinese provinces are places', () => {
  const doc = analyse('Des délégations de la Saskatchewan, de la Bavière et du Zhejiang étaient présentes.');
  for (const n of ['Saskatchewan', 'Bavière', 'Zhejiang']) assert.equal(typed(doc, n), 'LOC', n);
});

test('famous diplomatic venues are places', () => {
  const doc = analyse('Les ministres se sont retrouvés à Lancaster House avant un dîner au palais de Buckingham.');
  assert.equal(typed(doc, 'Lancaster House'), 'LOC');
  assert.equal(typed(doc, 'palais de Buckingham'), 'LOC');
});

test('major companies and sanctioned banks are organisations', () => {
  const doc = analyse('Les sanctions visent Sberbank et VTB, tandis que Siemens et Renault ont quitté le pays.');
  for (const n of ['Sberbank', 'VTB', 'Siemens', 'Renault']) assert.equal(typed(doc, n), 'ORG', n);
});

test('a diplomatic format named after a city is an organisation, not the city', () => {
  const doc = analyse('Le groupe de Minsk ne s\'est plus réuni depuis 2020.');
  assert.equal(typed(doc, 'groupe de Minsk'), 'ORG');
  assert.equal(doc.entities.some((e) => e.name === 'Minsk'), false);
});

test('the long name of APEC wins over the region and ocean inside it', () => {
  const doc = analyse("Le sommet de la Coopération économique pour l'Asie-Pacifique s'ouvre à Lima.");
  assert.equal(typed(doc, 'Apec'), 'ORG');
  assert.equal(doc.entities.some((e) => e.name === 'Pacific Ocean' || e.name === 'Asia'), false);
});
