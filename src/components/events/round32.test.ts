// Round 32 (event dates): a long sentence-opening participle phrase dates the main clause's act ("Réunis jeudi à
// Paris autour de X et de Y, les membres … se sont engagés"); an act told as a sequel of the occasion just told
// ("se sont ensuite entretenus", "Dans la foulée, …") happened on the day told just before; "y" or "lors de cette
// rencontre" points back to the single day of the sentence before; talks closed by a dated statement ("a affirmé
// lundi que…, à l'issue d'un entretien téléphonique avec X") were held that day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureEvents, person, country, type EntitySpec } from './testing.ts';

const events = fixtureEvents('2025-09-05');
const PARIS: EntitySpec = { name: 'Paris', type: 'LOC', subtype: 'city' };
const LEADERS: EntitySpec[] = [person('Emmanuel Macron'), person('Volodymyr Zelensky'), person('Donald Trump'), country('UA', ['Ukraine']), PARIS];

// — a long participle opening —

test('"Réunis jeudi 4 septembre à Paris autour de X et de Y, les membres … se sont engagés": the commitment is dated Thursday', () => {
  const text = "Réunis jeudi 4 septembre à Paris autour d'Emmanuel Macron et de Volodymyr Zelensky, les membres de la coalition se sont engagés à apporter des garanties de sécurité à l'Ukraine.";
  const found = events(text, { entities: LEADERS, timexes: [['jeudi 4 septembre', '2025-09-04']] });
  const pledge = found.find((e) => e.type === 'AGREE');
  assert.equal(pledge?.date?.value, '2025-09-04');
});

test('guard: a long participle opening does not date a plan of the main clause ("doivent rencontrer")', () => {
  const text = "Arrivés jeudi 4 septembre à Paris après un long voyage depuis Kiev et Varsovie, les ministres ukrainiens doivent rencontrer Emmanuel Macron.";
  const found = events(text, { entities: LEADERS, timexes: [['jeudi 4 septembre', '2025-09-04']] });
  assert.ok(found.every((e) => e.date?.value !== '2025-09-04' || e.status !== 'occurred'));
});

// — sequels: "ensuite", "dans la foulée" —

const SUMMIT = "Les dirigeants de la coalition se sont réunis jeudi à Paris autour d'Emmanuel Macron. Le président français a salué un engagement sans faille des alliés de Kiev.";

test('"se sont ensuite entretenus au téléphone avec Donald Trump": the call is dated by the day told just before', () => {
  const text = `${SUMMIT} Emmanuel Macron et Volodymyr Zelensky se sont ensuite entretenus au téléphone avec Donald Trump.`;
  const found = events(text, { entities: LEADERS, timexes: [['jeudi', '2025-09-04']] });
  const call = found.find((e) => e.type === 'CONSULT' && e.actors.some((a) => a.name === 'Donald Trump'));
  assert.equal(call?.date?.value, '2025-09-04');
});

test('"Dans la foulée, X a rencontré Y" two sentences after a dated call: a fronted sequel opener dates the act by the day told before', () => {
  const text = "Donald Trump et Vladimir Poutine se sont entretenus lundi au téléphone. La conversation a été longue et franche. Dans la foulée, Volodymyr Zelensky a rencontré Emmanuel Macron à Paris.";
  const found = events(text, { entities: [...LEADERS, person('Vladimir Poutine')], timexes: [['lundi', '2025-09-01']] });
  const meeting = found.find((e) => e.type === 'CONSULT' && e.actors.some((a) => a.name === 'Volodymyr Zelensky'));
  assert.equal(meeting?.date?.value, '2025-09-01');
});

test('guard: a sequel whose sentence gives its own day keeps that day', () => {
  const text = `${SUMMIT} Emmanuel Macron et Volodymyr Zelensky se sont ensuite entretenus vendredi au téléphone avec Donald Trump.`;
  const found = events(text, { entities: LEADERS, timexes: [['jeudi', '2025-09-04'], ['vendredi', '2025-09-05']] });
  const call = found.find((e) => e.type === 'CONSULT' && e.actors.some((a) => a.name === 'Donald Trump'));
  assert.equal(call?.date?.value, '2025-09-05');
});

test('guard: "aussitôt" after a night told "de jeudi à vendredi" takes no day (the sequel may fall on the next one)', () => {
  const text = "Les forces ukrainiennes ont frappé dans la nuit de jeudi à vendredi des cibles russes. Donald Trump a aussitôt accusé Volodymyr Zelensky de prolonger la guerre.";
  const found = events(text, { entities: [...LEADERS, country('RU', ['russes'])], timexes: [['dans la nuit de jeudi à vendredi', '2025-09-04TNI']] });
  const accusation = found.find((e) => e.type === 'ACCUSE');
  assert.ok(accusation);
  assert.equal(accusation.date?.value, undefined);
});

test('guard: an act with no sequel marker after an undated sentence stays undated', () => {
  const text = `${SUMMIT} Emmanuel Macron et Volodymyr Zelensky se sont entretenus au téléphone avec Donald Trump.`;
  const found = events(text, { entities: LEADERS, timexes: [['jeudi', '2025-09-04']] });
  const call = found.find((e) => e.type === 'CONSULT' && e.actors.some((a) => a.name === 'Donald Trump'));
  assert.ok(call);
  assert.equal(call.date?.value, undefined);
});

// — "y", "lors de cette rencontre": the occasion of the sentence before —

