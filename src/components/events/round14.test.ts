// Dates on unseen text, round 14: fronted dates past prepositional phrases and over coordinated verbs, clauses of
// simultaneity ("tandis que", "le jour même où"), reporting verbs used as light verbs ("a lancé jeudi une attaque"),
// subject nouns with long complements, agreements announced or made for later, "à partir de", "menacé d'imposer",
// and talks after a colon held by the person the sentence names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorNames as names, country, fixtureEvents, person as per } from './testing.ts';

const events = fixtureEvents('2025-06-18');

test('"a menacé d\'imposer" is a threat', () => {
  const text = "Donald Trump a menacé mardi d'imposer des droits de douane à l'Union européenne.";
  const list = events(text, { entities: [per('Donald Trump'), { name: 'European Union', type: 'ORG', forms: ['Union européenne'] }], timexes: [['mardi', '2025-06-17']] });
  const e = list.find((x) => x.type === 'THREATEN');
  assert.equal(e?.date?.value, '2025-06-17');
});

test('a fronted date reaches its main clause past a phrase opened by "au lendemain de"', () => {
  const text = "Le 3 juin, au lendemain de l'annonce de Pékin, Donald Trump avait menacé d'imposer des droits de douane à la Chine.";
  const list = events(text, { entities: [per('Donald Trump'), country('CN', ['Chine', 'Pékin'])], timexes: [['Le 3 juin', '2025-06-03']] });
  const e = list.find((x) => x.type === 'THREATEN');
  assert.equal(e?.date?.value, '2025-06-03');
});

test('a fronted date skips a place and a relative clause naming another gathering', () => {
  const text = "La veille, à Bruxelles, où se tient le sommet de l'Otan, Emmanuel Macron avait été reçu par le chancelier Friedrich Merz.";
  const list = events(text, { entities: [per('Emmanuel Macron'), per('Friedrich Merz'), { name: 'NATO', type: 'ORG', subtype: 'io', forms: ['Otan'] }], timexes: [['La veille', '2025-06-17']] });
  const visit = list.find((x) => x.type === 'CONSULT' && names(x).includes('Friedrich Merz'));
  assert.equal(visit?.date?.value, '2025-06-17');
  assert.ok(!list.some((x) => x.type === 'CONSULT' && !names(x).includes('Friedrich Merz') && x.date));
});

test('a fronted date also dates a verb coordinated after the event it dates', () => {
  const text = "Mardi soir encore, l'armée ukrainienne faisait état de frappes russes sur Kharkiv, et Kiev accusait Moscou de viser des civils.";
  const list = events(text, { entities: [country('UA', ['Kiev']), country('RU', ['Moscou'])], timexes: [['Mardi soir', '2025-06-17TEV']] });
  const e = list.find((x) => x.type === 'ACCUSE');
  assert.equal(e?.date?.value, '2025-06-17');
  assert.deepEqual(names(e), ['Russia', 'Ukraine']);
});

test('a talk told in a "tandis que" clause happens on the day of the clause before', () => {
  const text = "Le lendemain, c'est le vice-président américain que le pape accueillait, tandis que Donald Trump, à l'issue d'un appel de deux heures avec Vladimir Poutine, affirmait que la paix était proche.";
  const list = events(text, { entities: [per('Donald Trump'), per('Vladimir Poutine')], timexes: [['Le lendemain', '2025-06-16'], ['deux heures', 'PT2H']] });
  const e = list.find((x) => x.type === 'CONSULT' && names(x).includes('Vladimir Poutine'));
  assert.equal(e?.date?.value, '2025-06-16');
});

test('only the first event of a "tandis que" clause takes its date, not what it asks for', () => {
  const text = "Le Premier ministre devait être reçu lundi à Washington, tandis que l'Assemblée générale devait voter une résolution réclamant le retrait des troupes russes.";
  const list = events(text, { entities: [country('RU', ['Moscou']), { name: 'United Nations General Assembly', type: 'ORG', forms: ['Assemblée générale'] }], timexes: [['lundi', '2025-06-16']] });
  assert.ok(!list.some((x) => x.type === 'RETREAT' && x.date?.value === '2025-06-16'));
});

test('"le jour même où" dates the event of its clause', () => {
  const text = "Le Pentagone a ordonné jeudi l'envoi d'un destroyer en mer Rouge, le jour même où Washington imposait des sanctions au gouvernement houthi.";
  const list = events(text, { entities: [country('US', ['Washington'])], timexes: [['jeudi', '2025-06-12']] });
  const e = list.find((x) => x.type === 'SANCTION');
  assert.equal(e?.date?.value, '2025-06-12');
});

test('"a lancé jeudi une nouvelle attaque": the date is the attack\'s, not a report\'s', () => {
  const text = "La Russie a lancé jeudi une nouvelle attaque massive de drones contre Odessa.";
  const list = events(text, { entities: [country('RU', ['Russie']), country('UA', ['Odessa'])], timexes: [['jeudi', '2025-06-12']] });
  const e = list.find((x) => x.type === 'ASSAULT');
  assert.equal(e?.date?.value, '2025-06-12');
});

