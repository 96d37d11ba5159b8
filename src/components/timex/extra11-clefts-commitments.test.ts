// Constructions met in eval/extra11, on sentences of our own: an adverb between auxiliary and
// participle, a cleft ("C'est samedi que…"), a meeting verb in the present, an infinitive after an
// agreement, clock times with their time zone or their night, the parts of a month with their
// article, "ce jour-là", "ce même vendredi", decades, and the approximating words of a duration.
import { expectTimexes } from './testing.ts';

const MON = '2025-04-21', TUE = '2025-03-25', WED = '2025-12-03';

expectTimexes([
  // "ont d'abord reçu dimanche": "d'abord" between auxiliary and participle keeps the compound past
  ["Les médiateurs ont d'abord reçu dimanche la délégation syrienne, avant de s'entretenir lundi avec les rebelles.", TUE, 'dimanche', '2025-03-23'],
  ["Les médiateurs ont d'abord reçu dimanche la délégation syrienne, avant de s'entretenir lundi avec les rebelles.", TUE, 'lundi', '2025-03-24'],
  // a cleft: the verb after "que" gives the tense, not "c'est"
  ["C'est samedi, lors d'un conseil de défense, que le président avait décidé le retrait des troupes.", MON, 'samedi', '2025-04-19'],
  ["C'est jeudi que le texte sera examiné en première lecture par les sénateurs.", MON, 'jeudi', '2025-04-24'],
  // with no "que", "c'est jeudi" is a present: the day ahead
  ["Le vote sur le budget, c'est jeudi.", MON, 'jeudi', '2025-04-24'],
  // a meeting verb in the present schedules the day ahead
  ["Paris réunit les ministres de la Défense européens mercredi pour parler de l'aide à Kiev.", MON, 'mercredi', '2025-04-23'],
  ["Le chef de l'État reçoit jeudi à l'Élysée le Premier ministre indien.", MON, 'jeudi', '2025-04-24'],
  // but "lors de sa première visite, le 28 février": the noun is no present verb
  ["Lors de sa première visite, le 28 février, le dirigeant avait été mal accueilli.", MON, 'le 28 février', '2025-02-28'],
  // an infinitive after an agreement looks ahead from it
  ['Les deux présidents ont accepté de se retrouver jeudi à la frontière.', '2023-12-11', 'jeudi', '2023-12-14'],
  ['Les belligérants ont convenu de reprendre les pourparlers vendredi à Doha.', '2023-12-12', 'vendredi', '2023-12-15'],
  // (not a pluperfect one: "avait accepté de se retirer jeudi" is told before)
  ['Le ministre avait accepté de se retirer jeudi.', '2023-12-11', 'jeudi', '2023-12-07'],
  // a clock time with its time zone, and a clock time joined to its night
  ["Le cessez-le-feu s'appliquera de 20 heures, heure de Kiev, jusqu'à l'aube.", MON, '20 heures', '2025-04-21T20:00', 'TIME'],
  ["La trêve décrétée samedi a duré jusqu'à minuit dans la nuit de dimanche à lundi.", MON, "jusqu'à minuit dans la nuit de dimanche à lundi", '2025-04-20T24:00', 'TIME'],
  // the part of a month with its article
  ["Le projet d'un sommet à Genève a été abandonné à la fin d'octobre.", WED, "la fin d'octobre", '2025-10'],
  ['La ville portuaire est tombée aux mains des rebelles à la mi-février.', WED, 'la mi-février', '2025-02'],
  // "ce jour-là", "le jour même": the day just named
  ['Le 15 novembre, les deux parties ont signé un accord-cadre. Ce jour-là, le médiateur a salué un pas décisif.', WED, 'Ce jour-là', '2025-11-15'],
  ['Le 2 octobre, la police a arrêté le suspect ; son complice a été interpellé le jour même.', WED, 'le jour même', '2025-10-02'],
  // a decade
  ['Les deux voisins se sont affrontés dans les années 1990 pour cette enclave.', WED, 'les années 1990', '199'],
  ['Au début des années 2000, la ville comptait à peine 5 000 habitants.', WED, 'des années 2000', '200'],
  // "ce même vendredi": the weekday with its anaphoric words
  ['Les ministres se sont réunis vendredi à Genève. Ce même vendredi, Kiev a présenté un contre-plan.', '2025-11-24', 'Ce même vendredi', '2025-11-21'],
  // "il y a encore six mois": the adverb stays inside the span
  ['Une telle rencontre était impensable il y a encore six mois.', '2025-05-14', 'il y a encore six mois', '2024-11'],
  ['Il y a à peine un an, le dirigeant était en prison.', '2025-05-14', 'Il y a à peine un an', '2024'],
  // the approximating words belong to the duration
  ["L'entretien entre les deux dirigeants a duré près de cinq heures.", WED, 'près de cinq heures', 'PT5H', 'DURATION'],
  ['Les négociateurs ont siégé pendant plus de douze heures.', WED, 'plus de douze heures', 'PT12H', 'DURATION'],
]);
