// Status of a request: the request is made; what it asks for is requested.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createContext } from '../../core/pipeline.ts';
import type { EventRecord } from '../../core/document.ts';
import { extractEvents } from './index.ts';
import { fixtureDoc, type FixtureSpec } from './testing.ts';

const ctx = createContext({ eventsWithoutKb: true });
function events(text: string, spec: FixtureSpec = {}): EventRecord[] {
  return extractEvents(fixtureDoc(text, { published: '2025-03-12', ...spec }), ctx);
}

test('a request told in the past has occurred', () => {
  const text = "Le secrétaire général de l'ONU a réclamé mardi l'ouverture immédiate des points de passage.";
  const e = events(text, { entities: [{ name: 'ONU', type: 'ORG' }], timexes: [['mardi', '2025-03-11']] }).find((x) => x.type === 'REQUEST');
  assert.equal(e?.status, 'occurred');
});
