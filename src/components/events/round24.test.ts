// Round 24 (dates & actors): an evening dispatch's day stops at a round-up of earlier days; a one-sided visit told with a
// pronoun keeps its day when the same sentence names the visitor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureEvents, person, actorNames, type EntitySpec } from './testing.ts';
import { mergeMentions } from './merge.ts';
import type { EventActor, EventRecord } from '../../core/document.ts';

const evening = fixtureEvents('2025-04-13T19:00:00+02:00');
const c = (code: string, name: string, forms: string[]): EntitySpec => ({ name, id: `country:${code}`, type: 'LOC', subtype: 'country', forms });
const ROUNDUP = [c('EC', 'Ecuador', ['Équateur', 'Quito']), c('MX', 'Mexico', ['Mexique', 'Mexico']), c('BR', 'Brazil', ['Brésil']), c('NI', 'Nicaragua', ['Nicaragua'])];
const roundup = (day: string) => `Les diplomates mexicains ont quitté dimanche l'Équateur. La crise couvait depuis plusieurs jours. Le Brésil a accusé l'Équateur de violer la convention de Vienne. Le Nicaragua a rompu ${day} ses relations diplomatiques avec l'Équateur.`;

// — the evening dispatch and a round-up of earlier days —

test('an evening dispatch dates an undated act followed by another act of that day', () => {
  const list = evening(roundup('dimanche'), { entities: ROUNDUP, timexes: [['dimanche', '2025-04-13'], ['dimanche', '2025-04-13']] });
  assert.equal(list.find((x) => x.type === 'ACCUSE')?.date?.value, '2025-04-13');
});

test('an evening dispatch leaves undated an act whose next sentence tells an act of an earlier day', () => {
  const list = evening(roundup('samedi'), { entities: ROUNDUP, timexes: [['dimanche', '2025-04-13'], ['samedi', '2025-04-12']] });
  assert.ok(list.some((x) => x.type === 'ACCUSE'));
  assert.ok(!list.some((x) => x.type === 'ACCUSE' && x.date));
});

// — a one-sided visit whose visitor is a pronoun —

const visit = fixtureEvents('2025-08-10T09:00:00Z');
const VISIT: EntitySpec[] = [c('DE', 'Germany', ['Allemagne']), c('PL', 'Poland', ['Pologne']), person('Karol Nawrocki', ['M. Nawrocki']),
  { name: 'Berlin', id: 'city:DE:berlin', type: 'LOC', subtype: 'city', forms: ['Berlin'], actor: { entity: 'country:DE', name: 'Germany' } }];
const thaw = "Ce dégel n'aurait pas été possible sans l'initiative prise par M. Nawrocki. ";

test('"il s\'était rendu à Berlin, première visite d\'un président polonais" keeps its day with the visitor the apposition names', () => {
  const list = visit(thaw + "Le 4 avril, il s'était rendu à Berlin, première visite d'un président polonais en Allemagne depuis dix ans.", { entities: VISIT, timexes: [['4 avril', '2025-04-04']] });
  const e = list.find((x) => x.type === 'CONSULT' && x.date?.value === '2025-04-04');
  assert.deepEqual(actorNames(e), ['Germany', 'Poland']);
});

test('"il s\'était rendu à Berlin" with no visitor named in the sentence stays undated', () => {
  const list = visit(thaw + "Le 4 avril, il s'était rendu à Berlin pour une visite de travail.", { entities: VISIT, timexes: [['4 avril', '2025-04-04']] });
  assert.ok(list.some((x) => x.type === 'CONSULT'));
  assert.ok(!list.some((x) => x.type === 'CONSULT' && x.date));
});

// — two acts of one day and type are one event only when one clause tells both —

/** The SANCTION records of `sentence` whose triggers are `words`, the first an expulsion, all dated `day`. */
function sanctions(sentence: string, words: [string, string | null][], day: string): { record: EventRecord; sentence: number }[] {
  const actors: EventActor[] = [{ entity: 'country:FR', name: 'France', aliases: [], role: 'source' }, { entity: 'country:ML', name: 'Mali', aliases: [], role: 'target' }];
  return words.map(([word, mode], k) => {
    const start = sentence.indexOf(word);
    return { sentence: 0, record: { id: `e${k}`, type: 'SANCTION', mode, status: 'occurred', date: { value: day, text: 'mardi' }, place: null, actors: actors.map((a) => ({ ...a })),
      evidence: { text: sentence, start: 0, end: sentence.length }, trigger: { text: word, start, end: start + word.length } } };
  });
}

test('an expulsion and a recall told in two clauses of one day stay two sanctions', () => {
  const text = "L'Élysée a annoncé mardi que la France allait expulser douze agents consulaires maliens et qu'elle rappelait pour consultations son ambassadeur à Bamako.";
  assert.equal(mergeMentions(sanctions(text, [['expulser', 'expel'], ['rappelait', null]], '2025-04-15')).length, 2);
});

