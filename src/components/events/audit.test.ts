// Events, precision audit on new wire copy: event words in another sense (a sports match, a mountain top, coins
// struck, sports penalties), a cancellation in the passive after a long subject, the press conditional, questions,
// and a person mourned at a funeral that is the occasion of a meeting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorNames as names, country, fixtureEvents, person as per } from './testing.ts';

const events = fixtureEvents('2025-07-09');
const loc = (name: string, forms: string[]) => ({ name, type: 'LOC' as const, subtype: 'country', forms });
const FR = loc('France', ['France']);
const ES = loc('Spain', ['Espagne']);
const DE = loc('Germany', ['Allemagne']);

test('a "rencontre sportive" between two countries is no meeting', () => {
  const text = "La rencontre sportive entre la France et l'Espagne, prévue samedi, a été déplacée.";
  assert.deepEqual(events(text, { entities: [FR, ES], timexes: [['samedi', '2025-07-12']] }), []);
});

test('the top of a mountain ("le sommet du mont Blanc") is no summit', () => {
  const text = 'Le président Emmanuel Macron a atteint mardi le sommet du mont Blanc avec des militaires français.';
  const list = events(text, { entities: [per('Emmanuel Macron')], timexes: [['mardi', '2025-07-08']] });
  assert.equal(list.filter((e) => e.type === 'CONSULT').length, 0);
});

test('striking coins ("la frappe de nouvelles pièces") is no strike', () => {
  const text = 'La Banque centrale européenne a confirmé mardi la frappe de nouvelles pièces pour la Croatie.';
  const list = events(text, { entities: [{ name: 'European Central Bank', type: 'ORG', forms: ['Banque centrale européenne'] }, loc('Croatia', ['Croatie'])], timexes: [['mardi', '2025-07-08']] });
  assert.equal(list.filter((e) => e.type === 'ASSAULT').length, 0);
});

test('sports penalties ("des sanctions sportives") are no sanctions', () => {
  const text = 'La FIFA a infligé mardi des sanctions sportives à la Russie, exclue des compétitions internationales.';
  const list = events(text, { entities: [{ name: 'FIFA', type: 'ORG' }, country('RU', ['Russie'])], timexes: [['mardi', '2025-07-08']] });
  assert.equal(list.filter((e) => e.type === 'SANCTION').length, 0);
});

