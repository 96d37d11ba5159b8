// Events on unseen text, round 17: bare participles that take no narrative date, arrest warrants, bans on leaving the
// country, seizures, asylum and safe-conducts, towns entered by armed forces, ends of agreements, troops
// leaving a country, visa restrictions, border closures, causes ("en raison de") as another occasion, and the parties
// of an agreement ended.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorNames as names, fixtureEvents, person as per } from './testing.ts';

const events = fixtureEvents('2025-01-31');
const loc = (name: string, forms: string[]) => ({ name, type: 'LOC' as const, subtype: 'country', forms });
const TD = loc('Chad', ['Tchad', "N'Djamena"]);
const FR = loc('France', ['France', 'Paris']);
const ES = loc('Spain', ['Espagne', 'Madrid']);
const VE = loc('Venezuela', ['Venezuela', 'Caracas']);
const US = loc('United States', ['États-Unis', 'Washington']);
const SY = loc('Syria', ['Syrie', 'Damas']);
const ML = loc('Mali', ['Mali', 'Bamako']);
const MA = loc('Morocco', ['Maroc', 'Rabat']);
const PL = loc('Poland', ['Pologne', 'Varsovie']);
const BY = loc('Belarus', ['Biélorussie', 'Minsk']);
const HTS = { name: 'Hayat Tahrir al-Sham', type: 'ORG' as const, forms: ['HTS'] };
const ICC = { name: 'International Criminal Court', type: 'ORG' as const, forms: ['Cour pénale internationale'] };

test('a bare participle ("Un départ exigé par le Tchad") takes no narrative date', () => {
  const text = "Le Tchad et la France ont signé jeudi un accord sur le retrait des soldats. Un départ exigé par le Tchad, qui avait rompu l'accord.";
  const list = events(text, { entities: [FR, TD], timexes: [['jeudi', '2025-01-30']] });
  const e = list.find((x) => x.type === 'REQUEST');
  assert.ok(e);
  assert.equal(e.date ?? null, null);
});

test('a participle coordinated to an auxiliary is no bare participle', () => {
  const text = "Le Tchad a rejeté jeudi les accusations de la France. Le Tchad a assuré rester attaché au dialogue et accusé la France d'ingérence.";
  const list = events(text, { entities: [FR, TD], timexes: [['jeudi', '2025-01-30']] });
  const e = list.find((x) => x.type === 'ACCUSE');
  assert.equal(e?.date?.value, '2025-01-30');
});

test('an arrest warrant issued against someone is a coercion', () => {
  const text = "La Cour pénale internationale a émis jeudi un mandat d'arrêt contre Edmundo González.";
  const list = events(text, { entities: [ICC, per('Edmundo González')], timexes: [['jeudi', '2025-01-30']] });
  const e = list.find((x) => x.type === 'COERCE');
  assert.equal(e?.date?.value, '2025-01-30');
  assert.ok(names(e).includes('Edmundo González'));
});

test('the lifting of an arrest warrant is no coercion', () => {
  const text = "La défense d'Edmundo González a obtenu jeudi la levée du mandat d'arrêt.";
  const list = events(text, { entities: [per('Edmundo González')], timexes: [['jeudi', '2025-01-30']] });
  assert.equal(list.filter((x) => x.type === 'COERCE').length, 0);
});

test('a ban on leaving the country bears on the person named after the verb', () => {
  const text = "Le ministère de la Justice a interdit lundi à Yoon Suk Yeol de quitter le territoire.";
  const list = events(text, { entities: [per('Yoon Suk Yeol'), { name: 'ministère de la Justice', type: 'ORG' }], timexes: [['lundi', '2025-01-27']] });
  const e = list.find((x) => x.type === 'COERCE');
  assert.equal(e?.actors.find((a) => a.name === 'Yoon Suk Yeol')?.role, 'target');
});

