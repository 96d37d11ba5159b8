// Round 20: families of news vocabulary that had no trigger: diplomatic ruptures and diplomats leaving, storming and
// raids on premises, extraordinary sessions, warnings, visa restrictions, airspace intrusions, pacts sealed, naval and
// troop movements, contingents landing, annual manoeuvres, trade measures eased, sentences upheld by a court.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureEvents, person, country, actorNames, type EntitySpec } from './testing.ts';

const events = fixtureEvents('2025-03-14T09:00:00Z');
const place = (code: string, name: string, forms: string[]): EntitySpec => ({ name, id: `country:${code}`, type: 'LOC', subtype: 'country', forms });
const ARGENTINA = place('AR', 'Argentina', ['Argentine', 'Buenos Aires']);
const VENEZUELA = place('VE', 'Venezuela', ['Venezuela', 'Caracas']);
const NIGER = place('NE', 'Niger', ['Niger', 'Niamey']);
const MALI = place('ML', 'Mali', ['Mali', 'Bamako']);
const POLAND = place('PL', 'Poland', ['Pologne', 'Varsovie']);
const NATO: EntitySpec = { name: 'NATO', id: 'org:NATO', type: 'ORG', forms: ['OTAN', "l'Alliance atlantique"] };
const OAS: EntitySpec = { name: 'Organization of American States', id: 'org:OAS', type: 'ORG', forms: ['OEA'] };

const of = (evs: ReturnType<typeof events>, type: string) => evs.filter((e) => e.type === type);

// — breaking diplomatic relations —

test('"a rompu ses relations diplomatiques avec" is a sanction by the subject against the other country', () => {
  const text = "L'Argentine a rompu mardi ses relations diplomatiques avec le Venezuela.";
  const evs = events(text, { entities: [ARGENTINA, VENEZUELA], timexes: [['mardi', '2025-03-11']] });
  const e = of(evs, 'SANCTION')[0];
  assert.equal(e?.date?.value, '2025-03-11');
  assert.deepEqual(actorNames(e), ['Argentina', 'Venezuela']);
  assert.equal(e?.actors.find((a) => a.name === 'Argentina')?.role, 'source');
});

test('"a annoncé la rupture des relations diplomatiques" is a sanction', () => {
  const text = "Mercredi, Buenos Aires a annoncé la rupture des relations diplomatiques avec Caracas.";
  const evs = events(text, { entities: [ARGENTINA, VENEZUELA], timexes: [['Mercredi', '2025-03-12']] });
  assert.equal(of(evs, 'SANCTION')[0]?.date?.value, '2025-03-12');
});

test('a threat to break relations is no rupture', () => {
  const text = "L'Argentine a menacé mardi de rompre ses relations diplomatiques avec le Venezuela.";
  const evs = events(text, { entities: [ARGENTINA, VENEZUELA], timexes: [['mardi', '2025-03-11']] });
  assert.equal(of(evs, 'SANCTION').length, 0);
});

test('a burst pipe ("une rupture de canalisation") is no rupture of relations', () => {
  const text = "Au Venezuela, une rupture de canalisation a privé Caracas d'eau mardi.";
  const evs = events(text, { entities: [VENEZUELA], timexes: [['mardi', '2025-03-11']] });
  assert.equal(of(evs, 'SANCTION').length, 0);
});

// — diplomats leaving —

test('"les diplomates français ont quitté le Niger" is a withdrawal by France', () => {
  const text = "Les diplomates français ont quitté le Niger vendredi, au terme d'un bras de fer avec la junte.";
  const evs = events(text, { entities: [country('FR', ['français']), NIGER], timexes: [['vendredi', '2025-03-07']] });
  const e = of(evs, 'RETREAT')[0];
  assert.equal(e?.date?.value, '2025-03-07');
  assert.ok(actorNames(e).includes('France'));
});

test('diplomats leaving a room make no withdrawal', () => {
  const text = "Les diplomates français ont quitté la salle lundi pendant le discours du ministre nigérien.";
  const evs = events(text, { entities: [country('FR', ['français']), NIGER], timexes: [['lundi', '2025-03-10']] });
  assert.equal(of(evs, 'RETREAT').length, 0);
});

// — storming premises —

test('forces that "ont fait irruption dans l\'ambassade" commit an assault', () => {
  const text = "Les forces vénézuéliennes ont fait irruption jeudi dans l'ambassade d'Argentine à Caracas.";
  const evs = events(text, { entities: [{ ...VENEZUELA, forms: ['vénézuéliennes'] }, ARGENTINA], timexes: [['jeudi', '2025-03-13']] });
  const e = of(evs, 'ASSAULT')[0];
  assert.equal(e?.date?.value, '2025-03-13');
  assert.ok(actorNames(e).includes('Venezuela'));
});

