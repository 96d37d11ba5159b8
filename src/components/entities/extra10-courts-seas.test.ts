// Entities on eval/extra10 errors: a capitalised adjective opening an organisation's name
// ("Haute Cour de Londres") and the seas, gulfs and straits of world news.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document } from '../../core/document.ts';
import { entityAnalyser } from './testing.ts';

const analyse = entityAnalyser('2024-03-01');
const names = (doc: Document) => doc.entities.map((e) => e.name);
const typed = (doc: Document, name: string) => doc.entities.find((e) => e.name === name || e.aliases.includes(name))?.type ?? null;

test('"Haute Cour de Londres": the adjective belongs to the court\'s name', () => {
  const doc = analyse("La Haute Cour de Londres a rejeté mardi l'appel de l'éditeur.");
  assert.ok(names(doc).includes('Haute Cour de Londres'), JSON.stringify(names(doc)));
  assert.ok(!names(doc).includes('Cour de Londres'));
});

test('"Grand Conseil" opens an organisation name like its head noun', () => {
  const doc = analyse('Le Grand Conseil de Vaud a adopté le budget après trois jours de débats.');
  assert.equal(typed(doc, 'Grand Conseil de Vaud'), 'ORG', JSON.stringify(names(doc)));
});

test('a lower-case "haute" before a court is not taken into the name', () => {
  const doc = analyse("Le dossier remonte désormais à la très haute Cour de cassation.");
  assert.ok(!names(doc).some((n) => /haute/i.test(n)), JSON.stringify(names(doc)));
});

for (const [sentence, sea] of [
  ['Le missile est tombé en mer du Japon après un vol de quarante minutes.', 'Sea of Japan'],
  ['Des navires chinois ont été repérés en mer Jaune, selon Séoul.', 'Yellow Sea'],
  ['Les garde-côtes ont secouru 40 migrants en mer Adriatique.', 'Adriatic Sea'],
  ['Les pirates ont attaqué un pétrolier dans le golfe de Guinée.', 'Gulf of Guinea'],
  ['Le trafic a repris dans le détroit de Malacca.', 'Strait of Malacca'],
] as const) {
  test(`a sea, gulf or strait is a place: ${sea}`, () => {
    assert.equal(typed(analyse(sentence), sea), 'LOC');
  });
}
