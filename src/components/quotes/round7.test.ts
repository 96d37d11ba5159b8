// Attribution patterns of wire copy met on a fresh set: an office after a possessive, a network
// name ending a sentence, a country subject before a later "a-t-il ajouté", "qualifier X de",
// cleft sentences attributing a quote before them, coordinated country complements, and
// lower-case quotes after "opération".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/document.ts';
import { analyse, checkCase, quoteWith, type Case } from './test-helpers.ts';

/** An entity with one name mention for each of `texts` found in `text`. */
function entity(text: string, id: string, name: string, type: Entity['type'], texts: string[], subtype?: string): Entity {
  const mentions = texts.map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, text: t, kind: 'name' as const }));
  return { id, name, type, subtype, aliases: [], mentions } as Entity;
}

const cases: Case[] = [
  { name: 'a cleft sentence after a quote standing alone attributes it', text: '« Nous ne reculerons pas. » C\'est depuis le perron de Matignon que François Bayrou a prononcé samedi ces mots attendus.', quote: 'Nous ne reculerons pas', speaker: 'François Bayrou', cue: 'a prononcé' },
  { name: 'a que of depuis que after C\'est is no cleft', text: '« Rien ne sera plus comme avant. » C\'est vrai depuis que Jean Castex a déclaré sa candidature.', quote: 'Rien ne sera plus', speaker: null },
  { name: 'a lower-case quote after opération qualifies it and is a quote', text: 'À Kiev, Volodymyr Zelensky a salué une opération « parfaitement menée » par ses services de renseignement.', quote: 'parfaitement menée', speaker: 'Volodymyr Zelensky' },
];

for (const c of cases) test(c.name, () => checkCase(c));

test('an operation name after opération is still no quote', () => {
  const { quotes } = analyse('L\'armée a lancé dans la nuit l\'opération « Rempart du Nord » le long de la frontière.');
  assert.equal(quotes.length, 0);
});

test('son bureau speaks for the person named last, and dès ends the speaker phrase', () => {
  const text = 'À Ankara, Recep Tayyip Erdogan a condamné l\'attaque. « La Turquie répondra avec fermeté », a fait savoir son bureau dès jeudi matin.';
  const erdogan = entity(text, 'erdogan', 'Recep Tayyip Erdogan', 'PER', ['Recep Tayyip Erdogan']);
  assert.equal(quoteWith(analyse(text, [erdogan]).quotes, 'répondra avec fermeté').speaker?.name, 'Recep Tayyip Erdogan');
});

test('sur X. ends a sentence: the next one has its own speaker', () => {
  const text = '« Les discussions avancent », a-t-il écrit sur X. A Pékin, le porte-parole de la diplomatie, Lin Jian, a toutefois averti qu\'un accord demanderait « beaucoup de patience ».';
  assert.equal(quoteWith(analyse(text).quotes, 'beaucoup de patience').speaker?.name, 'Lin Jian');
});

test('a country subject of a quote is no speaker when a-t-il ajouté follows', () => {
  const text = '« Nous voulons la paix », a déclaré Keir Starmer. Le Royaume-Uni « doit garder » ses sous-marins pour sa propre dissuasion, a-t-il ajouté.';
  const uk = entity(text, 'GB', 'Royaume-Uni', 'LOC', ['Royaume-Uni'], 'country');
  const starmer = entity(text, 'starmer', 'Keir Starmer', 'PER', ['Keir Starmer']);
  assert.equal(quoteWith(analyse(text, [uk, starmer]).quotes, 'doit garder').speaker?.name, 'Keir Starmer');
});

test('qualifier X de « … »: the subject speaks, not the person qualified', () => {
  const text = 'Ces sanctions tombent après que Donald Trump a qualifié samedi M. Lula de « dirigeant le plus dangereux de la région ».';
  const trump = entity(text, 'trump', 'Donald Trump', 'PER', ['Donald Trump']);
  const lula = entity(text, 'lula', 'Lula', 'PER', ['M. Lula']);
  assert.equal(quoteWith(analyse(text, [trump, lula]).quotes, 'plus dangereux').speaker?.name, 'Donald Trump');
});

test('les délégations des A et de B: the first country speaks for the list', () => {
  const text = 'Après deux jours de discussions à Riyad, les délégations des Etats-Unis et de l\'Ukraine ont annoncé lundi un « accord de principe sur la mer Noire ».';
  const us = entity(text, 'US', 'États-Unis', 'LOC', ['Etats-Unis'], 'country');
  const ua = entity(text, 'UA', 'Ukraine', 'LOC', ['Ukraine'], 'country');
  const riyadh = entity(text, 'riyadh', 'Riyad', 'LOC', ['Riyad'], 'city');
  assert.equal(quoteWith(analyse(text, [us, ua, riyadh]).quotes, 'accord de principe').speaker?.name, 'États-Unis');
});

test('les deux délégations with no country named inside is no list of its own', () => {
  const text = 'Les Etats-Unis et l\'Ukraine se sont retrouvés à Djeddah. Les deux délégations sont convenues de conclure « au plus vite » un accord.';
  const us = entity(text, 'US', 'États-Unis', 'LOC', ['Etats-Unis'], 'country');
  const ua = entity(text, 'UA', 'Ukraine', 'LOC', ['Ukraine'], 'country');
  const q = quoteWith(analyse(text, [us, ua]).quotes, 'au plus vite');
  assert.notEqual(q.speaker?.name, 'Ukraine');
});
