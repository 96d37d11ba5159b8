import { test } from 'node:test';
import assert from 'node:assert/strict';
import { langData } from './lang.ts';

test('langData reads a src/lang/fr file once and hands back the same object', () => {
  const particles = langData<{ particles: string[] }>('name-particles.json');
  assert.ok(particles.particles.includes('von'));
  assert.equal(langData('name-particles.json'), particles);
});
