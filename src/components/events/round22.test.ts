// Round 22: actors the text names by a pronoun, a description or a place — a partner "avec lui", a subject "il" after a
// fronted phrase, a visit carried by the clause's subject, the guests of a host, rebels named by their region, the country
// of a site struck, compound demonyms, the author of the accusations a rejection answers, the side firing back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureEvents, person, country, actorNames, type EntitySpec } from './testing.ts';

const events = fixtureEvents('2025-03-10T09:00:00Z');
const DE: EntitySpec = { name: 'Germany', id: 'country:DE', type: 'LOC', subtype: 'country', forms: ['Allemagne'] };
const IR: EntitySpec = { name: 'Iran', id: 'country:IR', type: 'LOC', subtype: 'country', forms: ['Iran', 'Téhéran'] };
const MD: EntitySpec = { name: 'Moldova', id: 'country:MD', type: 'LOC', subtype: 'country', forms: ['Moldavie'] };
const berlin: EntitySpec = { name: 'Berlin', id: 'city:DE:berlin', type: 'LOC', subtype: 'city', forms: ['Berlin'], actor: { entity: 'country:DE', name: 'Germany' } };

// — a pronoun partner —

test('"doit s\'entretenir avec lui" meets the person the sentence before opens on', () => {
  const text = "Xi Jinping sera lui aussi à Paris cette semaine. Le chancelier allemand, Olaf Scholz, doit s'entretenir avec lui lundi en marge de la conférence.";
  const evs = events(text, { entities: [person('Xi Jinping'), person('Olaf Scholz')], timexes: [['lundi', '2025-03-10']] });
  const e = evs.find((x) => x.type === 'CONSULT');
  assert.deepEqual(actorNames(e), ['Olaf Scholz', 'Xi Jinping']);
});

test('"avec lui" takes no partner when the sentence before opens on no person', () => {
  const text = "La conférence s'ouvre lundi à Paris. Le chancelier allemand, Olaf Scholz, doit s'entretenir avec lui lundi en marge de la conférence.";
  const evs = events(text, { entities: [person('Olaf Scholz')], timexes: [['lundi', '2025-03-10'], ['lundi', '2025-03-10']] });
  assert.ok(!evs.some((x) => x.type === 'CONSULT' && x.actors.length > 1));
});

// — "il" after a fronted phrase —

test('"Avant ce tête-à-tête, il doit s\'entretenir…" is the person the sentence before opens on', () => {
  const text = "Le Premier ministre israélien sera mardi à la Maison Blanche. Avant ce tête-à-tête, il doit s'entretenir lundi avec l'émissaire Steve Witkoff.";
  const evs = events(text, { entities: [person('Benjamin Netanyahu', ['Premier ministre israélien']), person('Steve Witkoff')], timexes: [['mardi', '2025-03-11'], ['lundi', '2025-03-10']] });
  const e = evs.find((x) => x.type === 'CONSULT' && x.date?.value === '2025-03-10');
  assert.deepEqual(actorNames(e), ['Benjamin Netanyahu', 'Steve Witkoff']);
});

test('a fronted phrase naming someone leaves "il" unresolved', () => {
  const text = "Le Premier ministre israélien sera mardi à la Maison Blanche. Après le départ de Marco Rubio, il doit s'entretenir lundi avec l'émissaire Steve Witkoff.";
  const evs = events(text, { entities: [person('Benjamin Netanyahu', ['Premier ministre israélien']), person('Marco Rubio'), person('Steve Witkoff')], timexes: [['mardi', '2025-03-11'], ['lundi', '2025-03-10']] });
  assert.ok(!evs.some((x) => x.actors.some((a) => a.name === 'Benjamin Netanyahu') && x.date?.value === '2025-03-10'));
});

// — a visit carried by the clause's subject —

