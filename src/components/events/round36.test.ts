// Round 36 (event actors): a two-sided act told with no party in its clause ("un cessez-le-feu avait été conclu le
// 3 mai", "la trêve conclue à Doha le 2 mars", "le conflit avait dégénéré en affrontements") is the act of the two
// sides the article keeps naming together — only when exactly one pair is clear.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorNames, fixtureEvents, type EntitySpec } from './testing.ts';

const events = fixtureEvents('2025-06-10');
const INDIA: EntitySpec = { name: 'India', id: 'country:IN', type: 'LOC', subtype: 'country', forms: ['Inde', 'New Delhi'] };
const PAKISTAN: EntitySpec = { name: 'Pakistan', id: 'country:PK', type: 'LOC', subtype: 'country', forms: ['Pakistan', 'Islamabad'] };
const QATAR: EntitySpec = { name: 'Qatar', id: 'country:QA', type: 'LOC', subtype: 'country', forms: ['Qatar'] };
const BANGLADESH: EntitySpec = { name: 'Bangladesh', id: 'country:BD', type: 'LOC', subtype: 'country', forms: ['Bangladesh'] };

// An article about the India–Pakistan crisis: two events name both sides before the actorless ones.
const LEAD = "L'Inde et le Pakistan ont repris lundi des pourparlers à Riyad. New Delhi a accusé mardi Islamabad de soutenir des groupes armés. ";

test('"un cessez-le-feu avait été conclu le 10 mai": the truce is agreed by the article\'s two sides', () => {
  const text = LEAD + 'Sous la pression de Washington, un cessez-le-feu avait été conclu le 10 mai, après quatre jours de frappes.';
  const truce = events(text, { entities: [INDIA, PAKISTAN], timexes: [['lundi', '2025-06-09'], ['mardi', '2025-06-10'], ['le 10 mai', '2025-05-10']] })
    .find((e) => e.type === 'AGREE' && e.date?.value === '2025-05-10');
  assert.deepEqual(actorNames(truce), ['India', 'Pakistan']);
});

test('"la trêve conclue à Doha le 2 mars": a truce concluded after the noun is an agreement of the two sides', () => {
  const text = LEAD + 'La trêve conclue à Doha le 2 mars reste fragile.';
  const truce = events(text, { entities: [INDIA, PAKISTAN], timexes: [['lundi', '2025-06-09'], ['mardi', '2025-06-10'], ['le 2 mars', '2025-03-02']] })
    .find((e) => e.date?.value === '2025-03-02');
  assert.equal(truce?.type, 'AGREE');
  assert.deepEqual(actorNames(truce), ['India', 'Pakistan']);
});

test('"le conflit avait dégénéré le 7 mai en affrontements armés": fighting between the two sides', () => {
  const text = LEAD + 'Le différend, ancien, avait dégénéré le 7 mai en affrontements armés le long de la ligne de contrôle.';
  const clash = events(text, { entities: [INDIA, PAKISTAN], timexes: [['lundi', '2025-06-09'], ['mardi', '2025-06-10'], ['le 7 mai', '2025-05-07']] })
    .find((e) => e.type === 'ASSAULT');
  assert.equal(clash?.date?.value, '2025-05-07');
  assert.deepEqual(actorNames(clash), ['India', 'Pakistan']);
});

test('a side named by the clause is completed by the other one', () => {
  const text = LEAD + "La crise avait dégénéré le 7 mai en affrontements, à l'artillerie côté pakistanais.";
  const clash = events(text, { entities: [INDIA, PAKISTAN], timexes: [['lundi', '2025-06-09'], ['mardi', '2025-06-10'], ['le 7 mai', '2025-05-07']] })
    .find((e) => e.type === 'ASSAULT');
  assert.deepEqual(actorNames(clash), ['India', 'Pakistan']);
});

test('guard: with two pairs told as often, no side is invented', () => {
  const text = "L'Inde et le Pakistan ont repris lundi des pourparlers. Le Qatar et le Bangladesh ont signé mardi un accord. "
    + 'Un cessez-le-feu avait été conclu le 10 mai.';
  const truce = events(text, { entities: [INDIA, PAKISTAN, QATAR, BANGLADESH], timexes: [['lundi', '2025-06-09'], ['mardi', '2025-06-10'], ['le 10 mai', '2025-05-10']] })
    .find((e) => e.date?.value === '2025-05-10');
  assert.equal(truce, undefined);
});

test('guard: a truce whose clause names another party keeps it', () => {
  const text = LEAD + 'Un cessez-le-feu avait été conclu le 10 mai entre le Qatar et le Bangladesh.';
  const truce = events(text, { entities: [INDIA, PAKISTAN, QATAR, BANGLADESH], timexes: [['lundi', '2025-06-09'], ['mardi', '2025-06-10'], ['le 10 mai', '2025-05-10']] })
    .find((e) => e.date?.value === '2025-05-10');
  assert.ok(!actorNames(truce).includes('India'));
});

