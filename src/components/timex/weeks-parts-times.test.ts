// Weeks, weekends, parts of day, clock times and days anchored on the narrative.
import { expectTimexes } from './testing.ts';

expectTimexes([
  ['Le diplomate a indiqué que cette rencontre pourrait se tenir «la semaine prochaine».', '2025-08-07', 'la semaine prochaine', '2025-W33'],
  ['Le sommet aura lieu la semaine prochaine à Bruxelles.', '2024-12-30', 'la semaine prochaine', '2025-W02'],
  ["Le ministre s'est rendu à Kiev la semaine dernière.", '2025-03-13', 'la semaine dernière', '2025-W10'],
  ['Le texte sera voté cette semaine par les députés.', '2025-03-13', 'cette semaine', '2025-W11'],
  ["L'échange de prisonniers s'est achevé le week-end dernier.", '2025-05-29', 'le week-end dernier', '2025-W21-WE'],
  ['De nouvelles manifestations sont prévues ce week-end à Belgrade.', '2025-03-13', 'ce week-end', '2025-W11-WE'],
  ['Le week-end prochain, le parti tiendra son congrès à Lyon.', '2025-03-13', 'Le week-end prochain', '2025-W11-WE'],
  // parts of day
  ['Les pourparlers ont commencé ce jeudi matin à Istanbul.', '2025-02-27', 'ce jeudi matin', '2025-02-27'],
  ["Le dirigeant a déclaré jeudi matin qu'il multiplierait les appels.", '2025-08-07', 'jeudi matin', '2025-08-07'],
  ['Le président avait parlé avec son homologue turc mardi soir.', '2025-03-13', 'mardi soir', '2025-03-11TEV'],
  ['Les combats se sont poursuivis samedi après-midi près de Khartoum.', '2025-03-13', 'samedi après-midi', '2025-03-08'],
  ['Les combats ont repris cet après-midi dans le nord du pays.', '2025-03-13', 'cet après-midi', '2025-03-13'],
  ['Les ministres se retrouveront demain matin à Luxembourg.', '2025-03-13', 'demain matin', '2025-03-14'],
  ['Le ministre de la Défense a réagi dans la soirée.', '2025-03-13', 'dans la soirée', '2025-03-13TEV'],
  ["L'armée a annoncé mercredi la reprise de la ville, puis le gouvernement a réagi dans la soirée.", '2025-03-13', 'dans la soirée', '2025-03-12TEV'],
  ['Des frappes ont visé la capitale dans la nuit.', '2025-03-13', 'dans la nuit', '2025-03-13TNI'],
  ["Le dirigeant a prévu de s'entretenir avec plusieurs homologues au cours de la journée.", '2025-03-13', 'au cours de la journée', '2025-03-13'],
  // days counted from the narrative's last day
  ['Le cessez-le-feu est entré en vigueur lundi ; le lendemain, des tirs ont été signalés.', '2025-03-13', 'le lendemain', '2025-03-11'],
  ['Le vote a eu lieu le 9 mars ; la veille, des milliers de personnes avaient manifesté.', '2025-03-13', 'la veille', '2025-03-08'],
  // clock times take the day of their sentence, else the publication day
  ["Le séisme s'est produit à 10h27 heure locale.", '2025-08-07', 'à 10h27', '2025-08-07T10:27', 'TIME'],
  ['Le scrutin a débuté vers 8 heures dans la capitale.', '2025-03-13', 'vers 8 heures', '2025-03-13T08:00', 'TIME'],
  ['Le couvre-feu commence à 22h dans toute la région.', '2025-03-13', 'à 22h', '2025-03-13T22:00', 'TIME'],
  ['Le président a pris la parole mardi à 18h30 devant la presse.', '2025-03-13', 'mardi à 18h30', '2025-03-11T18:30', 'TIME'],
  ['Le 9 mars, les bureaux de vote ont fermé à 20 heures.', '2025-03-13', 'à 20 heures', '2025-03-09T20:00', 'TIME'],
]);

expectTimexes([
  ["La nuit dernière, 270 drones ont été lancés contre l'Ukraine.", '2025-08-19', 'La nuit dernière', '2025-08-18TNI'],
]);
