// Tense cases met on unseen news: conditionals of reported speech, plans seen from the past,
// bare participles, "ce week-end" by tense, a week counted from a narrative date.
import { expectTimexes } from './testing.ts';

const THU = '2025-08-07', MON = '2025-05-12', WED = '2023-12-20', FRI = '2025-06-20', SAT = '2025-03-15';

expectTimexes([
  // a conditional in reported speech is a future seen from the report ("qu'il recevrait vendredi")
  ["Le chancelier a indiqué mercredi qu'il recevrait vendredi son homologue polonais à Berlin.", THU, 'vendredi', '2025-08-08'],
  ['Le ministère a fait savoir que la délégation poursuivrait lundi ses consultations à Vienne.', THU, 'lundi', '2025-08-11'],
  // an imperfect modal plans from a past viewpoint: the nearest date, before or after publication
  ["L'opposition devait, avant la fin octobre, présenter une liste unique.", WED, 'la fin octobre', '2023-10'],
  ['Le Parlement pouvait encore adopter le texte le 18 décembre.', WED, 'le 18 décembre', '2023-12-18'],
  // a bare "prévue" in a past clause: the plan was for the nearest such day
  ['La troisième session, prévue le 9 juin à Rome, a été reportée sine die.', FRI, 'le 9 juin', '2025-06-09'],
  ['Le vote, initialement programmé le 12 juin, avait été ajourné.', FRI, 'le 12 juin', '2025-06-12'],
  // …but a plan stated in the present stays ahead
  ['La conférence est prévue le 9 juin à Rome.', '2025-06-20', 'le 9 juin', '2026-06-09'],
  // a bare participle right before the expression dates a completed event
  ['Les pourparlers, tenus ce week-end à Oslo, ont permis une avancée.', MON, 'ce week-end', '2025-W19-WE'],
  ['Les ministres se retrouveront ce week-end à Oslo.', MON, 'ce week-end', '2025-W20-WE'],
  ['Le Premier ministre, nommé mardi par le président, a formé son gouvernement.', SAT, 'mardi', '2025-03-11'],
  // "soit" is no participle: the plan keeps its future
  ['Le premier versement doit intervenir au dixième jour, soit le 3 septembre.', THU, 'le 3 septembre', '2025-09-03'],
  // a week counted from the last date of the narrative lands on a day
  ["Le 5 mars, le gouvernement avait gelé les prix, avant de revenir sur sa décision une semaine plus tard.", '2025-04-01', 'une semaine plus tard', '2025-03-12'],
  ['Le traité a été signé le 4 février ; deux jours plus tard, les combats reprenaient.', '2025-04-01', 'deux jours plus tard', '2025-02-06'],
]);
