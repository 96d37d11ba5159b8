// Parties of talks and deals (one-sided talks, mediators, hosts), attitude verbs, background dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createContext } from '../../core/pipeline.ts';
import type { EventRecord } from '../../core/document.ts';
import { extractEvents } from './index.ts';
import { fixtureDoc, type EntitySpec, type FixtureSpec } from './testing.ts';

const ctx = createContext({ eventsWithoutKb: true });
const per = (name: string, forms?: string[]): EntitySpec => ({ name, type: 'PER', forms });
const country = (code: string, name: string, forms?: string[]): EntitySpec => ({ name, type: 'LOC', id: `country:${code}`, subtype: 'country', forms });

function events(text: string, spec: FixtureSpec = {}): EventRecord[] {
  return extractEvents(fixtureDoc(text, { published: '2025-03-12', ...spec }), ctx);
}
const names = (e: EventRecord | undefined) => (e?.actors ?? []).map((a) => a.name).sort();

test('talks with a single actor keep no date', () => {
  const list = events("Après six heures de discussions lundi à Genève, l'Arménie s'est dite prête à signer le texte.", {
    entities: [country('AM', 'Arménie')], timexes: [['lundi', '2025-03-10']],
  });
  const talks = list.find((e) => e.type === 'CONSULT');
  assert.ok(talks);
  assert.equal(talks.date, null);
});

test('talks take the parties of the agreement the sentence reports, the announcer mediating', () => {
  const list = events("Au terme de dix heures de discussions, dimanche soir, le médiateur Miroslav Lajčák a annoncé que l'Arménie et l'Azerbaïdjan s'étaient entendus sur un calendrier.", {
    entities: [per('Miroslav Lajčák'), country('AM', 'Arménie'), country('AZ', 'Azerbaïdjan')], timexes: [['dimanche soir', '2025-03-09TEV']],
  });
  const talks = list.find((e) => e.type === 'CONSULT');
  assert.deepEqual(names(talks), ['Arménie', 'Azerbaïdjan']);
  assert.equal(talks?.mode, 'third-party');
  assert.equal(talks?.date?.value, '2025-03-09');
});

test('a deal concluded under a mediator is the deal of the parties told just before', () => {
  const list = events("Une trêve de cinq jours entre Israël et le Hamas est entrée en vigueur vendredi. L'accord, conclu jeudi sous l'égide de l'Égypte, prévoit un échange de prisonniers.", {
    entities: [country('IL', 'Israël'), { name: 'Hamas', type: 'ORG' }, country('EG', 'Égypte')], timexes: [['vendredi', '2025-03-07'], ['jeudi', '2025-03-06']],
  });
  const deal = list.find((e) => e.type === 'AGREE');
  assert.deepEqual(names(deal), ['Hamas', 'Israël']);
});

test('a country hosting talks between two others is no party to them', () => {
  const list = events('La Turquie a accueilli mardi à Istanbul une rencontre entre responsables russes et ukrainiens.', {
    entities: [country('TR', 'Turquie'), { name: 'Istanbul', type: 'LOC', subtype: 'city' }], timexes: [['mardi', '2025-03-11']],
  });
  const talks = list.find((e) => e.type === 'CONSULT');
  assert.ok(talks && !names(talks).includes('Turquie'), JSON.stringify(names(talks)));
  assert.equal(talks?.mode, 'third-party');
});

test('a wish to meet is proposed, not occurred', () => {
  const list = events('Le chancelier Friedrich Merz a dit espérer rencontrer Xi Jinping la semaine prochaine.', {
    entities: [per('Friedrich Merz'), per('Xi Jinping')], timexes: [['la semaine prochaine', '2025-W12']],
  });
  assert.equal(list.find((e) => e.type === 'CONSULT')?.status, 'proposed');
});

test('a date in apposition to a "depuis" phrase does not date the main event', () => {
  const list = events("Pour la première fois depuis le début de la guerre, le 3 avril, une trêve entre la Russie et l'Ukraine est entrée en vigueur samedi matin.", {
    entities: [country('RU', 'Russie'), country('UA', 'Ukraine')], timexes: [['le 3 avril', '2024-04-03'], ['samedi matin', '2025-03-08TMO']],
  });
  assert.deepEqual(list.filter((e) => e.date).map((e) => e.date!.value), ['2025-03-08']);
});

test('a withdrawal from an agreement is a retreat dated by its own date, the agreement by its own', () => {
  const list = events("Les États-Unis s'étaient retirés le 8 mai de l'accord conclu en 2015 à Vienne.", {
    entities: [country('US', 'États-Unis')], timexes: [['le 8 mai', '2018-05-08'], ['2015', '2015']],
  });
  assert.equal(list.find((e) => e.type === 'RETREAT')?.date?.value, '2018-05-08');
  assert.ok(!list.some((e) => e.type === 'AGREE' && e.date?.value === '2018-05-08'));
});

test('a year hanging on a noun ("l\'accord international de 2015") does not date a trigger before it', () => {
  const list = events("Téhéran réclame la levée des sanctions, rétablies lorsque Washington s'était retiré de l'accord international de 2015.", {
    entities: [{ name: 'Téhéran', type: 'LOC', subtype: 'city', actor: { entity: 'country:IR', name: 'Iran' } }, { name: 'Washington', type: 'LOC', subtype: 'city', actor: { entity: 'country:US', name: 'United States' } }],
    timexes: [['2015', '2015']],
  });
  const retreat = list.find((e) => e.type === 'RETREAT');
  assert.ok(retreat);
  assert.equal(retreat.date, null);
});
