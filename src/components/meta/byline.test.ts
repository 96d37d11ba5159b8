import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseByline } from './byline.ts';

test('"Par Le Figaro avec AFP" names the outlet and the agency', () => {
  const b = parseByline('Par Le Figaro avec AFP');
  assert.deepEqual([b?.outlets, b?.agencies], [['Le Figaro'], ['AFP']]);
});

test('"Par Jean Dupont, envoyé spécial à Kiev" names the author', () => {
  assert.deepEqual(parseByline('Par Jean Dupont, envoyé spécial à Kiev')?.authors, ['Jean Dupont']);
});

test('"Propos recueillis par" introduces an author', () => {
  assert.deepEqual(parseByline('Propos recueillis par Marie Martin')?.authors, ['Marie Martin']);
});

test('a bare agency line or "(AFP)" is agency-only', () => {
  assert.equal(parseByline('ATS')?.agencyOnly, true);
  assert.equal(parseByline('(AFP)')?.agencyOnly, true);
  assert.equal(parseByline('Avec AFP')?.agencyOnly, true);
});

test('franceinfo byline with a group name after a dash', () => {
  assert.deepEqual(parseByline('Article rédigé par franceinfo avec AFP - France Télévisions')?.outlets, ['franceinfo', 'France Télévisions']);
});

test('a sentence starting with "Par" or a lone person name is not a byline', () => {
  assert.equal(parseByline('Par ailleurs, le ministre a démenti.'), null);
  assert.equal(parseByline('Vladimir Poutine'), null);
});

test('"Par Clara Mettraux, avec AFP": comma before the agency', () => {
  const b = parseByline('Par Clara Mettraux, avec AFP');
  assert.deepEqual([b?.authors, b?.agencies], [['Clara Mettraux'], ['AFP']]);
});

test('web-domain outlets sign bylines: "Par SudOuest.fr avec AFP"', () => {
  assert.deepEqual(parseByline('Par SudOuest.fr avec AFP')?.outlets, ['Sud Ouest']);
});

test('RTS closing signature "ats/afp/gma" names the agencies', () => {
  assert.deepEqual(parseByline('ats/afp/gma')?.agencies, ['ATS', 'AFP']);
  assert.equal(parseByline('Washington/Moscou'), null);
});