test('"X sera à Rome, avant une visite d\'État à Berlin mercredi": X visits Germany', () => {
  const text = "Le président chinois Xi Jinping sera lui aussi à Rome, avant une visite d'État à Berlin mercredi.";
  const evs = events(text, { entities: [person('Xi Jinping'), berlin], timexes: [['mercredi', '2025-03-12']] });
  const e = evs.find((x) => x.type === 'CONSULT');
  assert.equal(e?.date?.value, '2025-03-12');
  assert.deepEqual(actorNames(e), ['China', 'Germany', 'Xi Jinping']);
});

test('"après la visite de Y à Berlin": the visit is Y\'s, not the subject\'s', () => {
  const text = "Xi Jinping a appelé mardi Emmanuel Macron, après la visite d'Olaf Scholz à Berlin.";
  const evs = events(text, { entities: [person('Xi Jinping'), person('Emmanuel Macron'), person('Olaf Scholz'), berlin], timexes: [['mardi', '2025-03-11']] });
  assert.ok(!evs.some((x) => x.trigger?.text === 'visite' && x.actors.some((a) => a.name === 'Xi Jinping')));
});

// — the guests of a host —

test('"X accueillera vendredi Y et Z pour un sommet": the host and the guests meet', () => {
  const text = "Le président américain accueillera vendredi dans sa résidence Fumio Kishida et Yoon Suk Yeol pour un sommet trilatéral.";
  const evs = events(text, { entities: [person('Joe Biden', ['président américain']), person('Fumio Kishida'), person('Yoon Suk Yeol')], timexes: [['vendredi', '2025-03-14']] });
  const e = evs.find((x) => x.type === 'CONSULT');
  assert.deepEqual(actorNames(e), ['Fumio Kishida', 'Joe Biden', 'Yoon Suk Yeol']);
  assert.notEqual(e?.mode, 'third-party');
});

test('a country hosting talks between two others is no party to them', () => {
  const text = "L'Arabie saoudite a accueilli mardi une rencontre entre Marco Rubio et Sergueï Lavrov.";
  const SA: EntitySpec = { name: 'Saudi Arabia', id: 'country:SA', type: 'LOC', subtype: 'country', forms: ['Arabie saoudite'] };
  const evs = events(text, { entities: [SA, person('Marco Rubio'), person('Sergueï Lavrov')], timexes: [['mardi', '2025-03-11']] });
  const e = evs.find((x) => x.type === 'CONSULT');
  assert.deepEqual(actorNames(e), ['Marco Rubio', 'Sergueï Lavrov']);
});

// — rebels named by their region —

test('"les autorités rebelles du Tigré" sign as a party', () => {
  const text = "Le gouvernement éthiopien et les autorités rebelles du Tigré ont signé mercredi un accord de paix.";
  const tigray: EntitySpec = { name: 'Tigray', id: 'region:ET:tigray', type: 'LOC', subtype: 'region', forms: ['Tigré'] };
  const ET: EntitySpec = { name: 'Ethiopia', id: 'country:ET', type: 'LOC', subtype: 'country', forms: ['Ethiopie'] };
  const evs = events(text, { entities: [tigray, ET], timexes: [['mercredi', '2025-03-12']] });
  const e = evs.find((x) => x.type === 'AGREE');
  assert.ok(e?.actors.some((a) => a.name === 'Tigray'));
});

test('a region named as a place ("dans le nord du Tigré") is no party', () => {
  const text = "L'armée éthiopienne a lancé mercredi une offensive dans le nord du Tigré.";
  const tigray: EntitySpec = { name: 'Tigray', id: 'region:ET:tigray', type: 'LOC', subtype: 'region', forms: ['Tigré'] };
  const evs = events(text, { entities: [tigray], timexes: [['mercredi', '2025-03-12']] });
  assert.ok(!evs.some((x) => x.actors.some((a) => a.name === 'Tigray')));
});

// — the country of the sites struck —

