// Round 31 (events quality on unseen news): time phrases inside a cue's window ("a lancé dans la nuit de samedi à
// dimanche 120 drones"); a ceasefire accepted or concluded is an agreement; rebels named by a noun, an adjective and their
// region; a requested meeting scheduled by a participle; ratifications and parliamentary votes on an accession; an arrest
// in the passive done by the country where it took place; a resolution demanding something; "s'emparer de"; a relative
// whose antecedent stands before an apposition; a country's legislators; strikes on a named region.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createContext } from '../../core/pipeline.ts';
import { knowledgeBase } from '../../kb/index.ts';
import { loadCountryTable } from './countries.ts';
import { loadActingBodies } from './actors.ts';
import { fixtureEvents, person, country, actorNames, type EntitySpec } from './testing.ts';

const events = fixtureEvents('2025-03-10');
const RU_UA: EntitySpec[] = [country('RU', ['La Russie', 'russes', 'Moscou']), country('UA', ["l'Ukraine", 'Ukraine', 'Kiev'])];

// — time phrases between a verb and its object —

test('"a lancé dans la nuit de samedi à dimanche 120 drones": the strike cue holds across the time phrase', () => {
  const text = "La Russie a lancé dans la nuit de samedi à dimanche 120 drones explosifs contre l'Ukraine, selon l'armée de l'air ukrainienne.";
  const found = events(text, { entities: RU_UA, timexes: [['dans la nuit de samedi à dimanche', '2025-03-08']] });
  const strike = found.find((e) => e.type === 'ASSAULT');
  assert.ok(strike, JSON.stringify(found.map((e) => e.type)));
  assert.deepEqual(actorNames(strike), ['Russia', 'Ukraine']);
});

test('"a lancé en fin de journée des missiles": a part of the day is left out as well', () => {
  const text = "La Russie a lancé en fin de journée des missiles de croisière sur Kiev.";
  const found = events(text, { entities: RU_UA });
  assert.ok(found.some((e) => e.type === 'ASSAULT'));
});

test('guard: "a lancé dans la nuit de samedi à dimanche un appel" makes no strike', () => {
  const text = "La Russie a lancé dans la nuit de samedi à dimanche un appel aux Nations unies.";
  const found = events(text, { entities: RU_UA, timexes: [['dans la nuit de samedi à dimanche', '2025-03-08']] });
  assert.ok(!found.some((e) => e.type === 'ASSAULT'));
});

// — a ceasefire accepted, concluded or signed —

const KARABAKH: EntitySpec[] = [
  { name: 'Nagorno-Karabakh', type: 'LOC', subtype: 'region', id: 'region:AZ:nagorno-karabakh', forms: ['Haut-Karabakh'] },
  { name: 'Azerbaijan', type: 'LOC', subtype: 'country', id: 'country:AZ', forms: ["l'Azerbaïdjan", 'Azerbaïdjan'] },
];

test('"les séparatistes ont accepté mercredi un cessez-le-feu": an agreement (AGREE)', () => {
  const text = "Les séparatistes du Haut-Karabakh ont accepté mercredi un cessez-le-feu avec l'Azerbaïdjan.";
  const found = events(text, { entities: KARABAKH, timexes: [['mercredi', '2025-03-05']] });
  const deal = found.find((e) => e.mode === 'ceasefire');
  assert.equal(deal?.type, 'AGREE');
});

test('"ont conclu jeudi une trêve": a truce concluded is an agreement too', () => {
  const text = "La Russie et l'Ukraine ont conclu jeudi une trêve de trois jours autour de la centrale.";
  const found = events(text, { entities: RU_UA, timexes: [['jeudi', '2025-03-06']] });
  assert.equal(found.find((e) => e.mode === 'ceasefire')?.type, 'AGREE');
});

