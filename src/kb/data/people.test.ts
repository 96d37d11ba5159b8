// Checks the people data files (src/kb/data/people-*.json) directly, without the loader:
// record shape, valid role keys and dates, unique ids, and role/date facts known for certain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KbEntry, RoleKey } from '../types.ts';

const DATA_DIR = dirname(fileURLToPath(import.meta.url));
/** The regional files written from the people brief; people-core.json belongs to the loader's owner. */
const REGIONAL_FILES = ['people-europe.json', 'people-americas.json', 'people-middle-east.json', 'people-asia-pacific.json', 'people-africa.json', 'people-io.json'];
const ROLE_KEYS: ReadonlySet<RoleKey> = new Set<RoleKey>([
  'head_of_state', 'head_of_government', 'foreign_minister', 'defence_minister', 'interior_minister', 'finance_minister',
  'spokesperson', 'chief_negotiator', 'envoy', 'diplomatic_adviser', 'secretary_general', 'president_of_org', 'leader', 'minister', 'other',
]);
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const ROLE_OF = /^(country:[A-Z]{2}|region:[A-Z]{2}-[A-Z0-9]+|Q\d+|vigie:org:[a-z0-9-]+)$/;

function load(file: string): KbEntry[] {
  return JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) as KbEntry[];
}
const regional = REGIONAL_FILES.map((file) => ({ file, entries: load(file) }));
const people = regional.flatMap((r) => r.entries);

/** A partial date as the first or the last day it can mean, for interval comparison. */
function bound(date: string | null, side: 'start' | 'end'): string {
  if (!date) return side === 'start' ? '0000-01-01' : '9999-12-31';
  if (date.length === 4) return date + (side === 'start' ? '-01-01' : '-12-31');
  if (date.length === 7) return date + (side === 'start' ? '-01' : '-31');
  return date;
}

/** Names of the people holding `role` of `of` on `date`, read straight from the data. */
function holders(role: RoleKey, of: string, date: string): string[] {
  return people
    .filter((p) => (p.roles ?? []).some((r) => r.role === role && r.of === of && bound(r.start, 'start') <= date && date < bound(r.end, 'end')))
    .map((p) => p.name);
}

test('every people-*.json file parses as an array of PER entries with an id and a name', () => {
  const files = readdirSync(DATA_DIR).filter((f) => /^people-.*\.json$/.test(f));
  assert.ok(files.length >= REGIONAL_FILES.length);
  for (const file of files) {
    const entries = load(file);
    assert.ok(Array.isArray(entries), file);
    for (const e of entries) {
      assert.equal(e.type, 'PER', `${file} ${e.id}`);
      assert.ok(typeof e.id === 'string' && e.id.length > 0, `${file}: entry without id`);
      assert.ok(typeof e.name === 'string' && e.name.length > 0, `${file} ${e.id}: no name`);
    }
  }
});

test('regional people entries have the full KbEntry person shape', () => {
  for (const { file, entries } of regional) {
    for (const e of entries) {
      const where = `${file} ${e.id}`;
      assert.match(e.id, /^(Q\d+|vigie:per:[a-z0-9-]+)$/, where);
      assert.equal(e.subtype, 'person', where);
      assert.ok((e.names.fr?.length ?? 0) > 0 && (e.names.en?.length ?? 0) > 0, `${where}: names.fr and names.en`);
      assert.ok(e.names.en!.includes(e.name), `${where}: canonical name among English names`);
      assert.ok(e.gender === 'm' || e.gender === 'f', `${where}: gender`);
      if (e.country != null) assert.match(e.country, /^country:[A-Z]{2}$/, where);
      if (e.wikidata != null) assert.match(e.wikidata, /^Q\d+$/, where);
      assert.ok((e.roles?.length ?? 0) > 0, `${where}: no roles`);
    }
  }
});

test('every regional role has a valid key, holder id, dates and a start before its end', () => {
  for (const { file, entries } of regional) {
    for (const e of entries) {
      for (const r of e.roles ?? []) {
        const where = `${file} ${e.id} ${r.role}@${r.of}`;
        assert.ok(ROLE_KEYS.has(r.role), where);
        assert.match(r.of, ROLE_OF, where);
        if (r.start !== null) assert.match(r.start, DATE, where);
        if (r.end !== null) assert.match(r.end, DATE, where);
        assert.ok(bound(r.start, 'start') <= bound(r.end, 'end'), `${where}: start after end`);
      }
    }
  }
});

test('ids are unique across the regional people files', () => {
  const seen = new Map<string, string>();
  for (const { file, entries } of regional) {
    for (const e of entries) {
      assert.ok(!seen.has(e.id), `${e.id} in ${file} and ${seen.get(e.id)}`);
      seen.set(e.id, file);
    }
  }
});

test('the regional files hold at least 900 people', () => {
  assert.ok(people.length >= 900, String(people.length));
});

