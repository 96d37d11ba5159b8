// Entities on eval/extra11 errors, on sentences of our own: peacekeeping missions and regional bodies
// of the Americas, Kosovo parties, disputed reefs and Kivu towns (KB), the bare "Assemblée générale",
// airlines, generic electoral commissions, the Quds Force, English-style organisation names ending with their head ("Stop Trump Coalition") and
// "l'aéroport international de X".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document } from '../../core/document.ts';
import { entityAnalyser } from './testing.ts';

const analyse = entityAnalyser('2024-03-01');
const names = (doc: Document) => doc.entities.map((e) => e.name);
const typeOf = (doc: Document, name: string) => doc.entities.find((e) => e.name === name)?.type ?? null;

for (const [sentence, name, type] of [
  ['Des soldats de la Kfor ont été déployés autour du pont de Mitrovica.', 'KFOR', 'ORG'],
  ['Les casques bleus de la Minusca patrouillent à Bangui depuis dix ans.', 'MINUSCA', 'ORG'],
  ['Les dirigeants de la Communauté des Caraïbes se réunissent à Georgetown.', 'Caribbean Community', 'ORG'],
  ["L'Organisation des États américains a dénoncé des irrégularités.", 'Organization of American States', 'ORG'],
  ['Le maire de Mitrovica-Nord, membre de la Liste serbe, a démissionné.', 'Serb List', 'ORG'],
  ['Un navire de ravitaillement a été bloqué près du récif de Scarborough.', 'Scarborough Shoal', 'LOC'],
  ["Les rebelles se sont emparés de Rutshuru, dans l'est du pays.", 'Rutshuru', 'LOC'],
  ['Un appareil de Royal Air Maroc a dû se dérouter vers Malaga.', 'Royal Air Maroc', 'ORG'],
  ['Selon la Commission électorale centrale, la participation a atteint 52 %.', 'Central Election Commission', 'ORG'],
  ['Un haut gradé de la force Al-Qods a été tué dans la frappe.', 'Quds Force', 'ORG'],
] as const) {
  test(`${name} in: ${sentence}`, () => {
    const doc = analyse(sentence);
    assert.equal(typeOf(doc, name), type, JSON.stringify(names(doc)));
  });
}

test('the bare "Assemblée générale" is the UN\'s', () => {
  const doc = analyse("Le chef de l'État s'exprimera mardi à la tribune de l'Assemblée générale, à New York.");
  assert.ok(names(doc).includes('United Nations General Assembly'), JSON.stringify(names(doc)));
});

test('"l\'Assemblée générale de la FIFA" is not the UN\'s', () => {
  const doc = analyse("L'Assemblée générale de la FIFA a désigné le pays hôte du Mondial.");
  assert.ok(!names(doc).includes('United Nations General Assembly'), JSON.stringify(names(doc)));
});

test('a person\'s name inside an English-style organisation name does not make the person', () => {
  const doc = analyse("Des milliers de manifestants ont défilé à l'appel de la Stop Trump Coalition.");
  assert.equal(typeOf(doc, 'Stop Trump Coalition'), 'ORG', JSON.stringify(names(doc)));
  assert.ok(!names(doc).includes('Donald Trump'), JSON.stringify(names(doc)));
});

test('"l\'aéroport international de X": X is a place', () => {
  const doc = analyse("L'avion présidentiel s'est posé à l'aéroport international de Kotoka.");
  assert.equal(typeOf(doc, 'Kotoka'), 'LOC', JSON.stringify(names(doc)));
});