test('guard: "a proclamé un cessez-le-feu" stays a unilateral concession (CONCEDE)', () => {
  const text = "La Russie a proclamé samedi un cessez-le-feu de trente heures pour Pâques.";
  const found = events(text, { entities: RU_UA, timexes: [['samedi', '2025-03-08']] });
  assert.equal(found.find((e) => e.mode === 'ceasefire')?.type, 'CONCEDE');
});

// — rebels named by a noun, an adjective and their region —

test('"les séparatistes arméniens du Haut-Karabakh": the region names the movement across the adjective', () => {
  const text = "Les séparatistes arméniens du Haut-Karabakh ont accepté mercredi un cessez-le-feu.";
  const found = events(text, { entities: KARABAKH, timexes: [['mercredi', '2025-03-05']] });
  assert.ok(actorNames(found.find((e) => e.mode === 'ceasefire')).includes('Nagorno-Karabakh'));
});

test('guard: "les séparatistes et les civils du Haut-Karabakh": a coordination is no adjective', () => {
  const text = "Les séparatistes et les civils du Haut-Karabakh ont accepté mercredi un cessez-le-feu.";
  const found = events(text, { entities: KARABAKH, timexes: [['mercredi', '2025-03-05']] });
  assert.ok(!actorNames(found.find((e) => e.mode === 'ceasefire')).includes('Nagorno-Karabakh'));
});

// — a requested meeting scheduled by a participle —

const COUNCIL: EntitySpec[] = [
  country('CN', ['La Chine']),
  { name: 'United Nations Security Council', type: 'ORG', subtype: 'io', forms: ["Conseil de sécurité de l'ONU", 'Conseil de sécurité'] },
];

test('"a demandé une réunion d\'urgence du Conseil de sécurité de l\'ONU, prévue lundi": the meeting is planned', () => {
  const text = "La Chine a demandé une réunion d'urgence du Conseil de sécurité de l'ONU, prévue lundi à New York.";
  const found = events(text, { entities: COUNCIL, timexes: [['lundi', '2025-03-10']] });
  const meeting = found.find((e) => e.type === 'CONSULT');
  assert.equal(meeting?.status, 'planned');
});

test('"…de l\'ONU, qui doit se tenir jeudi": a relative further from the noun schedules it too', () => {
  const text = "La Chine a demandé une réunion d'urgence du Conseil de sécurité de l'ONU, qui doit se tenir jeudi à New York.";
  const found = events(text, { entities: COUNCIL, timexes: [['jeudi', '2025-03-13']] });
  assert.equal(found.find((e) => e.type === 'CONSULT')?.status, 'planned');
});

test('guard: a requested meeting with nothing scheduling it stays requested', () => {
  const text = "La Chine a demandé lundi une réunion d'urgence du Conseil de sécurité de l'ONU.";
  const found = events(text, { entities: COUNCIL, timexes: [['lundi', '2025-03-10']] });
  const meeting = found.find((e) => e.type === 'CONSULT');
  if (meeting) assert.notEqual(meeting.status, 'planned');
});

// — ratifications and votes on an accession —

const ACCESSION: EntitySpec[] = [
  { name: 'Parliament of Finland', type: 'ORG', subtype: 'institution', forms: ['Le Parlement finlandais'] },
  { name: 'Sweden', type: 'LOC', subtype: 'country', id: 'country:SE', forms: ['la Suède', 'Suède'] },
  { name: 'NATO', type: 'ORG', subtype: 'io', forms: ["l'Otan", 'Otan'] },
];

test('"a ratifié mardi l\'adhésion de la Suède": an agreement, the accession\'s country its target', () => {
  const text = "Le Parlement finlandais a ratifié mardi l'adhésion de la Suède à l'Otan.";
  const found = events(text, { entities: ACCESSION, timexes: [['mardi', '2025-03-04']] });
  const vote = found.find((e) => e.type === 'AGREE');
  assert.ok(vote);
  assert.ok(vote.actors.some((a) => a.name === 'Sweden' && a.role === 'target'));
});

