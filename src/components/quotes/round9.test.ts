// Speaker attribution, round 9 (misses on a fresh set of wire copy): a subordinate clause's named
// subject set off from its verb by an insertion, a past infinitive between the cue and the quote,
// complements listed with commas inside a collective subject, a bare "le ministre" standing for the
// person the article gave that office (by apposition, or by headline and standfirst), and a
// title-like quote kept when the article quotes the same words after another determiner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument, type Entity } from '../../core/document.ts';
import { extractQuotes } from './extract.ts';
import { loadQuoteLexicon } from './lexicon.ts';
import { analyse, checkCase, quoteWith, type Case } from './test-helpers.ts';

/** An entity named once, at the first occurrence of its name. */
function entity(text: string, id: string, name: string, type: Entity['type'], subtype?: string): Entity {
  const start = text.indexOf(name);
  return { id, name, type, subtype, aliases: [], mentions: [{ start, end: start + name.length, text: name, kind: 'name' }], roles: [] } as Entity;
}

function speakerOf(text: string, fragment: string, entities: Entity[], title?: string): string | null {
  const doc = createDocument({ source: { name: 't', path: null, url: null }, raw: text });
  doc.text = text;
  doc.entities = entities;
  if (title) doc.meta.title = title;
  return quoteWith(extractQuotes(doc, loadQuoteLexicon()).quotes, fragment).speaker?.name ?? null;
}

const cases: Case[] = [
  {
    name: 'a subordinate clause subject set off by an insertion is the speaker',
    text: 'La tension est montée d\'un cran lorsque Olaf Scholz, devant les députés du Bundestag, a jugé que Moscou cherchait à « diviser les Européens » sur l\'aide à Kiev.',
    quote: 'diviser les Européens', speaker: 'Olaf Scholz', cue: 'a jugé',
  },
  {
    name: 'a past infinitive may stand between the cue and the quote',
    text: 'Le gouvernement italien a présenté jeudi son plan migratoire, une proposition que Berlin a dit avoir accueillie « avec prudence ».',
    quote: 'avec prudence', speaker: 'Berlin', cue: 'a dit',
  },
];

for (const c of cases) test(c.name, () => checkCase(c));

test('a relative "qui" segment before an insertion is still skipped', () => {
  const { quotes } = analyse('Le chancelier, qui, devant les députés, a longuement parlé, a jugé la situation « très préoccupante ».');
  assert.notEqual(quoteWith(quotes, 'très préoccupante').speaker?.name, 'devant les députés');
});

test('complements listed with commas make one collective subject, the first country speaking for it', () => {
  const text = 'Réunis lundi à Rome, les chefs de la diplomatie de l\'Allemagne, de la France, de l\'Italie et de l\'Espagne ont réclamé, dans un communiqué commun, « un cessez-le-feu immédiat » au Soudan.';
  const ents = ['Allemagne', 'France', 'Italie', 'Espagne'].map((n) => entity(text, n, n, 'LOC', 'country'));
  assert.equal(speakerOf(text, 'cessez-le-feu immédiat', ents), 'Allemagne');
});

test('the countries a collective subject lists beat a list of people named nearby', () => {
  const text = 'Les ministres des Affaires étrangères de la Jordanie, de l\'Égypte et du Qatar ont appelé à « une transition pacifique ». Antony Blinken et Hakan Fidan ont participé à la réunion.';
  const ents = [
    ...['Jordanie', 'Égypte', 'Qatar'].map((n) => entity(text, n, n, 'LOC', 'country')),
    entity(text, 'blinken', 'Antony Blinken', 'PER'), entity(text, 'fidan', 'Hakan Fidan', 'PER'),
  ];
  assert.equal(speakerOf(text, 'transition pacifique', ents), 'Jordanie');
});

