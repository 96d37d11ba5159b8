// Nights between two days, noon and midnight, clock times on the narrative's day, anaphoric years,
// ages, and the tenses of passives and irregular participles.
import { expectNoTimex, expectTimexes } from './testing.ts';

expectTimexes([
  // "la nuit de X à Y": one expression, the night of the first day
  ['Des missiles ont visé Kharkiv dans la nuit de mardi à mercredi, selon les autorités locales.', '2025-03-13', 'dans la nuit de mardi à mercredi', '2025-03-11TNI'],
  ["L'armée a bombardé la ville dans la nuit du 4 au 5 mars, selon l'ONU.", '2025-03-13', 'dans la nuit du 4 au 5 mars', '2025-03-04TNI'],
  ['Les combats ont éclaté dans la nuit du samedi 8 au dimanche 9 mars.', '2025-03-13', 'dans la nuit du samedi 8 au dimanche 9 mars', '2025-03-08TNI'],
  // a clock time in that night falls on its second day
  ['Arrivé dans la nuit de mardi à mercredi, vers 2 heures, le ministre a été reçu par son homologue.', '2025-03-13', 'vers 2 heures', '2025-03-12T02:00'],
  // noon and midnight
  ['Le couvre-feu entrera en vigueur à minuit dans toute la province.', '2025-03-13', 'à minuit', '2025-03-13T24:00', 'TIME'],
  ["La trêve s'appliquera à partir de minuit, heure locale.", '2025-03-13', 'minuit', '2025-03-13T24:00'],
  ['Les négociateurs se retrouveront jeudi à midi à Doha.', '2025-03-11', 'jeudi à midi', '2025-03-13T12:00'],
  // a clock time with no day in its sentence takes the narrative's day, not the publication day
  ["L'accord a été conclu samedi à Islamabad. Le ministre a précisé que les tirs devaient cesser à 18 heures.", '2025-05-12', 'à 18 heures', '2025-05-10T18:00'],
  // a part of the day introduced by "en", "dans la"
  ["Le ministre a pris la parole samedi en fin d'après-midi devant la presse.", '2025-05-12', "samedi en fin d'après-midi", '2025-05-10'],
  ['Le ministre est arrivé mardi dans la soirée à Pékin.', '2025-05-14', 'mardi dans la soirée', '2025-05-13TEV'],
  // a weekday bounding a current period lies ahead
  ["Les exercices militaires se poursuivent jusqu'à dimanche au large de l'île.", '2025-05-14', 'dimanche', '2025-05-18'],
  // a month in the year the text named last
  ["Le sommet, d'abord prévu en mai 2022, s'est finalement tenu en novembre de la même année.", '2025-05-14', 'novembre de la même année', '2022-11'],
  ["Le traité a été signé en 2019 et ratifié en février de l'année suivante.", '2025-05-14', "février de l'année suivante", '2020-02'],
  // "après" licenses "un an"
  ["La mission sera confiée à l'ONU après un an de transition.", '2025-05-14', 'un an', 'P1Y'],
  // "ont fait": a participle ending like an imperfect
  ['Depuis lundi, les frappes ont fait au moins 20 morts dans la région.', '2025-03-13', 'lundi', '2025-03-10'],
  // a participle opening the sentence, capitalised
  ["Reçu lundi à l'Élysée, le président libanais doit encore rencontrer le Premier ministre.", '2025-03-12', 'lundi', '2025-03-10'],
  // être + participle of a verb taking avoir: a passive of the auxiliary's time, not a compound past
  ['Une vingtaine de ministres étaient réunis jeudi à Bruxelles pour préparer le sommet.', '2025-03-13', 'jeudi', '2025-03-13'],
  ['Les exportations chinoises sont frappées de nouveaux droits de douane au 1er septembre.', '2025-08-20', '1er septembre', '2025-09-01'],
  // … while a verb taking être keeps its pluperfect
  ['Le ministre était arrivé jeudi à Kiev avant la rencontre.', '2025-03-13', 'jeudi', '2025-03-06'],
  // a postponement in the imperfect looks ahead
  ["Le président a annoncé qu'il reportait au 12 avril sa visite à Pékin.", '2025-03-13', '12 avril', '2025-04-12'],
]);

expectNoTimex([
  ['Les incendies ravagent le Midi depuis des semaines.', 'Midi'],
  // ages are no durations
  ['Les détenus âgés de 18 à 30 ans seront libérés en priorité.', '30 ans'],
  ['Le suspect, 34 ans, a été placé en garde à vue.', '34 ans'],
  ['Une femme âgée de 81 ans a été tuée dans le bombardement.', '81 ans'],
  // "désormais" (from now on) is aspect, not a time
  ['La Serbie doit désormais appliquer le texte signé à Ohrid.', 'désormais'],
]);
