import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildNetwork, mainType } from './network.ts';

const trump = { entity: 'Q22686', name: 'Donald Trump' };
const putin = { entity: 'Q7747', name: 'Vladimir Putin' };
const zelensky = { entity: 'Q3874799', name: 'Volodymyr Zelensky' };

test('a summit and a phone call between the same two leaders make one edge of weight 2', () => {
  const net = buildNetwork([
    { id: 'e1', type: 'CONSULT', actors: [{ ...trump, role: 'participant' }, { ...putin, role: 'participant' }] },
    { id: 'e2', type: 'CONSULT', actors: [{ ...putin, role: 'source' }, { ...trump, role: 'target' }] },
  ]);
  assert.equal(net.edges.length, 1);
  assert.equal(net.edges[0].weight, 2);
  assert.equal(mainType(net.edges[0]), 'CONSULT');
});

test('sources link to targets only, not to each other', () => {
  const net = buildNetwork([{ id: 'e1', type: 'ACCUSE', actors: [{ ...zelensky, role: 'source' }, { entity: 'country:UA', name: 'Ukraine', role: 'source' }, { ...putin, role: 'target' }] }]);
  assert.equal(net.edges.length, 2);
  assert.ok(net.edges.every((e) => e.source === 'Q7747' || e.target === 'Q7747'));
});

test('an event with a single actor adds no node', () => {
  const net = buildNetwork([{ id: 'e1', type: 'MOBILIZE', actors: [{ ...putin, role: 'source' }] }]);
  assert.deepEqual(net, { nodes: [], edges: [] });
});
