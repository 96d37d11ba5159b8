// Speaker attribution, round 10 (misses on a fresh set of wire copy): present forms of -é?er verbs
// ("s'inquiète", "répète"), a stressed pronoun between auxiliary and participle ("a, lui, jugé"),
// a complement in "à" before an apposed name ("le conseiller à la sécurité nationale, X"), military
// ranks before an apposed name, "justifier" as a cue, a plural pronoun standing for the collective
// subject of the sentence before, and a person the prepositional phrase after the cue had swallowed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument, type Entity } from '../../core/document.ts';
import { extractQuotes } from './extract.ts';
import { loadQuoteLexicon } from './lexicon.ts';
import { checkCase, quoteWith, type Case } from './test-helpers.ts';

function entity(text: string, id: string, name: string, type: Entity['type'], subtype?: string): Entity {
  const start = text.indexOf(name);
  return { id, name, type, subtype, aliases: [], mentions: [{ start, end: start + name.length, text: name, kind: 'name' }], roles: [] } as Entity;
}

function speakerOf(text: string, fragment: string, entities: Entity[]): string | null {
  const doc = createDocument({ source: { name: 't', path: null, url: null }, raw: text });
  doc.text = text;
  doc.entities = entities;
  return quoteWith(extractQuotes(doc, loadQuoteLexicon()).quotes, fragment).speaker?.name ?? null;
}

const cases: Case[] = [
  {
    name: 'the present of s\'inquiéter opens its stem (s\'inquiète)',
    text: '« Les secours ne pourront pas atteindre les villages isolés avant l\'hiver », s\'inquiète Claire Martin, coordinatrice de l\'ONG, jointe par téléphone.',
    quote: 'Les secours ne pourront pas', speaker: 'Claire Martin', cue: 's\'inquiète',
  },
  {
    name: 'the present of répéter opens its stem (répète)',
    text: '« Nous ne négocierons pas sous la menace », répète Karim Benali, le porte-parole du syndicat.',
    quote: 'Nous ne négocierons pas', speaker: 'Karim Benali',
  },
  {
    name: 'a stressed pronoun between auxiliary and participle keeps the cue and its subject',
    text: 'Son homologue allemande, Annalena Baerbock, a, elle, estimé que Berlin devait réagir « avec fermeté » aux menaces.',
    quote: 'avec fermeté', speaker: 'Annalena Baerbock',
  },
  {
    name: 'an office with a complement in "à" before an apposed name: the name speaks',
    text: '« Nous voulons que ces garanties survivent aux alternances », a souligné la conseillère à la sécurité intérieure, Sophie Lambert.',
    quote: 'survivent aux alternances', speaker: 'Sophie Lambert',
  },
  {
    name: 'a complement in "à" followed by a place and a verb is no apposed name',
    text: '« Nous attendons des réponses », a déclaré le ministre à la presse, Madrid restant prudent sur le calendrier.',
    quote: 'Nous attendons des réponses', speaker: 'ministre',
  },
  {
    name: 'a military rank before the apposed name: the name speaks',
    text: '« Nos navires ont intercepté trois drones », a indiqué le porte-parole de la marine, le contre-amiral Paul Girard, dans un communiqué.',
    quote: 'intercepté trois drones', speaker: 'Paul Girard',
  },
  {
    name: 'justifier is a reporting verb in an incise',
    text: '« Aucun pays ne peut abriter un fugitif condamné », a justifié le gouvernement dans un communiqué.',
    quote: 'abriter un fugitif', speaker: 'gouvernement', cue: 'a justifié',
  },
];

for (const c of cases) test(c.name, () => checkCase(c));

test('a plural pronoun stands for the collective subject of the sentence before', () => {
  const text = 'Les ministres des Finances de l\'Union européenne, réunis par la présidence belge, ont adopté lundi un texte commun. Dans leur communiqué, ils « déplorent vivement » la décision de Pékin.';
  assert.equal(speakerOf(text, 'déplorent vivement', [entity(text, 'ue', 'Union européenne', 'ORG')]), 'Union européenne');
});

test('a plural pronoun does not reach past a sentence opening on another subject', () => {
  const text = 'Les ministres des Finances de l\'Union européenne ont adopté lundi un texte. Les agriculteurs ont manifesté devant le bâtiment. Ils « déplorent vivement » la décision.';
  assert.equal(speakerOf(text, 'déplorent vivement', [entity(text, 'ue', 'Union européenne', 'ORG')]), null);
});

test('a person the prepositional phrase after the cue swallowed is the speaker, not the apposition after it', () => {
  const text = '« Le gouvernement a trahi ses électeurs », a dénoncé devant le Sénat Marc Dupont, l\'un des chefs de l\'opposition, tandis que la foule grossissait.';
  assert.equal(speakerOf(text, 'trahi ses électeurs', [entity(text, 'dupont', 'Marc Dupont', 'PER')]), 'Marc Dupont');
});

test('an apposition after a place the prepositional phrase holds stays the speaker', () => {
  const text = '« Nous ne lâcherons rien », a lancé devant la mairie de Lyon, mardi, la porte-parole du collectif.';
  assert.equal(speakerOf(text, 'ne lâcherons rien', [entity(text, 'lyon', 'Lyon', 'LOC')]), 'porte-parole du collectif');
});
