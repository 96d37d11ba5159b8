// Round 25 (recall): an arrest told by "a été interpellé" (not a passer-by questioning someone), and a war launched
// ("a lancé une guerre contre", not a trade or price war).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureEvents, person, country, type EntitySpec } from './testing.ts';

const events = fixtureEvents('2025-06-16T09:00:00Z');
const IL = country('IL', ['Israël']);
const IR: EntitySpec = { name: 'Iran', id: 'country:IR', type: 'LOC', subtype: 'country', forms: ['Iran', 'iranien'] };
const CN = country('CN', ['Chine']);
const US = country('US', ['États-Unis']);

// — arrests —

test('"a été interpellé à son domicile par la police" is an arrest', () => {
  const evs = events("Samedi, l'opposant Jorge Glas a été interpellé à son domicile par la police.", { entities: [person('Jorge Glas')], timexes: [['Samedi', '2025-06-14']] });
  assert.ok(evs.some((e) => e.type === 'COERCE' && e.mode === 'arrest' && e.date?.value === '2025-06-14'));
});

test('"ont été interpellés dimanche" in the plural is an arrest too', () => {
  const evs = events("Deux journalistes français ont été interpellés dimanche à Téhéran par les forces de sécurité iraniennes.", { entities: [{ ...IR, forms: ['Téhéran', 'iraniennes'] }], timexes: [['dimanche', '2025-06-15']] });
  assert.ok(evs.some((e) => e.type === 'COERCE' && e.mode === 'arrest'));
});

test('"a été interpellé par un passant" is a question put to him, no arrest', () => {
  const evs = events("Samedi, Emmanuel Macron a été interpellé par un passant sur les retraites.", { entities: [person('Emmanuel Macron')], timexes: [['Samedi', '2025-06-14']] });
  assert.ok(!evs.some((e) => e.type === 'COERCE'));
});

test('"a interpellé le gouvernement" (active, a deputy questioning) is no arrest', () => {
  const evs = events("Mardi, la députée a interpellé le gouvernement sur la situation à Gaza.", { entities: [], timexes: [['Mardi', '2025-06-10']] });
  assert.ok(!evs.some((e) => e.type === 'COERCE'));
});

// — a war launched —

test('"Israël a lancé une guerre contre l\'Iran" is an assault', () => {
  const evs = events("Le 13 juin, Israël a lancé une guerre contre l'Iran.", { entities: [IL, IR], timexes: [['Le 13 juin', '2025-06-13']] });
  assert.ok(evs.some((e) => e.type === 'ASSAULT' && e.date?.value === '2025-06-13'));
});

test('"a déclenché la guerre" with the launcher named is an assault', () => {
  const evs = events("Le 13 juin, l'armée israélienne a déclenché la guerre en frappant des sites nucléaires en Iran.", { entities: [{ ...IL, forms: ['israélienne'] }, IR], timexes: [['Le 13 juin', '2025-06-13']] });
  assert.ok(evs.some((e) => e.type === 'ASSAULT'));
});

test('"a lancé une guerre commerciale" is no assault', () => {
  const evs = events("En avril, la Chine a lancé une guerre commerciale contre les États-Unis.", { entities: [CN, US], timexes: [['En avril', '2025-04']] });
  assert.ok(!evs.some((e) => e.type === 'ASSAULT'));
});

// — support given to a plan, a proposal, a candidacy —

const MA: EntitySpec = { name: 'Morocco', id: 'country:MA', type: 'LOC', subtype: 'country', forms: ['marocain', 'Maroc'] };
const FR = country('FR', ['Paris', 'France']);

test('"Paris avait apporté son soutien au plan d\'autonomie marocain" is support', () => {
  const evs = events("En juillet 2024, Paris avait apporté son soutien au plan d'autonomie marocain pour le Sahara occidental.", { entities: [FR, MA], timexes: [['En juillet 2024', '2024-07']] });
  assert.ok(evs.some((e) => e.type === 'SUPPORT' && e.date?.value === '2024-07'));
});

test('"a réaffirmé mardi son soutien à la candidature" sees through the date word', () => {
  const evs = events("La France a réaffirmé mardi son soutien à la candidature de l'Ukraine à l'Union européenne.", { entities: [FR, country('UA', ['Ukraine'])], timexes: [['mardi', '2025-06-10']] });
  assert.ok(evs.some((e) => e.type === 'SUPPORT' && e.date?.value === '2025-06-10'));
});

test('"a annoncé son soutien à la candidature" is support too', () => {
  const DZ: EntitySpec = { name: 'Algeria', id: 'country:DZ', type: 'LOC', subtype: 'country', forms: ["l'Algérie"] };
  const evs = events("Lundi, la France a annoncé son soutien à la candidature de l'Algérie au Conseil de sécurité.", { entities: [FR, DZ], timexes: [['Lundi', '2025-06-09']] });
  assert.ok(evs.some((e) => e.type === 'SUPPORT'));
});

test('support to a government during a visit ("son soutien au nouveau pouvoir libanais") is no event of its own', () => {
  const LB: EntitySpec = { name: 'Lebanon', id: 'country:LB', type: 'LOC', subtype: 'country', forms: ['libanais'] };
  const evs = events("Vendredi, le président français a apporté son soutien au nouveau pouvoir libanais.", { entities: [LB], timexes: [['Vendredi', '2025-06-13']] });
  assert.ok(!evs.some((e) => e.type === 'SUPPORT'));
});

