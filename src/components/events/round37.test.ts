// Round 37 (precision): an attack noun between two people is an accusation; a hypothetical event, one told for
// "bientôt" and a dyadic event told with one side only take no day of the calendar; a condemned act's doer is accused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../analyze.ts';
import { fixtureEvents, type EntitySpec } from './testing.ts';

const events = fixtureEvents('2025-03-14');
const analyzer = createAnalyzer();
const person = (name: string, forms: string[]): EntitySpec => ({ name, type: 'PER', id: `person:${name}`, forms });
const LE_PEN = person('Marine Le Pen', ['Marine Le Pen']);
const BAYROU = person('François Bayrou', ['François Bayrou']);
const RUSSIA: EntitySpec = { name: 'Russia', id: 'country:RU', type: 'LOC', subtype: 'country', forms: ['Russie'] };
const UKRAINE: EntitySpec = { name: 'Ukraine', id: 'country:UA', type: 'LOC', subtype: 'country', forms: ["l'Ukraine", 'Ukraine'] };

test('"une attaque de Marine Le Pen contre François Bayrou": words between two people, an accusation', () => {
  const text = "Le débat a repris jeudi, au lendemain d'une attaque très virulente de Marine Le Pen contre François Bayrou.";
  const found = events(text, { entities: [LE_PEN, BAYROU], timexes: [['jeudi', '2025-03-13']] });
  const accusation = found.find((e) => e.type === 'ACCUSE');
  assert.deepEqual(accusation?.actors.map((a) => [a.name, a.role]), [['Marine Le Pen', 'source'], ['François Bayrou', 'target']]);
  assert.equal(found.some((e) => e.type === 'ASSAULT'), false);
});

test('guard: "l\'attaque de la Russie contre l\'Ukraine" stays an armed attack', () => {
  const text = "L'attaque de la Russie contre l'Ukraine a fait au moins douze morts mercredi.";
  const found = events(text, { entities: [RUSSIA, UKRAINE], timexes: [['mercredi', '2025-03-12']] });
  assert.equal(found.some((e) => e.type === 'ASSAULT'), true);
  assert.equal(found.some((e) => e.type === 'ACCUSE'), false);
});

test('"ses troupes s\'empareraient de la région si nécessaire": a hypothetical act has no day, not the day it was said', () => {
  const text = "Le président russe a répété mardi que ses troupes s'empareraient de la région ukrainienne « par la force » si nécessaire.";
  const found = events(text, { entities: [RUSSIA, UKRAINE], timexes: [['mardi', '2025-03-11']] });
  const seizure = found.find((x) => x.type === 'ASSAULT');
  assert.equal(seizure?.status, 'hypothetical');
  assert.equal(seizure?.date, null);
});

test('"Donald Trump a dit espérer rencontrer bientôt Vladimir Poutine": a meeting with no day gets no FUTURE_REF date', () => {
  const TRUMP = person('Donald Trump', ['Donald Trump']), PUTIN = person('Vladimir Putin', ['Vladimir Poutine']);
  const found = events('Donald Trump a dit espérer rencontrer bientôt Vladimir Poutine.', { entities: [TRUMP, PUTIN], timexes: [['bientôt', 'FUTURE_REF']] });
  assert.ok(found.length > 0);
  for (const e of found) assert.equal(e.date, null);
});

test('"s\'abstenir de toute tentative de s\'emparer de territoires": a renounced act is no attack of the day', () => {
  const text = "Samedi, la Russie et l'Ukraine se sont engagées à s'abstenir de toute tentative de s'emparer de nouveaux territoires par la force.";
  const found = events(text, { entities: [RUSSIA, UKRAINE], timexes: [['Samedi', '2025-03-08']] });
  assert.equal(found.find((x) => x.type === 'ASSAULT')?.date, null);
  // the commitment itself was made that day
  assert.equal(found.find((x) => x.type === 'AGREE')?.date?.value, '2025-03-08');
});

test('"la Belgique réclamant des garanties": a demand with no side asked is kept, off the calendar', () => {
  const BELGIUM: EntitySpec = { name: 'Belgium', id: 'country:BE', type: 'LOC', subtype: 'country', forms: ['Belgique'] };
  const found = events('Jeudi, la Belgique a réclamé des garanties supplémentaires.', { entities: [BELGIUM], timexes: [['Jeudi', '2025-03-13']] });
  const demand = found.find((e) => e.type === 'REQUEST');
  assert.ok(demand);
  assert.equal(demand.date, null);
});

