// Verbs told in the conditional: the future in the past of a report ("a annoncé qu'il s'entretiendrait lundi avec …")
// is a planned event, the same form without a report ("selon des médias, il se rendrait …") an unconfirmed one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureEvents, person, type EntitySpec } from './testing.ts';

const events = fixtureEvents('2025-05-17T18:00:00Z');
const LB: EntitySpec = { name: 'Lebanon', id: 'country:LB', type: 'LOC', subtype: 'country', forms: ['Liban'] };

test('"a annoncé qu\'il s\'entretiendrait lundi avec X" is a planned call on Monday', () => {
  const evs = events("Le président Donald Trump a annoncé samedi qu'il s'entretiendrait lundi au téléphone avec Vladimir Poutine.", { entities: [person('Donald Trump'), person('Vladimir Putin', ['Vladimir Poutine'])], timexes: [['samedi', '2025-05-17'], ['lundi', '2025-05-19']] });
  const call = evs.find((e) => e.type === 'CONSULT');
  assert.equal(call?.status, 'planned');
  assert.equal(call?.date?.value, '2025-05-19');
  assert.deepEqual(call?.actors.map((a) => a.name).sort(), ['Donald Trump', 'Vladimir Putin']);
});

test('"s\'entretiendraient" without a report is an unconfirmed meeting', () => {
  const evs = events('Selon des médias turcs, Donald Trump et Vladimir Poutine s\'entretiendraient lundi.', { entities: [person('Donald Trump'), person('Vladimir Putin', ['Vladimir Poutine'])], timexes: [['lundi', '2025-05-19']] });
  assert.ok(evs.every((e) => e.status !== 'planned' && e.status !== 'occurred'));
});

test('a long subject between "a indiqué que" and the conditional keeps the report: planned', () => {
  const evs = events("L'Élysée a indiqué que le ministre des Affaires étrangères Jean-Noël Barrot se rendrait prochainement au Liban.", { entities: [person('Jean-Noël Barrot'), LB], timexes: [] });
  assert.equal(evs.find((e) => e.type === 'CONSULT')?.status, 'planned');
});

test('a report closed before a quotation does not reach a conditional inside it', () => {
  const evs = events("Le ministre a déclaré que rien n'était décidé ; « Jean-Noël Barrot se rendrait au Liban », affirme un diplomate anonyme.", { entities: [person('Jean-Noël Barrot'), LB], timexes: [] });
  assert.ok(!evs.some((e) => e.type === 'CONSULT' && e.status === 'planned'));
});

test('a reporting verb a few words before its "que" still makes the conditional planned', () => {
  const evs = events("Donald Trump a annoncé samedi sur son réseau Truth Social qu'il s'entretiendrait lundi avec Vladimir Poutine.", { entities: [person('Donald Trump'), person('Vladimir Putin', ['Vladimir Poutine'])], timexes: [['samedi', '2025-05-17'], ['lundi', '2025-05-19']] });
  assert.equal(evs.find((e) => e.type === 'CONSULT')?.status, 'planned');
});