test('strikes on named sites hit the country they lie in', () => {
  const text = "Les bombardiers américains ont frappé dimanche les sites nucléaires de Fordo et Natanz.";
  const sites: EntitySpec[] = [
    { name: 'Fordow', id: 'place:IR:fordow', type: 'LOC', subtype: 'place', forms: ['Fordo'] },
    { name: 'Natanz', id: 'place:IR:natanz', type: 'LOC', subtype: 'place', forms: ['Natanz'] },
  ];
  const evs = events(text, { entities: sites, timexes: [['dimanche', '2025-03-09']] });
  const e = evs.find((x) => x.type === 'ASSAULT');
  assert.deepEqual(e?.actors.map((a) => [a.name, a.role]), [['United States', 'source'], ['Iran', 'target']]);
});

test('missiles fired from a site do not strike its country', () => {
  const text = "Les Houthis ont frappé dimanche un navire en mer Rouge depuis le port de Hodeida.";
  const evs = events(text, { entities: [{ name: 'Houthis', type: 'ORG', forms: ['Houthis'] }, { name: 'Hodeidah', id: 'city:YE:hodeidah', type: 'LOC', subtype: 'city', forms: ['Hodeida'] }], timexes: [['dimanche', '2025-03-09']] });
  assert.ok(!evs.some((x) => x.actors.some((a) => a.name === 'Yemen')));
});

// — compound demonyms —

test('"les forces américaines et sud-coréennes" name South Korea', () => {
  const text = "Les forces américaines et sud-coréennes ont lancé lundi des manœuvres conjointes.";
  const evs = events(text, { timexes: [['lundi', '2025-03-10']] });
  const e = evs.find((x) => x.type === 'MOBILIZE');
  assert.ok(e?.actors.some((a) => a.entity === 'country:KR'));
  assert.ok(!e?.actors.some((a) => a.entity === 'country:KP'));
});

test('"sud-soudanais" names South Sudan, not Sudan', () => {
  const text = "Les forces sud-soudanaises ont lancé lundi des manœuvres à la frontière.";
  const evs = events(text, { timexes: [['lundi', '2025-03-10']] });
  assert.ok(!evs.some((x) => x.actors.some((a) => a.entity === 'country:SD')));
});

// — the author of the accusations a rejection answers —

test('"a rejeté ces accusations" targets who accused just before', () => {
  const text = "La présidente Maia Sandu a accusé dimanche la Russie d'ingérence en Moldavie. Le Kremlin a rejeté lundi ces accusations.";
  const RU: EntitySpec = { ...country('RU', ['Russie']), forms: ['Russie'] };
  const evs = events(text, { entities: [person('Maia Sandu'), RU, { name: 'Kremlin', type: 'ORG', forms: ['Kremlin'], actor: { entity: 'country:RU', name: 'Russia' } }, MD], timexes: [['dimanche', '2025-03-09'], ['lundi', '2025-03-10']] });
  const e = evs.find((x) => x.type === 'REJECT');
  assert.ok(e?.actors.some((a) => a.name === 'Maia Sandu' && a.role === 'target'));
});

test('a rejection of a plan is no answer to an accusation', () => {
  const text = "La présidente Maia Sandu a accusé dimanche la Russie d'ingérence en Moldavie. Le Kremlin a rejeté lundi ce plan.";
  const RU: EntitySpec = { ...country('RU', ['Russie']), forms: ['Russie'] };
  const evs = events(text, { entities: [person('Maia Sandu'), RU, { name: 'Kremlin', type: 'ORG', forms: ['Kremlin'], actor: { entity: 'country:RU', name: 'Russia' } }, MD], timexes: [['dimanche', '2025-03-09'], ['lundi', '2025-03-10']] });
  assert.ok(!evs.some((x) => x.type === 'REJECT' && x.actors.some((a) => a.name === 'Maia Sandu')));
});

// — the side firing back —

