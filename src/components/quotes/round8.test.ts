// Speaker attribution, round 8 (misses on a fresh set of wire copy): "a-t-il plaisanté", a time
// phrase opening on "ces derniers" before an inverted subject, a national institution subject of a
// verb that is no cue, "le nouveau chancelier" as an office held now, "les États membres" for the
// organisation named last, a family name written first ("M. Hong" for "Hong Lei"), a list of people
// each given an office, a past office ("l'ancien gouverneur de …") and longer descriptions or
// epithets standing for a person who just spoke.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument, type Entity } from '../../core/document.ts';
import { loadKnowledgeBase } from '../../kb/index.ts';
import { extractQuotes } from './extract.ts';
import { loadQuoteLexicon } from './lexicon.ts';
import { officeOf, roleHolderTest, type RoleHolderTest } from './role-holder.ts';
import { analyse, checkCase, quoteWith, type Case } from './test-helpers.ts';

/** An entity with one mention for each form found in the text (its first occurrence from `from`). */
function entity(text: string, id: string, name: string, type: Entity['type'], forms: Array<[string, 'name' | 'title' | 'description', number?]>, subtype?: string): Entity {
  const mentions = forms.map(([form, kind, from]) => {
    const start = text.indexOf(form, from ?? 0);
    return { start, end: start + form.length, text: form, kind };
  });
  return { id, name, type, subtype, aliases: [], mentions, roles: [] } as Entity;
}

function speakerOf(text: string, fragment: string, entities: Entity[], holdsRole?: RoleHolderTest): string | null {
  const doc = createDocument({ source: { name: 't', path: null, url: null }, raw: text });
  doc.text = text;
  doc.entities = entities;
  return quoteWith(extractQuotes(doc, loadQuoteLexicon(), undefined, holdsRole).quotes, fragment).speaker?.name ?? null;
}

const cases: Case[] = [
  {
    name: 'plaisanter is a reporting verb',
    text: 'Le Premier ministre Justin Trudeau a ouvert la séance. « Je promets de ne pas parler plus de deux heures », a-t-il plaisanté.',
    quote: 'ne pas parler plus', speaker: 'Justin Trudeau', cue: 'a-t-il plaisanté',
  },
  {
    name: 'ces dernières semaines before an inverted subject is a time phrase, not a pronoun',
    text: '« La France ne cédera pas », a répété ces dernières semaines le ministre de l\'Intérieur, Bruno Retailleau.',
    quote: 'La France ne cédera pas', speaker: 'Bruno Retailleau', cue: 'a répété',
  },
  {
    name: 'a national institution subject of a verb that is no cue speaks the partial quote after it',
    text: 'Dans un communiqué publié mardi, la diplomatie marocaine rejette « sans la moindre ambiguïté » les allégations de la presse espagnole.',
    quote: 'moindre ambiguïté', speaker: 'diplomatie marocaine',
  },
];

for (const c of cases) test(c.name, () => checkCase(c));

test('a relative elle after a national institution subject refers back to it', () => {
  const { quotes } = analyse('Dans un communiqué publié mardi, la diplomatie marocaine rejette « sans la moindre ambiguïté » les allégations de la presse espagnole, qu\'elle qualifie de « pure invention ».');
  assert.equal(quoteWith(quotes, 'pure invention').speaker?.name, 'diplomatie marocaine');
});

test('an institution object of the verb is no subject of the infinitive after it', () => {
  const { quotes } = analyse('Les syndicats accusent la direction régionale d\'être devenue « un obstacle au dialogue » dans l\'entreprise.');
  assert.notEqual(quoteWith(quotes, 'obstacle au dialogue').speaker?.name, 'direction régionale d\'être');
});

test('le nouveau chancelier names the same office as le chancelier', () => {
  const kb = loadKnowledgeBase();
  assert.deepEqual(officeOf(kb, 'le nouveau chancelier'), officeOf(kb, 'le chancelier'));
  assert.notEqual(officeOf(kb, 'le nouveau chancelier'), null);
});

test('a pronoun after a sentence whose subject is an office held now refers to its holder', () => {
  const text = 'Pour Olaf Scholz, la semaine fut longue. Arrivé lundi à Rome, le nouveau chancelier s\'était ensuite rendu à Varsovie, où il avait été reçu par Emmanuel Macron. « Nous voulons avancer ensemble », avait-il alors déclaré.';
  const scholz = entity(text, 'scholz', 'Olaf Scholz', 'PER', [['Olaf Scholz', 'name']]);
  const macron = entity(text, 'macron', 'Emmanuel Macron', 'PER', [['Emmanuel Macron', 'name']]);
  const holds: RoleHolderTest = (id, d) => /chancelier/.test(d) ? id === 'scholz' : null;
  assert.equal(speakerOf(text, 'avancer ensemble', [scholz, macron], holds), 'Olaf Scholz');
});

