// Round 26 (dates & actors): a visit made "pour rencontrer" someone is that meeting; talks only proposed do not fold into
// talks held; "Quelques heures plus tard," dates by the day told before, not as a vague future; an event noun told years
// before the clause's day ("trois ans après le début de l'invasion") does not take that day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureEvents, person, actorNames, type EntitySpec } from './testing.ts';
import { mergeMentions } from './merge.ts';
import type { EventActor, EventRecord } from '../../core/document.ts';

const c = (code: string, name: string, forms: string[]): EntitySpec => ({ name, id: `country:${code}`, type: 'LOC', subtype: 'country', forms });
const actor = (code: string, name: string): EventActor => ({ entity: `country:${code}`, name, aliases: [], role: 'participant' });

/** CONSULT records of one sentence, one per [trigger word, mode, actors, status]. */
function talks(sentence: string, specs: [string, string | null, EventActor[], EventRecord['status']?][], day: string | null): { record: EventRecord; sentence: number }[] {
  return specs.map(([word, mode, actors, status], k) => {
    const start = sentence.indexOf(word);
    return { sentence: 0, record: { id: `e${k}`, type: 'CONSULT', mode, status: status ?? 'occurred', date: day ? { value: day, text: 'le 15 mai' } : null, place: null,
      actors: actors.map((a) => ({ ...a })), evidence: { text: sentence, start: 0, end: sentence.length }, trigger: { text: word, start, end: start + word.length } } };
  });
}

const BALTS = [actor('EE', 'Estonia'), actor('LV', 'Latvia'), actor('LT', 'Lithuania')];
const ZOURABICHVILI: EventActor = { entity: 'per:zourabichvili', name: 'Salome Zourabichvili', aliases: [], role: 'participant' };

// — a visit made to meet someone —

test('"s\'étaient rendus à Tbilissi pour rencontrer la présidente" is one encounter', () => {
  const text = "Le 15 mai, les ministres des Affaires étrangères de l'Estonie, de la Lettonie et de la Lituanie s'étaient rendus à Tbilissi pour rencontrer la présidente.";
  const out = mergeMentions(talks(text, [['rendus', 'visit', [...BALTS, actor('GE', 'Georgia')]], ['rencontrer', null, [...BALTS, ZOURABICHVILI]]], '2024-05-15'));
  assert.equal(out.length, 1);
  assert.ok(actorNames(out[0]).includes('Salome Zourabichvili'));
});

test('a visit and a meeting told after "avant de" stay two encounters', () => {
  const text = "Le 15 mai, les ministres de l'Estonie, de la Lettonie et de la Lituanie s'étaient rendus à Tbilissi, avant de rencontrer la présidente à Batoumi.";
  const out = mergeMentions(talks(text, [['rendus', 'visit', [...BALTS, actor('GE', 'Georgia')]], ['rencontrer', null, [...BALTS, ZOURABICHVILI]]], '2024-05-15'));
  assert.equal(out.length, 2);
});

// — proposed talks are not the talks held —

test('talks the Turkish president proposes do not fold into the US-Russia talks held that day', () => {
  const held = "Américains et Russes se réunissaient mardi en Arabie saoudite.";
  const proposed = "« La Turquie serait un hôte idéal pour des pourparlers entre la Russie, l'Ukraine et les États-Unis », a déclaré le chef de l'État turc.";
  const [a] = talks(held, [['réunissaient', null, [actor('US', 'United States'), actor('RU', 'Russia')]]], '2025-02-18');
  const [b] = talks(proposed, [['pourparlers', null, [actor('TR', 'Türkiye'), actor('RU', 'Russia'), actor('UA', 'Ukraine'), actor('US', 'United States')], 'proposed']], null);
  b.sentence = 1;
  const out = mergeMentions([a, b]);
  assert.equal(out.length, 2);
  assert.deepEqual(actorNames(out.find((e) => e.date)), ['Russia', 'United States']);
});

test('an undated mention of the same talks held still folds into the dated one', () => {
  const held = "Américains et Russes se sont réunis mardi à Riyad.";
  const sequel = "Les discussions entre Américains et Russes ont duré quatre heures et demie.";
  const [a] = talks(held, [['réunis', null, [actor('US', 'United States'), actor('RU', 'Russia')]]], '2025-02-18');
  const [b] = talks(sequel, [['discussions', null, [actor('US', 'United States'), actor('RU', 'Russia')]]], null);
  b.sentence = 1;
  assert.equal(mergeMentions([a, b]).length, 1);
});

// — "Quelques heures plus tard," —

const treasury = fixtureEvents('2025-10-23T08:00:00Z');
const TREASURY: EntitySpec[] = [person('Donald Trump', ['Donald Trump']), person('Scott Bessent', ['Scott Bessent']),
  { name: 'Rosneft', type: 'ORG', forms: ['Rosneft'] }, c('RU', 'Russia', ['Moscou']), c('HU', 'Hungary', ['Hongrie'])];
const SUMMIT = "Donald Trump a annulé mercredi son sommet avec Vladimir Poutine en Hongrie. ";

test('"Quelques heures plus tard, … annonçait des sanctions" takes the day told before, as an act that occurred', () => {
  const list = treasury(SUMMIT + "Quelques heures plus tard, le secrétaire au Trésor, Scott Bessent, annonçait des sanctions contre Rosneft.",
    { entities: TREASURY, timexes: [['mercredi', '2025-10-22'], ['plus tard', 'FUTURE_REF']] });
  const e = list.find((x) => x.type === 'SANCTION');
  assert.equal(e?.date?.value, '2025-10-22');
  assert.equal(e?.status, 'occurred');
});

