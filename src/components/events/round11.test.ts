// Precision on a fresh set: a demonym inside a description already linked to a person is no second actor;
// mentions whose source and target are swapped are two events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorNames as names, country, fixtureEvents, person as per } from './testing.ts';

const events = fixtureEvents('2025-03-14');

test('"le président français" linked to Macron gives Macron, not Macron and France', () => {
  const text = 'Le président français a exhorté mardi Vladimir Poutine à accepter un cessez-le-feu.';
  const list = events(text, { entities: [per('Emmanuel Macron', ['Le président français']), per('Vladimir Poutine')], timexes: [['mardi', '2025-03-11']] });
  const e = list.find((x) => x.type === 'REQUEST');
  assert.deepEqual(names(e), ['Emmanuel Macron', 'Vladimir Poutine']);
});

test('a request and the counter-request, source and target swapped, stay two events', () => {
  const text = 'La Chine a exhorté mardi les États-Unis à lever leurs droits de douane. Les États-Unis ont appelé le même jour la Chine à cesser ses exportations de fentanyl.';
  const list = events(text, { entities: [country('CN', ['Chine']), country('US', ['États-Unis'])], timexes: [['mardi', '2025-03-11'], ['le même jour', '2025-03-11']] });
  const requests = list.filter((x) => x.type === 'REQUEST');
  assert.equal(requests.length, 2);
});

test('a later undated telling naming the country joins the visit whose host was described by nationality', () => {
  const text = "Le président américain a reçu lundi le président ukrainien à la Maison-Blanche. Le décor était le même qu'en février. Emmanuel Macron et Keir Starmer avaient eux aussi fait le déplacement à Washington aux côtés de M. Zelensky.";
  const list = events(text, {
    entities: [per('Donald Trump', ['Le président américain']), per('Volodymyr Zelensky', ['le président ukrainien', 'M. Zelensky']), country('US', ['Washington']), per('Emmanuel Macron'), per('Keir Starmer')],
    timexes: [['lundi', '2025-03-10']],
  });
  const talks = list.filter((x) => x.type === 'CONSULT');
  assert.equal(talks.length, 1);
  assert.equal(talks[0].date?.value, '2025-03-10');
  assert.ok(names(talks[0]).includes('Emmanuel Macron'));
});

test('a meeting announced on a given day is planned, and that day is not its date', () => {
  const text = "Le président français, qui avait annoncé la veille un sommet avec Vladimir Poutine à Genève, a reçu vendredi Volodymyr Zelensky.";
  const list = events(text, { entities: [per('Emmanuel Macron', ['Le président français']), per('Vladimir Poutine'), per('Volodymyr Zelensky')], timexes: [['la veille', '2025-03-13'], ['vendredi', '2025-03-14']] });
  const summit = list.find((x) => x.type === 'CONSULT' && names(x).includes('Vladimir Poutine'));
  assert.equal(summit?.status, 'planned');
  assert.equal(summit?.date ?? null, null);
});

test('an agreement announced on a given day keeps that day', () => {
  const text = "Le Kremlin a annoncé jeudi un accord avec Volodymyr Zelensky sur les prisonniers.";
  const kremlin = { name: 'Kremlin', type: 'ORG' as const, forms: ['Kremlin'], actor: { entity: 'country:RU', name: 'Russia' } };
  const list = events(text, { entities: [kremlin, per('Volodymyr Zelensky')], timexes: [['jeudi', '2025-03-13']] });
  assert.equal(list.find((x) => x.type === 'AGREE')?.date?.value, '2025-03-13');
});

test('a past infinitive after a dated reporting verb takes its date', () => {
  const text = "Le chancelier allemand a affirmé mercredi s'être entretenu au téléphone avec Vladimir Poutine.";
  const list = events(text, { entities: [per('Friedrich Merz', ['Le chancelier allemand']), per('Vladimir Poutine')], timexes: [['mercredi', '2025-03-12']] });
  const call = list.find((x) => x.type === 'CONSULT');
  assert.equal(call?.date?.value, '2025-03-12');
});

test('"La rencontre intervenait au lendemain de…" dates the earlier talk from the meeting told before', () => {
  const text = "Emmanuel Macron a reçu jeudi Volodymyr Zelensky à l'Élysée. Les deux hommes ont déjeuné ensemble. Il s'agissait de leur cinquième entrevue. La rencontre intervenait au lendemain d'un entretien téléphonique entre M. Macron et Vladimir Poutine.";
  const list = events(text, { entities: [per('Emmanuel Macron', ['Emmanuel Macron', 'M. Macron']), per('Volodymyr Zelensky'), per('Vladimir Poutine')], timexes: [['jeudi', '2025-03-13']] });
  const call = list.find((x) => x.type === 'CONSULT' && names(x).includes('Vladimir Poutine'));
  assert.equal(call?.date?.value, '2025-03-12');
  assert.equal(list.filter((x) => x.type === 'CONSULT' && names(x).includes('Vladimir Poutine')).length, 1);
});

