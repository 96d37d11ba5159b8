// Tense of a clause with an adverb inside the compound past, a fronted participle, a date in the
// complement of "depuis", the bound of a period set on a named day, and "le lendemain" before "au".
import { expectTimexes } from './testing.ts';

const SUN = '2025-06-15', MON = '2025-02-03', SAT = '2024-12-14';

expectTimexes([
  // "a en outre retiré", "a par ailleurs annoncé": an adverb between auxiliary and participle
  ["Samedi, la junte a en outre suspendu deux chaînes de télévision étrangères.", SUN, 'Samedi', '2025-06-14'],
  ["Vendredi, le ministre a par ailleurs annoncé la fermeture de la frontière.", SUN, 'Vendredi', '2025-06-13'],
  // a participle opening the sentence dates a completed event, whatever the main verb
  ["Inaugurée mardi, l'exposition doit fermer ses portes le 30 septembre.", SUN, 'mardi', '2025-06-10'],
  ["Élu dimanche, le nouveau maire prendra ses fonctions la semaine prochaine.", SUN, 'dimanche', '2025-06-15'],
  // a date in the complement of "depuis" lies in the past even in a future clause
  ["Il sera jeudi le premier chef d'État reçu à l'Élysée depuis la réélection du président, le 20 janvier.", MON, 'le 20 janvier', '2025-01-20'],
  // the bound of a period set on a day of the sentence comes after it
  ["Jeudi, le président a prolongé l'état d'urgence jusqu'au 15 février.", SAT, '15 février', '2025-02-15'],
  ["Le 2 décembre, le tribunal a placé l'ancien ministre en détention jusqu'au 10 janvier.", SAT, '10 janvier', '2025-01-10'],
  // "le lendemain au chef de l'État": the preposition that follows does not cancel the day
  ["Le député a été arrêté le 8 décembre, et la justice a interdit le lendemain au président de quitter le pays.", SAT, 'le lendemain', '2024-12-09'],
]);
