// Weekdays with a part of the day before or after them, a clock time in words, and the present of
// a pronominal verb ("se retrouvent lundi"), which is a present: today or ahead.
import { expectTimexes } from './testing.ts';

const SUN = '2025-02-16', WED = '2025-03-12', TUE = '2025-06-10';

expectTimexes([
  // "à 16 heures" after the weekday belongs to it
  ["Le conseil municipal doit se réunir mardi à 18 heures à l'hôtel de ville.", SUN, 'mardi à 18 heures', '2025-02-18T18:00', 'TIME'],
  ['Les urnes fermeront dimanche à 20 heures dans tout le pays.', WED, 'dimanche à 20 heures', '2025-03-16T20:00', 'TIME'],
  // a part of the day after the weekday
  ["La police a évacué le campement jeudi avant l'aube.", TUE, "jeudi avant l'aube", '2025-06-05'],
  ["Les secours sont arrivés lundi à l'aube sur les lieux du séisme.", TUE, "lundi à l'aube", '2025-06-09'],
  ['Le ministre a été reçu vendredi au soir par le chef du gouvernement.', TUE, 'vendredi au soir', '2025-06-06TEV'],
  // a part of the day before it: "la soirée de dimanche"
  ['Les bureaux de vote ont été pris d\'assaut pendant la soirée de dimanche.', TUE, 'la soirée de dimanche', '2025-06-08TEV'],
  ["Les négociateurs ont trouvé un accord dans la matinée de samedi.", TUE, 'la matinée de samedi', '2025-06-07'],
  // a night span stays whole
  ["L'armée a frappé des dépôts dans la nuit de samedi à dimanche.", TUE, 'dans la nuit de samedi à dimanche', '2025-06-07TNI'],
  // the present of a pronominal verb: today or the next such day
  ['Les ministres européens des Finances se retrouvent lundi à Bruxelles.', SUN, 'lundi', '2025-02-17'],
  ['Le sommet de l\'Union africaine se tient mardi et mercredi à Addis-Abeba.', SUN, 'mercredi', '2025-02-19'],
  ['Les chefs de la diplomatie se réunissent mercredi à Paris.', WED, 'mercredi', '2025-03-12'],
  ['Les exercices navals se poursuivent jusqu\'à samedi dans le golfe.', WED, 'samedi', '2025-03-15'],
  // a compound past stays past; a fronted day is not read from a later relative clause
  ['Les ministres se sont retrouvés lundi à Bruxelles.', SUN, 'lundi', '2025-02-10'],
  ["Mardi, l'opposant, qui se présente désormais sous son vrai nom, a quitté le pays.", SUN, 'Mardi', '2025-02-11'],
]);
