import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphSpans, sentenceSpans } from './segment.ts';

const split = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

test('"MM." and "M." before names do not end a sentence', () => {
  assert.deepEqual(split('La Russie n’a pas répondu à l’idée d’une rencontre entre MM. Trump, Poutine et M. Zelensky. Le Kremlin se tait.'),
    ['La Russie n’a pas répondu à l’idée d’une rencontre entre MM. Trump, Poutine et M. Zelensky.', 'Le Kremlin se tait.']);
});

test('"Mme", "Mmes", "Dr", "Pr" and "Me" with a period do not end a sentence', () => {
  assert.equal(split('Mme. Borne a reçu le Dr. Martin, le Pr. Durand et Me. Dupond-Moretti à Matignon.').length, 1);
  assert.equal(split('Les Mmes. Dati et Pécresse étaient présentes.').length, 1);
});

test('"p." and "av. J.-C." inside a sentence do not end it', () => {
  assert.equal(split('Le rapport cite, p. 12, une bataille livrée en 52 av. J.-C. près d’Alésia.').length, 1);
});

test('"etc." followed by lower case stays inside the sentence', () => {
  assert.equal(split('Les sanctions visent les banques, l’énergie, etc. et seront renforcées.').length, 1);
});

test('"St." before a name does not end a sentence', () => {
  assert.equal(split('Le sommet se tiendra à St. Petersburg, a annoncé le Kremlin.').length, 1);
});

test('initials do not end a sentence', () => {
  assert.equal(split('Donald J. Trump a cité J. K. Rowling lors du meeting.').length, 1);
});

test('numbers with periods do not end a sentence', () => {
  assert.equal(split('Il y avait 1.000 manifestants le 7.8.2025, soit 3.5 % de plus.').length, 1);
});

test('an ellipsis followed by a capital ends a sentence, "(...)" does not', () => {
  assert.deepEqual(split('Il a hésité… Puis il a signé. "Nous espérons que l’entente (...) ouvrira la voie à la paix", a-t-il dit.'),
    ['Il a hésité…', 'Puis il a signé.', '"Nous espérons que l’entente (...) ouvrira la voie à la paix", a-t-il dit.']);
});

test('"(...)." inside a quotation ends the first sentence of the quotation', () => {
  assert.deepEqual(split('"C’est intéressant (...). J’imagine que cela pourrait arriver", lui a répondu Donald Trump.'),
    ['"C’est intéressant (...).', 'J’imagine que cela pourrait arriver", lui a répondu Donald Trump.']);
});

test('URLs do not end a sentence', () => {
  assert.equal(split('Le communiqué est publié sur www.diplomatie.gouv.fr depuis jeudi.').length, 1);
});

test('a sentence ending inside « » ends after the closing guillemet', () => {
  assert.deepEqual(split('Poutine a déclaré : « Les premiers contacts donnent un certain espoir. Il existe une volonté mutuelle. » Les discussions reprendront.'),
    ['Poutine a déclaré : « Les premiers contacts donnent un certain espoir.', 'Il existe une volonté mutuelle. »', 'Les discussions reprendront.']);
});

test('a sentence ending inside brackets ends after the closing bracket', () => {
  assert.deepEqual(split('Le vote aura lieu mardi (la date a été confirmée.) Les députés sont convoqués.'),
    ['Le vote aura lieu mardi (la date a été confirmée.)', 'Les députés sont convoqués.']);
});

test('a question mark in a quotation followed by the cue does not split', () => {
  assert.equal(split('« Pourquoi attendre ? » a demandé le ministre.').length, 1);
});

test('a line break always ends a sentence', () => {
  assert.deepEqual(split('Inquiétudes à Kiev\nL’Ukraine craint un accord conclu sans elle.'), ['Inquiétudes à Kiev', 'L’Ukraine craint un accord conclu sans elle.']);
});

test('paragraphs are the non-empty lines', () => {
  const text = 'Premier paragraphe.\n\nSecond paragraphe.';
  assert.deepEqual(paragraphSpans(text).map((p) => text.slice(p.start, p.end)), ['Premier paragraphe.', 'Second paragraphe.']);
});

test('an abbreviated month before the year does not end a sentence', () => {
  assert.equal(split('Le 1er sept. 2025, la loi est entrée en vigueur. Elle a été contestée.').length, 2);
  assert.equal(split('La réunion prévue le 7 juil. 2025 à Paris a été reportée.').length, 1);
});

test('"art." before its number does not end a sentence', () => {
  assert.equal(split('Le gouvernement a recouru à l’art. 49.3 de la Constitution mardi.').length, 1);
});

test('the number word "sept" ending a sentence still ends it', () => {
  assert.equal(split('Le bilan est passé à sept. Les secours continuent les recherches.').length, 2);
});
