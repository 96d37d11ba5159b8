// "aujourd'hui", "hier", "ce soir" inside a quotation count from the day the words were said.
import { expectTimexes } from './testing.ts';

const SAT = '2025-06-28';

expectTimexes([
  // said on the day the narrative names before the quote (Friday), published on Saturday
  ["Les deux ministres ont signé vendredi l'accord à Genève. « Aujourd'hui, nous ouvrons un nouveau chapitre », a déclaré la ministre.", SAT, "Aujourd'hui", '2025-06-27'],
  // the reporting clause after the quote names the day
  ['« Nous avons parlé hier avec Kiev », a affirmé jeudi le porte-parole.', SAT, 'hier', '2025-06-25'],
  // no day named: the quote is taken as said on the publication day
  ['« Aujourd’hui, la paix est possible », a estimé le médiateur.', SAT, 'Aujourd’hui', '2025-06-28'],
  // an old background date does not move the quote's day
  ["La guerre a éclaté le 3 mars. « Ce soir, nous rentrons chez nous », a lancé un réfugié.", SAT, 'Ce soir', '2025-06-28TEV'],
  // outside quotes nothing changes
  ["Les ministres ont signé vendredi l'accord, qui entre en vigueur aujourd'hui.", SAT, "aujourd'hui", '2025-06-28'],
]);
