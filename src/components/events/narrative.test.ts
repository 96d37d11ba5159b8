import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createContext } from '../../core/pipeline.ts';
import type { EventRecord } from '../../core/document.ts';
import { extractEvents } from './index.ts';
import { COUNTRY, fixtureDoc, type EntitySpec, type FixtureSpec } from './testing.ts';

const ctx = createContext({ eventsWithoutKb: true });
const per = (name: string, forms?: string[]): EntitySpec => ({ name, type: 'PER', forms });
const city = (name: string, actor?: keyof typeof COUNTRY): EntitySpec => ({ name, type: 'LOC', subtype: 'city', actor: actor ? COUNTRY[actor] : undefined });

function events(text: string, spec: FixtureSpec = {}): EventRecord[] {
  return extractEvents(fixtureDoc(text, { published: '2025-03-12', ...spec }), ctx);
}

const meeting = 'Emmanuel Macron a rencontré mardi Olaf Scholz à Berlin.';
const people = [per('Emmanuel Macron'), per('Olaf Scholz'), city('Berlin')];

test('an undated action in the next sentence sharing an actor takes the date of the occasion', () => {
  const list = events(`${meeting} Olaf Scholz a salué l'initiative d'Emmanuel Macron.`, {
    entities: people, timexes: [['mardi', '2025-03-11']],
  });
  assert.equal(list.find((e) => e.type === 'SUPPORT')?.date?.value, '2025-03-11');
});

test('a pluperfect continuation is background and keeps no date', () => {
  const list = events(`${meeting} Olaf Scholz avait salué l'initiative française.`, {
    entities: people, timexes: [['mardi', '2025-03-11']],
  });
  assert.equal(list.find((e) => e.type === 'SUPPORT')?.date ?? null, null);
});

test('a continuation with no shared actor and no pointer back keeps no date', () => {
  const list = events(`${meeting} Pékin a salué l'initiative française.`, {
    entities: [...people, city('Pékin', 'CN')], timexes: [['mardi', '2025-03-11']],
  });
  assert.equal(list.find((e) => e.type === 'SUPPORT')?.date ?? null, null);
});

test('the clause after a colon continues the dated clause before it', () => {
  const list = events('Xi Jinping a rencontré lundi Vladimir Poutine à Moscou : il a exhorté Vladimir Poutine à négocier.', {
    entities: [per('Xi Jinping'), per('Vladimir Poutine'), city('Moscou', 'RU')], timexes: [['lundi', '2025-03-10']],
  });
  assert.equal(list.find((e) => e.type === 'REQUEST')?.date?.value, '2025-03-10');
});

test('quoted speech does not take the narrative date', () => {
  const list = events(`${meeting} « Olaf Scholz a salué notre initiative », a dit Emmanuel Macron.`, {
    entities: people, timexes: [['mardi', '2025-03-11']],
  });
  assert.equal(list.find((e) => e.type === 'SUPPORT')?.date ?? null, null);
});

test('rejecting "ces conditions" targets the author of the demand told just before', () => {
  const list = events('Vladimir Poutine a fixé vendredi ses conditions. Emmanuel Macron a rejeté ces conditions.', {
    entities: [per('Vladimir Poutine'), per('Emmanuel Macron')], timexes: [['vendredi', '2025-03-07']],
  });
  const e = list.find((x) => x.type === 'REJECT')!;
  assert.deepEqual(e.actors.map((a) => `${a.name}:${a.role}`), ['Emmanuel Macron:source', 'Vladimir Poutine:target']);
});
