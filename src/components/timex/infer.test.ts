// Publication-date inference from the text's weekday and date mentions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './testing.ts';

test('"hier" = "mercredi" and "lundi prochain" = "le 2 juin" pin a Thursday, 29 May 2025', () => {
  const doc = analyse(
    "Le ministre turc s'est entretenu hier avec son homologue iranien alors que des pourparlers pourraient s'ouvrir lundi prochain à Oman. " +
    "Le ministre a appelé mercredi Téhéran à la retenue. «Les négociations reprendront à Mascate le 2 juin», a annoncé Oman. " +
    "Le premier cycle du 16 mai n'avait rien donné, le premier depuis celui du printemps 2022.");
  assert.equal(doc.meta.published, '2025-05-29');
});

test('the inferred date is marked as inferred', () => {
  const doc = analyse("Le ministre s'est entretenu hier avec son homologue. Il a appelé mercredi à la retenue. Les pourparlers reprendront lundi prochain, le 2 juin. La guerre dure depuis 2022.");
  assert.equal(doc.meta.publishedFrom, 'inferred');
});

test('a caption dated 18 August 2025 and a Sunday interview give Sunday 24 August 2025', () => {
  const doc = analyse(
    'Photo prise le 18 août 2025 à Washington lors de la rencontre entre les deux présidents. ' +
    'Le ministre a indiqué dans une interview diffusée dimanche que les discussions se poursuivraient. ' +
    "Le sommet s'était tenu en Alaska le 15 août.");
  assert.equal(doc.meta.published, '2025-08-24');
});

test('a date stamp on its own line is the publication day', () => {
  const doc = analyse("Kiev et Moscou échangent des prisonniers\n07.08.2025, 10:27\nL'échange a eu lieu jeudi à la frontière biélorusse.");
  assert.equal(doc.meta.published, '2025-08-07');
});

test('relative expressions resolve against the inferred date', () => {
  const doc = analyse("Kiev et Moscou échangent des prisonniers\n07.08.2025, 10:27\nL'échange a eu lieu mercredi à la frontière biélorusse.");
  assert.equal(doc.timexes.find((t) => t.text === 'mercredi')?.value, '2025-08-06');
});

test('a lone weekday and a year do not pin the date: published stays null', () => {
  const doc = analyse('Le président a dit vendredi espérer un accord. Le conflit a commencé en février 2022.');
  assert.equal(doc.meta.published, null);
});

test('a weekday and a year-less date without a link leave the date unknown', () => {
  const doc = analyse("Les pourparlers ont commencé ce jeudi matin à Istanbul, après un précédent entretien le 18 février.");
  assert.equal(doc.meta.published, null);
});

test('a given publication date is kept as it is', () => {
  const doc = analyse("Le ministre s'est entretenu hier avec son homologue; il a appelé mercredi à la retenue.", '2025-08-15');
  assert.deepEqual([doc.meta.published, doc.meta.publishedFrom], ['2025-08-15', 'given']);
});

test('without any date, a weekday keeps an unresolved value', () => {
  const doc = analyse('Le ministre a parlé mercredi avec son homologue.');
  assert.equal(doc.timexes[0].value, 'XXXX-XX-XX');
});

test('a published date-time resolves against its day', () => {
  const doc = analyse("Le porte-parole a indiqué jeudi que la rencontre aurait lieu «la semaine prochaine».", '2025-08-07T10:27:00+02:00');
  assert.equal(doc.timexes.find((t) => t.text === 'la semaine prochaine')?.value, '2025-W33');
});

test('a titled officeholder bounds the era: "le président Trump" with "ce jeudi" after "le 18 février" gives 27 February 2025', () => {
  const doc = analyse(
    'Le président russe a déclaré aujourd’hui que les discussions offrent un espoir. ' +
    'Des pourparlers ont commencé ce jeudi matin à Istanbul, après un précédent entretien le 18 février à Riyad, le premier depuis le début de la guerre en février 2022. ' +
    'Selon le Kremlin, le président américain Donald Trump est prêt à écouter les autres.');
  assert.equal(doc.meta.published, '2025-02-27');
});

test('without a titled officeholder the same text leaves the date unknown', () => {
  const doc = analyse(
    'Des pourparlers ont commencé ce jeudi matin à Istanbul, après un précédent entretien le 18 février à Riyad, le premier depuis le début de la guerre en février 2022.');
  assert.equal(doc.meta.published, null);
});

test('"jeudi 21 août" names a Thursday, which pins the year; "hier" = "mardi" pins the day', () => {
  const doc = analyse("Les alliés européens se réuniront jeudi en visioconférence. Jeudi 21 août, Emmanuel Macron doit s'entretenir avec Donald Trump. Hier, le président ukrainien a exigé mardi des garanties de sécurité.");
  assert.equal(doc.meta.published, '2025-08-20');
});

test('"la nuit dernière" is not "hier": a week of possible days leaves the date unknown', () => {
  const doc = analyse("La nuit dernière, des drones ont frappé Kiev. Le président a exigé mardi des garanties. Les alliés se réuniront jeudi. Jeudi 21 août, Emmanuel Macron doit s'entretenir avec Donald Trump.");
  assert.equal(doc.meta.published, null);
});