test('a subject event noun with long complements takes the date of its verb', () => {
  const text = "Les premières discussions directes entre Washington et Téhéran depuis 2018 ont duré plus de trois heures samedi à Mascate.";
  const list = events(text, { entities: [country('US', ['Washington']), { name: 'Iran', type: 'LOC', id: 'country:IR', subtype: 'country', forms: ['Téhéran'] }], timexes: [['2018', '2018'], ['trois heures', 'PT3H'], ['samedi', '2025-06-14']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.equal(e?.date?.value, '2025-06-14');
});

test('"premières … depuis" makes no background: the next sentence goes on on that day', () => {
  const text = "Les premières discussions directes entre Washington et Téhéran depuis 2018 ont duré trois heures samedi. "
    + "Les deux délégations se sont entendues sur un calendrier de travail.";
  const list = events(text, { entities: [country('US', ['Washington']), { name: 'Iran', type: 'LOC', id: 'country:IR', subtype: 'country', forms: ['Téhéran'] }], timexes: [['2018', '2018'], ['trois heures', 'PT3H'], ['samedi', '2025-06-14']] });
  const e = list.find((x) => x.type === 'AGREE');
  assert.equal(e?.date?.value, '2025-06-14');
});

test('"ont convenu de rouvrir … dans les prochaines semaines": the agreement is made on the day told', () => {
  const text = "Les ministres indien et pakistanais se sont rencontrés mardi à Doha et ont convenu de rouvrir leurs consulats dans les prochaines semaines.";
  const list = events(text, { entities: [{ name: 'India', type: 'LOC', id: 'country:IN', subtype: 'country', forms: ['indien'] }, { name: 'Pakistan', type: 'LOC', id: 'country:PK', subtype: 'country', forms: ['pakistanais'] }],
    timexes: [['mardi', '2025-06-17'], ['dans les prochaines semaines', 'FUTURE_REF']] });
  const e = list.find((x) => x.type === 'AGREE');
  assert.equal(e?.status, 'occurred');
  assert.equal(e?.date?.value, '2025-06-17');
});

test('two sides announcing "qu\'ils allaient rétablir leurs relations" agree on the day of the announcement', () => {
  const text = "Le Maroc et l'Algérie ont annoncé ce mardi qu'ils allaient rétablir leurs relations diplomatiques.";
  const list = events(text, { entities: [{ name: 'Morocco', type: 'LOC', id: 'country:MA', subtype: 'country', forms: ['Maroc'] }, { name: 'Algeria', type: 'LOC', id: 'country:DZ', subtype: 'country', forms: ['Algérie'] }],
    timexes: [['ce mardi', '2025-06-17']] });
  const e = list.find((x) => x.type === 'COOPERATE');
  assert.equal(e?.date?.value, '2025-06-17');
  assert.equal(e?.status, 'occurred');
});

test('"doivent se réunir à partir de jeudi" dates the planned meeting', () => {
  const text = "Les ministres de la Défense de l'Otan doivent se réunir à partir de jeudi à Bruxelles.";
  const list = events(text, { entities: [{ name: 'NATO', type: 'ORG', subtype: 'io', forms: ['Otan'] }], timexes: [['jeudi', '2025-06-19']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.equal(e?.date?.value, '2025-06-19');
  assert.equal(e?.status, 'planned');
});

test('talks after a colon opening on "il" are held by the person the sentence names', () => {
  const text = "Pour Keith Kellogg, la tournée continue : il doit mener jeudi à Riyad des discussions avec l'Arabie saoudite.";
  const list = events(text, { entities: [per('Keith Kellogg'), { name: 'Saudi Arabia', type: 'LOC', id: 'country:SA', subtype: 'country', forms: ['Arabie saoudite'] }],
    timexes: [['jeudi', '2025-06-19']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.deepEqual(names(e), ['Keith Kellogg', 'Saudi Arabia']);
  assert.equal(e?.date?.value, '2025-06-19');
});

test('"au moment où Américains et Russes se réunissaient": the two sides meet on the day of the clause before', () => {
  const text = "Reçu mercredi par le roi, le président ukrainien a plaidé pour la paix, au moment où Américains et Russes se réunissaient à Riyad.";
  const list = events(text, { entities: [], timexes: [['mercredi', '2025-06-11']] });
  const e = list.find((x) => x.type === 'CONSULT' && names(x).includes('Russia'));
  assert.deepEqual(names(e), ['Russia', 'United States']);
  assert.equal(e?.date?.value, '2025-06-11');
});

test('"X serait un hôte idéal pour des pourparlers" offers talks: proposed, not held', () => {
  const text = "« Le Qatar serait un hôte idéal pour des pourparlers entre la Russie et l'Ukraine », a déclaré mardi l'émir.";
  const list = events(text, { entities: [country('RU', ['Russie']), country('UA', ['Ukraine'])], timexes: [['mardi', '2025-06-17']] });
  assert.ok(!list.some((x) => x.type === 'CONSULT' && x.status === 'occurred'));
});
