// A bare participle right before a month's "en" tells a completed act, whatever the main verb's tense ("pour
// appliquer la trêve conclue en mai"); a participle of expectation still looks ahead ("attendue en juillet").
import { expectTimexes } from './testing.ts';

expectTimexes([
  // published Saturday 7 June 2025
  ['Les négociateurs se reverront rapidement pour appliquer la trêve conclue en mai.', '2025-06-07', 'mai', '2025-05'],
  ['La nouvelle présidente, élue en mars, prendra ses fonctions la semaine prochaine.', '2025-06-07', 'mars', '2025-03'],
  ['Les deux pays devraient prolonger l\'accord reçu en avril par le Parlement.', '2025-06-07', 'avril', '2025-04'],
  // guard: an expected act lies ahead
  ['Les ministres examineront la proposition attendue en juillet.', '2025-06-07', 'juillet', '2025-07'],
]);
