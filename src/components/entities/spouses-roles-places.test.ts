// Entities: a spouse named by first name only, role phrases closed by "par intérim", place cues
// before names opening with a function word, and the parties, legislatures and départements of the KB.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument, type Document } from '../../core/document.ts';
import { loadKnowledgeBase } from '../../kb/index.ts';
import { findEntities } from './index.ts';
import { frenchLexicon } from './lexicon.ts';

const kb = loadKnowledgeBase();
const lex = frenchLexicon();

function analyse(text: string, published = '2025-07-10'): Document {
  const doc = createDocument({ source: { name: 'test', path: null, url: null }, raw: text, published });
  doc.entities = findEntities(doc, kb, lex);
  return doc;
}
const find = (doc: Document, name: string) => doc.entities.find((e) => e.name === name || e.aliases.includes(name) || e.mentions.some((m) => m.text === name));

test('"X et son épouse Brigitte": the first name alone takes the spouse\'s surname', () => {
  const doc = analyse('Le président Joe Biden et son épouse Jill ont assisté mardi à la cérémonie à Arlington.');
  const e = find(doc, 'Jill');
  assert.equal(e?.type, 'PER');
  assert.equal(e?.name, 'Jill Biden');
});

test('a first name followed by its own surname after "sa femme" keeps that surname', () => {
  const doc = analyse('Le chanteur est venu avec sa femme Laura Smet à la première.');
  assert.equal(find(doc, 'Laura Smet')?.type, 'PER');
});

test('a role phrase closed by "par intérim" still introduces the name after its comma', () => {
  const doc = analyse("Le Premier ministre thaïlandais par intérim, Suriya Juangroongruangkit, a reçu mardi l'ambassadeur chinois.");
  assert.equal(find(doc, 'Suriya Juangroongruangkit')?.type, 'PER');
});

test('"près du temple de Ta Krabei": a capitalised function word may open a place name after a place cue', () => {
  const doc = analyse('Des tirs ont été signalés près du temple de Ta Krabei, à la frontière.');
  assert.equal(find(doc, 'Ta Krabei')?.type, 'LOC');
});

test('national parties and legislatures are organisations', () => {
  const doc = analyse("Le parti au pouvoir, Rêve géorgien, a rejeté l'appel des députés du Parlement britannique, tandis que Reform UK se tait.");
  assert.equal(find(doc, 'Rêve géorgien')?.type, 'ORG');
  assert.equal(find(doc, 'Parlement britannique')?.type, 'ORG');
  assert.equal(find(doc, 'Reform UK')?.type, 'ORG');
});

test('a French département is a place, and its name is not cut into a city ("Pas-de-Calais" is not Calais)', () => {
  const doc = analyse('Les élus du Pas-de-Calais et de la Gironde réclament des moyens.');
  assert.equal(find(doc, 'Pas-de-Calais')?.type, 'LOC');
  assert.equal(find(doc, 'Gironde')?.type, 'LOC');
  assert.equal(find(doc, 'Calais'), undefined);
});

test('the acting Thai Prime Minister of 2025 is in the knowledge base', () => {
  const doc = analyse('Phumtham Wechayachai a salué la médiation malaisienne.', '2025-07-28');
  assert.equal(find(doc, 'Phumtham Wechayachai')?.type, 'PER');
});

test('a qualifier between a role and its nationality keeps the nationality: "le président fédéral allemand" is not the Algerian president', () => {
  const doc = analyse("Le président algérien Abdelmadjid Tebboune a gracié l'écrivain. Frank-Walter Steinmeier l'avait demandé. Le président fédéral allemand a salué ce geste.");
  assert.deepEqual(find(doc, 'Abdelmadjid Tebboune')?.mentions.map((m) => m.text), ['Abdelmadjid Tebboune']);
  assert.ok(find(doc, 'Frank-Walter Steinmeier')?.mentions.some((m) => m.text === 'président fédéral allemand'));
});
