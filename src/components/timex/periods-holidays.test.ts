// Half-years, quarters, holidays, parts of the current month or year, weekday enumerations,
// approximate and noun-attached durations.
import { expectNoTimex, expectTimexes } from './testing.ts';

const MAY = '2025-05-12';

expectTimexes([
  // half-years and quarters
  ['Le scrutin législatif se tiendra au premier semestre 2026.', MAY, 'premier semestre 2026', '2026-H1'],
  ["Les exportations ont reculé au troisième trimestre 2024, selon l'institut.", MAY, 'troisième trimestre 2024', '2024-Q3'],
  ['La croissance a ralenti au premier trimestre.', MAY, 'premier trimestre', '2025-Q1'],
  // holidays: fixed, counted from Easter, with a day word, with a year
  ['Les otages pourraient être libérés avant Noël.', MAY, 'Noël', '2025-12-25'],
  ['Une trêve avait été observée à Pâques.', MAY, 'Pâques', '2025-04-20'],
  ['Les combats ont repris le lendemain de la Pentecôte.', '2025-06-20', 'le lendemain de la Pentecôte', '2025-06-09'],
  ['Le président avait promis des élections pour la Toussaint 2024.', MAY, 'la Toussaint 2024', '2024-11-01'],
  ['Le défilé du 14-Juillet se tiendra sans invité étranger.', MAY, '14-Juillet', '2025-07-14'],
  // parts of the current month, year or week
  ["Le gouvernement espère un accord d'ici la fin du mois.", MAY, 'la fin du mois', '2025-05'],
  ['La réforme entrera en vigueur en début d’année prochaine.', MAY, 'début d’année prochaine', '2026'],
  ["Le budget sera présenté à la fin de l'année.", MAY, "la fin de l'année", '2025'],
  // weekday enumerations take the month of the full date; a range "du … au …" is one expression
  ['Les ministres se réuniront mardi 3 et mercredi 4 juin à Luxembourg.', MAY, 'mardi 3', '2025-06-03'],
  ['Du lundi 16 au jeudi 19 juin, les experts inspecteront le site.', MAY, 'Du lundi 16 au jeudi 19 juin', '2025-06-16'],
  // approximate and noun-attached durations
  ['Les deux dirigeants se sont parlé pendant une quarantaine de minutes.', MAY, 'une quarantaine de minutes', 'PT40M', 'DURATION'],
  ['Les inspecteurs resteront sur place une quinzaine de jours.', MAY, 'une quinzaine de jours', 'P15D', 'DURATION'],
  ["Les deux camps ont conclu une trêve d'un mois.", MAY, 'un mois', 'P1M', 'DURATION'],
  ['Il y a une dizaine de jours, les rebelles ont pris la ville.', MAY, 'Il y a une dizaine de jours', 'PAST_REF'],
]);

expectNoTimex([
  ['Noël Mamère a dénoncé le projet de loi.', 'Noël'],
  ['Le marché de Noël de Strasbourg a rouvert.', 'Noël'],
  ["Les prix changent d'un jour à l'autre.", 'jour'],
  ["Les examens de fin d'année ont commencé.", 'fin'],
  ["La fin du mois de ramadan sera célébrée.", 'fin'],
  ['Il habite rue du 8-Mai-1945 à Lyon.', '8-Mai'],
  ['Le troisième trimestre de grossesse demande un suivi renforcé.', 'trimestre'],
]);