test('an obligation to leave the territory (a migrant\'s OQTF) is no ban on leaving', () => {
  const text = "Le suspect, un Marocain, était sous le coup d'une obligation de quitter le territoire depuis lundi, a rappelé Paris.";
  const list = events(text, { entities: [FR, MA], timexes: [['lundi', '2025-01-27']] });
  assert.equal(list.filter((x) => x.type === 'COERCE').length, 0);
});

test('a plane seized by a state is a coercion', () => {
  const text = "Les États-Unis ont saisi lundi en République dominicaine un avion utilisé par le président vénézuélien, Nicolás Maduro.";
  const list = events(text, { entities: [US, VE, per('Nicolás Maduro')], timexes: [['lundi', '2025-01-27']] });
  const e = list.find((x) => x.type === 'COERCE');
  assert.equal(e?.date?.value, '2025-01-27');
  assert.ok(names(e).includes('United States'));
});

test('"saisir la justice" is no seizure', () => {
  const text = "Le Venezuela a saisi lundi la justice internationale contre les États-Unis.";
  const list = events(text, { entities: [US, VE], timexes: [['lundi', '2025-01-27']] });
  assert.equal(list.filter((x) => x.type === 'COERCE').length, 0);
});

test('granting asylum is aid to the one it shelters', () => {
  const text = "L'Espagne a accordé dimanche l'asile politique à Edmundo González.";
  const list = events(text, { entities: [ES, per('Edmundo González')], timexes: [['dimanche', '2025-01-26']] });
  const e = list.find((x) => x.type === 'AID');
  assert.deepEqual(names(e), ['Edmundo González', 'Spain']);
});

test('asking for asylum grants nothing', () => {
  const text = "Edmundo González a demandé dimanche l'asile à l'Espagne.";
  const list = events(text, { entities: [ES, per('Edmundo González')], timexes: [['dimanche', '2025-01-26']] });
  assert.equal(list.filter((x) => x.type === 'AID').length, 0);
});

test('safe-conducts granted by a government are a concession', () => {
  const text = "Caracas a accordé samedi un sauf-conduit à Edmundo González.";
  const list = events(text, { entities: [VE, per('Edmundo González')], timexes: [['samedi', '2025-01-25']] });
  assert.equal(list.find((x) => x.type === 'CONCEDE')?.date?.value, '2025-01-25');
});

test('a safe-conduct refused is no concession', () => {
  const text = "Caracas a refusé samedi de délivrer un sauf-conduit à Edmundo González.";
  const list = events(text, { entities: [VE, per('Edmundo González')], timexes: [['samedi', '2025-01-25']] });
  assert.equal(list.filter((x) => x.type === 'CONCEDE').length, 0);
});

test('rebels entering a capital is an assault', () => {
  const text = "Dimanche, les rebelles emmenés par HTS sont entrés dans Damas sans rencontrer de résistance.";
  const list = events(text, { entities: [HTS, SY], timexes: [['Dimanche', '2024-12-08']] });
  const e = list.find((x) => x.type === 'ASSAULT');
  assert.equal(e?.date?.value, '2024-12-08');
  assert.ok(names(e).includes('Hayat Tahrir al-Sham'));
});

test('talks entering a new phase are no assault', () => {
  const text = "Dimanche, les négociations entre la Syrie et HTS sont entrées dans une nouvelle phase.";
  const list = events(text, { entities: [HTS, SY], timexes: [['Dimanche', '2024-12-08']] });
  assert.equal(list.filter((x) => x.type === 'ASSAULT').length, 0);
});

test('ending a cooperation agreement is a withdrawal, and its ender a party to the agreement', () => {
  const text = "Le Mali a mis fin jeudi à l'accord de paix signé en 2015 avec la France.";
  const list = events(text, { entities: [ML, FR], timexes: [['jeudi', '2025-01-30'], ['2015', '2015']] });
  assert.equal(list.find((x) => x.type === 'RETREAT')?.date?.value, '2025-01-30');
  assert.ok(names(list.find((x) => x.type === 'AGREE')).includes('Mali'));
});

