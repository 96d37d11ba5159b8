import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonBody, JSONList } from './json.ts';

const summit = { id: 'ev-1', type: 'CONSULT', date: { value: '2025-08-15', text: 'vendredi' }, mentions: [{ doc: 'a', evidence: { text: 'Donald Trump et Vladimir Poutine se sont rencontrés vendredi en Alaska' } }] };
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

test('a body with a list of JSON texts is the UTF-8 of the text JSON.stringify gives', () => {
  const fields = { total: 2, limit: 50, offset: 0, note: undefined, items: [summit, { id: 'ev-2', place: null }] };
  assert.equal(text(jsonBody({ ...fields, items: JSONList.of(fields.items.map((e) => JSON.stringify(e))) })), JSON.stringify(fields));
  assert.equal(text(jsonBody({ q: 'Poutine «sommet»', events: JSONList.of([]) })), JSON.stringify({ q: 'Poutine «sommet»', events: [] }));
});

test('fields after a list and a list given first are written in their order', () => {
  const fields = { events: [summit], q: 'sommet', total: 1 };
  assert.equal(text(jsonBody({ events: JSONList.of([JSON.stringify(summit)]), q: 'sommet', total: 1 })), JSON.stringify(fields));
});