test('"doit se prononcer lundi sur l\'adhésion de la Suède": a planned vote (AGREE, planned)', () => {
  const text = "Le Parlement finlandais doit se prononcer lundi sur l'adhésion de la Suède à l'Otan.";
  const found = events(text, { entities: ACCESSION, timexes: [['lundi', '2025-03-17']] });
  const vote = found.find((e) => e.type === 'AGREE');
  assert.equal(vote?.status, 'planned');
});

test('guard: "a approuvé mardi le texte" names no one it bears on: no event', () => {
  const text = "Le Parlement finlandais a approuvé mardi le texte à une large majorité.";
  const found = events(text, { entities: ACCESSION, timexes: [['mardi', '2025-03-04']] });
  assert.ok(!found.some((e) => e.type === 'AGREE'));
});

test('guard: "n\'a pas ratifié l\'adhésion de la Suède" is no ratification', () => {
  const text = "Le Parlement finlandais n'a toujours pas ratifié l'adhésion de la Suède à l'Otan.";
  const found = events(text, { entities: ACCESSION });
  assert.ok(!found.some((e) => e.type === 'AGREE' && e.status === 'occurred'));
});

// — an arrest in the passive, where it took place —

const TEHRAN: EntitySpec[] = [
  person('Paul Durand', ['Paul Durand']),
  { name: 'Tehran', type: 'LOC', subtype: 'city', id: 'city:IR:tehran', forms: ['Téhéran'] },
];

test('"a été arrêté le 3 mars à Téhéran": the country of the city arrested him', () => {
  const text = "Le chercheur Paul Durand a été arrêté le 3 mars à Téhéran, selon sa famille.";
  const found = events(text, { entities: TEHRAN, timexes: [['le 3 mars', '2025-03-03']] });
  const arrest = found.find((e) => e.type === 'COERCE');
  assert.ok(arrest?.actors.some((a) => a.entity === 'country:IR' && a.role === 'source'), JSON.stringify(arrest?.actors));
});

test('guard: "trois militants ont été arrêtés à Téhéran": nobody named, no country added', () => {
  const text = "Trois militants ont été arrêtés le 3 mars à Téhéran lors d'une manifestation.";
  const found = events(text, { entities: TEHRAN, timexes: [['le 3 mars', '2025-03-03']] });
  assert.ok(!found.some((e) => e.type === 'COERCE' && e.actors.some((a) => a.entity === 'country:IR')));
});

// — a resolution demanding something —

test('"a adopté une résolution exigeant le retrait": the council\'s demand (REQUEST)', () => {
  const text = "Le Conseil de sécurité de l'ONU a adopté lundi une résolution exigeant le retrait des troupes russes.";
  const found = events(text, { entities: [...COUNCIL, ...RU_UA], timexes: [['lundi', '2025-03-10']] });
  const demand = found.find((e) => e.type === 'REQUEST');
  assert.ok(demand?.actors.some((a) => a.name === 'United National Security Council' || a.role === 'source'));
});

test('guard: "une résolution exigeant que X cessent leurs attaques": the ceasing is only asked for', () => {
  const text = "Le Conseil de sécurité de l'ONU a adopté lundi une résolution exigeant que la Russie cesse immédiatement ses attaques.";
  const found = events(text, { entities: [...COUNCIL, ...RU_UA], timexes: [['lundi', '2025-03-10']] });
  assert.ok(!found.some((e) => e.type === 'CONCEDE' && e.status === 'occurred'));
});

// — "s'emparer de" —

const KIVU: EntitySpec[] = [
  { name: 'M23', type: 'ORG', subtype: 'armed_group', forms: ['M23'] },
  { name: 'Rwanda', type: 'LOC', subtype: 'country', id: 'country:RW', forms: ['le Rwanda', 'Rwanda', 'Kigali'] },
  { name: 'Goma', type: 'LOC', subtype: 'city', id: 'city:CD:goma', forms: ['Goma'] },
];