test('a topic that "fait irruption dans la campagne" is no assault', () => {
  const text = "Au Venezuela, la question migratoire a fait irruption jeudi dans la campagne électorale.";
  const evs = events(text, { entities: [VENEZUELA], timexes: [['jeudi', '2025-03-13']] });
  assert.equal(of(evs, 'ASSAULT').length, 0);
});

test('"ont pris d\'assaut" a base is an assault', () => {
  const text = "Les soldats maliens ont pris d'assaut mardi une base rebelle près de Kidal.";
  const evs = events(text, { entities: [{ ...MALI, forms: ['maliens'] }], timexes: [['mardi', '2025-03-11']] });
  assert.equal(of(evs, 'ASSAULT')[0]?.date?.value, '2025-03-11');
});

test('shops "pris d\'assaut par les clients" are no assault', () => {
  const text = "En Argentine, les supermarchés ont été pris d'assaut par les clients mardi avant la dévaluation.";
  const evs = events(text, { entities: [ARGENTINA], timexes: [['mardi', '2025-03-11']] });
  assert.equal(of(evs, 'ASSAULT').length, 0);
});

test('an attempted storming ("ont tenté de prendre d\'assaut") is no assault', () => {
  const text = "Les soldats maliens ont tenté mardi de prendre d'assaut une base rebelle près de Kidal.";
  const evs = events(text, { entities: [{ ...MALI, forms: ['maliens'] }], timexes: [['mardi', '2025-03-11']] });
  assert.equal(of(evs, 'ASSAULT').length, 0);
});

// — extraordinary sessions —

test('an international body meeting "en session extraordinaire" holds a meeting', () => {
  const text = "L'OEA tiendra mardi une session extraordinaire consacrée à la crise entre Caracas et Buenos Aires.";
  const evs = events(text, { entities: [OAS, VENEZUELA, ARGENTINA], timexes: [['mardi', '2025-03-18']] });
  const e = of(evs, 'CONSULT')[0];
  assert.equal(e?.date?.value, '2025-03-18');
  assert.ok(actorNames(e).includes('Organization of American States'));
});

test('a parliament convened "en session extraordinaire" is no diplomatic meeting', () => {
  const text = "Le Parlement français sera convoqué en session extraordinaire le 1er juillet.";
  const evs = events(text, { entities: [country('FR', ['français'])], timexes: [['le 1er juillet', '2025-07-01']] });
  assert.equal(of(evs, 'CONSULT').length, 0);
});

// — warnings —

test('"a mis en garde" a country is a threat by the speaker', () => {
  const text = "Mardi, la Chine a mis en garde les États-Unis contre toute ingérence à Taïwan.";
  const evs = events(text, { entities: [country('CN', ['Chine']), country('US', ['États-Unis'])], timexes: [['Mardi', '2025-03-11']] });
  const e = of(evs, 'THREATEN')[0];
  assert.equal(e?.date?.value, '2025-03-11');
  assert.equal(e?.actors.find((a) => a.name === 'China')?.role, 'source');
});

test('police custody ("mis en garde à vue") is no warning', () => {
  const text = "L'opposant Nicolas Dupont a été mis en garde à vue mardi à Paris, selon la France.";
  const evs = events(text, { entities: [person('Nicolas Dupont'), country('FR', ['France'])], timexes: [['mardi', '2025-03-11']] });
  assert.equal(of(evs, 'THREATEN').length, 0);
});

test('a warning with a condition ("en cas de") is a threat', () => {
  const text = "Le ministre russe Sergueï Lavrov a prévenu lundi que Moscou riposterait en cas de nouvelles sanctions.";
  const evs = events(text, { entities: [person('Sergueï Lavrov'), country('RU', ['Moscou', 'russe'])], timexes: [['lundi', '2025-03-10']] });
  assert.equal(of(evs, 'THREATEN')[0]?.date?.value, '2025-03-10');
});

test('a warning with no condition is no threat', () => {
  const text = "Le ministre russe Sergueï Lavrov a prévenu lundi que les discussions seraient longues.";
  const evs = events(text, { entities: [person('Sergueï Lavrov'), country('RU', ['Moscou', 'russe'])], timexes: [['lundi', '2025-03-10']] });
  assert.equal(of(evs, 'THREATEN').length, 0);
});

// — visa restrictions —

