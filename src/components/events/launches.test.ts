// Strikes told by what was launched ("a lancé 728 drones et 13 missiles sur l'Ukraine"), not by an attack noun;
// a programme, a production line or a test of drones or missiles is no strike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureEvents, country } from './testing.ts';

const events = fixtureEvents('2025-07-09T10:00:00Z');
const RU = country('RU', ['Russie']);
const UA = country('UA', ['Ukraine', 'Kiev']);

test('"a lancé 540 drones et 11 missiles sur l\'Ukraine" is a strike by Russia on Ukraine', () => {
  const evs = events("Dans la nuit de lundi à mardi, la Russie a lancé 540 drones et 11 missiles sur l'Ukraine, selon l'armée de l'air.", { entities: [RU, UA], timexes: [['Dans la nuit de lundi à mardi', '2025-07-07TNI']] });
  const strike = evs.find((e) => e.type === 'ASSAULT');
  assert.ok(strike);
  assert.deepEqual(strike.actors.map((a) => a.name).sort(), ['Russia', 'Ukraine']);
});

test('"a lancé une salve de missiles sur Kiev" is a strike', () => {
  const evs = events('Mardi, la Russie a lancé une salve de missiles sur Kiev.', { entities: [RU, UA], timexes: [['Mardi', '2025-07-08']] });
  assert.ok(evs.some((e) => e.type === 'ASSAULT' && e.date?.value === '2025-07-08'));
});

test('"a lancé un programme de drones" is no strike', () => {
  assert.ok(!events('Mardi, la Russie a lancé un programme de drones.', { entities: [RU], timexes: [['Mardi', '2025-07-08']] }).some((e) => e.type === 'ASSAULT'));
});

test('"a lancé la production de missiles" is no strike', () => {
  assert.ok(!events("Mardi, l'Ukraine a lancé la production de missiles de croisière.", { entities: [UA], timexes: [['Mardi', '2025-07-08']] }).some((e) => e.type === 'ASSAULT'));
});
