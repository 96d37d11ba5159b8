// Speaker attribution, round 13: "», y a déclaré X" (the clitic y in an incise), "s'est dit « … »"
// (the pronominal homograph of dire, also after a relative "qui", and no naming cue), a subject
// description after a set-off prepositional phrase ending on a name ("devant le Parlement"), "X a
// rejeté ces « accusations »", and "a-t-elle déclaré" after a sentence that opens on a person.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument, type Entity } from '../../core/document.ts';
import { extractQuotes } from './extract.ts';
import { loadQuoteLexicon } from './lexicon.ts';
import { quoteWith } from './test-helpers.ts';

function entity(text: string, id: string, name: string, type: Entity['type'], extra: Entity['mentions'] = []): Entity {
  const start = text.indexOf(name);
  return { id, name, type, aliases: [], mentions: [{ start, end: start + name.length, text: name, kind: 'name' }, ...extra], roles: [] } as Entity;
}

function pronoun(text: string, from: string, word: string): Entity['mentions'][number] {
  const start = text.indexOf(word, text.indexOf(from));
  return { start, end: start + word.length, text: word, kind: 'pronoun' } as Entity['mentions'][number];
}

function run(text: string, entities: Entity[] = []) {
  const doc = createDocument({ source: { name: 't', path: null, url: null }, raw: text });
  doc.text = text;
  doc.entities = entities;
  return extractQuotes(doc, loadQuoteLexicon()).quotes;
}

function speakerOf(text: string, fragment: string, entities: Entity[] = []): string | null {
  return quoteWith(run(text, entities), fragment).speaker?.name ?? null;
}

test('"», y a affirmé X": the clitic y does not break the incise', () => {
  const text = 'Le Conseil de l\'Europe s\'est réuni à Strasbourg. « Nous ne laisserons pas faire », y a affirmé la secrétaire générale, Marija Pejcinovic.';
  assert.equal(speakerOf(text, 'ne laisserons pas'), 'Marija Pejcinovic');
});

test('"s\'est dit « … »" is a reporting verb with its subject before it', () => {
  const text = 'Le ministre de l\'Agriculture, Marc Fesneau, s\'est dit « très préoccupé » par la sécheresse.';
  const q = quoteWith(run(text), 'très préoccupé');
  assert.equal(q.speaker?.name, 'Marc Fesneau');
  assert.equal(q.cue, "s'est dit");
});

test('"…, qui s\'est dit « … »": the antecedent of the relative speaks', () => {
  const text = 'Le négociateur a rencontré jeudi son homologue Ahmed Benali, qui s\'est dit « plutôt optimiste » après la réunion.';
  assert.equal(speakerOf(text, 'plutôt optimiste'), 'Ahmed Benali');
});

test('"la loi dite « … »" stays a name given, not a quote', () => {
  const text = 'Le Parlement a adopté mardi la loi dite « sécurité globale » après des mois de débats.';
  assert.equal(run(text).some((q) => q.text.includes('sécurité globale')), false);
});

test('a description subject after "devant le Parlement," is not the date opening the sentence', () => {
  const text = 'Le 12 mars, devant le Parlement, la ministre Claire Dubois, en poste depuis janvier, avait estimé que la réforme restait « une nécessité absolue ».';
  assert.equal(speakerOf(text, 'nécessité absolue'), 'Claire Dubois');
});

test('an apposition after a subject name is still skipped ("Washington, principal allié, a exhorté")', () => {
  const text = 'Washington, principal allié de Séoul, a exhorté Pyongyang à « renoncer à toute provocation ».';
  assert.equal(speakerOf(text, 'renoncer à toute'), 'Washington');
});

test('"X a rejeté ces « accusations »": the subject of rejeter', () => {
  const text = 'Le ministère russe des Affaires étrangères a rejeté ces « accusations sans fondement » dans un communiqué.';
  assert.equal(speakerOf(text, 'accusations sans fondement'), 'ministère russe des Affaires étrangères');
});

test('"a-t-elle déclaré" after a sentence opening on a woman: her, over a coreference guess', () => {
  const text = 'Le diplomate Wang Lei s\'est rendu à Tokyo. Anna Berg refuse de revenir sur ses propos, conformes selon elle à la ligne du gouvernement. « Je ne les retirerai pas », a-t-elle déclaré devant les députés.';
  const wang = entity(text, 'wang', 'Wang Lei', 'PER', [pronoun(text, 'selon', 'elle'), pronoun(text, 'a-t-elle', 'elle')]);
  assert.equal(speakerOf(text, 'ne les retirerai', [wang, entity(text, 'berg', 'Anna Berg', 'PER')]), 'Anna Berg');
});

test('a sentence opening on a man does not take "a-t-elle"', () => {
  const text = 'Le ministre Marc Durand a reçu la délégation. Pierre Lenoir refuse de commenter la rencontre. « Nous attendons des actes », a-t-elle déclaré.';
  const s = speakerOf(text, 'attendons des actes', [entity(text, 'durand', 'Marc Durand', 'PER'), entity(text, 'lenoir', 'Pierre Lenoir', 'PER')]);
  assert.notEqual(s, 'Pierre Lenoir');
});

test('a verb after "tandis que" belongs to its own clause, not to a quote before the link', () => {
  const text = 'La veille, la ministre suédoise, Maria Lind, avait dénoncé « le soutien » de Minsk « à la guerre d\'agression », tandis que le président lituanien, Andrius Vaitkus, s\'était dit « très préoccupé » par la situation.';
  assert.equal(speakerOf(text, 'guerre d\'agression'), 'Maria Lind');
  assert.equal(speakerOf(text, 'très préoccupé'), 'Andrius Vaitkus');
});

test('rejeter reports only the quote it takes as object, not a later one of its sentence', () => {
  const text = 'Les sénateurs ont rejeté jeudi le texte du gouvernement, qui obligeait les associations à se déclarer comme structures « au service d\'intérêts étrangers ».';
  assert.notEqual(speakerOf(text, 'au service d\'intérêts'), 'sénateurs');
});
