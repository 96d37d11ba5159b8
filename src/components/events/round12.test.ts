// Recall across sets: the subject of a reporting verb after appositions, "il" after a quote's reporting clause, and
// the day of one's own talk told just before ("après son entretien").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorNames as names, country, fixtureEvents, person as per } from './testing.ts';

const events = fixtureEvents('2025-06-18');

test('a subject and its appositions before ", a annoncé" are the subject of the sanctions announced', () => {
  const text = 'Le chancelier allemand, Friedrich Merz, président en exercice du Conseil, a annoncé de nouvelles sanctions contre la Russie.';
  const list = events(text, { entities: [per('Friedrich Merz'), country('RU', ['Russie'])] });
  const e = list.find((x) => x.type === 'SANCTION');
  assert.ok(names(e).includes('Friedrich Merz'));
});

test('a clause with its own verb before ", a indiqué" lends no subject to what the reporting clause tells', () => {
  const text = 'Vladimir Poutine a refusé de commenter, a indiqué mardi Dmitri Peskov, évoquant une rencontre avec Donald Trump.';
  const list = events(text, { entities: [per('Vladimir Poutine'), per('Dmitri Peskov'), per('Donald Trump')], timexes: [['mardi', '2025-06-17']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(!names(e).includes('Vladimir Poutine'));
});

test('"il" opening the sentence after a quote and its reporting clause is the speaker', () => {
  const text = "« Nous n'étions pas informés », a déclaré le chef de l'Etat français, qui se dit préoccupé. Il s'est entretenu jeudi au téléphone avec Mark Rutte.";
  const list = events(text, {
    entities: [per('Emmanuel Macron', ["le chef de l'Etat français"]), per('Mark Rutte')],
    timexes: [['jeudi', '2025-06-12']],
    quotes: [{ text: "Nous n'étions pas informés", speaker: 'Emmanuel Macron', entity: 'local:Emmanuel Macron' }],
  });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.deepEqual(names(e), ['Emmanuel Macron', 'Mark Rutte']);
});

test('"après son entretien avec X" takes the one day its clause tells', () => {
  const text = "Emmanuel Macron s'est dit optimiste mercredi, à l'Elysée, après son entretien d'une heure avec Friedrich Merz.";
  const list = events(text, { entities: [per('Emmanuel Macron'), per('Friedrich Merz')], timexes: [['mercredi', '2025-06-18']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.equal(e?.date?.value, '2025-06-18');
  assert.deepEqual(names(e), ['Emmanuel Macron', 'Friedrich Merz']);
});

test('"trois jours après son sommet" is an offset, not the day of the clause', () => {
  const text = 'Trois jours après son sommet avec Vladimir Poutine, Donald Trump a reçu lundi Volodymyr Zelensky.';
  const list = events(text, { entities: [per('Donald Trump'), per('Vladimir Poutine'), per('Volodymyr Zelensky')], timexes: [['lundi', '2025-06-16']] });
  const summit = list.find((x) => x.type === 'CONSULT' && names(x).includes('Vladimir Poutine'));
  assert.notEqual(summit?.date?.value, '2025-06-16');
});