test('a date right after the verb of a second conjunct dates that conjunct, not the event before "et"', () => {
  const text = "Donald Trump a renoncé à ce sommet et imposé mercredi ses premières sanctions contre la Russie.";
  const list = events(text, { entities: [per('Donald Trump'), country('RU', ['Russie'])], timexes: [['mercredi', '2025-03-12']] });
  assert.equal(list.find((x) => x.type === 'SANCTION')?.date?.value, '2025-03-12');
  assert.equal(list.filter((x) => x.type === 'CONSULT' && x.date).length, 0);
});

test('strikes someone "n\'exclut plus" are hypothetical and take no date from the statement', () => {
  const text = "Mardi, le ministre israélien de la Défense a dit ne rien regretter, et n'exclut plus de nouvelles frappes contre l'Iran.";
  const list = events(text, { entities: [per('Israel Katz', ['le ministre israélien de la Défense']), { name: 'Iran', type: 'LOC', subtype: 'country', id: 'country:IR', forms: ['Iran'] }], timexes: [['Mardi', '2025-03-11']] });
  const strike = list.find((x) => x.type === 'ASSAULT');
  assert.equal(strike?.status, 'hypothetical');
  assert.equal(strike?.date ?? null, null);
});

test('"l\'aviation israélienne a frappé" names Israel as the striker', () => {
  const text = "Mardi après-midi, l'aviation israélienne a frappé un bâtiment du Hezbollah à Beyrouth.";
  const list = events(text, { entities: [{ name: 'Hezbollah', type: 'ORG', forms: ['Hezbollah'] }], timexes: [['Mardi après-midi', '2025-03-11']] });
  const strike = list.find((x) => x.type === 'ASSAULT');
  assert.equal(strike?.actors.find((a) => a.name === 'Israel')?.role, 'source');
});

test('recognising a state is support from the recognising state to the recognised one', () => {
  const text = "Le Portugal a reconnu dimanche l'État de Palestine, à la veille de l'Assemblée générale de l'ONU.";
  const list = events(text, { entities: [{ name: 'Portugal', type: 'LOC', subtype: 'country', id: 'country:PT', forms: ['Portugal'] }, { name: 'Palestine', type: 'LOC', subtype: 'country', id: 'country:PS', forms: ['Palestine'] }], timexes: [['dimanche', '2025-03-09']] });
  const e = list.find((x) => x.type === 'SUPPORT');
  assert.equal(e?.date?.value, '2025-03-09');
  assert.equal(e?.actors.find((a) => a.name === 'Portugal')?.role, 'source');
  assert.equal(e?.actors.find((a) => a.name === 'Palestine')?.role, 'target');
});

test('"a reconnu ses torts" recognises no state', () => {
  const text = "Le Portugal a reconnu dimanche ses torts envers l'Angola.";
  const list = events(text, { entities: [{ name: 'Portugal', type: 'LOC', subtype: 'country', id: 'country:PT', forms: ['Portugal'] }, { name: 'Angola', type: 'LOC', subtype: 'country', id: 'country:AO', forms: ['Angola'] }], timexes: [['dimanche', '2025-03-09']] });
  assert.equal(list.filter((x) => x.type === 'SUPPORT').length, 0);
});

test('"a déclaré mardi … à l\'Élysée, où il recevait X": the visit holds on the day of the statement', () => {
  const text = "« Nous ne céderons pas », a déclaré mardi Emmanuel Macron depuis l'Élysée, où il recevait le président ukrainien, Volodymyr Zelensky.";
  const list = events(text, { entities: [per('Emmanuel Macron'), per('Volodymyr Zelensky')], timexes: [['mardi', '2025-03-11']] });
  const visit = list.find((x) => x.type === 'CONSULT');
  assert.equal(visit?.date?.value, '2025-03-11');
  assert.ok(names(visit).includes('Emmanuel Macron') && names(visit).includes('Volodymyr Zelensky'));
});

test('"l\'État palestinien": a demonym after "État" names the state', () => {
  const text = "La France a reconnu lundi l'État palestinien.";
  const list = events(text, { entities: [country('FR', ['France'])], timexes: [['lundi', '2025-03-10']] });
  const e = list.find((x) => x.type === 'SUPPORT');
  assert.equal(e?.actors.find((a) => a.role === 'target')?.entity, 'country:PS');
});