test('"X a poursuivi ses frappes, tandis que Y a lancé des missiles sur le territoire israélien": Y is struck', () => {
  const text = "Israël a poursuivi vendredi ses frappes, tandis que l'Iran a lancé de nouveaux missiles sur le territoire israélien.";
  const evs = events(text, { entities: [country('IL', ['Israël']), IR], timexes: [['vendredi', '2025-03-07']] });
  const e = evs.find((x) => x.type === 'ASSAULT' && x.trigger?.text === 'frappes');
  assert.deepEqual(e?.actors.map((a) => [a.name, a.role]), [['Israel', 'source'], ['Iran', 'target']]);
});

test('a third party calling for restraint in the simultaneous clause is not struck', () => {
  const text = "Israël a poursuivi vendredi ses frappes, tandis que l'Allemagne a appelé les dirigeants israéliens à la retenue.";
  const evs = events(text, { entities: [country('IL', ['Israël']), DE], timexes: [['vendredi', '2025-03-07']] });
  const e = evs.find((x) => x.type === 'ASSAULT' && x.trigger?.text === 'frappes');
  assert.ok(!e?.actors.some((a) => a.name === 'Germany'));
});


// — people acting for a country —

test('"400 policiers kényans" act for Kenya', () => {
  const text = "Un contingent de 400 policiers kényans a atterri mardi à Port-au-Prince.";
  const haiti: EntitySpec = { name: 'Port-au-Prince', id: 'city:HT:port-au-prince', type: 'LOC', subtype: 'city', forms: ['Port-au-Prince'], actor: { entity: 'country:HT', name: 'Haiti' } };
  const evs = events(text, { entities: [haiti], timexes: [['mardi', '2025-03-11']] });
  assert.ok(evs.some((x) => x.actors.some((a) => a.entity === 'country:KE')));
});

test('"400 touristes kényans" act for no country', () => {
  const text = "Un groupe de 400 touristes kényans a atterri mardi à Port-au-Prince.";
  const haiti: EntitySpec = { name: 'Port-au-Prince', id: 'city:HT:port-au-prince', type: 'LOC', subtype: 'city', forms: ['Port-au-Prince'], actor: { entity: 'country:HT', name: 'Haiti' } };
  const evs = events(text, { entities: [haiti], timexes: [['mardi', '2025-03-11']] });
  assert.ok(!evs.some((x) => x.actors.some((a) => a.entity === 'country:KE')));
});

// — "les deux hommes" meeting a third person —

test('"Les deux hommes se sont retrouvés avec X en marge du sommet": the pair meets X', () => {
  const text = "Fumio Kishida a rencontré Yoon Suk Yeol le 7 mai à Tokyo. Les deux hommes se sont de nouveau retrouvés avec Joe Biden le 21 mai à Hiroshima, en marge du sommet du G7.";
  const evs = events(text, { entities: [person('Fumio Kishida'), person('Yoon Suk Yeol'), person('Joe Biden'), { name: 'G7', type: 'ORG', forms: ['G7'] }],
    timexes: [['le 7 mai', '2025-05-07'], ['le 21 mai', '2025-05-21']] });
  const e = evs.find((x) => x.type === 'CONSULT' && x.date?.value === '2025-05-21');
  assert.ok(e && ['Fumio Kishida', 'Yoon Suk Yeol', 'Joe Biden'].every((n) => actorNames(e).includes(n)), JSON.stringify(actorNames(e)));
});

test('"Ils se sont retrouvés avec X" (no pair anaphora) names X only', () => {
  const text = "Fumio Kishida a rencontré Yoon Suk Yeol le 7 mai à Tokyo. Ils se sont de nouveau retrouvés avec Joe Biden le 21 mai à Hiroshima, en marge du sommet du G7.";
  const evs = events(text, { entities: [person('Fumio Kishida'), person('Yoon Suk Yeol'), person('Joe Biden'), { name: 'G7', type: 'ORG', forms: ['G7'] }],
    timexes: [['le 7 mai', '2025-05-07'], ['le 21 mai', '2025-05-21']] });
  assert.ok(!evs.some((x) => x.date?.value === '2025-05-21' && x.actors.some((a) => a.name === 'Fumio Kishida')));
});

