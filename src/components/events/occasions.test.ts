// Dates from occasions ("en marge du sommet", "au terme de dix heures de discussions") and
// dates of adjectival participles ("rompues en 2016") that date no event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createContext } from '../../core/pipeline.ts';
import type { EventRecord } from '../../core/document.ts';
import { extractEvents } from './index.ts';
import { fixtureDoc, type EntitySpec, type FixtureSpec } from './testing.ts';

const ctx = createContext({ eventsWithoutKb: true });
const per = (name: string, forms?: string[]): EntitySpec => ({ name, type: 'PER', forms });
const country = (code: string, name: string, forms: string[]): EntitySpec => ({ name, id: `country:${code}`, type: 'LOC', subtype: 'country', forms });

function events(text: string, spec: FixtureSpec = {}): EventRecord[] {
  return extractEvents(fixtureDoc(text, { published: '2024-07-12', ...spec }), ctx);
}
const names = (e: EventRecord) => e.actors.map((a) => a.name).sort();

test('"En marge du sommet" dates a meeting with the summit told earlier', () => {
  const out = events("Les dirigeants de l'Union européenne se sont réunis jeudi en sommet à Bruxelles. "
    + "En marge du sommet, Emmanuel Macron s'est entretenu pendant une demi-heure avec Olaf Scholz.", {
    entities: [{ name: 'European Union', id: 'Q458', type: 'ORG', subtype: 'io', forms: ["Union européenne"] }, per('Emmanuel Macron'), per('Olaf Scholz')],
    timexes: [['jeudi', '2024-07-11']],
  });
  const talk = out.find((e) => names(e).includes('Olaf Scholz'));
  assert.equal(talk?.date?.value, '2024-07-11');
  assert.deepEqual(names(talk!), ['Emmanuel Macron', 'Olaf Scholz']);
});

test('an occasion named with an indefinite article ("en marge d\'un sommet") borrows no earlier date', () => {
  const out = events("Les dirigeants de l'Union européenne se sont réunis jeudi en sommet à Bruxelles. "
    + "En marge d'un sommet, Emmanuel Macron s'est entretenu avec Olaf Scholz.", {
    entities: [{ name: 'European Union', id: 'Q458', type: 'ORG', subtype: 'io', forms: ["Union européenne"] }, per('Emmanuel Macron'), per('Olaf Scholz')],
    timexes: [['jeudi', '2024-07-11']],
  });
  const talk = out.find((e) => names(e).includes('Olaf Scholz'));
  assert.equal(talk?.date ?? null, null);
});

test('a reported agreement takes the date of the talks that end in it', () => {
  const out = events("Au terme de dix heures de discussions, mardi soir, le médiateur a annoncé que l'Arménie et l'Azerbaïdjan s'étaient entendus sur un texte.", {
    entities: [country('AM', 'Armenia', ['Arménie']), country('AZ', 'Azerbaijan', ['Azerbaïdjan'])],
    timexes: [['mardi soir', '2024-07-09TEV']],
  });
  const deal = out.find((e) => e.type === 'AGREE');
  assert.equal(deal?.date?.value, '2024-07-09');
});

test('"après" an event without a duration orders two events and lends no date', () => {
  const out = events("Après la visite du ministre mardi, l'Arménie et l'Azerbaïdjan ont signé un accord.", {
    entities: [country('AM', 'Armenia', ['Arménie']), country('AZ', 'Azerbaijan', ['Azerbaïdjan'])],
    timexes: [['mardi', '2024-07-09']],
  });
  assert.equal(out.find((e) => e.type === 'AGREE')?.date ?? null, null);
});

test('a year after an adjectival participle ("relations rompues en 2016") dates no event', () => {
  const out = events("Le Maroc et l'Algérie ont négocié pour rétablir des relations rompues en 2021.", {
    entities: [country('MA', 'Morocco', ['Maroc']), country('DZ', 'Algeria', ['Algérie'])],
    timexes: [['en 2021', '2021']],
  });
  assert.ok(!out.some((e) => e.date?.value === '2021'));
});

test('talks "à l\'issue de deux jours de pourparlers" end on the day of the dated reporting verb before them', () => {
  const out = events("Les délégations américaine et ukrainienne ont annoncé dimanche, à l'issue de deux jours de pourparlers à Genève, avoir élaboré un cadre de paix actualisé.", {
    entities: [country('US', 'United States', ['américaine']), country('UA', 'Ukraine', ['ukrainienne'])],
    timexes: [['dimanche', '2024-07-07']],
  });
  const talks = out.find((e) => e.type === 'CONSULT');
  assert.equal(talks?.date?.value, '2024-07-07');
});

test('a fronted "au terme de plusieurs heures d\'entretiens" takes the day its main verb is told on', () => {
  const out = events("Au terme de plusieurs heures d'entretiens entre Emmanuel Macron et Olaf Scholz, l'Élysée a annoncé mardi un renforcement de la coopération militaire.", {
    entities: [per('Emmanuel Macron'), per('Olaf Scholz')],
    timexes: [['mardi', '2024-07-09']],
  });
  const talks = out.find((e) => e.type === 'CONSULT');
  assert.equal(talks?.date?.value, '2024-07-09');
});

test('"après une nuit de discussions" names talks ending on the day its clause tells', () => {
  const out = events("Après une nuit de discussions entre Emmanuel Macron et Olaf Scholz, l'Élysée a indiqué samedi que les deux pays restaient unis.", {
    entities: [per('Emmanuel Macron'), per('Olaf Scholz')],
    timexes: [['samedi', '2024-07-06']],
  });
  const talks = out.find((e) => e.type === 'CONSULT');
  assert.equal(talks?.date?.value, '2024-07-06');
});

test('"après quatre jours de négociations" spans earlier days: the talks take no date from the clause', () => {
  const out = events("Après quatre jours de négociations entre Emmanuel Macron et Olaf Scholz, l'Élysée a indiqué samedi que les deux pays restaient unis.", {
    entities: [per('Emmanuel Macron'), per('Olaf Scholz')],
    timexes: [['samedi', '2024-07-06']],
  });
  const talks = out.find((e) => e.type === 'CONSULT');
  assert.ok(talks);
  assert.equal(talks.date ?? null, null);
});
