import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '../../core/document.ts';
import { loadKnowledgeBase } from '../../kb/index.ts';
import { findEntities } from './index.ts';
import { frenchLexicon } from './lexicon.ts';

const kb = loadKnowledgeBase();
const lex = frenchLexicon();

function entities(text: string, date = '2025-06-10') {
  const doc = createDocument({ source: { name: 't', path: null, url: null }, raw: text, published: date });
  return findEntities(doc, kb, lex);
}

/** The entity a description (its text as written) was resolved to, if any. */
function resolved(text: string, description: string, date?: string): string | undefined {
  return entities(text, date).find((e) => e.mentions.some((m) => m.kind === 'description' && m.text === description))?.name;
}

test("« l'organisation régionale » is the one international body named just before", () => {
  const text = "Les dirigeants de l'Union africaine se sont réunis samedi à Addis-Abeba. Dans une déclaration finale, l'organisation régionale exige le retour à l'ordre constitutionnel.";
  assert.equal(resolved(text, 'organisation régionale'), 'African Union');
});

test('a description stays unresolved when two bodies of its kind are named in the paragraph', () => {
  const text = "L'ONU et l'Union africaine ont appelé dimanche au dialogue. L'organisation a également demandé la libération des détenus.";
  assert.equal(resolved(text, 'organisation'), undefined);
});

test('« le mouvement islamiste » is the armed group named before', () => {
  const text = "Le Hezbollah a tiré dimanche des roquettes sur le nord d'Israël. Le mouvement islamiste affirme avoir visé une position militaire.";
  assert.equal(resolved(text, 'mouvement islamiste'), 'Hezbollah');
});

test("a demonym that contradicts the group's country leaves the description alone", () => {
  const text = "Le Hezbollah a tiré dimanche des roquettes sur le nord d'Israël. Le mouvement islamiste palestinien a salué l'opération.";
  assert.equal(resolved(text, 'mouvement islamiste palestinien'), undefined);
});

test("« l'émirat » is the emirate named in the paragraph, not the other country", () => {
  const text = "Le Koweït a reçu lundi le chef de la diplomatie iranienne. L'émirat entend jouer les intermédiaires dans la région.";
  assert.equal(resolved(text, 'émirat'), 'Kuwait');
});

test("« le pays » is the one country the paragraph is about", () => {
  const text = "Le Sénégal a organisé dimanche une élection présidentielle. Plus de sept millions d'électeurs étaient appelés aux urnes dans le pays.";
  assert.equal(resolved(text, 'pays'), 'Senegal');
});

test("« le pays » stays unresolved when the paragraph speaks of two countries, even through a capital", () => {
  const text = "La France a rappelé son ambassadeur à Bamako. Le gouvernement de Niamey dénonce une ingérence dans les affaires du pays.";
  assert.equal(resolved(text, 'pays'), undefined);
});

test("« dont le pays » is the country of the person just named, not resolved from the paragraph", () => {
  const text = "Le Japon accueille le sommet. Il a rencontré le ministre malaisien des Affaires étrangères, dont le pays assure la présidence de l'Asean.";
  assert.equal(resolved(text, 'pays'), undefined);
});

test('« le pays voisin » names another country and is left alone', () => {
  const text = "Le Soudan du Sud a fermé sa frontière mardi. Des milliers de réfugiés ont fui vers le pays voisin.";
  assert.equal(resolved(text, 'pays'), undefined);
});

test("« l'homme d'affaires new-yorkais » is the one American named before", () => {
  const text = "Steve Witkoff a été reçu jeudi par Vladimir Poutine au Kremlin. L'homme d'affaires new-yorkais avait déjà rencontré le président russe en mars.";
  assert.equal(resolved(text, "homme d'affaires new-yorkais"), 'Steve Witkoff');
});

test("« le milliardaire » without a demonym is not resolved", () => {
  const text = "Elon Musk a rencontré lundi le président argentin. Le milliardaire a promis des investissements.";
  assert.equal(resolved(text, 'milliardaire'), undefined);
});

test("« le groupe armé » resolves, a bare « le groupe » (often a group of people) does not", () => {
  const armed = "Le M23 s'est emparé mardi de la ville de Walikale. Le groupe armé a annoncé la création d'une administration parallèle.";
  assert.equal(resolved(armed, 'groupe armé'), 'M23');
  const bare = "Le M23 s'est emparé mardi de la ville de Walikale. Un officier qui dirigeait le groupe a été blessé.";
  assert.equal(resolved(bare, 'groupe'), undefined);
});

test('a capitalised head is a name, not a description', () => {
  const text = "L'Otan a réuni ses ministres mardi à Bruxelles. L'Alliance a annoncé de nouvelles mesures.";
  assert.equal(resolved(text, 'Alliance'), undefined);
});

test("« le chef de l'État » is not the president of a commission named with a complement the KB does not know", () => {
  const text = "Les putschistes retiennent le président nigérien Mohamed Bazoum. Le président de la Commission de la Cedeao, Omar Alieu Touray, exige la libération du chef de l'État.";
  const e = entities(text, '2023-07-30');
  assert.equal(e.find((x) => x.name === 'Omar Alieu Touray')?.mentions.some((m) => m.kind === 'description'), false);
  assert.equal(resolved(text, "chef de l'État", '2023-07-30'), 'Mohamed Bazoum');
});

test("« L'Élysée a prévenu que le chef de l'État » is the French president, not the head of state named before", () => {
  const text = "« Le temps presse », a déclaré le président nigérian Bola Tinubu. L'Élysée a prévenu que le chef de l'État ne tolérerait aucune attaque contre Emmanuel Macron.";
  assert.equal(resolved(text, "chef de l'État", '2023-07-30'), 'Emmanuel Macron');
});

test("of two heads of state in the sentence before, « le chef de l'État » is its subject", () => {
  const text = "Le président palestinien Mahmoud Abbas a remercié Paris. Emmanuel Macron avait adressé une lettre à Mahmoud Abbas en juillet. Lundi, le chef de l'État a téléphoné à Donald Trump.";
  assert.equal(resolved(text, "chef de l'État", '2025-09-23'), 'Emmanuel Macron');
});

test('a surname repeated without its article "al-" is the person named in full', () => {
  const text = "Le chef de la milice, Khaled al-Mansouri, a été arrêté lundi à Tripoli. Selon ses proches, Mansouri a été transféré dans une prison de la capitale.";
  const people = entities(text).filter((e) => e.type === 'PER');
  assert.equal(people.length, 1);
  assert.deepEqual(people[0].mentions.map((m) => m.text), ['Khaled al-Mansouri', 'Mansouri']);
});

test("« le traité de l'Atlantique Nord » names NATO, not the ocean", () => {
  const e = entities("La Pologne a invoqué mercredi l'article 4 du traité de l'Atlantique Nord après l'intrusion de drones.");
  assert.ok(e.some((x) => x.name === 'NATO'));
  assert.ok(!e.some((x) => x.name === 'Atlantic Ocean'));
});

test('the TPLF is a known armed group of Ethiopia', () => {
  const e = entities("Le gouvernement éthiopien et le TPLF ont signé mercredi un accord à Pretoria.", '2022-11-03');
  assert.equal(e.find((x) => x.name === "Tigray People's Liberation Front")?.subtype, 'armed_group');
});
