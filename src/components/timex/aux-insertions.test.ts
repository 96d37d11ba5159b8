// Words between an auxiliary and its participle keep the compound past: "ont à leur tour adopté", "a à nouveau
// rencontré" (timex/tense.json, skipBetweenAuxAndParticiple).
import { expectTimexes } from './testing.ts';

expectTimexes([
  // published Friday 24 October 2025
  ['Jeudi, les Vingt-Sept ont à leur tour adopté leur nouveau paquet de sanctions.', '2025-10-24', 'Jeudi', '2025-10-23'],
  ['Le chef de la diplomatie a à nouveau rencontré lundi son homologue turc.', '2025-10-24', 'lundi', '2025-10-20'],
  // guard: a future tense still looks ahead
  ['Mardi, les ministres se réuniront à leur tour à Bruxelles.', '2025-10-24', 'Mardi', '2025-10-28'],
]);
