// Agentless passive releases, readiness to accept a proposal, tariffs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventRecord } from '../../core/document.ts';
import { country, fixtureEvents, person as per, type EntitySpec } from './testing.ts';

const hamas: EntitySpec = { name: 'Hamas', id: 'local:hamas', type: 'ORG', forms: ['Hamas'] };

const events = fixtureEvents('2023-11-25');
const role = (e: EventRecord | undefined, r: string) => (e?.actors ?? []).filter((a) => a.role === r).map((a) => a.name).sort();

test('an agentless passive release is held by the other side of the truce told with it, and dated by it', () => {
  const text = "Une trêve est entrée en vigueur vendredi entre Israël et le Hamas, et un premier groupe de treize otages israéliens a été libéré dans l'après-midi.";
  const e = events(text, { entities: [country('IL', ['Israël']), hamas], timexes: [['vendredi', '2023-11-24']] }).find((x) => x.type === 'RETREAT');
  assert.equal(e?.mode, 'release');
  assert.deepEqual(role(e, 'source'), ['Hamas']);
  assert.deepEqual(role(e, 'target'), ['Israel']);
  assert.equal(e?.date?.value, '2023-11-24');
});

test('captives handed over before the two sides are named in the sentence still take the holder from them', () => {
  const text = "Trois otages israéliennes ont été remises dimanche à la Croix-Rouge, quelques heures après l'entrée en vigueur d'un cessez-le-feu entre Israël et le Hamas.";
  const e = events(text, { entities: [country('IL', ['Israël']), hamas], timexes: [['dimanche', '2025-01-19']] }).find((x) => x.type === 'RETREAT');
  assert.deepEqual(role(e, 'source'), ['Hamas']);
  assert.equal(e?.date?.value, '2025-01-19');
});

test('a later release of the same captives keeps the holder told before', () => {
  const text = "Une trêve est entrée en vigueur vendredi entre Israël et le Hamas, et treize otages israéliens ont été libérés. "
    + 'Des prisonniers palestiniens ont été relâchés par Israël. Un deuxième groupe d\'otages doit être libéré samedi.';
  const list = events(text, { entities: [country('IL', ['Israël']), hamas], timexes: [['vendredi', '2023-11-24'], ['samedi', '2023-11-25']] });
  const e = list.find((x) => x.type === 'RETREAT' && x.date?.value === '2023-11-25');
  assert.deepEqual(role(e, 'source'), ['Hamas']);
  assert.equal(e?.status, 'planned');
});

test('the agent after "par" releases the captives', () => {
  const e = events('Des prisonniers palestiniens ont été relâchés samedi par Israël.', { entities: [country('IL', ['Israël'])], timexes: [['samedi', '2023-11-25']] })
    .find((x) => x.type === 'RETREAT');
  assert.deepEqual(role(e, 'source'), ['Israel']);
});

test('a passive release with no holder in context records no event', () => {
  const list = events('Dix otages ont été libérés vendredi.', { timexes: [['vendredi', '2023-11-24']] });
  assert.equal(list.length, 0);
});

test('"s\'est dite prête à accepter la proposition" is an AGREE of the accepting side', () => {
  const e = events("L'Ukraine s'est dite prête à accepter mardi la proposition américaine d'un cessez-le-feu de 30 jours.", {
    entities: [country('UA', ['Ukraine'])], timexes: [['mardi', '2025-03-11']],
  }).find((x) => x.type === 'AGREE');
  assert.deepEqual(role(e, 'source'), ['Ukraine']);
  assert.notEqual(e?.status, 'proposed');
});

test('announcing tariffs is a SANCTION', () => {
  const e = events('Le 2 avril, Donald Trump avait annoncé des droits de douane « réciproques » visant la plupart des partenaires commerciaux.', {
    entities: [per('Donald Trump')], timexes: [['Le 2 avril', '2025-04-02']],
  }).find((x) => x.type === 'SANCTION');
  assert.deepEqual(role(e, 'source'), ['Donald Trump']);
  assert.equal(e?.date?.value, '2025-04-02');
});

test('suspending tariffs is no new SANCTION', () => {
  const list = events("Les Etats-Unis et la Chine ont annoncé lundi un accord pour suspendre pendant 90 jours l'essentiel des droits de douane.", {
    entities: [country('US', ['Etats-Unis']), country('CN', ['Chine'])], timexes: [['lundi', '2025-05-12']],
  });
  assert.ok(!list.some((x) => x.type === 'SANCTION'));
});
