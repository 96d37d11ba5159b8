// Reported speech without quote marks goes to `reported` (kind 'indirect'), never to `quotes`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './test-helpers.ts';

test('X a déclaré que … is an indirect quote with its content', () => {
  const { quotes, reported } = analyse('Le Premier ministre Mark Carney a déclaré que le Canada augmenterait ses dépenses militaires.');
  assert.equal(quotes.length, 0);
  assert.equal(reported.length, 1);
  assert.equal(reported[0].kind, 'indirect');
  assert.equal(reported[0].text, 'le Canada augmenterait ses dépenses militaires');
  assert.equal(reported[0].speaker?.name, 'Mark Carney');
});

test('an incise without marks reports the clause before it', () => {
  const { reported } = analyse('Les négociations reprendront la semaine prochaine à Doha, a indiqué jeudi le ministre qatari Mohammed ben Abdulrahmane Al Thani.');
  assert.equal(reported[0].text, 'Les négociations reprendront la semaine prochaine à Doha');
  assert.equal(reported[0].speaker?.name, 'Mohammed ben Abdulrahmane Al Thani');
});

test('a-t-il précisé without marks takes the previous speaker', () => {
  const { reported } = analyse('« Le port rouvrira lundi », a déclaré Rafael Grossi. Les inspecteurs resteront sur place tout l\'hiver, a-t-il précisé.');
  assert.equal(reported[0].speaker?.name, 'Rafael Grossi');
  assert.equal(reported[0].cue, 'a-t-il précisé');
});

test('Selon X, … reports the rest of the sentence', () => {
  const { reported } = analyse('Selon l\'Organisation mondiale de la santé, l\'épidémie de choléra a fait plus de mille morts.');
  assert.equal(reported[0].text, 'l\'épidémie de choléra a fait plus de mille morts');
  assert.equal(reported[0].cue, 'Selon');
});

test('X estime que … is reported', () => {
  const { reported } = analyse('La Banque mondiale estime que la croissance africaine atteindra quatre pour cent.');
  assert.equal(reported[0].text, 'la croissance africaine atteindra quatre pour cent');
});

test('a sentence with a quote is not also reported', () => {
  const { quotes, reported } = analyse('Le ministre a déclaré que la réforme serait « votée avant l\'été ».');
  assert.equal(quotes.length, 1);
  assert.equal(reported.length, 0);
});

test('a statement of fact with no reporting verb is not reported', () => {
  const { reported } = analyse('Le parlement a adopté la loi de finances mardi soir par 300 voix contre 250.');
  assert.equal(reported.length, 0);
});

test('a weak verb like demander que is not reported speech', () => {
  const { reported } = analyse('Le syndicat a demandé que les salaires soient revalorisés dès janvier.');
  assert.equal(reported.length, 0);
});
