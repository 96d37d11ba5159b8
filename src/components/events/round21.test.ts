// Round 21: dates given by the construction of the sentence: a participle phrase set off by commas ("X, venu à Kiev
// les 3 et 4 juin, …"), an announcing participle after an event noun ("les sanctions annoncées le 3 mars"), a clause
// opened by "depuis que", an imperfect reported after a dated reporting verb ("a annoncé lundi que la France
// rappelait son ambassadeur") and a quote whose inverted reporting verb goes on with what its speaker said the
// sentence before ("X a averti dimanche que… « … », a-t-il prévenu").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureEvents, person, country, type EntitySpec } from './testing.ts';

const events = fixtureEvents('2025-06-20T09:00:00Z');
const MALI: EntitySpec = { name: 'Mali', id: 'country:ML', type: 'LOC', subtype: 'country', forms: ['Mali', 'Bamako'] };
const MOROCCO: EntitySpec = { name: 'Morocco', id: 'country:MA', type: 'LOC', subtype: 'country', forms: ['Maroc', 'Rabat'] };
const ALGERIA: EntitySpec = { name: 'Algeria', id: 'country:DZ', type: 'LOC', subtype: 'country', forms: ['Algérie', 'Alger'] };
const BELARUS: EntitySpec = { name: 'Belarus', id: 'country:BY', type: 'LOC', subtype: 'country', forms: ['Biélorussie', 'Minsk'] };
const EU: EntitySpec = { name: 'European Union', id: 'org:EU', type: 'ORG', forms: ['Union européenne', 'UE'] };

// — a participle phrase set off by commas —

test('a date inside ", venu à Moscou les 8 et 9 avril," dates the visit of that phrase', () => {
  const text = "Le ministre chinois des Affaires étrangères Wang Yi, venu à Moscou les 8 et 9 avril, a dénoncé les sanctions occidentales.";
  const evs = events(text, { entities: [person('Wang Yi'), country('RU', ['Moscou'])], timexes: [['8', '2025-04-08'], ['9 avril', '2025-04-09']] });
  const visit = evs.find((e) => e.type === 'CONSULT');
  assert.equal(visit?.date?.value, '2025-04-08');
});

test('a date after the closing comma of the participle phrase is not moved into it', () => {
  const text = "Le ministre chinois des Affaires étrangères Wang Yi, venu à Moscou pour deux jours, a dénoncé mardi les sanctions occidentales.";
  const evs = events(text, { entities: [person('Wang Yi'), country('RU', ['Moscou'])], timexes: [['deux jours', 'P2D'], ['mardi', '2025-06-17']] });
  const visit = evs.find((e) => e.type === 'CONSULT' && e.trigger?.text === 'venu');
  assert.notEqual(visit?.date?.value, '2025-06-17');
});

// — an announcing participle after an event noun —

test('"le durcissement des contrôles à l\'exportation annoncé le 3 décembre" dates the export controls, not the announcing participle', () => {
  const text = "En échange, Pékin suspend pour six mois le durcissement des contrôles à l'exportation sur le gallium annoncé le 3 décembre.";
  const evs = events(text, { entities: [country('CN', ['Pékin'])], timexes: [['six mois', 'P6M'], ['le 3 décembre', '2024-12-03']] });
  const controls = evs.find((e) => e.type === 'SANCTION');
  assert.equal(controls?.date?.value, '2024-12-03', JSON.stringify(evs.map((e) => [e.type, e.trigger?.text, e.date?.value])));
});

test('"a annoncé le 3 mars des sanctions": with an auxiliary the participle is the verb, not a noun\'s qualifier', () => {
  const text = "L'Union européenne a annoncé le 3 mars des sanctions contre la Biélorussie.";
  const evs = events(text, { entities: [EU, BELARUS], timexes: [['le 3 mars', '2025-03-03']] });
  const sanction = evs.find((e) => e.type === 'SANCTION');
  assert.equal(sanction?.date?.value, '2025-03-03');
  assert.equal(evs.filter((e) => e.type === 'SANCTION').length, 1);
});

