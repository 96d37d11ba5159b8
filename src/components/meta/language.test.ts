import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from './language.ts';

test('a French news sentence is French', () => {
  assert.equal(detectLanguage("Le ministre des Affaires étrangères s'est entretenu mardi avec son homologue, selon un communiqué publié dans la soirée."), 'fr');
});

test('an English wire sentence is English', () => {
  assert.equal(detectLanguage('The foreign minister said on Tuesday that the talks with Russia would resume in Geneva, according to a statement from his office.'), 'en');
});

test('a German sentence is German', () => {
  assert.equal(detectLanguage('Der Kanzler sagte am Dienstag, dass die Gespräche mit der Ukraine nicht auf Eis gelegt werden und auch nach dem Gipfel fortgesetzt werden.'), 'de');
});

test('a headline too short to judge gives no language', () => {
  assert.equal(detectLanguage('Sommet à Genève'), null);
});
