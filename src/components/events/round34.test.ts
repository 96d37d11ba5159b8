// Round 34 (event actors): an attack on the ground an armed group holds ("des frappes sur les positions séparatistes",
// "une offensive contre les bastions rebelles") hits that group, named by the adjective as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureEvents, type EntitySpec } from './testing.ts';

const events = fixtureEvents('2023-09-21');
const AZERBAIJAN: EntitySpec = { name: 'Azerbaijan', id: 'country:AZ', type: 'LOC', subtype: 'country', forms: ['Azerbaïdjan'] };
const SUDAN: EntitySpec = { name: 'Sudan', id: 'country:SD', type: 'LOC', subtype: 'country', forms: ['Soudan'] };
const role = (e: { actors: { name: string; role: string }[] } | undefined, name: string) => e?.actors.find((a) => a.name === name)?.role;

test('"des frappes sur les positions séparatistes": the separatists are the side hit', () => {
  const text = "L'Azerbaïdjan a lancé mardi des frappes d'artillerie et de drones sur les positions séparatistes, affirmant répondre à la mort de six personnes.";
  const attack = events(text, { entities: [AZERBAIJAN], timexes: [['mardi', '2023-09-19']] }).find((e) => e.type === 'ASSAULT');
  assert.equal(role(attack, 'Azerbaijan'), 'source');
  assert.equal(role(attack, 'séparatistes'), 'target');
});

test('"une offensive contre les bastions rebelles": the rebels are the side hit', () => {
  const text = "L'armée du Soudan a lancé samedi une vaste offensive contre les bastions rebelles du Darfour.";
  const attack = events(text, { entities: [SUDAN], timexes: [['samedi', '2023-09-16']] }).find((e) => e.type === 'ASSAULT');
  assert.equal(role(attack, 'rebelles'), 'target');
});

test('guard: "les positions adverses" names no group, no actor is invented', () => {
  const text = "L'Azerbaïdjan a lancé mardi des frappes sur les positions adverses, selon le ministère de la Défense.";
  const attack = events(text, { entities: [AZERBAIJAN], timexes: [['mardi', '2023-09-19']] }).find((e) => e.type === 'ASSAULT');
  assert.deepEqual(attack?.actors.map((a) => a.name), ['Azerbaijan']);
});

test('guard: a group adjective beyond the attack clause is no target', () => {
  const text = "L'Azerbaïdjan a lancé mardi des frappes d'artillerie, selon un communiqué publié sur les réseaux séparatistes.";
  const attack = events(text, { entities: [AZERBAIJAN], timexes: [['mardi', '2023-09-19']] }).find((e) => e.type === 'ASSAULT');
  assert.ok(!attack?.actors.some((a) => a.name === 'séparatistes'));
});


// — camps told by a lower-case phrase: "plusieurs pays occidentaux", "les dirigeants européens" —

const summer = fixtureEvents('2024-08-02');
const RUSSIA: EntitySpec = { name: 'Russia', id: 'country:RU', type: 'LOC', subtype: 'country', forms: ['Russie'] };

test('"La Russie et plusieurs pays occidentaux ont procédé à un échange": the Western camp is a side, named as written', () => {
  const text = "La Russie et plusieurs pays occidentaux ont procédé jeudi à Ankara à un échange de prisonniers d'une ampleur inédite.";
  const recs = summer(text, { entities: [RUSSIA], timexes: [['jeudi', '2024-08-01']] });
  const west = recs.flatMap((e) => e.actors).find((a) => a.name === 'pays occidentaux');
  assert.ok(west, JSON.stringify(recs.map((e) => [e.type, e.actors.map((a) => a.name)])));
  assert.ok(west.aliases?.includes('Occident'));
});

test('"Les dirigeants européens se sont entretenus avec Donald Trump": the European leaders are a side of the call', () => {
  const TRUMP: EntitySpec = { name: 'Donald Trump', id: 'person:trump', type: 'PER' };
  const text = 'Les dirigeants européens se sont entretenus jeudi au téléphone avec Donald Trump.';
  const call = summer(text, { entities: [TRUMP], timexes: [['jeudi', '2024-08-01']] }).find((e) => e.type === 'CONSULT');
  assert.ok(call?.actors.some((a) => a.name === 'dirigeants européens' && a.aliases?.includes('Européens')));
});

test('guard: a camp adjective on another noun ("des journalistes européens") names no camp', () => {
  const TRUMP: EntitySpec = { name: 'Donald Trump', id: 'person:trump', type: 'PER' };
  const text = 'Donald Trump a reçu jeudi des journalistes européens à la Maison Blanche.';
  const recs = summer(text, { entities: [TRUMP], timexes: [['jeudi', '2024-08-01']] });
  assert.ok(!recs.some((e) => e.actors.some((a) => a.name === 'Européens' || a.aliases?.includes('Européens'))));
});

// — "les équipes américaine et chinoise": negotiating teams named by their demonyms are their countries —

test('"les équipes commerciales américaine et chinoise se retrouveront lundi": a planned meeting of the two countries', () => {
  const text = 'Les équipes commerciales américaine et chinoise se retrouveront lundi à Londres pour tenter de consolider la trêve.';
  const meeting = fixtureEvents('2025-06-06')(text, { timexes: [['lundi', '2025-06-09']] }).find((e) => e.type === 'CONSULT');
  assert.equal(meeting?.status, 'planned');
  assert.equal(meeting?.date?.value, '2025-06-09');
  assert.deepEqual(meeting?.actors.map((a) => a.name).sort(), ['China', 'United States']);
});