test('"le M23 s\'est emparé dimanche de Goma": a seizure of territory (ASSAULT)', () => {
  const text = "Le M23 s'est emparé dimanche de Goma, la principale ville de l'est du pays.";
  const found = events(text, { entities: KIVU, timexes: [['dimanche', '2025-03-09']] });
  const seizure = found.find((e) => e.type === 'ASSAULT');
  assert.ok(seizure?.actors.some((a) => a.name === 'M23' && a.role === 'source'));
});

test('guard: "menaçant de s\'emparer de Goma" is a threat, not a seizure', () => {
  const text = "Le M23 a défilé dimanche devant la presse, tout en menaçant de s'emparer de Goma.";
  const found = events(text, { entities: KIVU, timexes: [['dimanche', '2025-03-09']] });
  assert.ok(!found.some((e) => e.type === 'ASSAULT' && e.status === 'occurred'));
});

test('guard: "s\'emparer du dossier" is no seizure', () => {
  const text = "Le Rwanda s'est emparé dimanche du dossier lors du sommet régional.";
  const found = events(text, { entities: KIVU, timexes: [['dimanche', '2025-03-09']] });
  assert.ok(!found.some((e) => e.type === 'ASSAULT'));
});

test('"le M23, groupe armé soutenu par le Rwanda selon l\'ONU, qui s\'est emparé…": the antecedent stands before the apposition', () => {
  const text = "L'accord ne règle pas le sort du M23, groupe armé soutenu par le Rwanda selon l'ONU, qui s'est emparé dimanche de Goma.";
  const found = events(text, { entities: [...KIVU, { name: 'United Nations', type: 'ORG', subtype: 'io', forms: ["l'ONU"] }], timexes: [['dimanche', '2025-03-09']] });
  const seizure = found.find((e) => e.type === 'ASSAULT');
  assert.ok(seizure?.actors.some((a) => a.name === 'M23' && a.role === 'source'), JSON.stringify(seizure?.actors));
});

// — a country's legislators —

test('"les députés géorgiens ont rejeté mardi le veto": the country, also named by its deputies', () => {
  const text = "Les députés géorgiens ont rejeté mardi le veto de la présidente Nino Beridzé.";
  const found = events(text, { entities: [person('Nino Beridzé')], timexes: [['mardi', '2025-03-04']] });
  const vote = found.find((e) => e.type === 'REJECT');
  const georgia = vote?.actors.find((a) => a.entity === 'country:GE');
  assert.ok(georgia, JSON.stringify(vote?.actors));
  assert.ok(georgia.aliases?.includes('députés'));
});

test('guard: "les responsables géorgiens" are the country without the legislators\' names', () => {
  const text = "Les responsables géorgiens ont rejeté mardi le veto de la présidente Nino Beridzé.";
  const found = events(text, { entities: [person('Nino Beridzé')], timexes: [['mardi', '2025-03-04']] });
  const georgia = found.find((e) => e.type === 'REJECT')?.actors.find((a) => a.entity === 'country:GE');
  assert.ok(!georgia?.aliases?.includes('députés'));
});

// — strikes on a named region —

const ZAPORIZHZHIA: EntitySpec[] = [
  country('RU', ['russes']),
  { name: 'Zaporizhzhia Oblast', type: 'LOC', subtype: 'region', id: 'region:UA:zaporizhzhia-oblast', forms: ['Zaporijjia'] },
];

test('"des frappes russes ont visé une prison de la région de Zaporijjia": the region\'s country is hit', () => {
  const text = "Dimanche, des frappes russes ont visé une prison de la région de Zaporijjia, tuant seize détenus.";
  const found = events(text, { entities: ZAPORIZHZHIA, timexes: [['Dimanche', '2025-03-09']] });
  const strike = found.find((e) => e.type === 'ASSAULT');
  assert.ok(strike?.actors.some((a) => a.entity === 'country:UA' && a.role === 'target'), JSON.stringify(strike?.actors));
});