test('a compromise that ends weeks of tension ends no agreement', () => {
  const text = "Ce compromis entre le Mali et la France met fin jeudi à trois semaines de tensions.";
  const list = events(text, { entities: [ML, FR], timexes: [['jeudi', '2025-01-30']] });
  assert.equal(list.filter((x) => x.type === 'RETREAT').length, 0);
});

test('denouncing a treaty is a withdrawal, no accusation', () => {
  const text = "Le Tchad a dénoncé jeudi l'accord de coopération en matière de défense qui le liait à la France.";
  const list = events(text, { entities: [TD, FR], timexes: [['jeudi', '2024-11-28']] });
  assert.ok(list.some((x) => x.type === 'RETREAT'));
  assert.equal(list.filter((x) => x.type === 'ACCUSE').length, 0);
});

test('troops stationed abroad leaving the country is a military withdrawal', () => {
  const text = "Les soldats français stationnés à N'Djamena ont quitté le pays le 10 décembre.";
  const list = events(text, { entities: [FR, TD], timexes: [['le 10 décembre', '2024-12-10']] });
  const e = list.find((x) => x.type === 'RETREAT');
  assert.equal(e?.mode, 'military');
  assert.equal(e?.date?.value, '2024-12-10');
});

test('a president leaving the country is no withdrawal', () => {
  const text = "Le président français a quitté le pays le 10 décembre pour une tournée au Tchad.";
  const list = events(text, { entities: [FR, TD], timexes: [['le 10 décembre', '2024-12-10']] });
  assert.equal(list.filter((x) => x.type === 'RETREAT').length, 0);
});

test('halving the visas granted to a people is a sanction', () => {
  const text = "En septembre 2021, Paris a divisé par deux le nombre de visas accordés aux ressortissants du Maroc.";
  const list = events(text, { entities: [FR, MA], timexes: [['septembre 2021', '2021-09']] });
  assert.equal(list.find((x) => x.type === 'SANCTION')?.date?.value, '2021-09');
});

test('suspending a visa exemption is a sanction that occurred, not a cancelled one', () => {
  const text = "Lundi, la France a suspendu l'exemption de visa pour les diplomates du Mali.";
  const list = events(text, { entities: [FR, ML], timexes: [['Lundi', '2025-01-27']] });
  assert.equal(list.find((x) => x.type === 'SANCTION')?.status, 'occurred');
});

test('a country closing its border with a neighbour is a sanction on it', () => {
  const text = "La Pologne a fermé vendredi sa frontière avec la Biélorussie.";
  const list = events(text, { entities: [PL, BY], timexes: [['vendredi', '2025-01-31']] });
  const e = list.find((x) => x.type === 'SANCTION');
  assert.deepEqual(names(e), ['Belarus', 'Poland']);
});

test('a border reopened is no closure', () => {
  const text = "La Pologne a rouvert vendredi sa frontière avec la Biélorussie.";
  const list = events(text, { entities: [PL, BY], timexes: [['vendredi', '2025-01-31']] });
  assert.equal(list.filter((x) => x.type === 'SANCTION').length, 0);
});

test('a cause ("en raison des manœuvres") is another occasion: it takes no date of the clause', () => {
  const text = "La Pologne a fermé jeudi sa frontière avec la Biélorussie en raison des manœuvres militaires russo-biélorusses.";
  const list = events(text, { entities: [PL, BY], timexes: [['jeudi', '2025-01-30']] });
  assert.equal(list.find((x) => x.type === 'MOBILIZE')?.date ?? null, null);
});

test('the signing of a memorandum announced is an agreement', () => {
  const text = "Le groupe Gazprom a annoncé mardi la signature d'un mémorandum avec la Chine sur le gazoduc.";
  const list = events(text, { entities: [{ name: 'Gazprom', type: 'ORG' as const }, loc('China', ['Chine', 'Pékin'])], timexes: [['mardi', '2025-01-28']] });
  const e = list.find((x) => x.type === 'AGREE');
  assert.equal(e?.date?.value, '2025-01-28');
});

