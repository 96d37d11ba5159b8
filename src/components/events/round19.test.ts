// Round 19: two families of news vocabulary that had no trigger: trade measures (export restrictions and controls,
// a tariff's nationality adjective naming who imposes it) and joint declarations adopted or signed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureEvents, person, country, actorNames, type EntitySpec } from './testing.ts';

const events = fixtureEvents('2025-07-25T09:00:00Z');
const EU: EntitySpec = { name: 'European Union', id: 'org:EU', type: 'ORG', forms: ['Union européenne', 'UE'] };
const INDIA: EntitySpec = { name: 'India', id: 'country:IN', type: 'LOC', subtype: 'country', forms: ['Inde', 'New Delhi'] };
const UK: EntitySpec = { name: 'United Kingdom', id: 'country:GB', type: 'LOC', subtype: 'country', forms: ['Londres', 'Royaume-Uni'] };

// — trade measures —

test('"restreint les exportations" is a trade sanction by its subject', () => {
  const text = "Le 4 avril, la Chine a restreint les exportations de sept terres rares.";
  const evs = events(text, { entities: [country('CN', ['Chine'])], timexes: [['Le 4 avril', '2025-04-04']] });
  const e = evs.find((x) => x.type === 'SANCTION');
  assert.equal(e?.date?.value, '2025-04-04');
  assert.deepEqual(actorNames(e), ['China']);
});

test('a negated restriction of exports is no sanction', () => {
  const text = "Le 4 avril, la Chine n'a pas restreint les exportations de terres rares.";
  const evs = events(text, { entities: [country('CN', ['Chine'])], timexes: [['Le 4 avril', '2025-04-04']] });
  assert.ok(!evs.some((x) => x.type === 'SANCTION' && x.status === 'occurred'));
});

test('"restreint l\'accès" (another object than trade) is no sanction', () => {
  const text = "Le 4 avril, la Chine a restreint l'accès des journalistes étrangers au Tibet.";
  const evs = events(text, { entities: [country('CN', ['Chine'])], timexes: [['Le 4 avril', '2025-04-04']] });
  assert.ok(!evs.some((x) => x.type === 'SANCTION'));
});

test('a tightening of export controls is a sanction by who decides it', () => {
  const text = "Pékin a annoncé jeudi un durcissement des contrôles à l'exportation sur les terres rares.";
  const evs = events(text, { entities: [country('CN', ['Pékin'])], timexes: [['jeudi', '2025-07-24']] });
  const e = evs.find((x) => x.type === 'SANCTION');
  assert.equal(e?.date?.value, '2025-07-24');
  assert.deepEqual(actorNames(e), ['China']);
});

test('export controls merely discussed (no tightening, no imposing) make no sanction', () => {
  const text = "Les contrôles à l'exportation sur les terres rares ont été au cœur des discussions jeudi à Pékin.";
  const evs = events(text, { entities: [country('CN', ['Pékin'])], timexes: [['jeudi', '2025-07-24']] });
  assert.ok(!evs.some((x) => x.type === 'SANCTION'));
});

test('a nationality adjective right after "droits de douane" names who imposes them', () => {
  const text = "Le président a annoncé mardi des droits de douane américains de 25 % sur les produits de l'Inde.";
  const evs = events(text, { entities: [country('US', ['américains']), INDIA], timexes: [['mardi', '2025-07-22']] });
  const e = evs.find((x) => x.type === 'SANCTION');
  assert.equal(e?.date?.value, '2025-07-22');
  assert.equal(e?.actors.find((a) => a.name === 'United States')?.role, 'source');
});

// — joint declarations —

test('"ont adopté une déclaration commune" is an agreement between its subjects', () => {
  const text = "L'Union européenne et la Chine ont adopté jeudi une déclaration commune sur le climat.";
  const evs = events(text, { entities: [EU, country('CN', ['Chine'])], timexes: [['jeudi', '2025-07-24']] });
  const e = evs.find((x) => x.type === 'AGREE');
  assert.equal(e?.date?.value, '2025-07-24');
  assert.deepEqual(actorNames(e), ['China', 'European Union']);
});

test('a declaration told signed in the passive is an agreement', () => {
  const text = "Une déclaration commune a été signée jeudi à Northwood par Emmanuel Macron et Keir Starmer.";
  const evs = events(text, { entities: [person('Emmanuel Macron'), person('Keir Starmer')], timexes: [['jeudi', '2025-07-24']] });
  const e = evs.find((x) => x.type === 'AGREE');
  assert.equal(e?.date?.value, '2025-07-24');
  assert.deepEqual(actorNames(e), ['Emmanuel Macron', 'Keir Starmer']);
});

test('a joint declaration that only frames a call is no agreement', () => {
  const text = "Dans une déclaration commune publiée jeudi, Paris et Londres ont appelé au calme.";
  const evs = events(text, { entities: [country('FR', ['Paris']), UK], timexes: [['jeudi', '2025-07-24']] });
  assert.ok(!evs.some((x) => x.type === 'AGREE'));
});

test('"aucune déclaration commune n\'a été signée" is no agreement', () => {
  const text = "Aucune déclaration commune n'a été signée jeudi par Paris et Londres.";
  const evs = events(text, { entities: [country('FR', ['Paris']), UK], timexes: [['jeudi', '2025-07-24']] });
  assert.ok(!evs.some((x) => x.type === 'AGREE' && x.status === 'occurred'));
});

test('"adopter" a law (not a declaration) is no agreement', () => {
  const text = "Le Parlement britannique et le Sénat français ont adopté jeudi une loi sur l'immigration.";
  const evs = events(text, { entities: [country('FR', ['français']), UK], timexes: [['jeudi', '2025-07-24']] });
  assert.ok(!evs.some((x) => x.type === 'AGREE'));
});

test('a joint declaration in a hypothesis is no occurred agreement', () => {
  const text = "Si Paris et Londres adoptent jeudi une déclaration commune, les négociations pourront reprendre.";
  const evs = events(text, { entities: [country('FR', ['Paris']), UK], timexes: [['jeudi', '2025-07-24']] });
  assert.ok(!evs.some((x) => x.type === 'AGREE' && x.status === 'occurred'));
});
