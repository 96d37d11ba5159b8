// Round 29 (recall): a host receiving a named guest ("X accueillera jeudi Y à Z"), a call told by "parler par téléphone
// avec", an adverb between the auxiliary and the call verb ("avaient déjà appelé X"), weapons as the subject of
// "ont visé / frappé / touché", the trip one "devait effectuer", and "la lettre d'invitation" that is no invitation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureEvents, person, actorNames, country, type EntitySpec } from './testing.ts';

const events = fixtureEvents('2025-03-10');
const PEOPLE: EntitySpec[] = [person('Emmanuel Macron'), person('Keir Starmer'), person('Donald Trump'), person('Vladimir Poutine'), person('Olaf Scholz')];

// — a host receiving a named guest —

test('"X accueillera jeudi Y à Paris": a visit of the guest to the host', () => {
  const text = "Emmanuel Macron accueillera jeudi Keir Starmer à l'Élysée pour un dîner de travail.";
  const visit = events(text, { entities: PEOPLE, timexes: [['jeudi', '2025-03-13']] }).find((e) => e.type === 'CONSULT');
  assert.equal(visit?.mode, 'visit');
  assert.ok(actorNames(visit).includes('Emmanuel Macron') && actorNames(visit).includes('Keir Starmer'));
  assert.equal(visit?.date?.value, '2025-03-13');
});

test('"a accueilli lundi Y": the past visit is told too', () => {
  const text = 'Le président américain Donald Trump a accueilli lundi Olaf Scholz dans le Bureau ovale.';
  const visit = events(text, { entities: PEOPLE, timexes: [['lundi', '2025-03-10']] }).find((e) => e.type === 'CONSULT');
  assert.equal(visit?.trigger?.text, 'accueilli');
  assert.deepEqual(actorNames(visit), ['Donald Trump', 'Olaf Scholz']);
});

test('guard: "avait accueilli en mars une rencontre" keeps the meeting, and the host verb makes no visit of its own', () => {
  const text = 'Le Qatar avait accueilli en mars une rencontre entre les deux délégations.';
  const found = events(text, { entities: [{ name: 'Qatar', type: 'LOC', subtype: 'country', id: 'country:QA' }] });
  assert.deepEqual(found.map((e) => e.trigger?.text), ['rencontre']);
});

test('guard: "accueilli par" (a passive) names no guest', () => {
  const text = 'Keir Starmer a été accueilli par Emmanuel Macron avec les honneurs militaires.';
  const found = events(text, { entities: PEOPLE }).filter((e) => e.trigger?.text === 'accueilli');
  assert.equal(found.length, 0);
});

test('guard: "accueille des réfugiés" (no person named) is no visit', () => {
  const text = 'La Pologne accueille des réfugiés ukrainiens depuis 2022, a rappelé Olaf Scholz.';
  assert.equal(events(text, { entities: PEOPLE }).filter((e) => e.type === 'CONSULT').length, 0);
});

// — "parler par téléphone avec" —

test('"qu\'il parlerait mardi par téléphone avec X": a planned phone call', () => {
  const text = "Donald Trump a annoncé dimanche qu'il parlerait mardi par téléphone avec Vladimir Poutine.";
  const call = events(text, { entities: PEOPLE, timexes: [['dimanche', '2025-03-09'], ['mardi', '2025-03-11']] }).find((e) => e.type === 'CONSULT');
  assert.equal(call?.mode, 'phone');
  assert.deepEqual(actorNames(call), ['Donald Trump', 'Vladimir Poutine']);
  assert.equal(call?.date?.value, '2025-03-11');
});

test('guard: "parler de" a topic, with no phone, makes no call', () => {
  const text = "Donald Trump a dit qu'il parlerait mardi de l'Ukraine avec Vladimir Poutine.";
  assert.equal(events(text, { entities: PEOPLE }).filter((e) => e.mode === 'phone').length, 0);
});

// — an adverb between the auxiliary and "appelé" —

test('"avaient déjà appelé X": the call verb after an adverb', () => {
  const text = 'Emmanuel Macron et Keir Starmer avaient déjà appelé Donald Trump depuis Londres.';
  const call = events(text, { entities: PEOPLE }).find((e) => e.type === 'CONSULT');
  assert.equal(call?.mode, 'phone');
  assert.deepEqual(actorNames(call), ['Donald Trump', 'Emmanuel Macron', 'Keir Starmer']);
});

test('guard: "a déjà été appelé" (a passive) makes no call', () => {
  const text = 'Keir Starmer a déjà été appelé Donald Trump par ses détracteurs.';
  assert.equal(events(text, { entities: PEOPLE }).filter((e) => e.mode === 'phone').length, 0);
});

