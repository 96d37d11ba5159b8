// Names outside the knowledge base told by their context (round 2): people in apposition to an
// office, acronyms defined in parentheses, media names, places after place nouns, historical
// figures, and headline-only names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument, type Document } from '../../core/document.ts';
import { loadKnowledgeBase } from '../../kb/index.ts';
import { findEntities } from './index.ts';
import { frenchLexicon } from './lexicon.ts';

const kb = loadKnowledgeBase();
const lex = frenchLexicon();

function analyse(text: string): Document {
  const doc = createDocument({ source: { name: 'test', path: null, url: null }, raw: text, published: '2024-03-01' });
  doc.entities = findEntities(doc, kb, lex);
  return doc;
}
const typed = (doc: Document, name: string) => doc.entities.find((e) => e.name === name || e.aliases.includes(name))?.type ?? null;

test('a comma apposition after an office with a complement names a person', () => {
  const doc = analyse('Le texte a été lu par le porte-parole du comité militaire, Abdoulaye Maïga, devant la presse.');
  assert.equal(typed(doc, 'Abdoulaye Maïga'), 'PER');
});

test('an office and an adjective directly before two capitalised words name a person', () => {
  const doc = analyse('Il a rencontré son homologue qatari Majed al-Ansari à Doha.');
  assert.equal(typed(doc, 'Majed al-Ansari'), 'PER');
});

test('a name followed by a comma and an office is a person', () => {
  const doc = analyse('L\'accord a été signé par Tesfaye Bekele, conseiller du chef de l\'armée.');
  assert.equal(typed(doc, 'Tesfaye Bekele'), 'PER');
});

test('a name after an inverted reporting verb is a person', () => {
  const doc = analyse('« Nous ne céderons pas », a déclaré Bakhyt Sultanov lors d\'un point presse.');
  assert.equal(typed(doc, 'Bakhyt Sultanov'), 'PER');
});

test('a platform before a known first name is not part of the name', () => {
  const doc = analyse('« Rien n\'est réglé », a écrit sur Telegram Mykhaïlo Podoliak.');
  assert.equal(doc.entities.some((e) => e.name.startsWith('Telegram ')), false);
});

test('an acronym defined in parentheses is an organisation, later uses included', () => {
  const doc = analyse('Le Mouvement pour la justice et l\'égalité (MJE) a rejeté l\'offre. Le MJE exige des garanties.');
  const org = doc.entities.find((e) => e.name === 'MJE')!;
  assert.equal(org.type, 'ORG');
  assert.equal(org.mentions.length, 2);
  assert.ok(org.aliases.includes('Mouvement pour la justice et l\'égalité'));
});

test('a mixed-case acronym whose letters are the initials before it is an organisation', () => {
  const doc = analyse('La Communauté économique des États d\'Afrique centrale (Ceeac) a tenu un sommet.');
  assert.equal(typed(doc, 'Ceeac'), 'ORG');
});

test('a word in parentheses that is no acronym of what precedes is not an organisation', () => {
  const doc = analyse('La conférence s\'est tenue au Bürgenstock (NW) dimanche.');
  assert.equal(typed(doc, 'NW'), null);
});

test('a name after a media noun and its adjectives is a news organisation', () => {
  const doc = analyse('Selon l\'agence officielle syrienne Sana, le convoi est arrivé.');
  assert.equal(typed(doc, 'Sana'), 'ORG');
});

test('places listed after a plural place noun are places', () => {
  const doc = analyse('Les navires ont quitté les ports de Berdiansk, de Skadovsk et de Henitchesk.');
  for (const p of ['Skadovsk', 'Henitchesk']) assert.equal(typed(doc, p), 'LOC', p);
});

test('a natural feature keeps its noun in the name', () => {
  const doc = analyse('Le sommet se tiendra au bord du lac des Quatre-Cantons.');
  assert.equal(typed(doc, 'lac des Quatre-Cantons'), 'LOC');
});

test('a capitalised plural after dans les is a region', () => {
  const doc = analyse('Les ministres réunis dans les Abruzzes ont adopté un texte.');
  assert.equal(typed(doc, 'Abruzzes'), 'LOC');
});

test('a place after à is kept only when the gazetteer knows it', () => {
  const doc = analyse('Le président s\'est rendu à Hsinchu jeudi. Il a écrit à Zhangwei Bao.');
  assert.equal(typed(doc, 'Hsinchu'), 'LOC');
  assert.equal(doc.entities.some((e) => e.name.startsWith('Zhangwei')), false);
});

test('a historical figure named alone is a person', () => {
  const doc = analyse('Le dirigeant a comparé ces exigences à celles de Staline en 1945.');
  assert.equal(typed(doc, 'Staline'), 'PER');
});

test('a place named only in a removed headline is an entity of the article', () => {
  const doc = createDocument({ source: { name: 'test', path: null, url: null }, raw: 'x', published: '2024-03-01' });
  doc.text = 'Les deux pays ont signé un accord vendredi.';
  doc.meta.title = 'Moscou et Kiev signent un accord';
  doc.removed.push({ text: doc.meta.title, reason: 'title' } as Document['removed'][number]);
  doc.entities = findEntities(doc, kb, lex);
  assert.equal(typed(doc, 'Moscou'), 'LOC');
});