test('"a annoncé des restrictions de visas visant" officials is a visa sanction', () => {
  const text = "Les États-Unis ont annoncé jeudi des restrictions de visas visant des responsables vénézuéliens.";
  const evs = events(text, { entities: [country('US', ['États-Unis']), { ...VENEZUELA, forms: ['vénézuéliens'] }], timexes: [['jeudi', '2025-03-13']] });
  const e = of(evs, 'SANCTION')[0];
  assert.equal(e?.date?.value, '2025-03-13');
  assert.equal(e?.mode, 'visa');
});

test('visa restrictions lifted are no sanction', () => {
  const text = "Les États-Unis ont levé jeudi les restrictions de visas visant des responsables vénézuéliens.";
  const evs = events(text, { entities: [country('US', ['États-Unis']), { ...VENEZUELA, forms: ['vénézuéliens'] }], timexes: [['jeudi', '2025-03-13']] });
  assert.equal(of(evs, 'SANCTION').length, 0);
});

// — airspace intrusions —

test('drones that "ont pénétré dans l\'espace aérien" of a country commit an assault', () => {
  const text = "Dans la nuit de mardi, des drones russes ont pénétré dans l'espace aérien de la Pologne.";
  const evs = events(text, { entities: [country('RU', ['russes']), POLAND], timexes: [['mardi', '2025-03-11']] });
  const e = of(evs, 'ASSAULT')[0];
  assert.equal(e?.date?.value, '2025-03-11');
  assert.deepEqual(actorNames(e), ['Poland', 'Russia']);
});

test('an intrusion denied ("a démenti toute intrusion") is no assault', () => {
  const text = "Mardi, la Russie a démenti toute intrusion dans l'espace aérien de la Pologne.";
  const evs = events(text, { entities: [country('RU', ['Russie']), POLAND], timexes: [['Mardi', '2025-03-11']] });
  assert.ok(!of(evs, 'ASSAULT').some((e) => e.status === 'occurred'));
});

// — pacts sealed —

test('"ont scellé un pacte de défense" is an agreement', () => {
  const text = "Le Mali et le Niger ont scellé samedi un pacte de défense mutuelle à Bamako.";
  const evs = events(text, { entities: [MALI, NIGER], timexes: [['samedi', '2025-03-08']] });
  const e = of(evs, 'AGREE')[0];
  assert.equal(e?.date?.value, '2025-03-08');
  assert.deepEqual(actorNames(e), ['Mali', 'Niger']);
});

test('a defeat that "a scellé le sort" of a government is no agreement', () => {
  const text = "Au Mali, cette défaite a scellé samedi le sort du gouvernement de transition.";
  const evs = events(text, { entities: [MALI], timexes: [['samedi', '2025-03-08']] });
  assert.equal(of(evs, 'AGREE').length, 0);
});

// — naval and troop movements —

test('a carrier group ordered to "faire route vers" a sea is a mobilisation', () => {
  const text = "Les États-Unis ont ordonné jeudi au groupe aéronaval du porte-avions Nimitz de faire route vers la mer Rouge.";
  const evs = events(text, { entities: [country('US', ['États-Unis'])], timexes: [['jeudi', '2025-03-13']] });
  assert.equal(of(evs, 'MOBILIZE')[0]?.date?.value, '2025-03-13');
});

test('a procession that "fait route vers" a city is no mobilisation', () => {
  const text = "En France, le cortège présidentiel fait route jeudi vers Paris.";
  const evs = events(text, { entities: [country('FR', ['France'])], timexes: [['jeudi', '2025-03-13']] });
  assert.equal(of(evs, 'MOBILIZE').length, 0);
});

test('"a ordonné le déploiement" of any means is a mobilisation', () => {
  const text = "La France a ordonné vendredi le déploiement d'un système de défense antiaérienne en Pologne.";
  const evs = events(text, { entities: [country('FR', ['France']), POLAND], timexes: [['vendredi', '2025-03-07']] });
  assert.equal(of(evs, 'MOBILIZE')[0]?.date?.value, '2025-03-07');
});

test('"a annoncé le renforcement de son dispositif" is a mobilisation', () => {
  const text = "L'OTAN a annoncé vendredi le renforcement de son dispositif militaire en Pologne.";
  const evs = events(text, { entities: [NATO, POLAND], timexes: [['vendredi', '2025-03-07']] });
  const e = of(evs, 'MOBILIZE')[0];
  assert.equal(e?.date?.value, '2025-03-07');
  assert.ok(actorNames(e).includes('NATO'));
});