// — weapons as the subject —

test('"des missiles ont visé le quartier général": an assault', () => {
  const text = "Mardi, des missiles israéliens ont visé le quartier général de l'armée à Damas.";
  const strike = events(text, { timexes: [['Mardi', '2025-03-11']] }).find((e) => e.type === 'ASSAULT');
  assert.equal(strike?.trigger?.text, 'ont visé');
});

test('"des drones ont frappé … la nuit dernière": an assault told by the verb', () => {
  const text = 'Des drones russes ont frappé dans la nuit un dépôt de carburant près de Kiev.';
  assert.ok(events(text, { entities: [country('UA', ['Kiev']), country('RU', ['Russie'])] }).some((e) => e.type === 'ASSAULT'));
});

test('guard: "les sanctions ont touché" (no weapon) is no assault', () => {
  const text = "Les sanctions ont touché durement l'économie russe, selon Olaf Scholz.";
  assert.equal(events(text, { entities: PEOPLE }).filter((e) => e.type === 'ASSAULT').length, 0);
});

test('guard: "si des missiles frappent" is no assault held', () => {
  const text = 'Si des missiles frappent Kiev, la réponse sera ferme, a averti Olaf Scholz.';
  assert.equal(events(text, { entities: PEOPLE }).filter((e) => e.type === 'ASSAULT').length, 0);
});

// — the trip one "devait effectuer" —

test('"le déplacement qu\'il devait effectuer la semaine prochaine à Pékin" is a visit (cancelled here)', () => {
  const text = "Olaf Scholz a annoncé qu'il annulait le déplacement qu'il devait effectuer la semaine prochaine à Pékin.";
  const trip = events(text, { entities: [...PEOPLE, country('CN', ['Pékin'])] }).find((e) => e.type === 'CONSULT');
  assert.equal(trip?.mode, 'visit');
  assert.equal(trip?.trigger?.text, 'déplacement');
});

test('guard: "le déplacement qu\'il devait effectuer" is no visit without its own subject clause (a forced displacement)', () => {
  const text = 'Le déplacement forcé des habitants a été dénoncé par Olaf Scholz.';
  assert.equal(events(text, { entities: PEOPLE }).filter((e) => e.type === 'CONSULT').length, 0);
});

// — "la lettre d'invitation" —

test('guard: "a remis la lettre d\'invitation du roi" is no new invitation', () => {
  const text = "Keir Starmer avait remis en main propre à Donald Trump la lettre d'invitation du roi.";
  assert.equal(events(text, { entities: PEOPLE }).filter((e) => e.type === 'AGREE').length, 0);
});

test('"a invité X à Londres" stays a proposed visit', () => {
  const text = 'Keir Starmer a invité Donald Trump à Londres.';
  assert.ok(events(text, { entities: PEOPLE }).some((e) => e.trigger?.text === 'invité'));
});

test('guard: "une frappe de drone russe a touché un minibus" tells one assault (the noun), not a second one by the verb', () => {
  const text = 'Samedi, une frappe de drone russe a touché un minibus près de Soumy, selon les autorités ukrainiennes.';
  const found = events(text, { entities: [country('RU', ['Russie']), country('UA', ['Ukraine'])], timexes: [['Samedi', '2025-03-08']] });
  assert.equal(found.filter((e) => e.type === 'ASSAULT').length, 1);
});

test('guard: "des frappes russes ont visé" tells one assault', () => {
  const text = 'Dans la nuit, des frappes russes ont visé une centrale électrique de la région de Kharkiv.';
  assert.equal(events(text, { entities: [country('RU', ['Russie'])] }).filter((e) => e.type === 'ASSAULT').length, 1);
});

test('guard: "accueille jeudi et vendredi la conférence" names no guest: the conference keeps its date', () => {
  const text = 'Giorgia Meloni accueille jeudi et vendredi la conférence internationale sur le relèvement de l\'Ukraine.';
  const found = events(text, { entities: [person('Giorgia Meloni'), country('UA', ['Ukraine'])], timexes: [['jeudi', '2025-03-13'], ['vendredi', '2025-03-14']] });
  assert.ok(!found.some((e) => e.trigger?.text === 'accueille'));
});

test('"a annoncé sur son réseau qu\'il parlerait lundi par téléphone avec X": the future in the past of a report is planned', () => {
  const text = "Donald Trump a annoncé samedi sur son réseau social qu'il parlerait lundi par téléphone avec Vladimir Poutine.";
  const call = events(text, { entities: PEOPLE, timexes: [['samedi', '2025-03-08'], ['lundi', '2025-03-10']] }).find((e) => e.mode === 'phone');
  assert.equal(call?.status, 'planned');
});
