import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldForm } from '../../core/normalize.ts';
import type { KbEntry, RoleKey } from '../../kb/types.ts';
import { dayNumber } from '../../core/calendar.ts';
import { eraConstraint, eraIndexFromEntries } from './era.ts';

const person = (name: string, title: string, start: string, end: string | null, fr: string[] = []): KbEntry => ({
  id: `vigie:per:${name}`, type: 'PER', subtype: 'person', name, names: { fr },
  roles: [{ role: 'head_of_government' as RoleKey, of: 'country:XX', title: { fr: title }, start, end }],
});

const index = eraIndexFromEntries([
  person('Karl Nehammer', 'chancelier d’Autriche', '2021-12-06', '2025-03-03'),
  person('Li Qiang', 'Premier ministre de la Chine', '2023-03-11', null),
]);

test('a titled officeholder named in the text bounds the era to their term', () => {
  const era = eraConstraint(foldForm('Le chancelier autrichien Karl Nehammer a reçu son homologue à Vienne.'), index)!;
  assert.ok(era);
  assert.equal(era(dayNumber(2023, 5, 1)), true);
  assert.equal(era(dayNumber(2025, 6, 1)), false);
});

test('a full name whose first word is short is found too ("Li Qiang")', () => {
  const era = eraConstraint(foldForm('Le Premier ministre Li Qiang est attendu à Paris.'), index)!;
  assert.ok(era);
  assert.equal(era(dayNumber(2022, 1, 1)), false);
});

test('a name without its title sets no era', () => {
  assert.equal(eraConstraint(foldForm('Karl Nehammer a quitté la salle.'), index), null);
});
