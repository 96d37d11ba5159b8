// Round 27 (recall): diplomatic and trade measures told with their usual constructions — an envoy summoned, a
// travel advisory to citizens, an import ban, a treaty suspended, attachés expelled, a warning that a country
// "riposterait", consultations requested ("a sollicité"), weapons sent. Each measure bearing on someone is
// recorded only with that someone named (`targetRequired`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureEvents, person, country, type EntitySpec } from './testing.ts';

const events = fixtureEvents('2025-06-16T09:00:00Z');
const RU = country('RU', ['Russie', 'Moscou', 'russe']);
const UA = country('UA', ['Ukraine', 'Kiev']);
const US = country('US', ['États-Unis', 'Washington']);
const CN = country('CN', ['Chine', 'Pékin']);
const IL = country('IL', ['Israël']);
const PL: EntitySpec = { name: 'Poland', id: 'country:PL', type: 'LOC', subtype: 'country', forms: ['Pologne', 'Varsovie', 'polonais'] };
const GE: EntitySpec = { name: 'Georgia', id: 'country:GE', type: 'LOC', subtype: 'country', forms: ['Géorgie'] };
const AU: EntitySpec = { name: 'Australia', id: 'country:AU', type: 'LOC', subtype: 'country', forms: ['Australie', 'australien'] };
const IR: EntitySpec = { name: 'Iran', id: 'country:IR', type: 'LOC', subtype: 'country', forms: ['Iran'] };
const LT: EntitySpec = { name: 'Lithuania', id: 'country:LT', type: 'LOC', subtype: 'country', forms: ['Lituanie', 'Vilnius'] };
const NATO: EntitySpec = { name: 'NATO', id: 'org:NATO', type: 'ORG', forms: ['Otan'] };
const PK: EntitySpec = { name: 'Pakistan', id: 'country:PK', type: 'LOC', subtype: 'country', forms: ['Pakistan', 'Islamabad'] };
const IN: EntitySpec = { name: 'India', id: 'country:IN', type: 'LOC', subtype: 'country', forms: ['Inde', 'New Delhi'] };
const IT: EntitySpec = { name: 'Italy', id: 'country:IT', type: 'LOC', subtype: 'country', forms: ['Italie', 'Rome'] };

// — an envoy summoned —

test('"a convoqué l\'ambassadeur de Russie" is a protest against Russia', () => {
  const evs = events("Mardi, la Pologne a convoqué l'ambassadeur de Russie après le survol de son territoire.", { entities: [PL, RU], timexes: [['Mardi', '2025-06-10']] });
  const e = evs.find((x) => x.type === 'PROTEST');
  assert.ok(e && e.date?.value === '2025-06-10');
  assert.ok(e!.actors.some((a) => a.name === 'Russia' && a.role === 'target'));
});

test('"a convoqué à son tour l\'ambassadeur" lets a few words stand between verb and envoy', () => {
  const evs = events("Le lendemain, Varsovie a convoqué à son tour l'ambassadeur de Russie.", { entities: [PL, RU], timexes: [['Le lendemain', '2025-06-11']] });
  assert.ok(evs.some((x) => x.type === 'PROTEST'));
});

test('"l\'ambassadeur a été convoqué" (passive, nobody named who summons) records no protest', () => {
  const evs = events("L'ambassadeur de Russie a été convoqué mardi au ministère.", { entities: [RU], timexes: [['mardi', '2025-06-10']] });
  assert.ok(!evs.some((x) => x.type === 'PROTEST'));
});

test('"a convoqué une réunion" is no summons of an envoy', () => {
  const evs = events("Mardi, la Pologne a convoqué une réunion de son conseil de sécurité nationale.", { entities: [PL], timexes: [['Mardi', '2025-06-10']] });
  assert.ok(!evs.some((x) => x.type === 'PROTEST'));
});

// — a travel advisory —

test('"a déconseillé à ses ressortissants de se rendre en Géorgie" is no visit to Georgia', () => {
  const evs = events("Jeudi, la Russie a déconseillé à ses ressortissants de se rendre en Géorgie.", { entities: [RU, GE], timexes: [['Jeudi', '2025-06-12']] });
  assert.ok(!evs.some((x) => x.type === 'CONSULT'));
});