test('"Quelques heures plus tard" with a day of its own keeps that day', () => {
  const list = treasury(SUMMIT + "Quelques heures plus tard, jeudi, le secrétaire au Trésor, Scott Bessent, annonçait des sanctions contre Rosneft.",
    { entities: TREASURY, timexes: [['mercredi', '2025-10-22'], ['plus tard', 'FUTURE_REF'], ['jeudi', '2025-10-23']] });
  assert.equal(list.find((x) => x.type === 'SANCTION')?.date?.value, '2025-10-23');
});

// — an event noun told years before the clause's day —

const call = fixtureEvents('2025-02-13T09:00:00Z');
const INVASION: EntitySpec[] = [c('RU', 'Russia', ['Russie', 'russe']), c('UA', 'Ukraine', ['Ukraine']), person('Donald Trump', ['Donald Trump']), person('Vladimir Poutine', ['Vladimir Poutine'])];

test('"Près de trois ans après le début de l\'invasion russe" does not date the invasion on the clause\'s day', () => {
  const list = call("Près de trois ans après le début de l'invasion russe de l'Ukraine, Donald Trump a brisé mercredi l'isolement diplomatique de Vladimir Poutine.",
    { entities: INVASION, timexes: [['mercredi', '2025-02-12']] });
  assert.ok(!list.some((x) => x.type === 'ASSAULT' && x.date?.value === '2025-02-12'));
});

test('an invasion told years before with a month after it still never takes the clause\'s day', () => {
  const list = call("Trois ans après l'invasion russe de l'Ukraine de février 2022, Donald Trump a brisé mercredi l'isolement diplomatique de Vladimir Poutine.",
    { entities: INVASION, timexes: [['février 2022', '2022-02'], ['mercredi', '2025-02-12']] });
  assert.ok(!list.some((x) => x.type === 'ASSAULT' && x.date?.value === '2025-02-12'));
});

test('"trois jours après l\'attaque" (days, not years) is still dated by the day offset', () => {
  const list = call("Trois jours après l'attaque russe contre l'Ukraine, Donald Trump a appelé mercredi Vladimir Poutine.",
    { entities: INVASION, timexes: [['mercredi', '2025-02-12']] });
  assert.equal(list.find((x) => x.type === 'ASSAULT')?.date?.value, '2025-02-09');
});

// — ships struck off a country's coast —

const navy = fixtureEvents('2025-12-03T08:00:00Z');
const NAVY: EntitySpec[] = [c('TR', 'Türkiye', ['Turquie']), c('UA', 'Ukraine', ['Ukraine']), c('RU', 'Russia', ['Russie'])];

test('"frappés par des drones navals au large des côtes turques" does not make Turkey the country hit', () => {
  const list = navy("Vendredi, deux pétroliers ont été frappés par des drones navals au large des côtes turques.", { entities: NAVY, timexes: [['Vendredi', '2025-11-28']] });
  assert.ok(!list.some((x) => x.type === 'ASSAULT' && x.actors.some((a) => a.name === 'Türkiye')));
});

test('"des frappes contre des installations turques" still names Turkey as the country hit', () => {
  const list = navy("Vendredi, la Russie a mené des frappes contre des installations turques.", { entities: NAVY, timexes: [['Vendredi', '2025-11-28']] });
  assert.ok(list.some((x) => x.type === 'ASSAULT' && x.actors.some((a) => a.name === 'Türkiye' && a.role === 'target')));
});

// — a talk noun whose sides follow "entre" —

const ankara = fixtureEvents('2025-02-18T18:00:00Z');
const ANKARA: EntitySpec[] = [c('TR', 'Türkiye', ['turc']), c('UA', 'Ukraine', ['ukrainien', 'Kiev']), c('US', 'United States', ['américaine']), c('RU', 'Russia', ['russe']),
  person('Recep Tayyip Erdogan', ['Recep Tayyip Erdogan']), person('Volodymyr Zelensky', ['Volodymyr Zelensky'])];
const RECEIVED = "Le président turc Recep Tayyip Erdogan a reçu mardi son homologue ukrainien Volodymyr Zelensky à Ankara, quelques heures après la fin d'une réunion ";

test('"après la fin d\'une réunion entre les chefs de la diplomatie américaine et russe" does not add the host to that meeting', () => {
  const list = ankara(RECEIVED + "entre les chefs de la diplomatie américaine et russe à Riyad, dont Kiev avait été tenue à l'écart.",
    { entities: ANKARA, timexes: [['mardi', '2025-02-18']] });
  const riyadh = list.find((x) => x.type === 'CONSULT' && x.actors.some((a) => a.name === 'Russia'));
  assert.ok(riyadh);
  assert.ok(!riyadh.actors.some((a) => a.name === 'Recep Tayyip Erdogan' || a.name === 'Ukraine'));
});

test('the visit told in the same sentence keeps its host and guest', () => {
  const list = ankara(RECEIVED + "entre les chefs de la diplomatie américaine et russe à Riyad.", { entities: ANKARA, timexes: [['mardi', '2025-02-18']] });
  const visit = list.find((x) => x.type === 'CONSULT' && x.date?.value === '2025-02-18' && x.actors.some((a) => a.name === 'Volodymyr Zelensky'));
  assert.ok(visit?.actors.some((a) => a.name === 'Recep Tayyip Erdogan'));
});
