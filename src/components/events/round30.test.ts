// Round 30 (dates & actors): the day after an agreeing participle ("l'échange convenu le 16 mai") is the agreement's,
// not the agreed event's; a sentence-opening pronoun the entity layer links to a person other than the subject of the
// sentence before ("Marco Rubio a appelé … X et Y. Il a exhorté…") is not that person.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createContext } from '../../core/pipeline.ts';
import { extractEvents } from './index.ts';
import { fixtureDoc, fixtureEvents, person, actorNames, country, findAll, type EntitySpec } from './testing.ts';

const events = fixtureEvents('2025-05-26');
const SIDES: EntitySpec[] = [country('UA', ['Ukraine']), country('RU', ['Russie'])];

// — "convenu le 16 mai" —

test('"ont achevé dimanche l\'échange de prisonniers convenu le 16 mai": the exchange is dated by Sunday', () => {
  const text = "L'Ukraine et la Russie ont achevé dimanche l'échange de prisonniers convenu le 16 mai à Istanbul.";
  const found = events(text, { entities: SIDES, timexes: [['dimanche', '2025-05-25'], ['le 16 mai', '2025-05-16']] });
  const exchange = found.filter((e) => e.type === 'RETREAT');
  assert.ok(exchange.length >= 1);
  assert.ok(exchange.every((e) => e.date?.value !== '2025-05-16'));
});

test('"convenu le 16 mai à Istanbul, lors de leurs premiers pourparlers": the talks were held that day', () => {
  const text = "L'Ukraine et la Russie ont achevé dimanche l'échange de prisonniers convenu le 16 mai à Istanbul, lors de leurs premiers pourparlers directs depuis 2022.";
  const found = events(text, { entities: [...SIDES, { name: 'Istanbul', type: 'LOC', subtype: 'city' }], timexes: [['dimanche', '2025-05-25'], ['le 16 mai', '2025-05-16'], ['2022', '2022']] });
  const talks = found.find((e) => e.type === 'CONSULT');
  assert.equal(talks?.date?.value, '2025-05-16');
});

test('guard: "l\'accord convenu le 16 mai" is still dated by that day (the agreement itself)', () => {
  const text = "L'Ukraine et la Russie ont respecté l'accord convenu le 16 mai à Istanbul.";
  const found = events(text, { entities: SIDES, timexes: [['le 16 mai', '2025-05-16']] });
  const deal = found.find((e) => e.type === 'AGREE');
  if (deal) assert.equal(deal.date?.value, '2025-05-16');
});

test('guard: "a été convenu le 16 mai" with its auxiliary is the verb of the sentence (unchanged)', () => {
  const text = "Un échange de prisonniers entre l'Ukraine et la Russie a été convenu le 16 mai à Istanbul.";
  const found = events(text, { entities: SIDES, timexes: [['le 16 mai', '2025-05-16']] });
  assert.ok(found.some((e) => e.date?.value === '2025-05-16'));
});

// — a pronoun linked to the wrong person —

const PEOPLE: EntitySpec[] = [person('Marco Rubio'), person('Subrahmanyam Jaishankar'), person('Shehbaz Sharif'), { name: 'Pakistan', type: 'LOC', subtype: 'country', id: 'country:PK', forms: ['Islamabad'] }];

function withPronoun(text: string, spec: Parameters<typeof fixtureDoc>[1], of: string) {
  const doc = fixtureDoc(text, { published: '2025-04-30', ...spec });
  const at = findAll(text, 'Il')[0];
  const e = doc.entities.find((x) => x.name === of)!;
  e.mentions.push({ start: at.start, end: at.end, text: 'Il', kind: 'pronoun' });
  return extractEvents(doc, createContext({ eventsWithoutKb: true }));
}

test('"Marco Rubio a appelé … Jaishankar, et … Sharif. Il a exhorté Islamabad": the pronoun is not Jaishankar', () => {
  const text = "Le secrétaire d'État américain, Marco Rubio, a appelé mercredi le chef de la diplomatie indienne, Subrahmanyam Jaishankar, et le Premier ministre pakistanais, Shehbaz Sharif. Il a exhorté Islamabad à coopérer à l'enquête.";
  const found = withPronoun(text, { entities: PEOPLE, timexes: [['mercredi', '2025-04-30']] }, 'Subrahmanyam Jaishankar');
  const request = found.find((e) => e.type === 'REQUEST');
  assert.ok(request);
  assert.ok(!actorNames(request).includes('Subrahmanyam Jaishankar'));
});

test('guard: the pronoun linked to the subject of the sentence before stays', () => {
  const text = "Le secrétaire d'État américain, Marco Rubio, a appelé mercredi le chef de la diplomatie indienne, Subrahmanyam Jaishankar, et le Premier ministre pakistanais, Shehbaz Sharif. Il a exhorté Islamabad à coopérer à l'enquête.";
  const found = withPronoun(text, { entities: PEOPLE, timexes: [['mercredi', '2025-04-30']] }, 'Marco Rubio');
  assert.ok(actorNames(found.find((e) => e.type === 'REQUEST')).includes('Marco Rubio'));
});