test('"a appelé ses ressortissants à éviter de se rendre en Géorgie" is neither a visit nor a request', () => {
  const evs = events("Jeudi, la Russie a appelé ses ressortissants à éviter de se rendre en Géorgie.", { entities: [RU, GE], timexes: [['Jeudi', '2025-06-12']] });
  assert.ok(!evs.some((x) => x.type === 'CONSULT' || x.type === 'REQUEST'));
});

test('"Il est déconseillé de se rendre dans la région" (impersonal) records no measure', () => {
  const evs = events("Il est déconseillé de se rendre dans la région, selon le Quai d'Orsay.", { entities: [], timexes: [] });
  assert.ok(!evs.some((x) => x.type === 'SANCTION'));
});

// — an import ban —

test('"a suspendu les importations de bœuf australien" is a sanction', () => {
  const evs = events("Lundi, la Chine a suspendu les importations de bœuf en provenance d'Australie.", { entities: [CN, AU], timexes: [['Lundi', '2025-06-09']] });
  assert.ok(evs.some((x) => x.type === 'SANCTION' && x.date?.value === '2025-06-09'));
});

test('"la levée de la suspension des importations" is no new sanction', () => {
  const evs = events("Lundi, la Chine a annoncé la levée de la suspension des importations de bœuf en provenance d'Australie.", { entities: [CN, AU], timexes: [['Lundi', '2025-06-09']] });
  assert.ok(!evs.some((x) => x.type === 'SANCTION'));
});

// — a treaty suspended, attachés expelled —

test('"a suspendu le traité … avec les États-Unis" is a sanction', () => {
  const evs = events("Le 5 juin, la Russie a suspendu le traité de désarmement conclu avec les États-Unis.", { entities: [RU, US], timexes: [['Le 5 juin', '2025-06-05']] });
  assert.ok(evs.some((x) => x.type === 'SANCTION' && x.date?.value === '2025-06-05'));
});

test('"menace de suspendre le traité" is no suspension', () => {
  const evs = events("Lundi, la Russie menace de suspendre le traité conclu avec les États-Unis.", { entities: [RU, US], timexes: [['Lundi', '2025-06-09']] });
  assert.ok(!evs.some((x) => x.type === 'SANCTION'));
});

test('"a expulsé les attachés militaires" is an expulsion', () => {
  const evs = events("Mardi, le Pakistan a expulsé les attachés militaires de l'ambassade de l'Inde.", { entities: [PK, IN], timexes: [['Mardi', '2025-06-10']] });
  assert.ok(evs.some((x) => x.type === 'SANCTION' && x.mode === 'expel'));
});

// — threats —

test('"a averti Israël qu\'il riposterait" is a threat', () => {
  const evs = events("Mardi, l'Iran a averti Israël qu'il riposterait à toute nouvelle frappe.", { entities: [IR, IL], timexes: [['Mardi', '2025-06-10']] });
  assert.ok(evs.some((x) => x.type === 'THREATEN'));
});

test('"a averti ses partenaires qu\'il serait absent" is no threat', () => {
  const evs = events("Mardi, le président iranien a averti l'Inde qu'il serait absent du sommet.", { entities: [IR, IN], timexes: [['Mardi', '2025-06-10']] });
  assert.ok(!evs.some((x) => x.type === 'THREATEN'));
});

// — a request, weapons —

test('"a sollicité des consultations … de l\'Otan" is a request', () => {
  const evs = events("Vendredi, la Lituanie a sollicité des consultations de l'Otan au titre de l'article 4.", { entities: [LT, NATO], timexes: [['Vendredi', '2025-06-13']] });
  assert.ok(evs.some((x) => x.type === 'REQUEST' && x.date?.value === '2025-06-13'));
});

test('"a été sollicité par" (passive) is no request', () => {
  const evs = events("Vendredi, le ministre lituanien a été sollicité par l'Otan pour des consultations.", { entities: [LT, NATO], timexes: [['Vendredi', '2025-06-13']] });
  assert.ok(!evs.some((x) => x.type === 'REQUEST'));
});

