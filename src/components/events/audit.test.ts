// Events, precision audit on new wire copy: event words in another sense (a sports match, a mountain top, coins
// struck, sports penalties), a cancellation in the passive after a long subject, the press conditional, questions,
// and a person mourned at a funeral that is the occasion of a meeting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorNames as names, country, fixtureEvents, person as per } from './testing.ts';

const events = fixtureEvents('2025-07-09');
const loc = (name: string, forms: string[]) => ({ name, type: 'LOC' as const, subtype: 'country', forms });
const FR = loc('France', ['France']);
const ES = loc('Spain', ['Espagne']);
const DE = loc('Germany', ['Allemagne']);

test('a "rencontre sportive" between two countries is no meeting', () => {
  const text = "La rencontre sportive entre la France et l'Espagne, prévue samedi, a été déplacée.";
  assert.deepEqual(events(text, { entities: [FR, ES], timexes: [['samedi', '2025-07-12']] }), []);
});

test('the top of a mountain ("le sommet du mont Blanc") is no summit', () => {
  const text = 'Le président Emmanuel Macron a atteint mardi le sommet du mont Blanc avec des militaires français.';
  const list = events(text, { entities: [per('Emmanuel Macron')], timexes: [['mardi', '2025-07-08']] });
  assert.equal(list.filter((e) => e.type === 'CONSULT').length, 0);
});

test('striking coins ("la frappe de nouvelles pièces") is no strike', () => {
  const text = 'La Banque centrale européenne a confirmé mardi la frappe de nouvelles pièces pour la Croatie.';
  const list = events(text, { entities: [{ name: 'European Central Bank', type: 'ORG', forms: ['Banque centrale européenne'] }, loc('Croatia', ['Croatie'])], timexes: [['mardi', '2025-07-08']] });
  assert.equal(list.filter((e) => e.type === 'ASSAULT').length, 0);
});

test('sports penalties ("des sanctions sportives") are no sanctions', () => {
  const text = 'La FIFA a infligé mardi des sanctions sportives à la Russie, exclue des compétitions internationales.';
  const list = events(text, { entities: [{ name: 'FIFA', type: 'ORG' }, country('RU', ['Russie'])], timexes: [['mardi', '2025-07-08']] });
  assert.equal(list.filter((e) => e.type === 'SANCTION').length, 0);
});

test('a summit whose long subject ends on "a été annulé" is cancelled', () => {
  const text = "Le sommet prévu jeudi entre l'Union européenne et la Chine a été annulé à la dernière minute.";
  const list = events(text, { entities: [{ name: 'European Union', type: 'ORG', forms: ['Union européenne'] }, country('CN', ['Chine'])], timexes: [['jeudi', '2025-07-10']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'cancelled');
});

test('a visit "initialement prévue en juillet, a été reportée" is cancelled, not held', () => {
  const text = "La visite du président Emmanuel Macron au Maroc, initialement prévue en juillet, a été reportée sine die.";
  const list = events(text, { entities: [per('Emmanuel Macron'), loc('Morocco', ['Maroc'])], timexes: [['juillet', '2025-07']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'cancelled');
});

test('a meeting told in the press conditional ("se seraient rencontrés") is hypothetical', () => {
  const text = 'Selon le quotidien Haaretz, des émissaires israéliens et qatariens se seraient rencontrés dimanche à Doha.';
  const list = events(text, { entities: [country('IL', ['israéliens']), loc('Qatar', ['qatariens']), { name: 'Doha', type: 'LOC', subtype: 'city' }], timexes: [['dimanche', '2025-07-06']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'hypothetical');
});

test('a meeting asked about ("a-t-il rencontré … ?") is hypothetical', () => {
  const text = 'Le président turc a-t-il rencontré Vladimir Poutine mardi ? Ankara refuse de le dire.';
  const list = events(text, { entities: [loc('Türkiye', ['turc', 'Ankara']), per('Vladimir Putin', ['Vladimir Poutine'])], timexes: [['mardi', '2025-07-08']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'hypothetical');
});

test('a "pourquoi" question takes its event for granted', () => {
  const text = 'Pourquoi Donald Trump veut-il rencontrer Vladimir Poutine en Alaska ?';
  const list = events(text, { entities: [per('Donald Trump'), per('Vladimir Putin', ['Vladimir Poutine'])] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'proposed');
});

test('the person mourned at a funeral is no party to a meeting on its sidelines', () => {
  const text = 'Les deux hommes pourraient s\'entretenir samedi en marge des funérailles du pape François, selon une source proche du dossier. Emmanuel Macron et Donald Trump ne se sont pas vus depuis février.';
  const list = events(text, { entities: [per('Pope Francis', ['pape François']), per('Emmanuel Macron'), per('Donald Trump')], timexes: [['samedi', '2025-07-12']] });
  for (const e of list) assert.ok(!names(e).includes('Pope Francis'), JSON.stringify(names(e)));
});

test('a meeting held is still told as occurred', () => {
  const text = "Emmanuel Macron a rencontré l'Allemand Friedrich Merz mardi à Berlin.";
  const list = events(text, { entities: [per('Emmanuel Macron'), per('Friedrich Merz'), DE], timexes: [['mardi', '2025-07-08']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'occurred');
});