test('a recall and an expulsion sharing one clause stay one sanction', () => {
  const text = "Dans la soirée, la France avait rappelé son ambassadeur à Bamako et expulsé l'ambassadeur malien.";
  assert.equal(mergeMentions(sanctions(text, [['expulsé', 'expel'], ['rappelé', null]], '2025-04-15')).length, 1);
});

// — "a annoncé mercredi avoir eu un entretien" —

const call = fixtureEvents('2025-02-13T09:00:00Z');
const CALL: EntitySpec[] = [c('RU', 'Russia', ['Russie', 'russe']), person('Donald Trump', ['président américain'])];

test('"a annoncé mercredi avoir eu un long entretien téléphonique" dates the call that day', () => {
  const list = call("Le président américain a annoncé mercredi avoir eu un long entretien téléphonique avec son homologue russe.", { entities: CALL, timexes: [['mercredi', '2025-02-12']] });
  assert.equal(list.find((x) => x.type === 'CONSULT')?.date?.value, '2025-02-12');
});

test('"a annoncé mercredi espérer un entretien téléphonique" does not date the call it hopes for', () => {
  const list = call("Le président américain a annoncé mercredi espérer un long entretien téléphonique avec son homologue russe.", { entities: CALL, timexes: [['mercredi', '2025-02-12']] });
  assert.ok(!list.some((x) => x.type === 'CONSULT' && x.date?.value === '2025-02-12'));
});

// — bare "les autorités" under a country rubric —

const rubric = fixtureEvents('2024-05-29T09:00:00Z');
const BORRELL = [person('Josep Borrell')];

test('"Il a appelé les autorités à retirer le texte" under "Géorgie :" asks Georgia', () => {
  const text = "Géorgie : le Parlement adopte la loi sur l'influence étrangère\nJosep Borrell a dénoncé mardi le vote. Il a appelé les autorités à « retirer » le texte.";
  const e = rubric(text, { entities: BORRELL, timexes: [['mardi', '2024-05-28']] }).find((x) => x.type === 'REQUEST');
  assert.deepEqual(actorNames(e), ['Georgia', 'Josep Borrell']);
});

test('"les autorités russes" under "Géorgie :" are not Georgia\'s', () => {
  const text = "Géorgie : le Parlement adopte la loi sur l'influence étrangère\nJosep Borrell a dénoncé mardi le vote. Il a appelé les autorités russes à « retirer » leurs troupes.";
  const list = rubric(text, { entities: BORRELL, timexes: [['mardi', '2024-05-28']] });
  assert.ok(!list.some((x) => x.actors.some((a) => a.name === 'Georgia')));
});

test('bare "les autorités" under a title with no country rubric name no one', () => {
  const text = "Le Parlement adopte la loi sur l'influence étrangère\nJosep Borrell a dénoncé mardi le vote. Il a appelé les autorités à « retirer » le texte.";
  const e = rubric(text, { entities: BORRELL, timexes: [['mardi', '2024-05-28']] }).find((x) => x.type === 'REQUEST');
  assert.deepEqual(actorNames(e), ['Josep Borrell']);
});

// — "les experts américains" —

const experts = fixtureEvents('2025-03-26T09:00:00Z');

test('"Les experts américains ont reçu dimanche la délégation ukrainienne" is a US–Ukraine meeting', () => {
  const e = experts("Les experts américains ont reçu dimanche la délégation ukrainienne à Riyad.", { timexes: [['dimanche', '2025-03-23']] }).find((x) => x.type === 'CONSULT');
  assert.deepEqual(actorNames(e), ['Ukraine', 'United States']);
});

test('"Les experts ont reçu dimanche la délégation ukrainienne" names no second side', () => {
  const list = experts("Les experts ont reçu dimanche la délégation ukrainienne à Riyad.", { timexes: [['dimanche', '2025-03-23']] });
  assert.ok(!list.some((x) => x.actors.some((a) => a.name === 'United States')));
});

// — "a demandé au Venezuela de…" —

const asked = fixtureEvents('2023-12-10T09:00:00Z');
const ASKED: EntitySpec[] = [c('VE', 'Venezuela', ['Venezuela']), { name: 'International Court of Justice', type: 'ORG', forms: ['CIJ'] }];

test('"a demandé le 1er décembre au Venezuela de s\'abstenir" asks Venezuela', () => {
  const text = "La CIJ avait demandé le 1er décembre au Venezuela de s'abstenir de toute action unilatérale.";
  const e = asked(text, { entities: ASKED, timexes: [['1er décembre', '2023-12-01']] }).find((x) => x.type === 'REQUEST');
  assert.deepEqual(actorNames(e), ['International Court of Justice', 'Venezuela']);
});

test('"a demandé le 1er décembre au Venezuela une enquête" keeps Venezuela a place', () => {
  const text = "La CIJ avait demandé le 1er décembre au Venezuela une enquête sur les violences.";
  const e = asked(text, { entities: ASKED, timexes: [['1er décembre', '2023-12-01']] }).find((x) => x.type === 'REQUEST');
  assert.ok(!e || !e.actors.some((a) => a.name === 'Venezuela' && a.role === 'target'));
});
