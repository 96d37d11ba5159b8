// Ads the cleaning left after their marker, and places and bodies of state news (KB classes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument, type Document } from '../../core/document.ts';
import { loadKnowledgeBase } from '../../kb/index.ts';
import { findEntities } from './index.ts';
import { frenchLexicon } from './lexicon.ts';

const kb = loadKnowledgeBase();
const lex = frenchLexicon();

function analyse(text: string): Document {
  const doc = createDocument({ source: { name: 'test', path: null, url: null }, raw: text, published: '2025-06-10' });
  doc.entities = findEntities(doc, kb, lex);
  return doc;
}

/** As the cleaning leaves it: the "Publicité" marker cut from the text, recorded in `removed`. */
function withAdMarker(before: string, after: string): Document {
  const raw = `${before}\nPublicité\n${after}`;
  const doc = createDocument({ source: { name: 'test', path: null, url: null }, raw, published: '2025-06-10' });
  doc.text = `${before}\n${after}`;
  const start = raw.indexOf('Publicité');
  doc.removed.push({ text: 'Publicité', reason: 'ad', start, end: start + 'Publicité'.length });
  doc.entities = findEntities(doc, kb, lex);
  return doc;
}
const names = (doc: Document) => doc.entities.map((e) => e.name);

test('the line after an ad marker that addresses the reader is the ad: its brand is no entity', () => {
  const doc = withAdMarker('Le ministre a rencontré son homologue à Genève.', 'BNP Paribas vous accompagne dans tous vos projets\nLa suite des discussions aura lieu à Moscou.');
  assert.ok(!names(doc).some((n) => /BNP/.test(n)), names(doc).join(', '));
  assert.ok(names(doc).includes('Moscow'));
});

test('a subheading after an ad marker keeps its names', () => {
  const doc = withAdMarker('Le ministre a rencontré son homologue à Genève.', 'Un appel avec Emmanuel Macron\nLa suite des discussions aura lieu à Moscou.');
  assert.ok(names(doc).includes('Emmanuel Macron'), names(doc).join(', '));
});

test('a square of state parades and a presidential palace are places', () => {
  const doc = analyse('Le défilé traversera la place Tiananmen avant une réception au palais de Baabda.');
  const types = new Map(doc.entities.map((e) => [e.name, e.type]));
  assert.equal(types.get('place Tiananmen'), 'LOC');
  assert.equal(types.get('palais de Baabda'), 'LOC');
});

test('a rights group and a US-funded broadcaster are organisations, with no bare "Europe"', () => {
  const doc = analyse('Selon Viasna, un journaliste de Radio Free Europe/Radio Liberty a été condamné à Minsk.');
  const n = names(doc);
  assert.ok(n.includes('Viasna') && n.includes('Radio Free Europe/Radio Liberty'), n.join(', '));
  assert.ok(!n.includes('Europe'), n.join(', '));
});

test('a Greenlandic party is an organisation', () => {
  const doc = analyse('Le parti Siumut a perdu du terrain face à Naleraq lors des législatives au Groenland.');
  assert.ok(names(doc).includes('Siumut') && names(doc).includes('Naleraq'), names(doc).join(', '));
});