// Role/date facts, each with exactly one holder on the given day.
const FACTS: [RoleKey, string, string, string][] = [
  ['head_of_state', 'country:US', '2023-06-01', 'Joe Biden'],
  ['head_of_state', 'country:US', '2025-03-01', 'Donald Trump'],
  ['head_of_government', 'country:DE', '2025-06-01', 'Friedrich Merz'],
  ['head_of_government', 'country:DE', '2024-06-01', 'Olaf Scholz'],
  ['foreign_minister', 'country:US', '2025-02-01', 'Marco Rubio'],
  ['foreign_minister', 'country:US', '2024-02-01', 'Antony Blinken'],
  ['head_of_government', 'country:GB', '2022-10-01', 'Liz Truss'],
  ['head_of_government', 'country:GB', '2023-06-01', 'Rishi Sunak'],
  ['head_of_government', 'country:GB', '2025-01-01', 'Keir Starmer'],
  ['head_of_state', 'country:GB', '2022-06-01', 'Elizabeth II'],
  ['head_of_state', 'country:GB', '2023-06-01', 'Charles III'],
  ['head_of_government', 'country:FR', '2023-03-01', 'Élisabeth Borne'],
  ['head_of_government', 'country:FR', '2024-03-01', 'Gabriel Attal'],
  ['head_of_government', 'country:FR', '2024-10-15', 'Michel Barnier'],
  ['head_of_government', 'country:FR', '2025-03-01', 'François Bayrou'],
  ['foreign_minister', 'country:FR', '2023-05-01', 'Catherine Colonna'],
  ['foreign_minister', 'country:FR', '2024-05-01', 'Stéphane Séjourné'],
  ['defence_minister', 'country:FR', '2023-06-01', 'Sébastien Lecornu'],
  ['defence_minister', 'country:UA', '2023-01-01', 'Oleksii Reznikov'],
  ['defence_minister', 'country:UA', '2024-06-01', 'Rustem Umerov'],
  ['foreign_minister', 'country:UA', '2023-06-01', 'Dmytro Kuleba'],
  ['foreign_minister', 'country:UA', '2025-01-01', 'Andrii Sybiha'],
  ['head_of_state', 'country:BR', '2022-06-01', 'Jair Bolsonaro'],
  ['head_of_state', 'country:BR', '2024-06-01', 'Luiz Inácio Lula da Silva'],
  ['head_of_state', 'country:AR', '2024-06-01', 'Javier Milei'],
  ['head_of_government', 'country:IT', '2022-06-01', 'Mario Draghi'],
  ['head_of_government', 'country:IT', '2023-06-01', 'Giorgia Meloni'],
  ['head_of_state', 'country:IR', '2023-06-01', 'Ebrahim Raisi'],
  ['head_of_state', 'country:IR', '2025-01-01', 'Masoud Pezeshkian'],
  ['foreign_minister', 'country:IR', '2025-01-01', 'Abbas Araghchi'],
  ['head_of_state', 'country:SY', '2023-01-01', 'Bashar al-Assad'],
  ['head_of_government', 'country:IL', '2022-09-01', 'Yair Lapid'],
  ['foreign_minister', 'country:IL', '2024-06-01', 'Israel Katz'],
  ['defence_minister', 'country:IL', '2024-06-01', 'Yoav Gallant'],
  ['head_of_state', 'country:PL', '2024-06-01', 'Andrzej Duda'],
  ['head_of_government', 'country:JP', '2023-06-01', 'Fumio Kishida'],
  ['head_of_government', 'country:JP', '2025-03-01', 'Shigeru Ishiba'],
  ['head_of_state', 'country:KR', '2023-06-01', 'Yoon Suk Yeol'],
  ['head_of_government', 'country:CA', '2024-06-01', 'Justin Trudeau'],
  ['head_of_state', 'country:SN', '2023-06-01', 'Macky Sall'],
  ['head_of_state', 'country:SN', '2024-06-01', 'Bassirou Diomaye Faye'],
  ['head_of_state', 'country:CH', '2023-06-01', 'Alain Berset'],
  ['head_of_state', 'country:CH', '2024-06-01', 'Viola Amherd'],
  ['secretary_general', 'Q7184', '2023-06-01', 'Jens Stoltenberg'],
  ['secretary_general', 'Q7184', '2025-01-01', 'Mark Rutte'],
  ['president_of_org', 'vigie:org:european-commission', '2023-06-01', 'Ursula von der Leyen'],
  ['secretary_general', 'Q1065', '2024-01-01', 'António Guterres'],
];

for (const [role, of, date, name] of FACTS) {
  test(`${role} of ${of} on ${date} is ${name}`, () => {
    assert.deepEqual(holders(role, of, date), [name]);
  });
}

test('a role ending on a day is no longer held that day (Scholz → Merz on 2025-05-06)', () => {
  assert.deepEqual(holders('head_of_government', 'country:DE', '2025-05-06'), ['Friedrich Merz']);
});
