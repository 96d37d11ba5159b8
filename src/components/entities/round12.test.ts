// Round 12: middle initials, demonyms closing a role's complement, weekday after an inverted reporting
// verb, places before their own name (aéroport X), "territoires de", bodies naming their parent
// organisation, former states, "le Golfe", and shared demonyms read from the article's context.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRolePhrases } from './roles.ts';
import { foldForm } from '../../core/normalize.ts';
import { entityAnalyser, findEntity, testKb, testLex } from './testing.ts';

const kb = testKb, lex = testLex;
const analyse = entityAnalyser('2025-07-01');
const find = findEntity;

test('a middle initial keeps the surname after its period', () => {
  const doc = analyse("Le maire sortant, Jonas K. Lindqvist, avait qualifié la visite d'inutile.");
  assert.equal(find(doc, 'Jonas K. Lindqvist')?.type, 'PER');
  assert.equal(find(doc, 'Jonas K'), undefined);
});

test('a sentence after a single capital letter and a period still starts a sentence when the name has no initial inside', () => {
  const doc = analyse("Il a voté pour le plan B. Marcel Dupuis a voté contre.");
  assert.equal(find(doc, 'B. Marcel Dupuis'), undefined);
});

test('a demonym after the complement of a role keeps the apposed name as a person', () => {
  const doc = analyse("Le président du Kurdistan irakien, Nechirvan Kalhori, a salué l'accord.");
  assert.equal(find(doc, 'Nechirvan Kalhori')?.type, 'PER');
});

test('an inverted reporting verb followed by a weekday still introduces a person', () => {
  const doc = analyse("« Nous accueillons la délégation », a annoncé jeudi Wen Tao, l'assistant du ministre.");
  assert.equal(find(doc, 'Wen Tao')?.type, 'PER');
});

test('a name right after "aéroport" is a place, even when it reads as a first name', () => {
  const doc = analyse("Le président est arrivé dimanche à l'aéroport Maya-Maya de Brazzaville.");
  assert.equal(find(doc, 'Maya-Maya')?.type, 'LOC');
  assert.equal(find(doc, 'Brazzaville')?.type, 'LOC');
});

test('"de" + a known place ends a first-name chunk; a particle before a surname does not', () => {
  assert.equal(find(analyse("Charles de Gaulle avait quitté Londres en 1944."), 'Charles de Gaulle')?.type, 'PER');
});

test('items after "les territoires de" are places, even a word the KB knows as a surname', () => {
  const doc = analyse("Des combats ont été signalés dans les territoires de Walikale et de Masisi, au Nord-Kivu.");
  assert.equal(find(doc, 'Masisi')?.type, 'LOC');
});

test('a body named with its parent organisation names the parent too', () => {
  const doc = analyse("Téhéran a réclamé une réunion d'urgence du Conseil de sécurité de l'ONU.");
  assert.ok(find(doc, 'United Nations'));
  assert.ok(find(doc, 'United Nations Security Council'));
});

test('a former state is a place', () => {
  assert.equal(find(analyse("Les deux pays faisaient partie de l'URSS jusqu'en 1991."), 'Soviet Union')?.type, 'LOC');
});

test('"le Golfe" capitalised is the Persian Gulf, and a named gulf keeps its own entry', () => {
  assert.ok(find(analyse("Les monarchies du Golfe ont condamné la frappe."), 'Persian Gulf'));
  const doc = analyse("Des pirates ont attaqué un navire dans le golfe de Guinée.");
  assert.equal(find(doc, 'Persian Gulf'), undefined);
});

test('a demonym two countries share follows the countries the article names', () => {
  const cd = "À Kinshasa, le président congolais a accusé le Rwanda. La RDC réclame des sanctions.";
  const cg = "À Brazzaville, le président congolais a reçu son homologue gabonais.";
  assert.ok(findRolePhrases(foldForm(cd), kb, lex).some((r) => r.of.includes('country:CD')));
  assert.ok(findRolePhrases(foldForm(cg), kb, lex).some((r) => r.of.includes('country:CG')));
});

test('a full name after a spouse cue is a person, even with a first name the lexicon lacks', () => {
  const doc = analyse("Le sénateur Tom Hale a annoncé qu'il accompagnerait son épouse, Nadira Hale, à Copenhague.");
  assert.equal(find(doc, 'Nadira Hale')?.type, 'PER');
});

test('a place after a spouse cue is no spouse', () => {
  const doc = analyse("Le ministre a rejoint son épouse, Nouvelle-Calédonie oblige, dès lundi.");
  assert.equal(doc.entities.some((e) => e.type === 'PER' && /Nouvelle/.test(e.name)), false);
});

test('a hyphenated place noun ("île-prison") introduces a place like the bare noun', () => {
  const doc = analyse("Le chef rebelle est détenu depuis vingt ans sur l'île-prison de Korvak, au large des côtes.");
  assert.equal(find(doc, 'Korvak')?.type, 'LOC');
});
