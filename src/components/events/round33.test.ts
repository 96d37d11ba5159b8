// Round 33 (event actors): the sides of an attack told by nationality adjectives on the attacker's noun ("les forces
// talibanes", "des frappes aériennes pakistanaises") and on the noun struck ("postes frontaliers pakistanais", "la
// province afghane"); protesters filling a place make no attack, and a protest told by its protesters' noun is theirs;
// "s'entendre … sur un cessez-le-feu" is a deal; a sequel meeting ("une nouvelle rencontre est prévue…") and "les
// délégations se reverront" are held by the sides of the talks just told; who was "absent d'une réunion" or "n'a pas
// participé aux discussions" is no participant of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureEvents, person, country, type EntitySpec } from './testing.ts';

const events = fixtureEvents('2025-10-19');
const PAKISTAN: EntitySpec = { name: 'Pakistan', id: 'country:PK', type: 'LOC', subtype: 'country' };
const AFGHANISTAN: EntitySpec = { name: 'Afghanistan', id: 'country:AF', type: 'LOC', subtype: 'country' };
const role = (e: { actors: { name: string; role: string }[] } | undefined, name: string) => e?.actors.find((a) => a.name === name)?.role;

// — attack sides from nationality adjectives —

test('"les forces talibanes ont attaqué des postes frontaliers pakistanais": Afghanistan attacks, Pakistan is hit', () => {
  const text = 'Dans la nuit de samedi, les forces talibanes ont attaqué plusieurs postes frontaliers pakistanais dans la région de Kurram.';
  const attack = events(text, { entities: [PAKISTAN, AFGHANISTAN], timexes: [['Dans la nuit de samedi', '2025-10-11']] }).find((e) => e.type === 'ASSAULT');
  assert.equal(role(attack, 'Afghanistan'), 'source');
  assert.equal(role(attack, 'Pakistan'), 'target');
});

test('"des frappes aériennes pakistanaises ont visé la province afghane de Khost": Pakistan attacks, Afghanistan is hit', () => {
  const text = "Jeudi soir, des frappes aériennes pakistanaises ont visé la province afghane de Khost, faisant au moins six morts selon les autorités locales.";
  const attack = events(text, { entities: [PAKISTAN, AFGHANISTAN], timexes: [['Jeudi soir', '2025-10-16']] }).find((e) => e.type === 'ASSAULT');
  assert.equal(role(attack, 'Pakistan'), 'source');
  assert.equal(role(attack, 'Afghanistan'), 'target');
});

test('"des drones russes ont frappé la ville ukrainienne de Soumy": the weapon\'s adjective is the attacker, the city\'s the country hit', () => {
  const text = 'Mardi, des drones russes ont frappé la ville ukrainienne de Soumy, tuant trois personnes.';
  const attack = events(text, { timexes: [['Mardi', '2025-10-14']] }).find((e) => e.type === 'ASSAULT');
  assert.equal(role(attack, 'Russia'), 'source');
  assert.equal(role(attack, 'Ukraine'), 'target');
});

test('guard: "les talibans pakistanais ont attaqué des postes afghans": the movement\'s branch in another country is not Afghanistan', () => {
  const text = 'Mercredi, les combattants talibans pakistanais ont attaqué plusieurs postes afghans près de la frontière.';
  const attack = events(text, { entities: [PAKISTAN, AFGHANISTAN], timexes: [['Mercredi', '2025-10-15']] }).find((e) => e.type === 'ASSAULT');
  assert.notEqual(role(attack, 'Afghanistan'), 'source');
  assert.notEqual(role(attack, 'Pakistan'), 'source');
});

test('guard: with one side only an adjective gives ("les forces talibanes ont attaqué un convoi"), no side is invented', () => {
  const text = 'Lundi, les forces talibanes ont attaqué un convoi près de Jalalabad.';
  const found = events(text, { entities: [PAKISTAN, AFGHANISTAN], timexes: [['Lundi', '2025-10-13']] });
  assert.ok(found.every((e) => e.type !== 'ASSAULT' || !e.actors.some((a) => a.name === 'Pakistan')));
});