test('a signing refused is no agreement', () => {
  const text = "La Chine a refusé mardi la signature d'un mémorandum avec Gazprom.";
  const list = events(text, { entities: [{ name: 'Gazprom', type: 'ORG' as const }, loc('China', ['Chine', 'Pékin'])], timexes: [['mardi', '2025-01-28']] });
  assert.equal(list.filter((x) => x.type === 'AGREE').length, 0);
});

test('a letter of intent signed with a leader is an agreement', () => {
  const text = "Volodymyr Zelensky a signé mercredi avec le premier ministre Ulf Kristersson une lettre d'intention sur l'achat d'avions.";
  const list = events(text, { entities: [per('Volodymyr Zelensky'), per('Ulf Kristersson')], timexes: [['mercredi', '2025-01-29']] });
  assert.deepEqual(names(list.find((x) => x.type === 'AGREE')), ['Ulf Kristersson', 'Volodymyr Zelensky']);
});

test('"s\'en prendre à" someone is an accusation of them', () => {
  const text = "Donald Trump s'en est encore pris mardi à Vladimir Poutine devant son cabinet.";
  const list = events(text, { entities: [per('Donald Trump'), per('Vladimir Poutine')], timexes: [['mardi', '2025-01-28']] });
  const e = list.find((x) => x.type === 'ACCUSE');
  assert.equal(e?.date?.value, '2025-01-28');
  assert.equal(e?.actors.find((a) => a.name === 'Vladimir Poutine')?.role, 'target');
});

test('"prendre part à" a meeting is no accusation', () => {
  const text = "Donald Trump a pris part mardi à la réunion avec Vladimir Poutine.";
  const list = events(text, { entities: [per('Donald Trump'), per('Vladimir Poutine')], timexes: [['mardi', '2025-01-28']] });
  assert.equal(list.filter((x) => x.type === 'ACCUSE').length, 0);
});

test('a leader arriving in a capital is a visit', () => {
  const text = "Emmanuel Macron et Friedrich Merz sont arrivés ensemble samedi à Kiev.";
  const list = events(text, { entities: [per('Emmanuel Macron'), per('Friedrich Merz'), loc('Ukraine', ['Ukraine', 'Kiev'])], timexes: [['samedi', '2025-01-25']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.equal(e?.mode, 'visit');
  assert.equal(e?.date?.value, '2025-01-25');
});

test('arriving first in an election or at a deal is no visit', () => {
  const text = "Samedi, le parti d'Emmanuel Macron est arrivé en tête en France, et ses alliés sont arrivés à un compromis.";
  const list = events(text, { entities: [per('Emmanuel Macron'), FR], timexes: [['Samedi', '2025-01-25']] });
  assert.equal(list.filter((x) => x.type === 'CONSULT').length, 0);
});


test('a request told with an adverb between auxiliary and participle is a request', () => {
  const text = "António Costa a par ailleurs demandé jeudi à la Chine d'user de son influence sur la Russie.";
  const list = events(text, { entities: [per('António Costa'), loc('China', ['Chine']), loc('Russia', ['Russie'])], timexes: [['jeudi', '2025-01-30']] });
  assert.ok(names(list.find((x) => x.type === 'REQUEST')).includes('António Costa'));
});

test('"suite à une demande" is no request of its own', () => {
  const text = "La Chine a reçu jeudi António Costa suite à une demande de l'Union européenne.";
  const list = events(text, { entities: [per('António Costa'), loc('China', ['Chine']), { name: 'European Union', type: 'ORG' as const, forms: ['Union européenne'] }], timexes: [['jeudi', '2025-01-30']] });
  assert.equal(list.filter((x) => x.type === 'REQUEST').length, 0);
});
