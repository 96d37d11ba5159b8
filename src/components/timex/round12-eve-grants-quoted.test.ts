// Round 12: "à la veille de" + a participle's day, delays given ("donné une semaine"), the object of an
// announcement ("a annoncé le versement … en mars"), and "la veille" after a quoted "aujourd'hui".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNoTimex, expectTimexes, timexesIn } from './testing.ts';

expectTimexes([
  // the complement of "à la veille de" lies ahead of a present main clause
  ["Le sommet s'ouvre à la veille de l'investiture du nouveau président, prévue dimanche.", '2025-01-15', 'dimanche', '2025-01-19'],
  ["Le scrutin intervient à la veille du départ du chef de l'État, attendu jeudi à Bruxelles.", '2025-03-11', 'jeudi', '2025-03-13'],
  // a delay given: "une semaine" after a verb of giving, a weekday between
  ["Les dirigeants régionaux ont donné dimanche une semaine à la junte pour rendre le pouvoir.", '2023-07-31', 'une semaine', 'P1W', 'DURATION'],
  ["Le Parlement accorde un mois au gouvernement pour présenter son budget.", '2025-03-13', 'un mois', 'P1M', 'DURATION'],
  // the date closing the object of an announcement dates the announced act
  ["Le ministre a promis la livraison de nouveaux blindés à l'armée ukrainienne en juin.", '2025-02-24', 'juin', '2025-06'],
  ["La présidente de la Commission a annoncé le versement d'une nouvelle tranche d'aide en mars.", '2025-02-24', 'mars', '2025-03'],
]);

expectNoTimex([
  // "un jour" after a verb of giving stays no duration
  ["Elle a donné un jour une interview à la radio publique.", 'un jour'],
]);

test('a past main clause keeps the past reading after "à la veille de"', () => {
  const t = timexesIn("La trêve est intervenue à la veille du retour du président, investi lundi pour un second mandat.", '2025-01-15').find((x) => x.text === 'lundi');
  assert.equal(t?.value, '2025-01-13');
});

test('an announcement dated by its own month keeps the past reading', () => {
  const t = timexesIn("Le gouvernement a annoncé en juin le versement d'une aide aux agriculteurs.", '2025-02-24').find((x) => x.text === 'juin');
  assert.equal(t?.value, '2024-06');
});

test('an announced death is no planned act: its month stays in the past', () => {
  const t = timexesIn("Le ministère a annoncé la mort de l'ancien ministre en juin.", '2025-02-24').find((x) => x.text === 'juin');
  assert.equal(t?.value, '2024-06');
});

test('"la veille" after a quoted "aujourd\'hui" counts from the day the speech was given', () => {
  const text = "Le président a pris la parole lundi devant l'Assemblée. « Je déclare qu'aujourd'hui la France reconnaît cet État », a-t-il déclaré sous les applaudissements.\nLa veille, trois pays européens avaient franchi le pas.";
  const t = timexesIn(text, '2025-09-23').find((x) => x.text === 'La veille');
  assert.equal(t?.value, '2025-09-21');
});

test('a participle right before the month dates its own act, not the announced one', () => {
  const t = timexesIn("Le président a annoncé la signature de l'accord conclu en mars avec ses voisins.", '2025-02-24').find((x) => x.text === 'mars');
  assert.equal(t?.value, '2024-03');
});

expectTimexes([
  // an imperfect in -urait is no conditional
  ['Le cessez-le-feu courait encore vendredi selon les observateurs.', '2025-03-13', 'vendredi', '2025-03-07'],
  // "est parti(e)": a compound past of a verb taking être, though "parti"/"partie" are also nouns
  ['Le président est parti lundi pour Pékin avec une large délégation.', '2025-03-13', 'lundi', '2025-03-10'],
  ['La délégation ukrainienne est partie mardi de Genève.', '2025-03-13', 'mardi', '2025-03-11'],
  // a true conditional stays ahead
  ['Le Premier ministre conclurait vendredi un accord avec ses partenaires.', '2025-03-13', 'vendredi', '2025-03-14'],
  // the noun "parti" after "est" marks no past: "le parti est le premier parti lundi" is no verb group
  ['Le scrutin aura lieu dimanche : le parti au pouvoir est favori.', '2025-03-13', 'dimanche', '2025-03-16'],
]);