test('guard: "dégénéré" without fighting after it is no attack', () => {
  const text = LEAD + 'La réunion avait dégénéré le 7 mai en dispute publique.';
  const clash = events(text, { entities: [INDIA, PAKISTAN], timexes: [['lundi', '2025-06-09'], ['mardi', '2025-06-10'], ['le 7 mai', '2025-05-07']] })
    .find((e) => e.type === 'ASSAULT');
  assert.equal(clash, undefined);
});

// — "les deux pays" after a sentence naming the pair "entre X et Y" —

const MOROCCO: EntitySpec = { name: 'Morocco', id: 'country:MA', type: 'LOC', subtype: 'country', forms: ['Maroc'] };
const ALGERIA: EntitySpec = { name: 'Algeria', id: 'country:DZ', type: 'LOC', subtype: 'country', forms: ['Algérie'] };
const RABAT: EntitySpec = { name: 'Rabat', id: 'city:MA:rabat', type: 'LOC', subtype: 'city', forms: ['Rabat'], actor: { entity: 'country:MA', name: 'Morocco' } };
const ALGIERS: EntitySpec = { name: 'Algiers', id: 'city:DZ:algiers', type: 'LOC', subtype: 'city', forms: ['Alger'], actor: { entity: 'country:DZ', name: 'Algeria' } };

test('"les relations entre Rabat et Alger… les deux pays avaient expulsé": the pair the sentence before names', () => {
  const text = "Les relations entre Rabat et Alger restent exécrables. En août 2021, les deux pays avaient expulsé chacun plusieurs diplomates.";
  const expel = events(text, { entities: [RABAT, ALGIERS], timexes: [['En août 2021', '2021-08']] }).find((e) => e.type === 'SANCTION');
  assert.deepEqual(actorNames(expel), ['Algeria', 'Morocco']);
});

test('"la brouille entre le Maroc et l\'Algérie": countries by their names', () => {
  const text = "La brouille entre le Maroc et l'Algérie dure depuis des années. En août 2021, les deux pays avaient expulsé chacun plusieurs diplomates.";
  const expel = events(text, { entities: [MOROCCO, ALGERIA], timexes: [['En août 2021', '2021-08']] }).find((e) => e.type === 'SANCTION');
  assert.deepEqual(actorNames(expel), ['Algeria', 'Morocco']);
});

test('guard: two countries not told as a pair ("entre") give "les deux pays" no sides', () => {
  const text = "Le Maroc compte 37 millions d'habitants, l'Algérie 45 millions. En août 2021, les deux pays avaient expulsé chacun plusieurs diplomates.";
  const expel = events(text, { entities: [MOROCCO, ALGERIA], timexes: [['En août 2021', '2021-08']] }).find((e) => e.type === 'SANCTION');
  assert.equal(expel, undefined);
});

test('guard: a pair told too far back is not taken', () => {
  const text = "Les relations entre Rabat et Alger restent exécrables. La frontière est fermée. Les vols sont suspendus. Le commerce est à l'arrêt. "
    + 'En août 2021, les deux pays avaient expulsé chacun plusieurs diplomates.';
  const expel = events(text, { entities: [RABAT, ALGIERS], timexes: [['En août 2021', '2021-08']] }).find((e) => e.type === 'SANCTION');
  assert.equal(expel, undefined);
});

// — a movement named after the region it holds keeps the words that name it —

const KARABAKH: EntitySpec = { name: 'Nagorno-Karabakh', id: 'region:AZ:nagorno-karabakh', type: 'LOC', subtype: 'region', forms: ['Haut-Karabakh'] };
const AZERBAIJAN: EntitySpec = { name: 'Azerbaijan', id: 'country:AZ', type: 'LOC', subtype: 'country', forms: ['Azerbaïdjan', 'Bakou'] };

test('"les séparatistes arméniens du Haut-Karabakh": the region\'s actor is also called "séparatistes arméniens"', () => {
  const text = "Les séparatistes arméniens du Haut-Karabakh ont accepté mercredi un cessez-le-feu avec l'Azerbaïdjan.";
  const truce = events(text, { entities: [KARABAKH, AZERBAIJAN], timexes: [['mercredi', '2023-09-20']] }).find((e) => e.type === 'AGREE');
  const rebels = truce?.actors.find((a) => a.name === 'Nagorno-Karabakh');
  assert.ok(rebels?.aliases?.includes('séparatistes arméniens'));
  assert.ok(rebels?.aliases?.includes('séparatistes'));
});

test('guard: a region named as a place keeps its own names only', () => {
  const text = "L'Azerbaïdjan a lancé mardi des frappes dans le Haut-Karabakh.";
  const attack = events(text, { entities: [KARABAKH, AZERBAIJAN], timexes: [['mardi', '2023-09-19']] }).find((e) => e.type === 'ASSAULT');
  assert.ok(!(attack?.actors ?? []).some((a) => (a.aliases ?? []).includes('séparatistes')));
});