// — media a coercive act bears on —

const sputnik: EntitySpec = { name: 'Sputnik', type: 'ORG', subtype: 'agency', forms: ['Sputnik'] };

test('"a arrêté deux responsables de l\'agence Sputnik": the agency is the target', () => {
  const text = "La police azerbaïdjanaise a arrêté lundi deux responsables de l'agence russe Sputnik à Bakou.";
  const evs = events(text, { entities: [sputnik], timexes: [['lundi', '2025-03-10']] });
  const e = evs.find((x) => x.type === 'COERCE');
  assert.ok(e?.actors.some((a) => a.name === 'Sputnik' && a.role === 'target'), JSON.stringify(e?.actors));
});

test('an agency reporting an arrest is not its target', () => {
  const text = "La police azerbaïdjanaise a arrêté lundi deux opposants, a rapporté l'agence Sputnik.";
  const evs = events(text, { entities: [sputnik], timexes: [['lundi', '2025-03-10']] });
  assert.ok(!evs.some((x) => x.actors.some((a) => a.name === 'Sputnik')));
});

// — both sides of an exchange of captives —

const HAMAS: EntitySpec = { name: 'Hamas', type: 'ORG', forms: ['Hamas'] };

test('"a libéré trois otages en échange de 183 prisonniers relâchés par Israël": Israel releases too', () => {
  const text = "Samedi, le Hamas a libéré trois otages en échange de 183 prisonniers palestiniens relâchés par Israël.";
  const evs = events(text, { entities: [HAMAS, country('IL', ['Israël'])], timexes: [['Samedi', '2025-03-08']] });
  const e = evs.find((x) => x.type === 'RETREAT' && x.trigger?.text === 'libéré');
  assert.ok(e?.actors.some((a) => a.name === 'Israel' && a.role === 'source'), JSON.stringify(e?.actors));
});

test('an exchange naming no agent after "par" adds no party', () => {
  const text = "Samedi, le Hamas a libéré trois otages en échange de 183 prisonniers palestiniens détenus en Israël.";
  const evs = events(text, { entities: [HAMAS, country('IL', ['Israël'])], timexes: [['Samedi', '2025-03-08']] });
  const e = evs.find((x) => x.type === 'RETREAT' && x.trigger?.text === 'libéré');
  assert.ok(!e?.actors.some((a) => a.name === 'Israel' && a.role === 'source'), JSON.stringify(e?.actors));
});

test('"X l\'a reçu mardi": the clitic partner is the person the sentence before opens on', () => {
  const text = "Volodymyr Zelensky est arrivé lundi soir à Paris. Emmanuel Macron l'a reçu mardi à l'Élysée.";
  const evs = events(text, { entities: [person('Volodymyr Zelensky'), person('Emmanuel Macron')], timexes: [['lundi soir', '2025-03-10'], ['mardi', '2025-03-11']] });
  const e = evs.find((x) => x.type === 'CONSULT' && x.date?.value === '2025-03-11');
  assert.deepEqual(actorNames(e), ['Emmanuel Macron', 'Volodymyr Zelensky']);
});

test('a clitic partner after a sentence opening on no person stays unnamed', () => {
  const text = "La délégation ukrainienne est arrivée lundi soir à Paris. Emmanuel Macron l'a reçue mardi à l'Élysée.";
  const evs = events(text, { entities: [person('Volodymyr Zelensky'), person('Emmanuel Macron')], timexes: [['lundi soir', '2025-03-10'], ['mardi', '2025-03-11']] });
  assert.ok(!evs.some((x) => x.actors.some((a) => a.name === 'Volodymyr Zelensky')));
});