test('guard: a demand told with both sides keeps its day', () => {
  const found = events("Jeudi, l'Ukraine a réclamé à la Russie la libération de tous les prisonniers.", { entities: [RUSSIA, UKRAINE], timexes: [['Jeudi', '2025-03-13']] });
  assert.equal(found.find((e) => e.type === 'REQUEST')?.date?.value, '2025-03-13');
});

test('guard: a one-sided act that stands alone ("a annoncé le retrait de ses troupes") keeps its day', () => {
  const found = events('Mardi, la Russie a annoncé le retrait de ses troupes de la région.', { entities: [RUSSIA], timexes: [['Mardi', '2025-03-11']] });
  const withdrawal = found.find((e) => e.type === 'RETREAT');
  assert.equal(withdrawal?.date?.value, '2025-03-11');
});

test('guard: an organisation meeting ("les ministres de l\'Otan se réuniront jeudi") keeps its day', () => {
  const NATO: EntitySpec = { name: 'NATO', id: 'org:nato', type: 'ORG', subtype: 'io', forms: ['Otan'] };
  const found = events("Les ministres des Affaires étrangères de l'Otan se réuniront jeudi à Bruxelles.", { entities: [NATO], timexes: [['jeudi', '2025-03-20']] });
  assert.equal(found.find((e) => e.type === 'CONSULT')?.date?.value, '2025-03-20');
});

test('"a condamné mardi la frappe russe": the accusation targets who struck', () => {
  const FRANCE: EntitySpec = { name: 'France', id: 'country:FR', type: 'LOC', subtype: 'country', forms: ['France'] };
  const RUSSIAN = { ...RUSSIA, forms: ['russe'] };
  const found = events('La France a condamné mardi la frappe russe contre Odessa.', { entities: [FRANCE, RUSSIAN], timexes: [['mardi', '2025-03-11']] });
  const accusation = found.find((e) => e.type === 'ACCUSE');
  assert.deepEqual(accusation?.actors.map((a) => [a.name, a.role]), [['France', 'source'], ['Russia', 'target']]);
});

test('"une délégation ukrainienne conduite par Andriï Iermak": the country and its envoy are one side, the meeting stays undated', () => {
  const text = "Dans l'après-midi de mardi, les émissaires ont rencontré une délégation ukrainienne conduite par le chef de l'administration présidentielle, Andriï Iermak.";
  const found = analyzer.analyze({ source: { name: 'sides.txt', path: null, url: null }, raw: text, published: '2025-03-12' }).events;
  const meeting = found.find((x) => x.type === 'CONSULT');
  assert.deepEqual(meeting?.actors.map((a) => a.name).sort(), ['Andriy Yermak', 'Ukraine']);
  assert.equal(meeting?.date, null);
});

test('guard: two people of one country are two sides ("la présidente déchue a dénoncé le président")', () => {
  const ZOURABICHVILI = person('Salome Zourabichvili', ['Salomé Zourabichvili']), KAVELASHVILI = person('Mikheil Kavelashvili', ['Mikheïl Kavelachvili']);
  const found = events('Salomé Zourabichvili a accusé mardi Mikheïl Kavelachvili de trahison.', { entities: [ZOURABICHVILI, KAVELASHVILI], timexes: [['mardi', '2025-03-11']] });
  assert.equal(found.find((e) => e.type === 'ACCUSE')?.date?.value, '2025-03-11');
});

test('"les pourparlers de Genève": the city after a meeting noun is where it was held, not a side', () => {
  const text = "Les pourparlers de Genève ont eu lieu dimanche entre Américains et Ukrainiens.";
  const meeting = analyzer.analyze({ source: { name: 'venue.txt', path: null, url: null }, raw: text, published: '2025-11-25' }).events.find((e) => e.type === 'CONSULT');
  assert.equal(meeting?.actors.some((a) => a.name === 'Switzerland'), false);
  assert.equal(meeting?.date?.value, '2025-11-23');
});

test('guard: "la délégation de Kiev" is still Ukraine', () => {
  const text = "La délégation de Kiev a rencontré lundi les négociateurs russes à Istanbul.";
  const meeting = analyzer.analyze({ source: { name: 'venue.txt', path: null, url: null }, raw: text, published: '2025-06-03' }).events.find((e) => e.type === 'CONSULT');
  assert.deepEqual(meeting?.actors.map((a) => a.name).sort(), ['Russia', 'Ukraine']);
});