// — crowds —

test('guard: "des milliers de manifestants ont envahi le centre de la capitale" is no attack', () => {
  const text = 'Samedi, des centaines de milliers de manifestants ont envahi le centre de Belgrade pour dénoncer la corruption.';
  const found = events(text, { entities: [{ name: 'Belgrade', type: 'LOC', subtype: 'city', actor: { entity: 'country:RS', name: 'Serbia' } }], timexes: [['Samedi', '2025-03-15']] });
  assert.ok(!found.some((e) => e.type === 'ASSAULT'));
});

test('"des dizaines de milliers de manifestants ont défilé samedi": the protest is held by the protesters', () => {
  const text = 'Des dizaines de milliers de manifestants ont défilé samedi dans les rues de Tbilissi contre le gouvernement.';
  const protest = events(text, { timexes: [['samedi', '2025-10-18']] }).find((e) => e.type === 'PROTEST');
  assert.ok(protest?.actors.some((a) => a.name === 'manifestants'));
});

test('guard: "les soldats ont envahi la région" stays an attack (only crowds are set aside)', () => {
  const text = 'Les forces russes ont envahi la région de Koursk mardi.';
  const found = events(text, { entities: [country('RU', ['Russie'])], timexes: [['mardi', '2025-10-14']] });
  assert.ok(found.some((e) => e.type === 'ASSAULT'));
});

// — deals and sequel meetings —

const TALKS = "Le Pakistan et l'Afghanistan se sont entendus dans la nuit de samedi à dimanche sur un cessez-le-feu immédiat, au terme de pourparlers organisés à Doha.";

test('"X et Y se sont entendus dans la nuit … sur un cessez-le-feu": a deal of the two countries', () => {
  const deal = events(TALKS, { entities: [PAKISTAN, AFGHANISTAN], timexes: [['dans la nuit de samedi à dimanche', '2025-10-18']] }).find((e) => e.type === 'AGREE');
  assert.deepEqual(deal?.actors.map((a) => a.name).sort(), ['Afghanistan', 'Pakistan']);
});

test('guard: "ils ne s\'entendent pas sur le calendrier" makes no deal', () => {
  const text = "Le Pakistan et l'Afghanistan s'entendent mal sur le tracé de la frontière depuis des décennies.";
  const found = events(text, { entities: [PAKISTAN, AFGHANISTAN] });
  assert.ok(!found.some((e) => e.type === 'AGREE'));
});

test('"Une nouvelle rencontre est prévue le 25 octobre": the sequel is held by the sides of the talks just told', () => {
  const text = `${TALKS} Une nouvelle rencontre est prévue le 25 octobre à Istanbul.`;
  const found = events(text, { entities: [PAKISTAN, AFGHANISTAN], timexes: [['dans la nuit de samedi à dimanche', '2025-10-18'], ['le 25 octobre', '2025-10-25']] });
  const next = found.find((e) => e.type === 'CONSULT' && e.date?.value === '2025-10-25');
  assert.deepEqual(next?.actors.map((a) => a.name).sort(), ['Afghanistan', 'Pakistan']);
  assert.equal(next?.status, 'planned');
});

test('"les délégations se reverront le 25 octobre": the two sides of the talks just told meet again', () => {
  const text = `${TALKS} Selon le ministre, les délégations se reverront le 25 octobre à Istanbul.`;
  const found = events(text, { entities: [PAKISTAN, AFGHANISTAN], timexes: [['dans la nuit de samedi à dimanche', '2025-10-18'], ['le 25 octobre', '2025-10-25']] });
  const next = found.find((e) => e.type === 'CONSULT' && e.date?.value === '2025-10-25');
  assert.deepEqual(next?.actors.map((a) => a.name).sort(), ['Afghanistan', 'Pakistan']);
});