test('les États membres stand for the international organisation named last', () => {
  const text = 'Le sommet de l\'Union africaine s\'est ouvert dimanche à Addis-Abeba. Les États membres y ont adopté une résolution dénonçant les « ingérences étrangères » au Sahel.';
  const ua = entity(text, 'au', 'Union africaine', 'ORG', [['Union africaine', 'name']], 'io');
  assert.equal(speakerOf(text, 'ingérences étrangères', [ua]), 'Union africaine');
});

test('M. X after a full name written family name first takes the full name', () => {
  const text = 'La visite a été confirmée jeudi par Mao Ning, porte-parole de la diplomatie chinoise. « Nous attendons cette rencontre avec impatience », a déclaré Mme Mao.';
  const mao = entity(text, 'mao', 'Mao', 'PER', [['Mme Mao', 'title']]);
  assert.equal(speakerOf(text, 'avec impatience', [mao]), 'Mao Ning');
});

test('a group of leaders stands for the first of a list where each has an office', () => {
  const text = 'Emmanuel Macron, le chancelier allemand Olaf Scholz et le Premier ministre italien Mario Draghi sont arrivés à Kiev jeudi. Les trois dirigeants ont réclamé une « adhésion rapide » de l\'Ukraine.';
  const ents = [
    entity(text, 'macron', 'Emmanuel Macron', 'PER', [['Emmanuel Macron', 'name']]),
    entity(text, 'scholz', 'Olaf Scholz', 'PER', [['Olaf Scholz', 'name']]),
    entity(text, 'draghi', 'Mario Draghi', 'PER', [['Mario Draghi', 'name']]),
  ];
  assert.equal(speakerOf(text, 'adhésion rapide', ents), 'Emmanuel Macron');
});

test('a relative clause between two names makes no list', () => {
  const text = 'Emmanuel Macron, qui a reçu Olaf Scholz, est reparti jeudi. Les deux dirigeants ont réclamé une « adhésion rapide » de l\'Ukraine.';
  const ents = [
    entity(text, 'macron', 'Emmanuel Macron', 'PER', [['Emmanuel Macron', 'name']]),
    entity(text, 'scholz', 'Olaf Scholz', 'PER', [['Olaf Scholz', 'name']]),
  ];
  assert.notEqual(speakerOf(text, 'adhésion rapide', ents), 'Emmanuel Macron');
});

test('a past office after a quote stands for the subject of the sentence before', () => {
  const text = 'Reçu à Bruxelles, Mario Draghi a présenté son rapport sur la compétitivité. « L\'Europe doit agir vite », a lancé l\'ancien président de la Banque centrale européenne devant les députés.';
  const draghi = entity(text, 'draghi', 'Mario Draghi', 'PER', [['Mario Draghi', 'name']]);
  const bce = entity(text, 'bce', 'Banque centrale européenne', 'ORG', [['Banque centrale européenne', 'name']], 'institution');
  assert.equal(speakerOf(text, 'doit agir vite', [draghi, bce]), 'Mario Draghi');
});

test('a reply by a spokesperson is not given to the person who spoke just before', () => {
  const text = '« Nous sommes prêts à discuter », a déclaré mardi Emmanuel Macron. « Il n\'y a rien à discuter », a répliqué le porte-parole de la présidence russe.';
  const macron = entity(text, 'macron', 'Emmanuel Macron', 'PER', [['Emmanuel Macron', 'name']]);
  assert.notEqual(speakerOf(text, 'rien à discuter', [macron]), 'Emmanuel Macron');
});

test('a description with a capitalised complement names an office of its own', () => {
  const text = 'Le militant a été libéré samedi, a annoncé son épouse, Maria Kolesnikova. « Il est enfin libre », a réagi la maire de Vilnius.';
  const maria = entity(text, 'maria', 'Maria Kolesnikova', 'PER', [['Maria Kolesnikova', 'name']]);
  assert.notEqual(speakerOf(text, 'enfin libre', [maria]), 'Maria Kolesnikova');
});

test('a description that is another office is not the last speaker', () => {
  const text = '« L\'accord est proche », a assuré Donald Trump. Plus tard, le vice-président américain a réagi : « Rien n\'est signé. »';
  const trump = entity(text, 'trump', 'Donald Trump', 'PER', [['Donald Trump', 'name']]);
  assert.notEqual(speakerOf(text, 'Rien n', [trump]), 'Donald Trump');
});

test('a one-word office the last speaker does not hold is someone else', () => {
  const text = 'Emmanuel Macron a reçu mardi le Premier ministre libanais. « La France sera à vos côtés », a promis le président. « Nous comptons sur vous », a répondu le ministre.';
  const macron = entity(text, 'Q3052772', 'Emmanuel Macron', 'PER', [['Emmanuel Macron', 'name']]);
  const holds = roleHolderTest(loadKnowledgeBase(), '2025-05-10');
  assert.equal(speakerOf(text, 'à vos côtés', [macron], holds), 'Emmanuel Macron');
  assert.notEqual(speakerOf(text, 'comptons sur vous', [macron], holds), 'Emmanuel Macron');
});