test('guard: a region named without its noun ("en soutien aux habitants de Zaporijjia") is no site struck', () => {
  const text = "Dimanche, des frappes russes ont visé des dépôts, en soutien aux séparatistes de Zaporijjia.";
  const found = events(text, { entities: ZAPORIZHZHIA, timexes: [['Dimanche', '2025-03-09']] });
  assert.ok(!found.some((e) => e.type === 'ASSAULT' && e.actors.some((a) => a.entity === 'country:UA')));
});

// — a country's own institutions act in its name —

test('a national parliament of the knowledge base carries its country\'s names', () => {
  const ctx = createContext();
  const kb = knowledgeBase(ctx);
  const bodies = loadActingBodies(kb, loadCountryTable(kb));
  const hungary = bodies.get('vigie:org:hungarian-national-assembly') ?? [];
  assert.ok(hungary.some((n) => /^Hongrie$|^Hungary$/.test(n)), JSON.stringify(hungary));
});

test('guard: an international body keeps its own parent only (the Commission acts for the Union)', () => {
  const bodies = loadActingBodies();
  assert.ok(bodies.get('vigie:org:european-commission')?.includes('Union européenne'));
});

// — a camp named by a collective noun —

test('"a accusé mardi l\'Occident de vouloir prolonger la guerre": the West is the target', () => {
  const text = "Vladimir Poutine a accusé mardi l'Occident de vouloir prolonger la guerre.";
  const found = events(text, { entities: [person('Vladimir Poutine')], timexes: [['mardi', '2025-03-04']] });
  const blame = found.find((e) => e.type === 'ACCUSE');
  assert.ok(blame?.actors.some((a) => a.name === 'Occident' && a.role === 'target'), JSON.stringify(blame?.actors));
});

test('"les Européens ont réclamé…": the Europeans, also named as the Union', () => {
  const text = "Les Européens ont réclamé mardi un cessez-le-feu inconditionnel de trente jours.";
  const found = events(text, { timexes: [['mardi', '2025-03-04']] });
  const demand = found.find((e) => e.type === 'REQUEST');
  assert.ok(demand?.actors.some((a) => a.name === 'Européens' && a.aliases?.includes('Union européenne')));
});

test('guard: the lower-case adjective ("les pays occidentaux") names no camp', () => {
  const text = "Vladimir Poutine a accusé mardi les pays occidentaux de vouloir prolonger la guerre.";
  const found = events(text, { entities: [person('Vladimir Poutine')], timexes: [['mardi', '2025-03-04']] });
  assert.ok(!found.some((e) => e.actors.some((a) => a.name === 'Occident')));
});

// — a veto lifted —

test('"avait fini par lever son veto sur une enveloppe pour l\'Ukraine": a concession', () => {
  const text = "Le 1er février, la Hongrie avait fini par lever son veto sur une enveloppe de 50 milliards d'euros pour l'Ukraine.";
  const found = events(text, { entities: [{ name: 'Hungary', type: 'LOC', subtype: 'country', id: 'country:HU', forms: ['la Hongrie'] }, ...RU_UA], timexes: [['Le 1er février', '2025-02-01']] });
  assert.ok(found.some((e) => e.type === 'CONCEDE' && e.date?.value === '2025-02-01'));
});

test('guard: "a opposé son veto" is no concession', () => {
  const text = "La Hongrie a opposé mardi son veto à une enveloppe de 50 milliards d'euros pour l'Ukraine.";
  const found = events(text, { entities: [{ name: 'Hungary', type: 'LOC', subtype: 'country', id: 'country:HU', forms: ['La Hongrie'] }, ...RU_UA], timexes: [['mardi', '2025-03-04']] });
  assert.ok(!found.some((e) => e.type === 'CONCEDE'));
});