test('"n\'a pas apporté son soutien au plan" is no support', () => {
  const evs = events("Lundi, la France n'a pas apporté son soutien au plan américain.", { entities: [FR, country('US', ['américain'])], timexes: [['Lundi', '2025-06-09']] });
  assert.ok(!evs.some((e) => e.type === 'SUPPORT'));
});

test('"a apporté son soutien militaire" is aid, not this support', () => {
  const evs = events("Lundi, la France a apporté son soutien militaire au plan de défense ukrainien.", { entities: [FR, country('UA', ['ukrainien'])], timexes: [['Lundi', '2025-06-09']] });
  assert.ok(!evs.some((e) => e.type === 'SUPPORT'));
});

// — an assembly authorising a deployment —

const UNSC: EntitySpec = { name: 'United Nations Security Council', id: 'org:unsc', type: 'ORG', forms: ["Conseil de sécurité de l'ONU", 'Conseil de sécurité'] };

test('"le Conseil de sécurité avait autorisé le 2 octobre le déploiement de cette force" is an agreement', () => {
  const evs = events("Le Conseil de sécurité de l'ONU avait autorisé le 2 octobre le déploiement de cette force, dont le Kenya avait proposé de prendre la tête.",
    { entities: [UNSC, { name: 'Kenya', id: 'country:KE', type: 'LOC', subtype: 'country', forms: ['Kenya'] }], timexes: [['le 2 octobre', '2023-10-02']] });
  assert.ok(evs.some((e) => e.type === 'AGREE' && e.date?.value === '2023-10-02'));
});

test('"le Parlement a autorisé l\'envoi de troupes" is an agreement too', () => {
  const TR: EntitySpec = { name: 'Grand National Assembly of Turkey', id: 'org:tbmm', type: 'ORG', forms: ['Parlement turc'] };
  const evs = events("Lundi, le Parlement turc a autorisé l'envoi de troupes en Libye.", { entities: [TR], timexes: [['Lundi', '2025-06-09']] });
  assert.ok(evs.some((e) => e.type === 'AGREE'));
});

test('a president authorising a deployment is no assembly vote', () => {
  const evs = events("Lundi, Donald Trump a autorisé le déploiement de la Garde nationale à Chicago.", { entities: [person('Donald Trump')], timexes: [['Lundi', '2025-06-09']] });
  assert.ok(!evs.some((e) => e.type === 'AGREE'));
});

test('"le Conseil de sécurité n\'a pas autorisé le déploiement" is no agreement', () => {
  const evs = events("Lundi, le Conseil de sécurité n'a pas autorisé le déploiement de la force.", { entities: [UNSC], timexes: [['Lundi', '2025-06-09']] });
  assert.ok(!evs.some((e) => e.type === 'AGREE'));
});

// — a deadline set to a government —

test('"la Cédéao a fixé un délai d\'une semaine aux militaires nigériens" is a threat', () => {
  const ECOWAS: EntitySpec = { name: 'ECOWAS', id: 'org:ecowas', type: 'ORG', forms: ['Cédéao'] };
  const NE: EntitySpec = { name: 'Niger', id: 'country:NE', type: 'LOC', subtype: 'country', forms: ['nigériens'] };
  const evs = events("Lundi, la Cédéao a fixé un délai d'une semaine aux militaires nigériens pour rétablir le président Bazoum.", { entities: [ECOWAS, NE], timexes: [['Lundi', '2025-06-09']] });
  assert.ok(evs.some((e) => e.type === 'THREATEN' && e.date?.value === '2025-06-09'));
});

test('"avait toutefois fixé un délai": an adverb between the auxiliary and the verb', () => {
  const evs = events("Le 18 octobre, Antony Blinken avait toutefois fixé un délai au Venezuela pour réintégrer les candidats.", { entities: [person('Antony Blinken'), { name: 'Venezuela', id: 'country:VE', type: 'LOC', subtype: 'country', forms: ['Venezuela'] }], timexes: [['Le 18 octobre', '2023-10-18']] });
  assert.ok(evs.some((e) => e.type === 'THREATEN'));
});

test('"le tribunal a fixé un délai de recours" is procedure, no threat', () => {
  const evs = events("Lundi, le tribunal de Paris a fixé un délai de recours de deux mois à la société.", { entities: [], timexes: [['Lundi', '2025-06-09']] });
  assert.ok(!evs.some((e) => e.type === 'THREATEN'));
});

// — a release called into question —

test('"a remis en cause la libération des otages" questions a release, it tells none', () => {
  const HA: EntitySpec = { name: 'Hamas', id: 'org:hamas', type: 'ORG', forms: ['Hamas'] };
  const evs = events("Samedi, le Hamas a remis en cause la libération des otages israéliens.", { entities: [HA, country('IL', ['israéliens'])], timexes: [['Samedi', '2025-06-14']] });
  assert.ok(!evs.some((e) => e.type === 'RETREAT'));
});

test('"a obtenu la libération des otages" is a release all the same', () => {
  const HA: EntitySpec = { name: 'Hamas', id: 'org:hamas', type: 'ORG', forms: ['Hamas'] };
  const evs = events("Samedi, le Qatar a obtenu du Hamas la libération des otages israéliens.", { entities: [{ name: 'Qatar', id: 'country:QA', type: 'LOC', subtype: 'country', forms: ['Qatar'] }, HA, country('IL', ['israéliens'])], timexes: [['Samedi', '2025-06-14']] });
  assert.ok(evs.some((e) => e.type === 'RETREAT'));
});
