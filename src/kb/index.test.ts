import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countryOfDemonym, kbStats, loadKnowledgeBase, lookupName, roleActiveOn, roleHolders } from './index.ts';

const kb = loadKnowledgeBase();

test('the knowledge base holds at least 1,500 entries of every type', () => {
  const s = kbStats(kb);
  assert.ok(s.entries >= 1500, `only ${s.entries} entries`);
  assert.ok(s.byType.LOC > 400 && s.byType.ORG > 250 && s.byType.PER > 40);
});

test('every UN member is a country with a French name and demonyms', () => {
  for (const id of ['country:RU', 'country:UA', 'country:US', 'country:SA', 'country:KP', 'country:TV', 'country:ZW']) {
    const e = kb.byId.get(id)!;
    assert.equal(e.subtype, 'country', id);
    assert.ok((e.demonyms?.fr?.length ?? 0) >= 2, `${id} has no demonyms`);
  }
});

test('French name variants and exonyms resolve to their country', () => {
  assert.equal(lookupName(kb, 'Etats-Unis')[0].id, 'country:US');
  assert.equal(lookupName(kb, 'Biélorussie')[0].id, 'country:BY');
  assert.equal(lookupName(kb, 'Bélarus')[0].id, 'country:BY');
  assert.equal(lookupName(kb, 'Türkiye')[0].id, 'country:TR');
  assert.equal(lookupName(kb, 'RDC')[0].id, 'country:CD');
  assert.equal(lookupName(kb, 'Tchéquie')[0].id, 'country:CZ');
});

test('capitals stand for their country (metonymy)', () => {
  assert.equal(lookupName(kb, 'Moscou')[0].metonymOf, 'country:RU');
  assert.equal(lookupName(kb, 'Kyïv')[0].metonymOf, 'country:UA');
  assert.equal(lookupName(kb, 'Kremlin')[0].metonymOf, 'country:RU');
  assert.equal(lookupName(kb, 'Élysée')[0].metonymOf, 'country:FR');
});

test('demonyms in all four forms name their country', () => {
  for (const w of ['ukrainien', 'ukrainienne', 'ukrainiens', 'ukrainiennes']) assert.equal(countryOfDemonym(kb, w), 'country:UA');
  assert.equal(countryOfDemonym(kb, 'Américaines'), 'country:US');
  assert.equal(countryOfDemonym(kb, 'saoudien'), 'country:SA');
  assert.equal(countryOfDemonym(kb, 'turque'), 'country:TR');
  assert.equal(countryOfDemonym(kb, 'table'), null);
});

test('acronyms are indexed case-sensitively', () => {
  assert.equal(kb.byAcronym.get('OTAN')?.[0].id, 'Q7184');
  assert.equal(kb.byAcronym.get('FSB')?.[0].name, 'Federal Security Service');
  assert.equal(kb.byAcronym.get('otan'), undefined);
});

test('role holders change with the date', () => {
  const holder = (role: Parameters<typeof roleHolders>[1], of: string, date: string) => roleHolders(kb, role, of, date).map((e) => e.name);
  assert.deepEqual(holder('head_of_state', 'country:US', '2023-06-01'), ['Joe Biden']);
  assert.deepEqual(holder('head_of_state', 'country:US', '2025-08-07'), ['Donald Trump']);
  assert.ok(holder('head_of_government', 'country:DE', '2025-05-05').includes('Olaf Scholz'));
  assert.ok(holder('head_of_government', 'country:DE', '2025-05-06').includes('Friedrich Merz'));
});

test('a role ends the day its successor takes office', () => {
  assert.equal(roleActiveOn({ start: '2021-01-26', end: '2025-01-20' }, '2025-01-20'), false);
  assert.equal(roleActiveOn({ start: '2021-01-26', end: '2025-01-20' }, '2025-01-19'), true);
  assert.equal(roleActiveOn({ start: '2025-01-21', end: null }, '2025-01-20'), false);
  assert.equal(roleActiveOn({ start: '2024', end: null }, '2024-03-01'), true);
});

test('a user file adds names and roles to an existing id and new entries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-kb-'));
  const file = join(dir, 'mine.json');
  writeFileSync(file, JSON.stringify([
    { id: 'Q7747', type: 'PER', subtype: 'person', name: 'Vladimir Putin', names: { fr: ['V. Poutine'] } },
    { id: 'vigie:per:jeanne-testeuse', type: 'PER', subtype: 'person', name: 'Jeanne Testeuse', names: { fr: ['Jeanne Testeuse'] } },
  ]));
  const mine = loadKnowledgeBase([file]);
  assert.equal(lookupName(mine, 'V. Poutine')[0].id, 'Q7747');
  assert.ok(lookupName(mine, 'Poutine').length >= 1, 'earlier names are kept');
  assert.equal(lookupName(mine, 'Jeanne Testeuse')[0].id, 'vigie:per:jeanne-testeuse');
});

test('a broken user file is reported, not thrown', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-kb-'));
  const file = join(dir, 'broken.json');
  writeFileSync(file, '{ not json');
  const mine = loadKnowledgeBase([file, join(dir, 'missing.json')]);
  assert.equal(mine.problems.length, 2);
  assert.ok(mine.entries.length >= 1500);
});
