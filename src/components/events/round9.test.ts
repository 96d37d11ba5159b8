// Precision on a fresh set: gatherings a meeting is held on the sidelines of, places after "près de",
// demands whose asker is unnamed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COUNTRY, actorNames as names, fixtureEvents, person as per, type EntitySpec } from './testing.ts';

const org = (name: string, forms?: string[]): EntitySpec => ({ name, type: 'ORG', subtype: 'io', forms });
const city = (name: string, actor?: keyof typeof COUNTRY): EntitySpec => ({ name, type: 'LOC', subtype: 'city', actor: actor ? COUNTRY[actor] : undefined });

const events = fixtureEvents('2025-03-14');

test('the gathering a meeting is held "en marge de" makes no second meeting', () => {
  const text = "Le ministre français Jean-Noël Barrot a rencontré jeudi son homologue chinois Wang Yi en marge d'une réunion du G20 à Johannesburg.";
  const list = events(text, { entities: [per('Jean-Noël Barrot'), per('Wang Yi'), org('G20'), city('Johannesburg')], timexes: [['jeudi', '2025-03-13']] });
  const consults = list.filter((e) => e.type === 'CONSULT');
  assert.equal(consults.length, 1);
  assert.ok(!names(consults[0]).includes('G20'));
});

test('a gathering told by itself is still a meeting', () => {
  const text = "Les ministres du G20 ont tenu jeudi une réunion à Johannesburg.";
  const list = events(text, { entities: [org('G20'), city('Johannesburg')], timexes: [['jeudi', '2025-03-13']] });
  assert.equal(list.filter((e) => e.type === 'CONSULT').length, 1);
});

test('a city after "près de" is where a meeting is held, not a party to it', () => {
  const text = "Le président Emmanuel Macron doit s'exprimer samedi lors d'une réunion de son parti près de Lyon.";
  const list = events(text, { entities: [per('Emmanuel Macron'), city('Lyon', 'FR')], timexes: [['samedi', '2025-03-15']] });
  assert.ok(!list.some((e) => e.type === 'CONSULT' && names(e).includes('France')));
});

test('a demand whose asker is an unresolved description is not recorded', () => {
  const text = 'Le souverain pontife a appelé mercredi le président russe Vladimir Poutine à faire un geste pour la paix.';
  const list = events(text, { entities: [per('Vladimir Poutine')], timexes: [['mercredi', '2025-03-12']] });
  assert.equal(list.filter((e) => e.type === 'REQUEST').length, 0);
});

test('"il" after a colon asks on behalf of the first person of the event before it', () => {
  const text = 'Emmanuel Macron a reçu mardi Volodymyr Zelensky à Paris ; il a appelé Vladimir Poutine à accepter la trêve.';
  const list = events(text, { entities: [per('Emmanuel Macron'), per('Volodymyr Zelensky'), per('Vladimir Poutine'), city('Paris', 'FR')], timexes: [['mardi', '2025-03-11']] });
  const request = list.find((e) => e.type === 'REQUEST');
  assert.ok(request?.actors.some((a) => a.name === 'Emmanuel Macron' && a.role === 'source'));
});

test('a strike on a city standing for its country targets that country', () => {
  const text = 'Dans la nuit de mercredi à jeudi, une frappe massive de missiles russes sur Kharkiv a fait au moins neuf morts.';
  const list = events(text, { entities: [city('Kharkiv', 'UA')], timexes: [['jeudi', '2025-03-13']] });
  const strike = list.find((e) => e.type === 'ASSAULT');
  assert.deepEqual(names(strike), ['Russia', 'Ukraine']);
  assert.equal(strike?.actors.find((a) => a.name === 'Ukraine')?.role, 'target');
});
