// The year of a day or month without one: the weekday it names, the bound "jusqu'à" sets, a year
// named earlier in the sentence, a participial clause; and clock halves, "au plus tard".
import { expectNoTimex, expectTimexes } from './testing.ts';

expectTimexes([
  // "jeudi 4 décembre" is a Thursday in 2025, not in 2024, whatever the participle's tense says
  ['Le chef de l\'État assistera au sommet organisé à Bruxelles le jeudi 4 décembre.', '2025-11-20', 'le jeudi 4 décembre', '2025-12-04'],
  // a present bounded by "jusqu'à": ahead, even with a verb that can also report ("assure")
  ['La Pologne, qui assure jusqu\'à fin juin la présidence du Conseil, a plaidé pour un soutien accru.', '2025-03-10', 'fin juin', '2025-06'],
  ['Le couvre-feu reste en vigueur jusqu\'au 20 avril, précise le communiqué.', '2025-03-28', '20 avril', '2025-04-20'],
  // a participial clause after a comma does not take the main verb's past
  ['Le Parlement a adopté mardi le texte, ouvrant la voie à son entrée en vigueur le 20 mars.', '2025-03-12', 'le 20 mars', '2025-03-20'],
  // a bare month after one with its year, in the same sentence
  ['L\'opposant avait été arrêté en mars 2021, à la veille des législatives de septembre.', '2025-06-01', 'septembre', '2021-09'],
  ['Les pourparlers ont duré trois heures et demie dans la capitale qatarie.', '2025-03-13', 'trois heures et demie', 'PT3H30M', 'DURATION'],
]);

expectNoTimex([
  // "au plus tard" bounds the day just named; it is no vague future
  ["L'armée doit avoir quitté la zone tampon le 15 avril au plus tard, selon l'accord.", 'plus tard'],
]);