test('"La réplique est tombée mercredi sur son réseau. Le président américain y a accusé X": Wednesday', () => {
  const text = "La réplique de Donald Trump est tombée mercredi sur son réseau Truth Social. Le président américain y a accusé Volodymyr Zelensky de nuire aux négociations.";
  const found = fixtureEvents('2025-04-23')(text, { entities: [person('Donald Trump', ['Donald Trump', 'Le président américain']), person('Volodymyr Zelensky')], timexes: [['mercredi', '2025-04-23']] });
  const accusation = found.find((e) => e.type === 'ACCUSE');
  assert.equal(accusation?.date?.value, '2025-04-23');
});

test('guard: "y" after a sentence giving two days takes neither', () => {
  const text = "La réplique de Donald Trump, annoncée mardi, est tombée mercredi sur son réseau Truth Social. Le président américain y a accusé Volodymyr Zelensky de nuire aux négociations.";
  const found = fixtureEvents('2025-04-23')(text, { entities: [person('Donald Trump', ['Donald Trump', 'Le président américain']), person('Volodymyr Zelensky')], timexes: [['mardi', '2025-04-22'], ['mercredi', '2025-04-23']] });
  const accusation = found.find((e) => e.type === 'ACCUSE');
  assert.ok(accusation);
  assert.equal(accusation.date?.value, undefined);
});

// — talks closed by a dated statement —

test('"a affirmé lundi 19 mai que…, à l\'issue d\'un long entretien téléphonique avec X": the call is dated Monday', () => {
  const text = "Donald Trump a affirmé lundi 19 mai que l'Ukraine allait entamer des négociations, à l'issue d'un long entretien téléphonique avec Vladimir Poutine.";
  const found = fixtureEvents('2025-05-20')(text, { entities: [person('Donald Trump'), person('Vladimir Poutine'), country('UA', ['Ukraine'])], timexes: [['lundi 19 mai', '2025-05-19']] });
  const call = found.find((e) => e.type === 'CONSULT' && e.actors.some((a) => a.name === 'Vladimir Poutine'));
  assert.equal(call?.date?.value, '2025-05-19');
});

test('guard: talks with a day of their own after the marker keep it ("à l\'issue de l\'entretien du 18 mai")', () => {
  const text = "Donald Trump a affirmé lundi 19 mai que l'Ukraine allait entamer des négociations, à l'issue de l'entretien du 18 mai avec Vladimir Poutine.";
  const found = fixtureEvents('2025-05-20')(text, { entities: [person('Donald Trump'), person('Vladimir Poutine'), country('UA', ['Ukraine'])], timexes: [['lundi 19 mai', '2025-05-19'], ['18 mai', '2025-05-18']] });
  const call = found.find((e) => e.type === 'CONSULT' && e.actors.some((a) => a.name === 'Vladimir Poutine'));
  assert.equal(call?.date?.value, '2025-05-18');
});

// — a coarse date restated by a finer one —

test('"Il y a une semaine, le 17 avril, X avait reçu Y": the meeting has one date, the day', () => {
  const text = "Il y a à peine une semaine, le 17 avril, Marco Rubio avait été reçu à l'Élysée par Emmanuel Macron pour une première réunion.";
  const found = fixtureEvents('2025-04-23')(text, { entities: [person('Marco Rubio'), person('Emmanuel Macron')], timexes: [['Il y a à peine une semaine', '2025-W16'], ['le 17 avril', '2025-04-17']] });
  const meetings = found.filter((e) => e.type === 'CONSULT');
  assert.ok(meetings.some((e) => e.date?.value === '2025-04-17'));
  assert.ok(meetings.every((e) => e.date?.value !== '2025-W16'));
});

test('guard: two days told together ("les 16 mai et 2 juin") stay two dates', () => {
  const text = "Marco Rubio a rencontré Emmanuel Macron les 16 mai et 2 juin à Paris.";
  const found = fixtureEvents('2025-06-05')(text, { entities: [person('Marco Rubio'), person('Emmanuel Macron')], timexes: [['16 mai', '2025-05-16'], ['2 juin', '2025-06-02']] });
  const days = found.filter((e) => e.type === 'CONSULT').map((e) => e.date?.value).sort();
  assert.deepEqual(days, ['2025-05-16', '2025-06-02']);
});

// — a sequel of a pluperfect episode —

const COLONNA = "Mardi, la ministre Catherine Colonna avait annoncé à Erevan la livraison d'équipements militaires à l'Arménie.";
const CAUCASUS: EntitySpec[] = [person('Catherine Colonna'), { name: 'Azerbaijan', type: 'LOC', subtype: 'country', id: 'country:AZ', forms: ['Bakou'] },
  { ...country('FR', ['Paris']) }, { name: 'Armenia', type: 'LOC', subtype: 'country', id: 'country:AM', forms: ['Arménie'] }];

test('"Mardi, X avait annoncé … Bakou avait aussitôt accusé Paris": the accusation is dated by that Tuesday', () => {
  const text = `${COLONNA} Bakou avait aussitôt accusé Paris de préparer le terrain à de nouvelles guerres.`;
  const found = fixtureEvents('2023-10-05')(text, { entities: CAUCASUS, timexes: [['Mardi', '2023-10-03']] });
  const accusation = found.find((e) => e.type === 'ACCUSE');
  assert.equal(accusation?.date?.value, '2023-10-03');
});

test('guard: a pluperfect sequel past a "depuis" stays background', () => {
  const text = `${COLONNA} Bakou avait aussitôt accusé Paris, depuis longtemps allié d'Erevan, de préparer de nouvelles guerres.`;
  const found = fixtureEvents('2023-10-05')(text, { entities: CAUCASUS, timexes: [['Mardi', '2023-10-03']] });
  const accusation = found.find((e) => e.type === 'ACCUSE');
  assert.ok(accusation);
  assert.notEqual(accusation.date?.value, '2023-10-03');
});