test('a bare "le ministre" after a quote stands for the one minister named in apposition just before', () => {
  const text = 'Le même jour, le ministre de l\'Économie, Éric Lombard, doit recevoir les représentants des syndicats et du patronat à Bercy.\n« Nous devons trouver un compromis rapidement », a insisté le ministre avant la réunion.';
  const ents = [entity(text, 'lombard', 'Éric Lombard', 'PER')];
  assert.equal(speakerOf(text, 'trouver un compromis', ents), 'Éric Lombard');
});

test('a bare "le ministre" is nobody when two ministers were just named', () => {
  const text = 'Le ministre de l\'Économie, Éric Lombard, a reçu lundi le ministre allemand des Finances, Jörg Kukies. « Nous devons trouver un compromis », a insisté le ministre.';
  const ents = [entity(text, 'lombard', 'Éric Lombard', 'PER'), entity(text, 'kukies', 'Jörg Kukies', 'PER')];
  const speaker = speakerOf(text, 'trouver un compromis', ents);
  assert.notEqual(speaker, 'Éric Lombard');
  assert.notEqual(speaker, 'Jörg Kukies');
});

test('a bare "le président" is not the president named as object of the sentence before', () => {
  const text = 'Emmanuel Macron a reçu lundi à l\'Élysée le président égyptien, Abdel Fattah al-Sissi. « Nous partageons la même analyse », a déclaré le président.';
  const ents = [entity(text, 'macron', 'Emmanuel Macron', 'PER'), entity(text, 'sissi', 'Abdel Fattah al-Sissi', 'PER')];
  assert.notEqual(speakerOf(text, 'même analyse', ents), 'Abdel Fattah al-Sissi');
});

test('a bare "le ministre" is not a subject the article never made a minister', () => {
  const text = 'Donald Trump a reçu mardi le président ukrainien à la Maison Blanche. « Rien n\'est encore signé », a lancé le ministre devant la presse.';
  assert.notEqual(speakerOf(text, 'encore signé', [entity(text, 'trump', 'Donald Trump', 'PER')]), 'Donald Trump');
});

test('a bare "la ministre" is the subject the headline names and the standfirst describes in that office', () => {
  const text = 'La ministre française de l\'Agriculture a annoncé jeudi qu\'elle ne se rendrait pas au sommet de Bruxelles.\nParis (AFP) - Annie Genevard a annoncé jeudi devant les députés qu\'elle annulait son déplacement. « Cet accord est inacceptable pour nos éleveurs », a lancé la ministre, sous les applaudissements.';
  const title = 'Mercosur : Annie Genevard renonce à se rendre à Bruxelles';
  assert.equal(speakerOf(text, 'inacceptable pour nos éleveurs', [entity(text, 'genevard', 'Annie Genevard', 'PER')], title), 'Annie Genevard');
});

test('an unnamed minister in the standfirst does not make a subject the headline does not name a minister', () => {
  const text = 'La ministre de la Santé a présenté son plan lundi.\nMarine Le Pen a dénoncé mardi une réforme injuste pour les hôpitaux. « Ce plan est prêt depuis des mois », a répliqué la ministre.';
  const title = 'Hôpitaux : le plan de la ministre de la Santé critiqué';
  assert.notEqual(speakerOf(text, 'prêt depuis des mois', [entity(text, 'lepen', 'Marine Le Pen', 'PER')], title), 'Marine Le Pen');
});

test('a title-like quote is kept when the article quotes the same words after another determiner', () => {
  const { quotes } = analyse('Le président a proposé mardi d\'en faire « la Silicon Valley de l\'Europe ». « Nous y arriverons », a-t-il ajouté, évoquant « une Silicon Valley de l\'Europe ».');
  assert.equal(quotes.filter((q) => q.text.includes('Silicon Valley')).length, 2);
});

test('a title-like quote alone is still a title', () => {
  const { quotes } = analyse('Il a accordé dimanche un long entretien à « La Tribune Dimanche » sur la réforme.');
  assert.equal(quotes.length, 0);
});