// — "depuis que" opens a clause of its own —

test('"depuis que l\'Algérie a rompu, en août 2021, ses relations" dates the rupture', () => {
  const text = "Les frontières entre les deux pays restent fermées depuis que l'Algérie a rompu, en août 2021, ses relations diplomatiques avec le Maroc.";
  const evs = events(text, { entities: [ALGERIA, MOROCCO], timexes: [['en août 2021', '2021-08']] });
  const rupture = evs.find((e) => e.actors.some((a) => a.name === 'Algeria') && e.actors.some((a) => a.name === 'Morocco'));
  assert.equal(rupture?.date?.value, '2021-08', JSON.stringify(evs.map((e) => [e.type, e.trigger?.text, e.date?.value])));
});

test('"depuis la rupture, en août 2021," stays a background apposition', () => {
  const text = "Depuis la rupture de leurs relations, en août 2021, l'Algérie et le Maroc ne se parlent plus.";
  const evs = events(text, { entities: [ALGERIA, MOROCCO], timexes: [['en août 2021', '2021-08']] });
  assert.ok(!evs.some((e) => e.date?.value === '2021-08'), JSON.stringify(evs.map((e) => [e.type, e.trigger?.text, e.date?.value])));
});

// — an imperfect reported after a dated reporting verb —

test('"a annoncé lundi 16 juin que la France rappelait son ambassadeur" dates the recall that day', () => {
  const text = "Le Quai d'Orsay a annoncé lundi 16 juin que la France rappelait pour consultations son ambassadeur au Mali.";
  const evs = events(text, { entities: [country('FR', ['France', "Quai d'Orsay"]), MALI], timexes: [['lundi 16 juin', '2025-06-16']] });
  const recall = evs.find((e) => e.trigger?.text === 'rappelait');
  assert.ok(recall, JSON.stringify(evs.map((e) => [e.type, e.trigger?.text, e.date?.value])));
  assert.equal(recall?.date?.value, '2025-06-16');
});

test('a conditional reported after a dated reporting verb ("qu\'il recevrait") takes no day of the announcement', () => {
  const text = "Le Kremlin a annoncé lundi 16 juin que Vladimir Poutine recevrait le président chinois Xi Jinping.";
  const evs = events(text, { entities: [person('Vladimir Poutine'), person('Xi Jinping')], timexes: [['lundi 16 juin', '2025-06-16']] });
  assert.ok(!evs.some((e) => e.type === 'CONSULT' && e.date?.value === '2025-06-16'), JSON.stringify(evs.map((e) => [e.type, e.trigger?.text, e.date?.value])));
});

// — a quote going on with what its speaker said the sentence before —

const LAVROV: EntitySpec = { name: 'Sergueï Lavrov', type: 'PER', id: 'per:lavrov', forms: ['Sergueï Lavrov', 'chef de la diplomatie russe', 'il'] };

test('«…», a-t-il prévenu after "X a averti samedi que…" is dated that Saturday', () => {
  const text = "Le chef de la diplomatie russe a averti samedi que Moscou répondrait à toute livraison de missiles à longue portée. "
    + "« Si ces armes frappent notre territoire, nous riposterons contre ceux qui les ont fournies », a-t-il prévenu.";
  const evs = events(text, {
    entities: [LAVROV, country('RU', ['Moscou'])], timexes: [['samedi', '2025-06-14']],
    quotes: [{ text: 'Si ces armes frappent notre territoire, nous riposterons contre ceux qui les ont fournies', speaker: 'Sergueï Lavrov', entity: 'per:lavrov' }],
  });
  const threat = evs.find((e) => e.type === 'THREATEN' && e.trigger?.text === 'prévenu');
  assert.equal(threat?.date?.value, '2025-06-14', JSON.stringify(evs.map((e) => [e.type, e.trigger?.text, e.date?.value])));
});

