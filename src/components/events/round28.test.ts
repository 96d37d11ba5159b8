// Round 28 (dates & actors): "ce dernier" / "cette dernière" opening a clause is the person named last before it; "il"
// after a sentence whose one named person is its subject continues that person; a year right after a participle set off
// by commas ("le traité …, signé en 1960,") dates that participle, not the clause's event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureEvents, person, actorNames, type EntitySpec } from './testing.ts';

const c = (code: string, name: string, forms: string[]): EntitySpec => ({ name, id: `country:${code}`, type: 'LOC', subtype: 'country', forms });

// — "ce dernier", "cette dernière" —

const rome = fixtureEvents('2025-07-09');
const ROME_PEOPLE = [person('Friedrich Merz'), person('Keith Kellogg'), person('Volodymyr Zelensky')];

test('"Ce dernier doit s\'entretenir jeudi avec X": the person named last before is the other side, and the talk is dated', () => {
  const text = "Le chancelier allemand Friedrich Merz et l'émissaire américain pour l'Ukraine, Keith Kellogg, ont confirmé leur venue. Ce dernier doit s'entretenir jeudi avec Volodymyr Zelensky en marge des travaux, selon la présidence ukrainienne.";
  const talk = rome(text, { entities: ROME_PEOPLE, timexes: [['jeudi', '2025-07-10']] }).find((e) => e.type === 'CONSULT');
  assert.deepEqual(actorNames(talk), ['Keith Kellogg', 'Volodymyr Zelensky']);
  assert.equal(talk?.date?.value, '2025-07-10');
});

const diplomats = fixtureEvents('2025-07-09');
const DIPLOMATS = [person('Annalena Baerbock'), person('Sergueï Lavrov'), person('Wang Yi')];

test('"Cette dernière" passes over a man named after the woman it stands for', () => {
  const text = "La ministre allemande Annalena Baerbock a critiqué le chef de la diplomatie russe, Sergueï Lavrov. Cette dernière doit rencontrer jeudi Wang Yi à Pékin.";
  const talk = diplomats(text, { entities: DIPLOMATS, timexes: [['jeudi', '2025-07-10']] }).find((e) => e.type === 'CONSULT');
  assert.deepEqual(actorNames(talk), ['Annalena Baerbock', 'Wang Yi']);
});

test('"Ce dernier" after a place named last stands for no person', () => {
  const text = "Sergueï Lavrov s'est rendu au Kremlin. Ce dernier doit rencontrer jeudi Wang Yi.";
  const kremlin: EntitySpec = { name: 'Kremlin', type: 'ORG', actor: { entity: 'country:RU', name: 'Russia' } };
  const talk = diplomats(text, { entities: [...DIPLOMATS, kremlin], timexes: [['jeudi', '2025-07-10']] }).find((e) => e.trigger?.text === 'rencontrer');
  assert.ok(!talk || !actorNames(talk).includes('Sergueï Lavrov'));
});

// — "il" continuing the one person the sentence before names as its subject —

const beijing = fixtureEvents('2025-11-19');
const JAPAN = c('JP', 'Japan', ['Japon', 'Tokyo']);
const CHINA = c('CN', 'China', ['Pékin', 'Chine']);
const ENVOYS = [person('Masaaki Kanai'), person('Liu Jinsong'), person('Wu Jianghao'), JAPAN, CHINA];

test('"…, Masaaki Kanai, s\'est rendu à Pékin. Il a rencontré mardi son homologue…": "il" is the subject named before', () => {
  const text = "Pour tenter d'apaiser la situation, le directeur des affaires asiatiques du ministère japonais des Affaires étrangères, Masaaki Kanai, s'est rendu à Pékin. Il a rencontré mardi son homologue Liu Jinsong, qui s'est dit mécontent.";
  const talk = beijing(text, { entities: ENVOYS, timexes: [['mardi', '2025-11-18']] }).find((e) => e.trigger?.text === 'rencontré');
  assert.deepEqual(actorNames(talk), ['Liu Jinsong', 'Masaaki Kanai']);
  assert.equal(talk?.date?.value, '2025-11-18');
});

test('a name before an inverted reporting verb ("…, Wu Jianghao, a annoncé la télévision") is no subject for "il"', () => {
  const text = "Le Japon a convoqué l'ambassadeur de Chine, Wu Jianghao, a annoncé la télévision publique. Il a rencontré mardi Liu Jinsong.";
  const talk = beijing(text, { entities: ENVOYS, timexes: [['mardi', '2025-11-18']] }).find((e) => e.trigger?.text === 'rencontré');
  assert.ok(!talk || !actorNames(talk).includes('Wu Jianghao'));
});

test('a sentence naming two people hands "il" to neither', () => {
  const text = "Pour apaiser la situation, le diplomate japonais Masaaki Kanai, accompagné de l'ambassadeur Wu Jianghao, s'est rendu à Pékin. Il a rencontré mardi Liu Jinsong.";
  const talk = beijing(text, { entities: ENVOYS, timexes: [['mardi', '2025-11-18']] }).find((e) => e.trigger?.text === 'rencontré');
  assert.ok(!talk || !actorNames(talk).includes('Wu Jianghao'));
});

// — a participle in apposition keeps its own date —

const indus = fixtureEvents('2025-04-30');
const INDIA_PAKISTAN = [c('IN', 'India', ['Inde']), c('PK', 'Pakistan', ['Pakistan'])];