test('a summit whose long subject ends on "a été annulé" is cancelled', () => {
  const text = "Le sommet prévu jeudi entre l'Union européenne et la Chine a été annulé à la dernière minute.";
  const list = events(text, { entities: [{ name: 'European Union', type: 'ORG', forms: ['Union européenne'] }, country('CN', ['Chine'])], timexes: [['jeudi', '2025-07-10']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'cancelled');
});

test('a visit "initialement prévue en juillet, a été reportée" is cancelled, not held', () => {
  const text = "La visite du président Emmanuel Macron au Maroc, initialement prévue en juillet, a été reportée sine die.";
  const list = events(text, { entities: [per('Emmanuel Macron'), loc('Morocco', ['Maroc'])], timexes: [['juillet', '2025-07']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'cancelled');
});

test('a meeting told in the press conditional ("se seraient rencontrés") is hypothetical', () => {
  const text = 'Selon le quotidien Haaretz, des émissaires israéliens et qatariens se seraient rencontrés dimanche à Doha.';
  const list = events(text, { entities: [country('IL', ['israéliens']), loc('Qatar', ['qatariens']), { name: 'Doha', type: 'LOC', subtype: 'city' }], timexes: [['dimanche', '2025-07-06']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'hypothetical');
});

test('a meeting asked about ("a-t-il rencontré … ?") is hypothetical', () => {
  const text = 'Le président turc a-t-il rencontré Vladimir Poutine mardi ? Ankara refuse de le dire.';
  const list = events(text, { entities: [loc('Türkiye', ['turc', 'Ankara']), per('Vladimir Putin', ['Vladimir Poutine'])], timexes: [['mardi', '2025-07-08']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'hypothetical');
});

test('a "pourquoi" question takes its event for granted', () => {
  const text = 'Pourquoi Donald Trump veut-il rencontrer Vladimir Poutine en Alaska ?';
  const list = events(text, { entities: [per('Donald Trump'), per('Vladimir Putin', ['Vladimir Poutine'])] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'proposed');
});

test('the person mourned at a funeral is no party to a meeting on its sidelines', () => {
  const text = 'Les deux hommes pourraient s\'entretenir samedi en marge des funérailles du pape François, selon une source proche du dossier. Emmanuel Macron et Donald Trump ne se sont pas vus depuis février.';
  const list = events(text, { entities: [per('Pope Francis', ['pape François']), per('Emmanuel Macron'), per('Donald Trump')], timexes: [['samedi', '2025-07-12']] });
  for (const e of list) assert.ok(!names(e).includes('Pope Francis'), JSON.stringify(names(e)));
});

test('a meeting held is still told as occurred', () => {
  const text = "Emmanuel Macron a rencontré l'Allemand Friedrich Merz mardi à Berlin.";
  const list = events(text, { entities: [per('Emmanuel Macron'), per('Friedrich Merz'), DE], timexes: [['mardi', '2025-07-08']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'occurred');
});

// Second audit (round 12): negation in a simple tense ("ne se réunira pas"), a meeting noun governed by a negated
// verb, "pas seulement", and "n'a pas exclu" with a day word before the event.
const EU_PARLIAMENT = { name: 'European Parliament', type: 'ORG' as const, forms: ['Parlement européen'] };

test('"ne se réunira pas en session extraordinaire" denies the session', () => {
  const text = "Le Parlement européen ne se réunira pas en session extraordinaire cette semaine, a indiqué mardi sa présidente Roberta Metsola.";
  const list = events(text, { entities: [EU_PARLIAMENT, per('Roberta Metsola')], timexes: [['cette semaine', '2025-W28'], ['mardi', '2025-07-08']] });
  const consult = list.filter((x) => x.type === 'CONSULT');
  assert.ok(consult.length);
  for (const e of consult) assert.equal(e.status, 'denied');
});

test('a reciprocal meeting verb negated in the future ("ne se rencontreront pas") is denied', () => {
  const text = "Marco Rubio et Sergueï Lavrov ne se rencontreront pas à Riyad jeudi, contrairement à ce qu'annonçaient des médias saoudiens.";
  const list = events(text, { entities: [per('Marco Rubio'), per('Sergey Lavrov', ['Sergueï Lavrov'])], timexes: [['jeudi', '2025-07-10']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'denied');
});

test('"ne rencontrera pas seulement X, mais aussi Y" is no denial', () => {
  const text = 'Emmanuel Macron ne rencontrera pas seulement Keir Starmer jeudi à Londres, mais aussi le roi Charles III.';
  const list = events(text, { entities: [per('Emmanuel Macron'), per('Keir Starmer')], timexes: [['jeudi', '2025-07-10']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'planned');
});

test('"n\'a pas seulement rencontré" in the compound past is no denial', () => {
  const text = "Emmanuel Macron n'a pas seulement rencontré Keir Starmer mardi à Londres, il a aussi été reçu par le roi.";
  const list = events(text, { entities: [per('Emmanuel Macron'), per('Keir Starmer')], timexes: [['mardi', '2025-07-08']] });
  const e = list.find((x) => x.type === 'CONSULT' && names(x).includes('Keir Starmer'));
  assert.ok(e);
  assert.equal(e.status, 'occurred');
});

test('a third party not taking part in talks "entre X et Y" does not deny the talks', () => {
  const text = 'Volodymyr Zelensky ne participe pas aux discussions entre Américains et Russes organisées mardi à Riyad.';
  const list = events(text, { entities: [per('Volodymyr Zelensky'), country('US', ['Américains']), country('RU', ['Russes'])], timexes: [['mardi', '2025-07-08']] });
  for (const e of list.filter((x) => x.type === 'CONSULT')) assert.notEqual(e.status, 'denied');
});

test('"n\'a pas exclu mardi de reprendre les frappes": the strikes are hypothetical and mardi is the day it was said', () => {
  const text = "Benjamin Netanyahu n'a pas exclu mardi de reprendre les frappes sur Gaza si les otages ne sont pas libérés.";
  const list = events(text, { entities: [per('Benjamin Netanyahu')], timexes: [['mardi', '2025-07-08']] });
  const e = list.find((x) => x.type === 'ASSAULT');
  assert.ok(e);
  assert.equal(e.status, 'hypothetical');
  assert.equal(e.date?.value ?? null, null);
});

test('strikes carried out on a day are still told as occurred', () => {
  const text = 'Israël a repris mardi les frappes sur Gaza, a annoncé son armée.';
  const list = events(text, { entities: [country('IL', ['Israël']), loc('Gaza', ['Gaza'])], timexes: [['mardi', '2025-07-08']] });
  const e = list.find((x) => x.type === 'ASSAULT');
  assert.ok(e);
  assert.equal(e.status, 'occurred');
});

test('"devait rencontrer mardi X, mais la rencontre a été annulée" is cancelled', () => {
  const text = 'Le président brésilien Lula devait rencontrer mardi Javier Milei à Buenos Aires, mais la rencontre a été annulée.';
  const list = events(text, { entities: [per('Lula'), per('Javier Milei')], timexes: [['mardi', '2025-07-08']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'cancelled');
});

test('"devait rencontrer jeudi X" with no cancellation is not cancelled', () => {
  const text = "Le président brésilien Lula devait rencontrer jeudi Javier Milei à Buenos Aires, selon la présidence, qui n'a pas donné de détails.";
  const list = events(text, { entities: [per('Lula'), per('Javier Milei')], timexes: [['jeudi', '2025-07-10']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.notEqual(e.status, 'cancelled');
});

test('"n\'a « aucun projet » de rencontre avec X" is a meeting called off, not held', () => {
  const text = "Friedrich Merz n'a « aucun projet » de rencontre avec Xi Jinping jeudi à Bruxelles, a indiqué son porte-parole.";
  const list = events(text, { entities: [per('Friedrich Merz'), per('Xi Jinping')], timexes: [['jeudi', '2025-07-10']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'cancelled');
});

test('"n\'a pas l\'intention de se rendre à Madrid" calls the visit off', () => {
  const text = "Le président français n'a pas l'intention de se rendre jeudi en Espagne, a fait savoir l'Élysée.";
  const list = events(text, { entities: [FR, ES], timexes: [['jeudi', '2025-07-10']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'cancelled');
});

test('"a un projet de rencontre avec X" is no cancellation', () => {
  const text = 'Friedrich Merz a un projet de rencontre avec Xi Jinping jeudi à Bruxelles, a indiqué son porte-parole.';
  const list = events(text, { entities: [per('Friedrich Merz'), per('Xi Jinping')], timexes: [['jeudi', '2025-07-10']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.notEqual(e.status, 'cancelled');
});

test('"ont convenu que des experts se réuniraient jeudi" is planned, not hypothetical', () => {
  const text = "La France et l'Espagne ont convenu que leurs experts se réuniraient jeudi à Genève.";
  const list = events(text, { entities: [FR, ES], timexes: [['jeudi', '2025-07-10']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'planned');
});

test('the press conditional with no decision verb stays hypothetical', () => {
  const text = "Selon la presse espagnole, la France et l'Espagne se réuniraient jeudi à Genève.";
  const list = events(text, { entities: [FR, ES], timexes: [['jeudi', '2025-07-10']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'hypothetical');
});

const UNSC = { name: 'United Nations Security Council', type: 'ORG' as const, forms: ["Conseil de sécurité de l'ONU", 'Conseil de sécurité'] };

test('a meeting asked for, "qui doit se tenir jeudi", is planned', () => {
  const text = "L'Espagne a demandé une réunion du Conseil de sécurité de l'ONU, qui doit se tenir jeudi à New York.";
  const list = events(text, { entities: [ES, UNSC], timexes: [['jeudi', '2025-07-10']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'planned');
});

test('a meeting asked for, followed by a relative clause that does not schedule it, stays requested', () => {
  const text = "L'Espagne a demandé une réunion du Conseil de sécurité de l'ONU, qui devra se prononcer sur les frappes.";
  const list = events(text, { entities: [ES, UNSC], timexes: [] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'requested');
});

test('"une résolution qui aurait maintenu la levée des sanctions" tells a lifting that did not happen', () => {
  const text = 'Le Conseil de sécurité a rejeté mardi un projet de résolution qui aurait maintenu la levée des sanctions visant la Russie.';
  const list = events(text, { entities: [UNSC, country('RU', ['Russie'])], timexes: [['mardi', '2025-07-08']] });
  const e = list.find((x) => x.type === 'CONCEDE');
  assert.ok(e);
  assert.equal(e.status, 'hypothetical');
});

test('"une résolution qui a maintenu la levée des sanctions" is told as done', () => {
  const text = 'Le Conseil de sécurité a adopté mardi une résolution qui a maintenu la levée des sanctions visant la Russie.';
  const list = events(text, { entities: [UNSC, country('RU', ['Russie'])], timexes: [['mardi', '2025-07-08']] });
  const e = list.find((x) => x.type === 'CONCEDE');
  assert.ok(e);
  assert.notEqual(e.status, 'hypothetical');
});

test('an invitation to a summit "que l\'Espagne accueillera en juin" is no mere proposal', () => {
  const text = "Le chef du gouvernement a rappelé mardi à son hôte son invitation au sommet de l'OTAN, que l'Espagne accueillera le 25 juillet à Madrid.";
  const list = events(text, { entities: [ES, { name: 'NATO', type: 'ORG', forms: ['OTAN'] }], timexes: [['mardi', '2025-07-08'], ['le 25 juillet', '2025-07-25']] });
  assert.ok(list.length > 0);
  assert.ok(list.every((e) => e.status !== 'proposed'), JSON.stringify(list.map((e) => [e.type, e.status])));
});

test('"Macron devait être reçu lundi à la Maison-Blanche", told the same day, is planned', () => {
  const text = 'Emmanuel Macron devait être reçu mercredi à la Maison-Blanche par Donald Trump.';
  const list = events(text, { entities: [per('Emmanuel Macron'), per('Donald Trump')], timexes: [['mercredi', '2025-07-09']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'planned');
});

test('"La rencontre devait sceller le rapprochement" does not make the meeting only planned', () => {
  const text = 'La rencontre entre Emmanuel Macron et Donald Trump devait sceller le rapprochement entre les deux pays.';
  const list = events(text, { entities: [per('Emmanuel Macron'), per('Donald Trump')], timexes: [] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.notEqual(e.status, 'planned');
});

const IN = loc('India', ['Inde']);
const PK = loc('Pakistan', ['Pakistan']);

test('a strike someone "dit craindre" is feared, not told as done', () => {
  const text = "Le Pakistan dit craindre une frappe de l'Inde dans les prochaines heures.";
  const list = events(text, { entities: [PK, IN], timexes: [] });
  const e = list.find((x) => x.type === 'ASSAULT');
  assert.ok(e);
  assert.equal(e.status, 'hypothetical');
});

test('a strike told before a fear named after it stays occurred', () => {
  const text = "L'Inde a frappé mardi des sites au Pakistan, qui craint désormais une escalade.";
  const list = events(text, { entities: [IN, PK], timexes: [['mardi', '2025-07-08']] });
  const e = list.find((x) => x.type === 'ASSAULT');
  assert.ok(e);
  assert.equal(e.status, 'occurred');
});

// Fourth audit (round 14): a scheduling participle negated after the meeting noun, and the press conditional before a
// phrase cue that takes no determiner ("aurait donné carte blanche").

test('"Une rencontre n\'est toutefois pas prévue" denies the meeting', () => {
  const text = "Cyril Ramaphosa s'est dit prêt à dialoguer. Une rencontre avec Donald Trump n'est toutefois pas prévue à ce stade, a nuancé mardi son porte-parole.";
  const list = events(text, { entities: [per('Cyril Ramaphosa'), per('Donald Trump')], timexes: [['mardi', '2025-07-08']] });
  const e = list.find((x) => x.type === 'CONSULT' && x.evidence.text.startsWith('Une rencontre'));
  assert.ok(e);
  assert.equal(e.status, 'denied');
});

test('"n\'est pas prévue avant décembre" puts the meeting off, it does not deny it', () => {
  const text = "Une nouvelle rencontre entre la France et l'Espagne n'est pas prévue avant décembre, a indiqué mardi le ministère.";
  const list = events(text, { entities: [FR, ES], timexes: [['décembre', '2025-12'], ['mardi', '2025-07-08']] });
  const consult = list.filter((x) => x.type === 'CONSULT');
  assert.ok(consult.length);
  for (const e of consult) assert.notEqual(e.status, 'denied');
});

test('a meeting "prévue" with no negation stays planned', () => {
  const text = "Une rencontre entre la France et l'Espagne est prévue jeudi à Madrid, a indiqué mardi le ministère.";
  const list = events(text, { entities: [FR, ES], timexes: [['jeudi', '2025-07-10'], ['mardi', '2025-07-08']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'planned');
});

const IL = loc('Israel', ['israélien']);
const LB = loc('Lebanon', ['Liban']);

test('"aurait donné carte blanche à l\'armée", told by the press, is hypothetical', () => {
  const text = "Le gouvernement israélien aurait donné carte blanche à l'armée pour frapper le Liban, selon la chaîne 12.";
  const list = events(text, { entities: [IL, LB], timexes: [] });
  const e = list.find((x) => x.type === 'MOBILIZE');
  assert.ok(e);
  assert.equal(e.status, 'hypothetical');
});

test('"a donné carte blanche à l\'armée" in the compound past is told', () => {
  const text = "Le gouvernement israélien a donné mardi carte blanche à l'armée pour frapper le Liban.";
  const list = events(text, { entities: [IL, LB], timexes: [['mardi', '2025-07-08']] });
  const e = list.find((x) => x.type === 'MOBILIZE');
  assert.ok(e);
  assert.equal(e.status, 'occurred');
});

const HU = loc('Hungary', ['Hongrie']);

test('a summit a country "accueillerait volontiers" is hypothetical', () => {
  const text = "La Hongrie accueillerait volontiers un sommet entre Donald Trump et Vladimir Poutine, a déclaré mardi Viktor Orban.";
  const list = events(text, { entities: [HU, per('Donald Trump'), per('Vladimir Putin', ['Vladimir Poutine']), per('Viktor Orban')], timexes: [['mardi', '2025-07-08']] });
  const summit = list.filter((x) => x.type === 'CONSULT' && names(x).includes('Donald Trump'));
  assert.ok(summit.length);
  for (const e of summit) assert.equal(e.status, 'hypothetical');
});

test('a summit "qu\'elle accueillerait" in an announcement is planned', () => {
  const text = "La Hongrie a annoncé mardi qu'elle accueillerait un sommet entre Donald Trump et Vladimir Poutine.";
  const list = events(text, { entities: [HU, per('Donald Trump'), per('Vladimir Putin', ['Vladimir Poutine'])], timexes: [['mardi', '2025-07-08']] });
  const summit = list.filter((x) => x.type === 'CONSULT' && names(x).includes('Donald Trump'));
  assert.ok(summit.length);
  for (const e of summit) assert.equal(e.status, 'planned');
});

test('a summit a country "a accueilli" stays occurred', () => {
  const text = "La Hongrie a accueilli mardi un sommet entre Donald Trump et Vladimir Poutine.";
  const list = events(text, { entities: [HU, per('Donald Trump'), per('Vladimir Putin', ['Vladimir Poutine'])], timexes: [['mardi', '2025-07-08']] });
  const summit = list.filter((x) => x.type === 'CONSULT' && names(x).includes('Donald Trump'));
  assert.ok(summit.length);
  for (const e of summit) assert.equal(e.status, 'occurred');
});

const AU = { name: 'African Union', type: 'ORG' as const, forms: ['Union africaine'] };

test('"Le sommet de l\'UA, qui devait se tenir lundi, a été reporté" is cancelled', () => {
  const text = "Le sommet de l'Union africaine, qui devait se tenir lundi à Addis-Abeba, a été reporté sine die, a annoncé l'organisation.";
  const list = events(text, { entities: [AU, { name: 'Addis Ababa', type: 'LOC', subtype: 'city', forms: ['Addis-Abeba'] }], timexes: [['lundi', '2025-07-07']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.equal(e.status, 'cancelled');
});

test('"Le sommet …, qui devait se tenir fin octobre, n\'a pas été annulé" is not cancelled', () => {
  const text = "Le sommet de l'Union africaine, qui devait se tenir fin octobre à Addis-Abeba, n'a pas été annulé, a précisé mardi un porte-parole.";
  const list = events(text, { entities: [AU], timexes: [['mardi', '2025-07-08']] });
  const e = list.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.notEqual(e.status, 'cancelled');
});

test('"Washington imposerait de nouvelles sanctions" (no report) is hypothetical', () => {
  const text = "Sans accord d'ici vendredi, Washington imposerait de nouvelles sanctions au Venezuela, a prévenu lundi le département d'État.";
  const list = events(text, { entities: [loc('United States', ['Washington']), loc('Venezuela', ['Venezuela'])], timexes: [['lundi', '2025-07-07']] });
  const e = list.find((x) => x.type === 'SANCTION');
  assert.ok(e);
  assert.equal(e.status, 'hypothetical');
});

test('"Washington a imposé de nouvelles sanctions" stays occurred', () => {
  const text = "Washington a imposé lundi de nouvelles sanctions au Venezuela.";
  const list = events(text, { entities: [loc('United States', ['Washington']), loc('Venezuela', ['Venezuela'])], timexes: [['lundi', '2025-07-07']] });
  const e = list.find((x) => x.type === 'SANCTION');
  assert.ok(e);
  assert.equal(e.status, 'occurred');
});

// — round 31 guards: the new cues in other senses —

test('"s\'emparer de la question" (a topic taken up) is no seizure', () => {
  const text = "La France s'est emparée mardi de la question migratoire lors du conseil européen.";
  const list = events(text, { entities: [FR], timexes: [['mardi', '2025-07-08']] });
  assert.equal(list.filter((e) => e.type === 'ASSAULT').length, 0);
});

test('"a lancé en fin de journée une campagne" (a time phrase, then no weapon) is no strike', () => {
  const text = "La France a lancé en fin de journée une campagne de vaccination en Espagne.";
  const list = events(text, { entities: [FR, ES] });
  assert.equal(list.filter((e) => e.type === 'ASSAULT').length, 0);
});

test('"a approuvé le budget" (no accession, no treaty) is no agreement', () => {
  const text = "Le Parlement allemand a approuvé mardi le budget de la défense de l'Allemagne.";
  const list = events(text, { entities: [DE], timexes: [['mardi', '2025-07-08']] });
  assert.equal(list.filter((e) => e.type === 'AGREE').length, 0);
});

test('"le cessez-le-feu a été respecté" stays a concession, not a new agreement', () => {
  const text = "La France a demandé mardi aux deux camps de respecter le cessez-le-feu au Liban.";
  const list = events(text, { entities: [FR, loc('Lebanon', ['Liban'])], timexes: [['mardi', '2025-07-08']] });
  assert.equal(list.filter((e) => e.type === 'AGREE' && e.mode === 'ceasefire').length, 0);
});