test('«…», a-t-il prévenu takes no day said by another speaker the sentence before', () => {
  const text = "Le président ukrainien a averti samedi que Kiev frapperait les raffineries russes. "
    + "« Si ces armes frappent notre territoire, nous riposterons contre ceux qui les ont fournies », a-t-il prévenu.";
  const evs = events(text, {
    entities: [{ ...LAVROV, forms: ['Sergueï Lavrov', 'il'] }, person('Volodymyr Zelensky', ['président ukrainien']), country('UA', ['Kiev'])],
    timexes: [['samedi', '2025-06-14']],
    quotes: [{ text: 'Si ces armes frappent notre territoire, nous riposterons contre ceux qui les ont fournies', speaker: 'Sergueï Lavrov', entity: 'per:lavrov' }],
  });
  const threat = evs.find((e) => e.type === 'THREATEN' && e.trigger?.text === 'prévenu');
  assert.notEqual(threat?.date?.value, '2025-06-14');
});

// — a clause opened by "quand"/"lorsque" right after a date —

test('"a éclaté le 14 mars, quand Rabat a rappelé son ambassadeur" dates the recall that day', () => {
  const text = "La crise entre les deux capitales a éclaté le 14 mars, quand Rabat a rappelé pour consultations son ambassadeur à Paris.";
  const evs = events(text, { entities: [country('FR', ['Paris']), MOROCCO], timexes: [['le 14 mars', '2025-03-14']] });
  assert.equal(evs.find((e) => e.type === 'SANCTION')?.date?.value, '2025-03-14');
});

test('"s\'étaient brutalement tendues en mars 2023, lorsque…": an adverb between auxiliary and participle leaves the date to the clause', () => {
  const text = "Les relations s'étaient brutalement tendues en mars 2023, lorsque Rabat avait rappelé son ambassadeur à Paris.";
  const evs = events(text, { entities: [country('FR', ['Paris']), MOROCCO], timexes: [['mars 2023', '2023-03']] });
  assert.equal(evs.find((e) => e.type === 'SANCTION')?.date?.value, '2023-03');
});

test('a "quand" clause with a date of its own keeps that date', () => {
  const text = "La crise a éclaté en 2021, quand Rabat a rappelé le 3 mai son ambassadeur à Paris.";
  const evs = events(text, { entities: [country('FR', ['Paris']), MOROCCO], timexes: [['en 2021', '2021'], ['le 3 mai', '2021-05-03']] });
  assert.deepEqual(evs.filter((e) => e.type === 'SANCTION').map((e) => e.date?.value), ['2021-05-03']);
});

// — a background episode told in the pluperfect —

const IRAN: EntitySpec = { name: 'Iran', id: 'country:IR', type: 'LOC', subtype: 'country', forms: ['Iran', 'iranien'] };
const NORWAY: EntitySpec = { name: 'Norway', id: 'country:NO', type: 'LOC', subtype: 'country', forms: ['norvégien', 'Oslo'] };

test('a pluperfect sequel of a dated pluperfect act, by one of its actors, belongs to that day', () => {
  const text = "Le 4 juin à Oslo, le ministre iranien et son homologue norvégien avaient pourtant signé un accord de coopération. "
    + "Mais le ministre iranien avait aussitôt prévenu que ce texte deviendrait caduc en cas de nouvelles sanctions.";
  const evs = events(text, { entities: [IRAN, NORWAY], timexes: [['Le 4 juin', '2025-06-04']] });
  assert.equal(evs.find((e) => e.type === 'THREATEN')?.date?.value, '2025-06-04');
});

test('a sequel in the compound past is told now, not in the dated pluperfect episode', () => {
  const text = "Le 4 juin à Oslo, le ministre iranien et son homologue norvégien avaient signé un accord de coopération. "
    + "Le ministre iranien a prévenu que ce texte deviendrait caduc en cas de nouvelles sanctions.";
  const evs = events(text, { entities: [IRAN, NORWAY], timexes: [['Le 4 juin', '2025-06-04']] });
  assert.notEqual(evs.find((e) => e.type === 'THREATEN')?.date?.value, '2025-06-04');
});
