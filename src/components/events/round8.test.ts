// Reciprocal talks with no partner after the verb, phone mode from the paragraph, halting strikes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COUNTRY, actorNames as names, fixtureEvents, person as per } from './testing.ts';

const events = fixtureEvents('2024-11-20');

test('a coordinated subject that "se sont entretenus" needs no "avec"', () => {
  const text = "Emmanuel Macron et Olaf Scholz se sont entretenus lundi à l'Élysée sur le soutien à Kiev.";
  const e = events(text, { entities: [per('Emmanuel Macron'), per('Olaf Scholz')], timexes: [['lundi', '2024-11-18']] }).find((x) => x.type === 'CONSULT');
  assert.deepEqual(names(e), ['Emmanuel Macron', 'Olaf Scholz']);
  assert.equal(e?.date?.value, '2024-11-18');
});

test('a reciprocal talk with a single side named records nothing', () => {
  const text = "Le chancelier Olaf Scholz et son invité se sont entretenus lundi pendant une heure.";
  const list = events(text, { entities: [per('Olaf Scholz')], timexes: [['lundi', '2024-11-18']] });
  assert.equal(list.filter((x) => x.type === 'CONSULT').length, 0);
});

test('a phone marker in the sentence before, same paragraph, gives the talk its phone mode', () => {
  const text = "Une heure au téléphone. Emmanuel Macron et Olaf Scholz se sont parlé mardi de l'aide à l'Ukraine.";
  const e = events(text, { entities: [per('Emmanuel Macron'), per('Olaf Scholz')], timexes: [['mardi', '2024-11-19']] }).find((x) => x.type === 'CONSULT');
  assert.equal(e?.mode, 'phone');
});

test('a phone marker in an earlier paragraph does not reach the talk', () => {
  const text = "Une heure au téléphone.\nEmmanuel Macron et Olaf Scholz se sont parlé mardi à Berlin.";
  const e = events(text, { entities: [per('Emmanuel Macron'), per('Olaf Scholz')], timexes: [['mardi', '2024-11-19']] }).find((x) => x.type === 'CONSULT');
  assert.equal(e?.mode, null);
});

test('a demonym pair subject plans a new conversation', () => {
  const text = 'Les présidents français et américain doivent de nouveau se parler dans les prochains jours.';
  const e = events(text, { timexes: [['dans les prochains jours', 'FUTURE_REF']] }).find((x) => x.type === 'CONSULT');
  assert.deepEqual(names(e), [COUNTRY.FR.name, COUNTRY.US.name].sort());
  assert.equal(e?.status, 'planned');
});

test('ordering the army to suspend strikes is a concession, not a strike', () => {
  const text = "Le chef de l'État a donné jeudi l'ordre à l'armée de suspendre pendant une semaine les frappes contre l'Ukraine.";
  const list = events(text, { entities: [{ ...COUNTRY.UA, id: COUNTRY.UA.entity, type: 'LOC', subtype: 'country', forms: ['Ukraine'] }], timexes: [['jeudi', '2024-11-14']] });
  assert.ok(list.some((x) => x.type === 'CONCEDE'));
  assert.ok(!list.some((x) => x.type === 'ASSAULT'));
});

test('"ont échangé des cadeaux" is no conversation', () => {
  const text = 'Emmanuel Macron et Olaf Scholz ont échangé des cadeaux mardi.';
  const list = events(text, { entities: [per('Emmanuel Macron'), per('Olaf Scholz')], timexes: [['mardi', '2024-11-19']] });
  assert.equal(list.filter((x) => x.type === 'CONSULT').length, 0);
});
