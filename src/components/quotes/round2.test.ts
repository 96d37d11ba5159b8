// Speaker attribution, round 2: metonyms and organisations as speakers, "ce dernier", names inside
// the quotation, appositions after a name, "selon X" over a place subject, second quotes of a sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/document.ts';
import { analyse, checkCase, quoteWith, type Case } from './test-helpers.ts';

function entity(text: string, id: string, name: string, type: Entity['type'], forms: string[], extra: Partial<Entity> = {}): Entity {
  const mentions = forms.flatMap((f) => [...text.matchAll(new RegExp(f, 'g'))].map((m) => ({ start: m.index!, end: m.index! + f.length, text: f, kind: 'name' as const })));
  return { id, name, type, aliases: forms.filter((f) => f !== name), mentions, ...extra };
}

const cases: Case[] = [
  { name: 'an apposition after a place name leaves the place as subject', text: 'Ankara, principal médiateur du conflit, a appelé les deux camps à « revenir à la table ».', quote: 'revenir à la table', speaker: 'Ankara' },
  { name: 'de la + name closes a description, not a determined name', text: 'Le ministère japonais de la Défense a condamné un « acte dangereux » de Pékin.', quote: 'acte dangereux', speaker: 'ministère japonais de la Défense' },
  { name: 'a second partial quote of the sentence shares the first one\'s speaker', text: 'Le gouvernement tchadien a dénoncé une « agression caractérisée » et réclamé le retrait « sans délai » de ces troupes.', quote: 'sans délai', speaker: 'gouvernement tchadien' },
];
for (const c of cases) test(c.name, () => checkCase(c));

test('a metonym speaker carries its actor\'s names as aliases', () => {
  const text = 'Pékin a dénoncé des « provocations délibérées » en mer de Chine méridionale.';
  const beijing = entity(text, 'city:CN:beijing', 'Beijing', 'LOC', ['Pékin'], { actor: { entity: 'country:CN', name: 'China', aliases: ['Chine'] } });
  const q = quoteWith(analyse(text, [beijing]).quotes, 'provocations délibérées');
  assert.equal(q.speaker?.name, 'Beijing');
  assert.ok(q.speaker?.aliases.includes('China'));
});

test('ce dernier is the person named last, not the previous speaker', () => {
  const text = '« Le dialogue est rouvert », a affirmé Charles Michel aux côtés du Premier ministre arménien Nikol Pachinian. « Nous avons fait un pas important », a ajouté ce dernier.';
  const ents = [entity(text, 'p1', 'Charles Michel', 'PER', ['Charles Michel']), entity(text, 'p2', 'Nikol Pashinyan', 'PER', ['Nikol Pachinian'])];
  assert.equal(quoteWith(analyse(text, ents).quotes, 'pas important').speaker?.name, 'Nikol Pashinyan');
});

test('a person named inside the quotation is not the speaker its pronoun refers to', () => {
  const text = 'Olaf Scholz a salué « un signal fort ». Il a critiqué les menaces de Viktor Orban, qui a promis un veto. « Orban veut bloquer l\'Europe », a-t-il lancé.';
  const scholz = entity(text, 'p1', 'Olaf Scholz', 'PER', ['Olaf Scholz']);
  const orban = entity(text, 'p2', 'Viktor Orbán', 'PER', ['Viktor Orban', 'Orban']);
  // An entity layer that resolved "il" to the nearest speaker, the one named in the quote.
  const il = text.lastIndexOf('il lancé');
  orban.mentions.push({ start: il, end: il + 2, text: 'il', kind: 'pronoun' });
  assert.equal(quoteWith(analyse(text, [scholz, orban]).quotes, 'bloquer l\'Europe').speaker?.name, 'Olaf Scholz');
});

test('selon + a person outranks a place as subject of the clause', () => {
  const text = 'Berlin a approuvé le plan, tout en jugeant qu\'il faudrait « des garanties solides », selon le chancelier Olaf Scholz.';
  const ents = [entity(text, 'c1', 'Berlin', 'LOC', ['Berlin'], { actor: { entity: 'country:DE', name: 'Germany', aliases: [] } }), entity(text, 'p1', 'Olaf Scholz', 'PER', ['Olaf Scholz'])];
  assert.equal(quoteWith(analyse(text, ents).quotes, 'garanties solides').speaker?.name, 'Olaf Scholz');
});

test('l\'organisation refers back to the international organisation named before', () => {
  const text = 'L\'Union africaine a suspendu le Gabon. Faute d\'élections, l\'organisation prendra « des sanctions ciblées » contre la junte.';
  const au = entity(text, 'Q7159', 'African Union', 'ORG', ['Union africaine'], { subtype: 'io' });
  assert.equal(quoteWith(analyse(text, [au]).quotes, 'sanctions ciblées').speaker?.name, 'African Union');
});
