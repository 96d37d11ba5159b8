// An event named as the cause of another ("en réaction à l'invasion", "en réponse à", "en représailles à") happened
// before it: it does not take the date of the clause that tells the reaction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureEvents, country, type EntitySpec } from './testing.ts';

const events = fixtureEvents('2024-02-20T10:00:00Z');
const RU = country('RU', ['Russie', 'russe']);
const UA = country('UA', ['Ukraine']);
const SE: EntitySpec = { name: 'Sweden', id: 'country:SE', type: 'LOC', subtype: 'country', forms: ['Suède'] };

test('"en réaction à l\'invasion russe" does not date the invasion by the candidacy\'s month', () => {
  const evs = events("La Suède avait déposé sa candidature en mai 2022, en réaction à l'invasion russe de l'Ukraine.", { entities: [SE, RU, UA], timexes: [['mai 2022', '2022-05']] });
  assert.ok(!evs.some((e) => e.type === 'ASSAULT' && e.date?.value === '2022-05'));
});

test('a strike told with its own day keeps it ("a frappé samedi l\'Iran en riposte à")', () => {
  const IR: EntitySpec = { name: 'Iran', id: 'country:IR', type: 'LOC', subtype: 'country', forms: ['Iran', 'iranienne'] };
  const IL = country('IL', ['Israël']);
  const evs = events("Israël a frappé samedi l'Iran en riposte à l'attaque iranienne du 1er octobre.", { entities: [IL, IR], timexes: [['samedi', '2024-02-17'], ['1er octobre', '2023-10-01']] });
  assert.ok(evs.some((e) => e.type === 'ASSAULT' && e.date?.value === '2024-02-17'));
});