test('a reinforcement only asked for is no mobilisation held', () => {
  const text = "La Pologne réclame le renforcement du dispositif de l'OTAN sur le flanc est.";
  const evs = events(text, { entities: [NATO, POLAND] });
  assert.equal(of(evs, 'MOBILIZE').length, 0);
});

test('a contingent that "a atterri" in a capital is a mobilisation', () => {
  const text = "Un contingent de 300 soldats français a atterri lundi à Niamey.";
  const evs = events(text, { entities: [country('FR', ['français']), NIGER], timexes: [['lundi', '2025-03-10']] });
  const e = of(evs, 'MOBILIZE')[0];
  assert.equal(e?.date?.value, '2025-03-10');
  assert.ok(!of(evs, 'CONSULT').length);
});

test('soldiers "arrivés au pouvoir" make no troop arrival', () => {
  const text = "Au Niger, les militaires arrivés au pouvoir en juillet 2023 ont dénoncé l'accord de défense.";
  const evs = events(text, { entities: [NIGER], timexes: [['juillet 2023', '2023-07']] });
  assert.equal(of(evs, 'MOBILIZE').length, 0);
});

test('a leader arriving in a capital is still a visit', () => {
  const text = "Emmanuel Macron est arrivé lundi à Varsovie pour une visite de deux jours.";
  const evs = events(text, { entities: [person('Emmanuel Macron'), POLAND], timexes: [['lundi', '2025-03-10']] });
  assert.ok(of(evs, 'CONSULT').length);
  assert.equal(of(evs, 'MOBILIZE').length, 0);
});

test('"leurs manœuvres annuelles" are military exercises', () => {
  const text = "Les armées française et polonaise doivent entamer lundi leurs manœuvres annuelles en mer Baltique.";
  const evs = events(text, { entities: [country('FR', ['française']), { ...POLAND, forms: ['polonaise'] }], timexes: [['lundi', '2025-03-17']] });
  assert.equal(of(evs, 'MOBILIZE')[0]?.date?.value, '2025-03-17');
});

// — trade measures eased —

test('"une baisse des droits de douane" is an easing, not a sanction', () => {
  const text = "Les États-Unis ont annoncé jeudi une baisse des droits de douane sur les produits chinois.";
  const evs = events(text, { entities: [country('US', ['États-Unis']), country('CN', ['chinois'])], timexes: [['jeudi', '2025-03-13']] });
  assert.equal(of(evs, 'CONCEDE')[0]?.date?.value, '2025-03-13');
  assert.equal(of(evs, 'SANCTION').length, 0);
});

test('"a suspendu le durcissement des contrôles à l\'exportation" is an easing, not a sanction', () => {
  const text = "La Chine a suspendu jeudi le durcissement des contrôles à l'exportation sur les terres rares.";
  const evs = events(text, { entities: [country('CN', ['Chine'])], timexes: [['jeudi', '2025-03-13']] });
  assert.equal(of(evs, 'CONCEDE')[0]?.date?.value, '2025-03-13');
  assert.equal(of(evs, 'SANCTION').length, 0);
});

// — sentences upheld —

test('a court that "a confirmé la condamnation de" someone coerces that person', () => {
  const text = "La cour d'appel de Moscou a confirmé mardi la condamnation de Vladimir Kara-Murza à 25 ans de prison.";
  const evs = events(text, { entities: [person('Vladimir Kara-Murza'), country('RU', ['Moscou'])], timexes: [['mardi', '2025-03-11']] });
  const e = of(evs, 'COERCE')[0];
  assert.equal(e?.date?.value, '2025-03-11');
  assert.ok(actorNames(e).includes('Vladimir Kara-Murza'));
});

test('a court confirming a hearing date is no sentence', () => {
  const text = "La cour d'appel de Moscou a confirmé mardi la date de l'audience de Vladimir Kara-Murza.";
  const evs = events(text, { entities: [person('Vladimir Kara-Murza'), country('RU', ['Moscou'])], timexes: [['mardi', '2025-03-11']] });
  assert.equal(of(evs, 'COERCE').length, 0);
});

// — not ruling out force —

test('"n\'a pas exclu de recourir à la force" is a threat that occurred, not a denied event', () => {
  const text = "Mardi, le président russe n'a pas exclu de recourir à la force contre la Pologne.";
  const evs = events(text, { entities: [country('RU', ['russe']), POLAND], timexes: [['Mardi', '2025-03-11']] });
  const e = of(evs, 'THREATEN')[0];
  assert.equal(e?.status, 'occurred');
  assert.equal(e?.date?.value, '2025-03-11');
});