test('guard: "une nouvelle rencontre" far from any talks names no side', () => {
  const text = `${TALKS} Le Qatar a salué dimanche le rôle de la Turquie. Les combats avaient fait des dizaines de morts. Les familles attendent des réponses. Une nouvelle rencontre est prévue le 25 octobre.`;
  const found = events(text, { entities: [PAKISTAN, AFGHANISTAN, { name: 'Qatar', id: 'country:QA', type: 'LOC', subtype: 'country' }, { name: 'Turquie', id: 'country:TR', type: 'LOC', subtype: 'country' }],
    timexes: [['dans la nuit de samedi à dimanche', '2025-10-18'], ['dimanche', '2025-10-19'], ['le 25 octobre', '2025-10-25']] });
  assert.ok(!found.some((e) => e.type === 'CONSULT' && e.date?.value === '2025-10-25'));
});

// — absentees —

test('"l\'émissaire chinois Li Hui, absent d\'une première réunion … en juin": he is no participant of that meeting', () => {
  const text = "La réunion a rassemblé le conseiller américain Jake Sullivan et l'émissaire chinois Li Hui, absent d'une première réunion organisée à Copenhague en juin.";
  const found = events(text, { entities: [person('Jake Sullivan'), person('Li Hui'), country('CN', ['Chine'])], timexes: [['en juin', '2023-06']] });
  assert.ok(!found.some((e) => e.date?.value === '2023-06' && e.actors.some((a) => a.name === 'Li Hui' || a.name === 'China')));
});

test('"X n\'a pas participé aux discussions de Pretoria": X is no party to them', () => {
  const text = "L'Erythrée n'a pas participé aux discussions de Pretoria entre l'Ethiopie et le TPLF.";
  const found = events(text, { entities: [{ name: 'Eritrea', id: 'country:ER', type: 'LOC', subtype: 'country', forms: ['Erythrée'] }, { name: 'Ethiopia', id: 'country:ET', type: 'LOC', subtype: 'country', forms: ['Ethiopie'] }, { name: 'TPLF', type: 'ORG' }] });
  assert.ok(found.every((e) => !e.actors.some((a) => a.name === 'Eritrea')));
});

test('guard: "X, présent à la réunion" stays a participant', () => {
  const text = "Jeudi, Jake Sullivan a rencontré à Djeddah l'émissaire chinois Li Hui, présent pour la première fois.";
  const meeting = events(text, { entities: [person('Jake Sullivan'), person('Li Hui')], timexes: [['Jeudi', '2023-08-03']] }).find((e) => e.type === 'CONSULT');
  assert.ok(meeting?.actors.some((a) => a.name === 'Li Hui'));
});

test('"le Pakistanais X et l\'Afghan Y" tie the delegates to their countries: the sequel told twice is one meeting', () => {
  const text = `${TALKS} Une nouvelle rencontre est prévue le 25 octobre à Istanbul. Les délégations, conduites par le Pakistanais Khawaja Asif et l'Afghan Mohammad Yaqoob, s'étaient retrouvées samedi à Doha. Selon le ministre, les délégations se reverront le 25 octobre.`;
  const found = events(text, { entities: [PAKISTAN, AFGHANISTAN, person('Khawaja Asif'), person('Mohammad Yaqoob')],
    timexes: [['dans la nuit de samedi à dimanche', '2025-10-18'], ['le 25 octobre', '2025-10-25'], ['samedi', '2025-10-18'], ['le 25 octobre', '2025-10-25']] });
  assert.equal(found.filter((e) => e.type === 'CONSULT' && e.date?.value === '2025-10-25').length, 1);
});

test('guard: a lower-case adjective before a name ("le ministre pakistanais Khawaja Asif") is read as before, not as an apposed demonym', () => {
  const text = "Le ministre pakistanais Khawaja Asif a rencontré mardi le ministre afghan Mohammad Yaqoob à Doha.";
  const meeting = events(text, { entities: [person('Khawaja Asif'), person('Mohammad Yaqoob')], timexes: [['mardi', '2025-10-14']] }).find((e) => e.type === 'CONSULT');
  assert.deepEqual(meeting?.actors.filter((a) => a.name.includes(' ')).map((a) => a.name).sort(), ['Khawaja Asif', 'Mohammad Yaqoob']);
});
