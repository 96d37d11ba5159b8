// Round 18: events dated by another event of the article ("La libération est intervenue quelques heures après la
// rencontre…", "quelques heures après un entretien…").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureEvents, person, country, actorNames } from './testing.ts';

const events = fixtureEvents('2025-06-22T09:00:00Z');

test('a release told first dates the meeting it came "quelques heures après"', () => {
  const text = "L'opposant Ilya Iachine a été libéré samedi par le régime d'Alexandre Loukachenko. "
    + "La libération est intervenue quelques heures après la rencontre, à Minsk, entre Alexandre Loukachenko et Keith Kellogg.";
  const evs = events(text, {
    entities: [person('Ilya Iachine'), person('Alexandre Loukachenko'), person('Keith Kellogg')],
    timexes: [['samedi', '2025-06-21']],
  });
  const meeting = evs.find((e) => e.type === 'CONSULT');
  assert.equal(meeting?.date?.value, '2025-06-21');
  assert.deepEqual(actorNames(meeting), ['Alexandre Loukachenko', 'Keith Kellogg']);
});

test('"quelques heures après" a meeting dates it on the day of the dated event of its sentence', () => {
  const text = "Les ministres Sergueï Lavrov et Marco Rubio ont signé dimanche un accord à Riyad, quelques heures après un entretien entre Vladimir Poutine et Donald Trump.";
  const evs = events(text, {
    entities: [person('Sergueï Lavrov'), person('Marco Rubio'), person('Vladimir Poutine'), person('Donald Trump')],
    timexes: [['dimanche', '2025-06-22']],
  });
  const call = evs.find((e) => e.type === 'CONSULT' && actorNames(e).includes('Donald Trump'));
  assert.equal(call?.date?.value, '2025-06-22');
});

test('"quelques jours après" gives no day: the meeting stays undated', () => {
  const text = "Les ministres Sergueï Lavrov et Marco Rubio ont signé dimanche un accord à Riyad, quelques jours après un entretien entre Vladimir Poutine et Donald Trump.";
  const evs = events(text, {
    entities: [person('Sergueï Lavrov'), person('Marco Rubio'), person('Vladimir Poutine'), person('Donald Trump')],
    timexes: [['dimanche', '2025-06-22']],
  });
  const call = evs.find((e) => e.type === 'CONSULT' && actorNames(e).includes('Donald Trump'));
  assert.equal(call?.date ?? null, null);
});

test('a subject event noun with no dated event of its type told before dates nothing', () => {
  const text = "L'opposant Ilya Iachine a été arrêté samedi à Minsk. "
    + "La libération est intervenue quelques heures après la rencontre, à Minsk, entre Alexandre Loukachenko et Keith Kellogg.";
  const evs = events(text, {
    entities: [person('Ilya Iachine'), person('Alexandre Loukachenko'), person('Keith Kellogg')],
    timexes: [['samedi', '2025-06-21']],
  });
  const meeting = evs.find((e) => e.type === 'CONSULT');
  assert.equal(meeting?.date ?? null, null);
});

test('a subject noun told with another verb than "intervenir" does not place the meeting', () => {
  const text = "L'opposant Ilya Iachine a été libéré samedi par le régime d'Alexandre Loukachenko. "
    + "La libération a été saluée quelques heures après la rencontre, à Minsk, entre Alexandre Loukachenko et Keith Kellogg.";
  const evs = events(text, {
    entities: [person('Ilya Iachine'), person('Alexandre Loukachenko'), person('Keith Kellogg')],
    timexes: [['samedi', '2025-06-21']],
  });
  const meeting = evs.find((e) => e.type === 'CONSULT');
  assert.equal(meeting?.date ?? null, null);
});

test('an event told in "où" after the place of a dated meeting happened at that meeting', () => {
  const text = "Vladimir Poutine et Kim Jong-un s'étaient rencontrés en juin 2024 à Pyongyang, où ils avaient signé un accord de défense mutuelle.";
  const evs = events(text, { entities: [person('Vladimir Poutine'), person('Kim Jong-un')], timexes: [['en juin 2024', '2024-06']] });
  const deal = evs.find((e) => e.type === 'AGREE');
  assert.equal(deal?.date?.value, '2024-06');
});

test('"où" after a place with no date before it gives no date', () => {
  const text = "Vladimir Poutine et Kim Jong-un se sont rencontrés à Pyongyang, où ils avaient signé un accord de défense mutuelle.";
  const evs = events(text, { entities: [person('Vladimir Poutine'), person('Kim Jong-un')] });
  const deal = evs.find((e) => e.type === 'AGREE');
  assert.equal(deal?.date ?? null, null);
});

test('a quoted event after "où" keeps no date', () => {
  const text = "Vladimir Poutine et Kim Jong-un se sont rencontrés en juin 2024 à Pyongyang, où « ils ont signé un accord de défense », selon Moscou.";
  const evs = events(text, { entities: [person('Vladimir Poutine'), person('Kim Jong-un')], timexes: [['en juin 2024', '2024-06']],
    quotes: [{ text: 'ils ont signé un accord de défense', speaker: 'Moscou' }] });
  const deal = evs.find((e) => e.type === 'AGREE');
  assert.equal(deal?.date ?? null, null);
});

test('"où" after a dated visit gives no date to an act whose actors the visit does not name', () => {
  const text = "Des diplomates s'étaient rendus en juin 2024 à Kiev, où ils avaient signé un accord avec Volodymyr Zelensky.";
  const evs = events(text, { entities: [person('Ulf Kristersson'), person('Volodymyr Zelensky')], timexes: [['en juin 2024', '2024-06']] });
  const deal = evs.find((e) => e.type === 'AGREE');
  assert.ok(deal);
  assert.equal(deal.date ?? null, null);
});
