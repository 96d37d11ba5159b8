import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonBody, JSONList } from './json.ts';

const summit = { id: 'ev-1', type: 'CONSULT', date: { value: '2025-08-15', text: 'vendredi' }, mentions: [{ doc: 'a', evidence: { text: 'Donald Trump et Vladimir Poutine se sont rencontrés vendredi en Alaska' } }] };

test('a body with a list of JSON texts is the same text JSON.stringify gives', () => {
  const fields = { total: 2, limit: 50, offset: 0, note: undefined, items: [summit, { id: 'ev-2', place: null }] };
  assert.equal(jsonBody({ ...fields, items: new JSONList(fields.items.map((e) => JSON.stringify(e))) }), JSON.stringify(fields));
  assert.equal(jsonBody({ q: 'Poutine «sommet»', events: new JSONList([]) }), JSON.stringify({ q: 'Poutine «sommet»', events: [] }));
});