test('", signé en 1960," dates the treaty, not the expulsion told in the same clause', () => {
  const text = "Dès le lendemain, l'Inde a suspendu le traité sur les eaux de l'Indus, signé en 1960, fermé le poste-frontière d'Attari et expulsé les attachés militaires de la mission diplomatique pakistanaise.";
  const events = indus(text, { entities: INDIA_PAKISTAN, timexes: [['le lendemain', '2025-04-23'], ['en 1960', '1960']] });
  assert.ok(!events.some((e) => e.date?.value === '1960'));
});

test('a year after a coordinated participle with no comma before it still dates that act', () => {
  const text = "L'Inde avait expulsé en 2019 les attachés militaires de la mission diplomatique pakistanaise.";
  const events = indus(text, { entities: INDIA_PAKISTAN, timexes: [['en 2019', '2019']] });
  assert.equal(events.find((e) => e.trigger?.text === 'expulsé')?.date?.value, '2019');
});

// — a talk in an "après" phrase between a fronted day and the main clause —

const call = fixtureEvents('2025-05-26');
const CALLERS = [person('Donald Trump'), person('Vladimir Poutine'), c('RU', 'Russia', ['Moscou', 'Kremlin'])];

test('"Le 19 mai, après un entretien téléphonique … avec X, Y avait assuré": Y\'s call with X, held that day', () => {
  const text = "Le 19 mai, après un entretien téléphonique de plus de deux heures avec Vladimir Poutine, Donald Trump avait assuré que la paix était proche.";
  const talk = call(text, { entities: CALLERS, timexes: [['Le 19 mai', '2025-05-19']] }).find((e) => e.type === 'CONSULT');
  assert.deepEqual(actorNames(talk), ['Donald Trump', 'Vladimir Poutine']);
  assert.equal(talk?.date?.value, '2025-05-19');
});

test('a country as the main clause\'s subject is not made the caller', () => {
  const text = "Lundi, après un entretien téléphonique avec Vladimir Poutine, le Kremlin a assuré que la paix était proche.";
  const talk = call(text, { entities: CALLERS, timexes: [['Lundi', '2025-05-19']] }).find((e) => e.type === 'CONSULT');
  assert.ok(!talk || !actorNames(talk).includes('Donald Trump'));
  assert.ok(!talk || actorNames(talk).length < 2 || !talk.date);
});

// — an event noun as the object of a pluperfect verb continues the dated pluperfect episode —

const ultimatum = fixtureEvents('2025-07-30');
// ("Il" stands for Donald Trump here as the entities layer's coreference would make it)
const OVAL = [person('Donald Trump', ['Donald Trump', 'Il']), c('RU', 'Russia', ['Russie']), c('UA', 'Ukraine', ['Ukraine'])];

test('"Le 14 juillet, X avait menacé… Il avait aussi annoncé l\'envoi de…": the sending is of that day', () => {
  const text = "Le 14 juillet, dans le Bureau ovale, Donald Trump avait menacé la Russie de droits de douane très sévères. Il avait aussi annoncé l'envoi de systèmes de défense antiaérienne Patriot à l'Ukraine, payés par les Européens.";
  const aid = ultimatum(text, { entities: OVAL, timexes: [['Le 14 juillet', '2025-07-14']] }).find((e) => e.type === 'AID');
  assert.equal(aid?.date?.value, '2025-07-14');
});

test('an event noun after a passé composé verb does not join the pluperfect episode before it', () => {
  const text = "Le 14 juillet, Donald Trump avait menacé la Russie de droits de douane très sévères. Il a annoncé l'envoi de systèmes Patriot à l'Ukraine.";
  const aid = ultimatum(text, { entities: OVAL, timexes: [['Le 14 juillet', '2025-07-14']] }).find((e) => e.type === 'AID');
  assert.notEqual(aid?.date?.value, '2025-07-14');
});

// — "depuis" before a place tells where from —

const northwood = fixtureEvents('2025-07-10');
const COALITION = [person('Emmanuel Macron'), person('Keir Starmer'), person('Volodymyr Zelensky'), { name: 'Northwood', type: 'LOC', subtype: 'city' } as EntitySpec];

test('"ont coprésidé depuis Northwood une visioconférence" keeps the day its fronted opener tells', () => {
  const text = "Dans l'après-midi, Emmanuel Macron et Keir Starmer ont coprésidé depuis Northwood une visioconférence de la coalition des volontaires, en présence de Volodymyr Zelensky.";
  const talk = northwood(text, { entities: COALITION, timexes: [["Dans l'après-midi", '2025-07-10TAF']] }).find((e) => e.type === 'CONSULT');
  assert.equal(talk?.date?.value, '2025-07-10');
});

test('"depuis" before a day stays a temporal subordinator between the date and the event', () => {
  const text = "Jeudi, Emmanuel Macron et Keir Starmer, qui coprésident depuis mars une coalition de volontaires, ont reçu un appel de Volodymyr Zelensky.";
  const events = northwood(text, { entities: COALITION, timexes: [['Jeudi', '2025-07-10'], ['mars', '2025-03']] });
  assert.ok(!events.some((e) => e.date?.value === '2025-03' && e.type === 'CONSULT' && e.trigger?.text === 'appel'));
});
