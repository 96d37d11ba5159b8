// Round 13: a region's bare place name as its alias ("région de Zaporijjia" → "Zaporijjia"), places
// after "îlot de", "prairie de", "palais de", "golf de", "poste-frontière de", a consul in apposition, and a Chinese name whose
// given name (after the surname) is also a known first name ("Xue Jian"), "l'oligarque X Y", and no
// person's name opening on a capitalised word right after an article ("le Parlement Nika Melia").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityAnalyser, findEntity, testKb, testLex } from './testing.ts';

const kb = testKb, lex = testLex;
const analyse = entityAnalyser('2025-07-01');
const find = findEntity;

test('a region named "région de X" also bears the bare place name as an alias', () => {
  const doc = analyse('Dans la nuit, des frappes russes ont visé une colonie pénitentiaire de la région de Zaporijjia.');
  const region = find(doc, 'région de Zaporijjia');
  assert.equal(region?.type, 'LOC');
  assert.ok(region?.aliases.includes('Zaporijjia'));
});

test('a city is not given a region-style alias', () => {
  const doc = analyse('Le maire de Lyon a reçu le ministre mardi.');
  const city = find(doc, 'Lyon');
  assert.ok(city);
  assert.ok(!city.aliases.some((a) => /^(?:région|oblast)/.test(a)));
  assert.equal(lex.regionPlaceName('région de Zaporijjia'), 'Zaporijjia');
  assert.equal(lex.regionPlaceName('État de Washington'), null);
  assert.equal(lex.regionPlaceName('région parisienne'), null);
});

test('a place after "îlot de", "prairie de", "golf de" or "palais de" is a place', () => {
  for (const [sentence, name] of [
    ["Trois chasseurs sont entrés dans l'espace aérien au-dessus de l'îlot de Vaindloo, dans le golfe de Finlande.", 'Vaindloo'],
    ['Des hommes armés ont ouvert le feu sur des touristes dans la prairie de Baisaran, près de Pahalgam.', 'Baisaran'],
    ['Le président, dans son golf de Turnberry, avait annoncé un nouveau délai.', 'Turnberry'],
    ['Les délégations se sont retrouvées pour la troisième fois au palais de Ciragan.', 'Ciragan'],
    ["Dès le lendemain, l'Inde a fermé le poste-frontière d'Attari et expulsé les attachés militaires.", 'Attari'],
  ] as const) {
    const e = find(analyse(sentence), name);
    assert.equal(e?.type, 'LOC', `${name} in: ${sentence}`);
  }
});

test('a consul named in apposition is a person, even when the given name after the surname is a known first name', () => {
  const doc = analyse("Le lendemain, le consul général de Chine à Osaka, Xue Jian, avait publié un message sur X.");
  assert.equal(find(doc, 'Xue Jian')?.type, 'PER');
});

test('a known first name inside a longer chunk still starts the real name ("sur Twitter Mykhaïlo Podoliak")', () => {
  const doc = analyse('Le conseiller a été interrogé sur Twitter Mykhaïlo Podoliak hier.');
  assert.equal(doc.entities.some((e) => e.type === 'PER' && /Twitter/.test(e.name)), false);
});

test('"le poste de Premier ministre" names no place', () => {
  const doc = analyse('Il a obtenu le poste de Premier ministre en mai, après les élections.');
  assert.equal(doc.entities.filter((e) => e.type === 'LOC').length, 0);
});

test('"le palais de justice" names no place', () => {
  const doc = analyse('Les manifestants se sont rassemblés devant le palais de justice mardi.');
  assert.equal(doc.entities.filter((e) => e.type === 'LOC').length, 0);
});

test('a capitalised word right after an article does not open a person\'s name ("devant le Parlement Nika Melia")', () => {
  const doc = analyse("« Aujourd'hui, le parti a choisi Moscou contre l'Europe », a dénoncé devant le Parlement Nika Melia.");
  assert.equal(doc.entities.some((e) => /Parlement/.test(e.name) && e.type === 'PER'), false);
});

test('"l\'oligarque" before two capitalised words names a person', () => {
  const doc = analyse("La police accuse depuis des semaines le réseau de l'oligarque Ilan Shor d'avoir versé des millions aux électeurs.");
  assert.equal(find(doc, 'Ilan Shor')?.type, 'PER');
});
