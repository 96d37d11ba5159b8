// Entities: the realm after a regnal number, a spouse's first name in apposition, a name right after
// a bare media noun, a place after "base militaire de", bare upper houses and high courts, and KB
// data (UNRWA's French name, the towns of Chad).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument, type Document } from '../../core/document.ts';
import { loadKnowledgeBase } from '../../kb/index.ts';
import { findEntities } from './index.ts';
import { frenchLexicon } from './lexicon.ts';

const kb = loadKnowledgeBase();
const lex = frenchLexicon();

function analyse(text: string): Document {
  const doc = createDocument({ source: { name: 'test', path: null, url: null }, raw: text, published: '2025-03-01' });
  doc.entities = findEntities(doc, kb, lex);
  return doc;
}
const find = (doc: Document, name: string) => doc.entities.find((e) => e.name === name || e.aliases.includes(name));
const names = (doc: Document) => doc.entities.flatMap((e) => [e.name, ...e.aliases]);

test('after a regnal number, "de" + country names the realm, not part of the name', () => {
  const doc = analyse("Le roi Felipe VI d'Espagne a reçu mardi à Madrid le président chilien.");
  assert.equal(find(doc, 'Felipe VI')?.type, 'PER');
  assert.ok(!names(doc).some((n) => /VI d'Espagne/.test(n)), JSON.stringify(names(doc)));
  assert.equal(find(doc, 'Espagne')?.type, 'LOC');
});

test('a first name in apposition after "son épouse," takes the spouse\'s surname', () => {
  const doc = analyse("Le souverain a accueilli Joe Biden et son épouse, Jill, mardi soir au palais.");
  assert.equal(find(doc, 'Jill Biden')?.type, 'PER');
});

test('a name right after a bare media noun ("la radio Cadena SER") is an organisation', () => {
  const doc = analyse("« Rien n'a été négocié », a affirmé le ministre à la radio Cadena COPE, jeudi, puis au quotidien Kathimerini.");
  assert.equal(find(doc, 'Cadena COPE')?.type, 'ORG');
  assert.equal(find(doc, 'Kathimerini')?.type, 'ORG');
});

test('a place after a place noun with an adjective ("la base aérienne de") is a place', () => {
  const doc = analyse("Les avions ont atterri sur la base aérienne de Gilze-Rijen, puis sur la base navale de Rota.");
  assert.equal(find(doc, 'Gilze-Rijen')?.type, 'LOC');
  assert.equal(find(doc, 'Rota')?.type, 'LOC');
});

test('the bare names of an upper house and a high court are organisations', () => {
  const doc = analyse("Le texte adopté par le Sénat a été censuré par la Cour constitutionnelle, puis renvoyé devant la Cour suprême.");
  for (const n of ['Sénat', 'Cour constitutionnelle', 'Cour suprême']) assert.equal(find(doc, n)?.type, 'ORG', n);
});

test("UNRWA's usual French name is one organisation, not a truncated one", () => {
  const doc = analyse("Washington a suspendu son financement à l'Agence des Nations unies pour les réfugiés palestiniens.");
  assert.equal(find(doc, 'Agence des Nations unies pour les réfugiés palestiniens')?.name, 'UNRWA');
  assert.ok(!names(doc).includes('Agence des Nations'));
});

test('the main towns of Chad are known places', () => {
  const doc = analyse("Des renforts ont été envoyés à Moundou et à Abéché après les affrontements.");
  assert.equal(find(doc, 'Moundou')?.type, 'LOC');
  assert.equal(find(doc, 'Abéché')?.type, 'LOC');
});
