// Collective names of the European Union's members and Bruxelles as the Union's seat: "les
// Vingt-Sept", "les Européens" in an article naming the Union, "Bruxelles a adopté…".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '../../core/document.ts';
import type { Entity } from '../../core/document.ts';
import { loadKnowledgeBase } from '../../kb/index.ts';
import { findEntities } from './index.ts';
import { frenchLexicon } from './lexicon.ts';

const kb = loadKnowledgeBase();
const lex = frenchLexicon();

function entities(text: string, date = '2025-03-10'): Entity[] {
  const doc = createDocument({ source: { name: 't', path: null, url: null }, raw: text, published: date });
  return findEntities(doc, kb, lex);
}
const eu = (es: Entity[]) => es.find((e) => e.name === 'European Union');
const mentionTexts = (e: Entity | undefined) => e?.mentions.map((m) => m.text) ?? [];

test('"les Vingt-Sept" names the European Union', () => {
  const es = entities('Les Vingt-Sept ont adopté lundi un nouveau train de sanctions contre la Russie.');
  assert.deepEqual(mentionTexts(eu(es)), ['Vingt-Sept']);
});

test('"des Vingt-Sept" after a role noun names the Union too', () => {
  const es = entities('Les ministres des Finances des Vingt-Sept se retrouvent mardi à Luxembourg.');
  assert.ok(mentionTexts(eu(es)).includes('Vingt-Sept'));
});

test('the number "vingt-sept" is no name of the Union', () => {
  assert.equal(eu(entities('Vingt-sept migrants ont été secourus au large de Lampedusa, selon les garde-côtes.')), undefined);
  assert.equal(eu(entities('Les vingt-sept blessés ont été transportés vers Naples.')), undefined);
});

test('"les Vingt-Huit" names the Union only while it had 28 members', () => {
  const text = 'Les Vingt-Huit ont prolongé jeudi les sanctions économiques visant Moscou.';
  assert.ok(eu(entities(text, '2016-12-15')));
  assert.equal(eu(entities(text, '2025-03-10')), undefined);
});

test('"les Européens" and "les dirigeants européens" are the Union in an article naming it', () => {
  const es = entities("L'Union européenne a proposé une médiation. Les Européens veulent éviter l'escalade, et les dirigeants européens se réuniront jeudi.");
  const texts = mentionTexts(eu(es));
  assert.ok(texts.includes('Européens') && texts.includes('dirigeants européens'), texts.join('|'));
});

test('"les Européens" alone adds no Union, and the adjective "européen" never does', () => {
  assert.equal(eu(entities('Les Européens consomment de plus en plus de gaz naturel liquéfié américain.')), undefined);
  assert.equal(eu(entities('Le marché européen du carbone a atteint un record, selon des analystes européens.')), undefined);
});

test('"Bruxelles" is the city of Brussels standing for the European Union, not for Belgium', () => {
  const b = entities('Bruxelles a levé mardi les sanctions économiques contre la Syrie.').find((e) => e.name === 'Brussels');
  assert.equal(b?.type, 'LOC');
  assert.equal(b?.actor?.entity, 'Q458');
  assert.equal(kb.byId.get('city:BE:brussels')?.country, 'country:BE');
});

test('other capitals still stand for their country', () => {
  const m = entities('Moscou et Genève ont été cités.');
  assert.equal(m.find((e) => e.name === 'Moscow')?.actor?.entity, 'country:RU');
  assert.notEqual(m.find((e) => e.name === 'Geneva')?.actor?.entity, 'Q1065');
});