test('guard: with no subject person in the sentence before, the entity layer\'s link stays', () => {
  const text = "Des entretiens ont eu lieu mercredi avec Subrahmanyam Jaishankar. Il a exhorté Islamabad à coopérer à l'enquête.";
  const found = withPronoun(text, { entities: PEOPLE, timexes: [['mercredi', '2025-04-30']] }, 'Subrahmanyam Jaishankar');
  assert.ok(actorNames(found.find((e) => e.type === 'REQUEST')).includes('Subrahmanyam Jaishankar'));
});

// — "Après la chute de X, le 8 décembre," —

const FALL: EntitySpec[] = [person('Bachar al-Assad'), country('IL', ['Israël'])];

test('"Après la chute de Bachar al-Assad, le 8 décembre, Israël a mené des frappes…": the day is the fall\'s, not the strikes\'', () => {
  const text = "Après la chute de Bachar al-Assad, le 8 décembre, Israël a mené des frappes contre des dépôts d'armes en Syrie.";
  const strikes = events(text, { entities: FALL, timexes: [['le 8 décembre', '2024-12-08']] }).find((e) => e.type === 'ASSAULT');
  assert.ok(strikes);
  assert.equal(strikes?.date, null);
});

test('guard: "Le 8 décembre, Israël a mené des frappes…" (a fronted day of its own) still dates the strikes', () => {
  const text = "Le 8 décembre, Israël a mené des frappes contre des dépôts d'armes en Syrie.";
  const strikes = events(text, { entities: FALL, timexes: [['Le 8 décembre', '2024-12-08']] }).find((e) => e.type === 'ASSAULT');
  assert.equal(strikes?.date?.value, '2024-12-08');
});

test('guard: "Après la chute de Bachar al-Assad, Israël a mené le 8 décembre des frappes…" (the day in the main clause) still dates them', () => {
  const text = "Après la chute de Bachar al-Assad, Israël a mené le 8 décembre des frappes contre des dépôts d'armes en Syrie.";
  const strikes = events(text, { entities: FALL, timexes: [['le 8 décembre', '2024-12-08']] }).find((e) => e.type === 'ASSAULT');
  assert.equal(strikes?.date?.value, '2024-12-08');
});

// — "l'attentat … que le Hamas a revendiqué" —

const CLAIM: EntitySpec[] = [person('Benjamin Netanyahou'), { name: 'Hamas', type: 'ORG' }, country('IL', ['Israël'])];

test('"a justifié la frappe par l\'attentat …, que le Hamas a revendiqué": the attack is the claimant\'s, not the speaker\'s', () => {
  const text = "Benjamin Netanyahou a justifié la frappe par l'attentat commis la veille à un carrefour de Jérusalem-Est, qui avait fait six morts et que le Hamas a revendiqué.";
  const found = events(text, { entities: CLAIM, timexes: [['la veille', '2025-09-08']] });
  const attack = found.find((e) => e.type === 'ASSAULT' && e.trigger?.text === 'attentat');
  assert.ok(attack);
  assert.ok(actorNames(attack).includes('Hamas'));
  assert.ok(!actorNames(attack).includes('Benjamin Netanyahou'));
});

test('guard: "l\'attentat que le gouvernement a condamné" gives the attack no author', () => {
  const text = "Benjamin Netanyahou a justifié la frappe par l'attentat commis la veille à Jérusalem-Est, que le Hamas a condamné.";
  const found = events(text, { entities: CLAIM, timexes: [['la veille', '2025-09-08']] });
  const attack = found.find((e) => e.type === 'ASSAULT' && e.trigger?.text === 'attentat');
  assert.ok(!actorNames(attack).includes('Hamas'));
});

// — a circumstance noun as the host of a narrative date —

test('"X a appelé mercredi Y, et Z, lors de deux entretiens séparés. Il a exhorté…": the request continues the talks\' day', () => {
  const text = "Le secrétaire d'État américain, Marco Rubio, a appelé mercredi le chef de la diplomatie indienne, Subrahmanyam Jaishankar, et le Premier ministre pakistanais, Shehbaz Sharif, lors de deux entretiens séparés. Il a exhorté Islamabad à coopérer à l'enquête.";
  const found = withPronoun(text, { entities: PEOPLE, timexes: [['mercredi', '2025-04-30']] }, 'Marco Rubio');
  const request = found.find((e) => e.type === 'REQUEST');
  assert.equal(request?.date?.value, '2025-04-30');
});

test('guard: "Il avait exhorté…" (pluperfect background) does not take that day', () => {
  const text = "Le secrétaire d'État américain, Marco Rubio, a appelé mercredi le chef de la diplomatie indienne, Subrahmanyam Jaishankar, et le Premier ministre pakistanais, Shehbaz Sharif, lors de deux entretiens séparés. Il avait exhorté Islamabad à coopérer à l'enquête.";
  const found = withPronoun(text, { entities: PEOPLE, timexes: [['mercredi', '2025-04-30']] }, 'Marco Rubio');
  assert.ok(found.filter((e) => e.type === 'REQUEST').every((e) => e.date?.value !== '2025-04-30'));
});