test('"a exclu de recourir à la force" rules it out: no threat', () => {
  const text = "Mardi, le président russe a exclu de recourir à la force contre la Pologne.";
  const evs = events(text, { entities: [country('RU', ['russe']), POLAND], timexes: [['Mardi', '2025-03-11']] });
  assert.equal(of(evs, 'THREATEN').length, 0);
});

// — video conferences held, protesters expected —

test('leaders who "ont coprésidé une visioconférence" held a talk', () => {
  const text = "Jeudi, Emmanuel Macron et Friedrich Merz ont coprésidé une visioconférence des alliés de l'Ukraine.";
  const evs = events(text, { entities: [person('Emmanuel Macron'), person('Friedrich Merz')], timexes: [['Jeudi', '2025-03-13']] });
  const e = of(evs, 'CONSULT')[0];
  assert.equal(e?.date?.value, '2025-03-13');
  assert.deepEqual(actorNames(e), ['Emmanuel Macron', 'Friedrich Merz']);
});

test('protesters "attendus" in a capital make no visit', () => {
  const text = "Des milliers de manifestants sont attendus samedi à Varsovie à l'appel du syndicat Solidarnosc.";
  const evs = events(text, { entities: [{ name: 'Solidarnosc', type: 'ORG', forms: ['Solidarnosc'] }, POLAND], timexes: [['samedi', '2025-03-15']] });
  assert.equal(of(evs, 'CONSULT').length, 0);
});

test('a leader "attendu à" a capital is still a planned visit', () => {
  const text = "Emmanuel Macron est attendu samedi à Varsovie pour un sommet avec Donald Tusk.";
  const evs = events(text, { entities: [person('Emmanuel Macron'), person('Donald Tusk'), POLAND], timexes: [['samedi', '2025-03-15']] });
  assert.ok(of(evs, 'CONSULT').some((e) => e.status === 'planned'));
  assert.equal(of(evs, 'PROTEST').length, 0);
});

test('"l\'une de ses plus vastes attaques contre" a network is an assault', () => {
  const text = "Mardi, la Russie a lancé l'une de ses plus vastes attaques contre le réseau électrique ukrainien.";
  const evs = events(text, { entities: [country('RU', ['Russie']), country('UA', ['ukrainien'])], timexes: [['Mardi', '2025-03-11']] });
  const e = of(evs, 'ASSAULT')[0];
  assert.equal(e?.date?.value, '2025-03-11');
  assert.ok(actorNames(e).includes('Russia'));
});

test('a memorandum "rétablissant la politique de pression maximale" on a country is a sanction', () => {
  const text = "Mardi, Donald Trump a signé un mémorandum rétablissant la politique de pression maximale sur l'Iran.";
  const evs = events(text, { entities: [person('Donald Trump'), { name: 'Iran', id: 'country:IR', type: 'LOC', subtype: 'country', forms: ['Iran'] }], timexes: [['Mardi', '2025-03-11']] });
  const e = of(evs, 'SANCTION')[0];
  assert.equal(e?.date?.value, '2025-03-11');
  assert.deepEqual(actorNames(e), ['Donald Trump', 'Iran']);
});

test('an end put to maximum pressure is no sanction', () => {
  const text = "Mardi, Joe Biden a mis fin à la pression maximale sur l'Iran.";
  const evs = events(text, { entities: [person('Joe Biden'), { name: 'Iran', id: 'country:IR', type: 'LOC', subtype: 'country', forms: ['Iran'] }], timexes: [['Mardi', '2025-03-11']] });
  assert.equal(of(evs, 'SANCTION').length, 0);
});

// — tariffs doubled —

test('a president who "a doublé les droits de douane" on a country sanctions it', () => {
  const text = "Mercredi, Donald Trump a doublé les droits de douane sur les produits de la Chine.";
  const evs = events(text, { entities: [person('Donald Trump'), country('CN', ['Chine'])], timexes: [['Mercredi', '2025-03-12']] });
  const e = of(evs, 'SANCTION')[0];
  assert.equal(e?.date?.value, '2025-03-12');
  assert.deepEqual(actorNames(e), ['China', 'Donald Trump']);
});

test('a warning "tant que" a condition holds is a threat', () => {
  const text = "Donald Trump a prévenu vendredi les deux pays qu'il ne signerait aucun accord tant que les combats se poursuivraient.";
  const evs = events(text, { entities: [person('Donald Trump')], timexes: [['vendredi', '2025-03-07']] });
  assert.equal(of(evs, 'THREATEN')[0]?.date?.value, '2025-03-07');
});