test('"a annoncé qu\'il enverrait davantage d\'armes à l\'Ukraine" is military aid', () => {
  const evs = events("Lundi, Donald Trump a annoncé que les États-Unis enverraient davantage d'armes à l'Ukraine.", { entities: [person('Donald Trump'), US, UA], timexes: [['Lundi', '2025-06-09']] });
  assert.ok(evs.some((x) => x.type === 'AID' && x.mode === 'military'));
});

test('"a refusé de livrer des armes" is no aid', () => {
  const evs = events("Lundi, le Pentagone a refusé de livrer des armes à l'Ukraine.", { entities: [US, UA], timexes: [['Lundi', '2025-06-09']] });
  assert.ok(!evs.some((x) => x.type === 'AID'));
});

// — an army given a free hand, a war launched by a named side, range restrictions lifted —

const HZ: EntitySpec = { name: 'Hezbollah', type: 'ORG', forms: ['Hezbollah'] };
const DE: EntitySpec = { name: 'Germany', id: 'country:DE', type: 'LOC', subtype: 'country', forms: ['Allemagne', 'Berlin'] };

test('"a donné carte blanche à l\'armée pour frapper le Hezbollah" is a mobilisation against it', () => {
  const evs = events("Jeudi, le Premier ministre israélien a donné carte blanche à l'armée pour frapper le Hezbollah.", { entities: [{ ...IL, forms: ['israélien'] }, HZ], timexes: [['Jeudi', '2025-06-12']] });
  assert.ok(evs.some((x) => x.type === 'MOBILIZE' && x.actors.some((a) => a.name === 'Hezbollah' && a.role === 'target')));
});

test('"a accordé à l\'armée une totale liberté opérationnelle contre" is the same measure', () => {
  const evs = events("Jeudi, Benjamin Netanyahu a accordé à l'armée une totale liberté opérationnelle contre le Hezbollah.", { entities: [person('Benjamin Netanyahu'), HZ], timexes: [['Jeudi', '2025-06-12']] });
  assert.ok(evs.some((x) => x.type === 'MOBILIZE'));
});

test('"la carte blanche réclamée par l\'armée" (asked for, not given) is no mobilisation', () => {
  const evs = events("Jeudi, l'état-major a réclamé carte blanche face au Hezbollah.", { entities: [HZ], timexes: [['Jeudi', '2025-06-12']] });
  assert.ok(!evs.some((x) => x.type === 'MOBILIZE'));
});

test('"la guerre déclenchée jeudi par Israël contre l\'Iran" is an assault by Israel', () => {
  const evs = events("Cette décision faisait suite à la guerre déclenchée jeudi par Israël contre l'Iran.", { entities: [IL, IR], timexes: [['jeudi', '2025-06-12']] });
  assert.ok(evs.some((x) => x.type === 'ASSAULT' && x.date?.value === '2025-06-12' && x.actors.some((a) => a.name === 'Israel' && a.role === 'source')));
});

test('"la guerre commerciale déclenchée par" is no assault', () => {
  const evs = events("La guerre commerciale déclenchée jeudi par la Russie contre l'Ukraine inquiète les marchés.", { entities: [RU, UA], timexes: [['jeudi', '2025-06-12']] });
  assert.ok(!evs.some((x) => x.type === 'ASSAULT'));
});

test('"a levé les restrictions de portée sur les armes livrées à l\'Ukraine" is military aid', () => {
  const evs = events("Jeudi, l'Allemagne a levé les restrictions de portée sur les armes livrées à l'Ukraine.", { entities: [DE, UA], timexes: [['Jeudi', '2025-06-12']] });
  assert.ok(evs.some((x) => x.type === 'AID' && x.mode === 'military' && x.date?.value === '2025-06-12'));
});

test('"a refusé de lever les restrictions de portée" is no aid', () => {
  const evs = events("Jeudi, l'Allemagne a refusé de lever les restrictions de portée sur les armes livrées à l'Ukraine.", { entities: [DE, UA], timexes: [['Jeudi', '2025-06-12']] });
  assert.ok(!evs.some((x) => x.type === 'AID'));
});
