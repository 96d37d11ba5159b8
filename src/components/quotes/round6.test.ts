// Speaker attribution, round 6 (misses on a fresh set of wire copy): a stressed pronoun set off
// after its subject, an adverbial phrase between a subject opening a "tandis que" clause and its
// verb, a titled name in apposition ("le cardinal X"), a noun right after a determiner taken for a
// verb, a quote opening on its auxiliary, a relative clause whose antecedent is a person complement,
// a demonym that contradicts the entity linked, a "Selon X" source over a group it belongs to,
// "lire" as a reporting verb, and "le pouvoir" standing for the place the sentence opens on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument, type Entity } from '../../core/document.ts';
import { extractQuotes } from './extract.ts';
import { loadQuoteLexicon } from './lexicon.ts';
import { analyse, checkCase, quoteWith, type Case } from './test-helpers.ts';

function entity(text: string, id: string, name: string, type: Entity['type'], forms: Array<[string, 'name' | 'description']>, roles: string[] = []): Entity {
  const mentions = forms.map(([form, kind]) => {
    const start = text.indexOf(form);
    return { start, end: start + form.length, text: form, kind };
  });
  return { id, name, type, aliases: [], mentions, roles };
}

const cases: Case[] = [
  {
    name: 'a stressed pronoun set off by commas after a description leaves the description as subject',
    text: 'Le ministre russe, lui, a assuré lundi que les pourparlers pourraient « reprendre dès la semaine prochaine ».',
    quote: 'reprendre dès la semaine', speaker: 'ministre russe', cue: 'a assuré',
  },
  {
    name: 'a phrase set off by commas after the subject of a tandis que clause does not hide it',
    text: 'Le chancelier a reçu les syndicats, tandis que Giorgia Meloni, au sortir d\'une réunion avec ses alliés, affirmait que le texte était « à bout de souffle ».',
    quote: 'à bout de souffle', speaker: 'Giorgia Meloni', cue: 'affirmait',
  },
  {
    name: 'a name after a determiner and a title noun in apposition is the speaker',
    text: '« L\'Église restera aux côtés des familles », a déclaré dimanche l\'archevêque de Paris, le cardinal Laurent Ulrich, devant les fidèles.',
    quote: 'aux côtés des familles', speaker: 'Laurent Ulrich', cue: 'a déclaré',
  },
  {
    name: 'a titled apposition carries over to a later pronoun',
    text: '« Le dialogue reste possible », a affirmé le nonce apostolique, l\'archevêque Paolo Rudelli. « Nous attendons un signe », a-t-il ajouté.',
    quote: 'Nous attendons un signe', speaker: 'Paolo Rudelli',
  },
  {
    name: 'lire after a quote is a reporting verb, and "en" with a bare word before the name is skipped',
    text: '« Nous déposons les armes de notre propre volonté », a lu en kurde Leyla Zana, figure historique du mouvement.',
    quote: 'Nous déposons les armes', speaker: 'Leyla Zana', cue: 'a lu',
  },
  {
    name: 'a group subject gives way to the source a sentence opens on with Selon',
    text: '« Un échange franc », a écrit Olaf Scholz. Selon lui, les deux dirigeants ont abordé « la sécurité de nos frontières » et une « relance économique ».',
    quote: 'la sécurité de nos frontières', speaker: 'Olaf Scholz',
  },
];

for (const c of cases) test(c.name, () => checkCase(c));

test('a verb form right after a determiner is a noun, not a cue with the determiner as subject', () => {
  const { quotes } = analyse('Le gouvernement a cédé à la demande des syndicats pour des « raisons sociales », selon un conseiller.');
  assert.notEqual(quoteWith(quotes, 'raisons sociales').speaker?.name, 'la');
});

test('a named subject right before a quote opening on its auxiliary is the speaker', () => {
  const text = 'Kaïs Saïed « a choisi de répondre positivement » à la lettre de son homologue italien, qui réclamait une libération rapide.';
  const saied = entity(text, 'Q1', 'Kaïs Saïed', 'PER', [['Kaïs Saïed', 'name']]);
  assert.equal(quoteWith(analyse(text, [saied]).quotes, 'a choisi de répondre').speaker?.name, 'Kaïs Saïed');
});

test('the person complement of a noun before a relative qui is its antecedent', () => {
  const text = 'Le tribunal a accepté la requête de la ministre belge, qui avait plaidé pour des « motifs familiaux » mardi.';
  assert.equal(quoteWith(analyse(text).quotes, 'motifs familiaux').speaker?.name, 'ministre belge');
});

test('a demonym in a description overrides a linked person who holds no office of that country', () => {
  const text = 'Le président Kaïs Saïed a gracié le détenu. Sergio Mattarella l\'en avait prié. Le détenu a été libéré à l\'appel du président italien, qui avait invoqué des « raisons de santé » lundi.';
  const at = text.indexOf('président italien');
  const saied = entity(text, 'Q1', 'Kaïs Saïed', 'PER', [['Kaïs Saïed', 'name']], ['président (Tunisia)']);
  saied.mentions.push({ start: at, end: at + 'président'.length, text: 'président', kind: 'description' });
  const mattarella = entity(text, 'Q2', 'Sergio Mattarella', 'PER', [['Sergio Mattarella', 'name']], ['président (Italy)']);
  const doc = createDocument({ source: { name: 't', path: null, url: null }, raw: text });
  doc.text = text;
  doc.entities = [saied, mattarella];
  const demonyms = (w: string) => (w.toLowerCase() === 'italien' ? ['Italy', 'Italie'] : null);
  const { quotes } = extractQuotes(doc, loadQuoteLexicon(), demonyms);
  assert.equal(quoteWith(quotes, 'raisons de santé').speaker?.name, 'Sergio Mattarella');
});

test('a bare "le gouvernement" is the place the sentence opens on', () => {
  const text = 'À Varsovie, le gouvernement a dénoncé une « provocation délibérée » après l\'incident.';
  const warsaw = entity(text, 'Q3', 'Varsovie', 'LOC', [['Varsovie', 'name']]);
  assert.equal(quoteWith(analyse(text, [warsaw]).quotes, 'provocation délibérée').speaker?.name, 'Varsovie');
});

test('a qualified government description keeps its own words', () => {
  const text = 'À Varsovie, le gouvernement polonais a dénoncé une « provocation délibérée » après l\'incident.';
  const warsaw = entity(text, 'Q3', 'Varsovie', 'LOC', [['Varsovie', 'name']]);
  assert.notEqual(quoteWith(analyse(text, [warsaw]).quotes, 'provocation délibérée').speaker?.name, 'Varsovie');
});
