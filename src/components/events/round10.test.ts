// Recall on a fresh set: diplomatic expulsions and recalls, pardons, prison sentences with their agent, agents after
// "par", reporting verbs inverted after a quote, calls told as a circumstance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventRecord } from '../../core/document.ts';
import { COUNTRY, actorNames as names, country, fixtureEvents, person as per } from './testing.ts';

const events = fixtureEvents('2025-03-14');
const role = (e: EventRecord | undefined, name: string) => e?.actors.find((a) => a.name === name)?.role;

test('expelling embassy agents is a diplomatic expulsion', () => {
  const text = "Le président Emmanuel Macron a décidé jeudi d'expulser quinze agents de l'ambassade russe à Paris.";
  const list = events(text, { entities: [per('Emmanuel Macron')], timexes: [['jeudi', '2025-03-13']] });
  const e = list.find((x) => x.type === 'SANCTION' && x.mode === 'expel');
  assert.equal(e?.date?.value, '2025-03-13');
  assert.deepEqual(names(e), ['Emmanuel Macron', 'Russia']);
});

test('recalling one\'s ambassador, a date between commas, is a sanction by the recalling state', () => {
  const text = "La France avait rappelé, le 3 mars, son ambassadeur à Moscou.";
  const list = events(text, { entities: [country('FR', ['France'])], timexes: [['le 3 mars', '2025-03-03']] });
  const e = list.find((x) => x.type === 'SANCTION');
  assert.equal(e?.date?.value, '2025-03-03');
  assert.ok(names(e).includes('France'));
});

test('"a rappelé que son ambassadeur" reminds, it recalls no one', () => {
  const text = "La France a rappelé jeudi que son ambassadeur restait en poste à Moscou.";
  const list = events(text, { entities: [country('FR', ['France'])], timexes: [['jeudi', '2025-03-13']] });
  assert.equal(list.filter((x) => x.type === 'SANCTION').length, 0);
});

test('a pardon told in the passive: the agent after "par" pardons, the subject is pardoned', () => {
  const text = "Le journaliste Ivan Petrov a été gracié jeudi par le président Alexandre Loukachenko.";
  const list = events(text, { entities: [per('Ivan Petrov'), per('Alexandre Loukachenko')], timexes: [['jeudi', '2025-03-13']] });
  const e = list.find((x) => x.type === 'RETREAT');
  assert.equal(e?.date?.value, '2025-03-13');
  assert.equal(role(e, 'Alexandre Loukachenko'), 'source');
  assert.equal(role(e, 'Ivan Petrov'), 'target');
});

test('a prison sentence whose court or state is not named makes no event', () => {
  const text = "Le journaliste Ivan Petrov, condamné mardi à six ans de prison pour « extrémisme », a fait appel.";
  const list = events(text, { entities: [per('Ivan Petrov')], timexes: [['mardi', '2025-03-11']] });
  assert.equal(list.filter((x) => x.type === 'COERCE' || x.type === 'ACCUSE').length, 0);
});

test('a prison sentence handed down by a named state is coercion of the sentenced', () => {
  const text = "La Russie a condamné mardi le journaliste Ivan Petrov à six ans de prison.";
  const list = events(text, { entities: [country('RU', ['Russie']), per('Ivan Petrov')], timexes: [['mardi', '2025-03-11']] });
  const e = list.find((x) => x.type === 'COERCE');
  assert.equal(e?.mode, 'sentence');
  assert.deepEqual(names(e), ['Ivan Petrov', 'Russia']);
  assert.ok(!list.some((x) => x.type === 'ACCUSE'));
});

test('an expulsion noun "annoncée par" a state is that state\'s', () => {
  const text = "Paris a réagi jeudi à l'expulsion de dix diplomates français annoncée lundi par Moscou.";
  const list = events(text, {
    entities: [{ name: 'Paris', type: 'LOC', subtype: 'city', actor: COUNTRY.FR }, { name: 'Moscou', type: 'LOC', subtype: 'city', actor: COUNTRY.RU }],
    timexes: [['jeudi', '2025-03-13'], ['lundi', '2025-03-10']],
  });
  const e = list.find((x) => x.type === 'SANCTION');
  assert.equal(role(e, 'Russia'), 'source');
});

test('the name after a reporting verb inverted after a quote is who speaks', () => {
  const text = "« Ces propos sont une provocation », a dénoncé jeudi la porte-parole Mao Ning.";
  const list = events(text, { entities: [per('Mao Ning')], timexes: [['jeudi', '2025-03-13']] });
  const e = list.find((x) => x.type === 'ACCUSE');
  assert.equal(role(e, 'Mao Ning'), 'source');
});

test('an accusation whose accuser is only quoted, never named, makes no event', () => {
  const text = "« Les autorités russes portent la responsabilité de cette crise », a dénoncé jeudi la présidence dans un communiqué.";
  const list = events(text, { entities: [country('RU', ['russes'])], timexes: [['jeudi', '2025-03-13']] });
  assert.equal(list.filter((x) => x.type === 'ACCUSE').length, 0);
});

test('a call told as the circumstance of a verb that is no event takes the verb\'s day', () => {
  const text = "Emmanuel Macron avait présenté le 3 février ses condoléances à Recep Tayyip Erdogan lors d'un appel téléphonique.";
  const list = events(text, { entities: [per('Emmanuel Macron'), per('Recep Tayyip Erdogan')], timexes: [['le 3 février', '2025-02-03']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.equal(e?.mode, 'phone');
  assert.equal(e?.date?.value, '2025-02-03');
});
