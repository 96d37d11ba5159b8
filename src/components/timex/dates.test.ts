// Calendar dates, enumerations, ranges, months, years and seasons.
import { expectTimexes } from './testing.ts';

expectTimexes([
  // day and month, the year chosen nearest the publication date and consistent with the tense
  ['Le traité a été signé le 18 février à Riyad.', '2025-03-13', 'le 18 février', '2025-02-18'],
  ['Le sommet se tiendra le 2 juin à Istanbul.', '2025-05-20', 'le 2 juin', '2025-06-02'],
  ["Les pourparlers du 16 mai n'avaient rien donné.", '2025-08-20', '16 mai', '2025-05-16'],
  ['La loi entrera en vigueur le 1er janvier.', '2024-11-06', 'le 1er janvier', '2025-01-01'],
  ['Le cessez-le-feu avait été conclu le 27 novembre.', '2025-01-03', 'le 27 novembre', '2024-11-27'],
  ['La conférence des donateurs est prévue le 10 janvier.', '2024-12-20', 'le 10 janvier', '2025-01-10'],
  ['Le président américain a été investi le 20 janvier.', '2025-03-13', 'le 20 janvier', '2025-01-20'],
  ['La réunion a eu lieu lundi 2 juin à Istanbul.', '2025-06-05', 'lundi 2 juin', '2025-06-02'],
  // with a year
  ['Le scrutin présidentiel est fixé au 1er juin 2026.', '2025-03-13', '1er juin 2026', '2026-06-01'],
  ["L'opposant a été arrêté le 3 décembre 2024 à Séoul.", '2025-03-13', 'le 3 décembre 2024', '2024-12-03'],
  ['Le vote est prévu le mardi 4 novembre 2025.', '2025-03-13', 'le mardi 4 novembre 2025', '2025-11-04'],
  ['La guerre a éclaté le 24 février 2022.', '2025-03-13', 'le 24 février 2022', '2022-02-24'],
  ['Les otages sont détenus depuis le 7 octobre 2023.', '2024-11-06', 'le 7 octobre 2023', '2023-10-07'],
  ["L'accord a été paraphé le 12 sept. 2024 à Bakou.", '2025-03-13', 'le 12 sept. 2024', '2024-09-12'],
  // numeric dates
  ['Le communiqué daté du 7.8.2025 évoque une trêve.', null, '7.8.2025', '2025-08-07'],
  ['Selon le décret du 07/08/2025, les frontières restent fermées.', null, '07/08/2025', '2025-08-07'],
  ['La note interne (2025-08-07) fait état de tensions à la frontière.', null, '2025-08-07', '2025-08-07'],
  ['Mis à jour 07.08.2025, 10:27', null, '07.08.2025, 10:27', '2025-08-07T10:27', 'TIME'],
  // enumerations and ranges: every day takes the month that follows
  ['Trois cycles de négociations ont eu lieu à Doha – les 16 mai, 2 juin et 23 juillet –, sans percée.', '2025-08-25', '16 mai', '2025-05-16'],
  ['Trois cycles de négociations ont eu lieu à Doha – les 16 mai, 2 juin et 23 juillet –, sans percée.', '2025-08-25', '2 juin', '2025-06-02'],
  ['Trois cycles de négociations ont eu lieu à Doha – les 16 mai, 2 juin et 23 juillet –, sans percée.', '2025-08-25', '23 juillet', '2025-07-23'],
  // a range or a run of bare days is one expression, valued on its first day
  ['Le festival se tiendra du 16 au 23 mai à Cannes.', '2025-03-13', 'du 16 au 23 mai', '2025-05-16'],
  ['Les élections auront lieu entre le 2 et le 5 juin.', '2025-03-13', 'entre le 2 et le 5 juin', '2025-06-02'],
  ['Les bureaux de vote seront ouverts les 8, 9 et 10 mars 2026.', '2025-03-13', 'les 8, 9 et 10 mars 2026', '2026-03-08'],
  // months
  ["Les troupes russes ont envahi l'Ukraine en février 2022.", null, 'février 2022', '2022-02'],
  ['Le président a été réélu en mai 2022.', null, 'mai 2022', '2022-05'],
  ['Les négociations doivent reprendre fin juin.', '2025-03-13', 'fin juin', '2025-06'],
  ['Les élections législatives se tiendront mi-juillet.', '2025-03-13', 'mi-juillet', '2025-07'],
  ['La Banque centrale a relevé ses taux en mars.', '2025-06-10', 'mars', '2025-03'],
  ["Les premières livraisons d'armes sont attendues en septembre.", '2025-06-10', 'septembre', '2025-09'],
  ["L'accord avait été signé en novembre dernier.", '2025-06-10', 'novembre dernier', '2024-11'],
  ['Le Parlement a été dissous début décembre.', '2025-01-03', 'début décembre', '2024-12'],
  // years
  ["Donald Trump et Vladimir Poutine s'étaient rencontrés en 2019 à Osaka.", null, 'en 2019', '2019'],
  ['Le conflit qui dure depuis début 2022 a fait des milliers de morts.', null, 'début 2022', '2022'],
  ["L'entreprise a été fondée en 1998 par deux ingénieurs.", null, 'en 1998', '1998'],
  ["Le pays est membre de l'Union européenne depuis 2004.", null, '2004', '2004'],
  // "jusqu'en" licenses the year but stays out of the span, as TimeML leaves prepositions out
  ['Cette politique sera appliquée jusqu’en 2030.', null, '2030', '2030'],
  ["L'élection de 2020 avait été contestée.", null, '2020', '2020'],
  ['Le taux de chômage a baissé cette année.', '2025-06-10', 'cette année', '2025'],
  ['Les élections auront lieu l’an prochain.', '2025-06-10', 'l’an prochain', '2026'],
  ["Le déficit s'est creusé l'année dernière.", '2025-06-10', "l'année dernière", '2024'],
  ['Les prix ont augmenté le mois dernier.', '2025-06-10', 'le mois dernier', '2025-05'],
  ['Le budget sera présenté le mois prochain.', '2025-12-10', 'le mois prochain', '2026-01'],
  // seasons
  ['Le texte a été adopté par le Sénat au printemps 2022.', null, 'printemps 2022', '2022-SP'],
  ["La coalition s'est formée à l'automne 2021.", null, 'automne 2021', '2021-FA'],
  ["L'offensive est attendue cet été.", '2025-06-10', 'cet été', '2025-SU'],
  ["L'usine avait fermé l'hiver dernier.", '2025-06-10', 'hiver dernier', '2024-WI'],
  ['Les travaux reprendront au printemps prochain.', '2025-10-10', 'printemps prochain', '2026-SP'],
  // a season with its preposition and no year: the reference year's
  ['Au printemps, les deux pays avaient procédé à des expulsions croisées de diplomates.', '2025-11-12', 'Au printemps', '2025-SP'],
  ["Le chantier doit s'achever à l'automne, selon le ministère.", '2025-06-10', "l'automne", '2025-FA'],
]);

expectTimexes([
  // "précédent" marks the event as past even in a present-tense sentence
  ['La réunion est la deuxième, après un précédent entretien le 28 février à Djeddah.', '2025-03-13', 'le 28 février', '2025-02-28'],
  ['La rencontre intervient après un précédent sommet le 20 décembre.', '2025-06-10', 'le 20 décembre', '2024-12-20'],
]);

expectTimexes([
  // a date attached to an event noun takes the nearest year, whatever the reporting verb's tense
  ["Le président a annoncé dimanche sa candidature à l'élection présidentielle du 12 octobre.", '2025-07-24', '12 octobre', '2025-10-12'],
  ['Le sommet du 3 septembre a été préparé pendant des mois.', '2025-08-20', '3 septembre', '2025-09-03'],
]);

expectTimexes([
  // months listed after a preposition share it
  ["Les pourparlers d'Istanbul, tenus en mai, juin et juillet, avaient permis des échanges de prisonniers.", '2025-08-19', 'juin', '2025-06'],
  ["Les pourparlers d'Istanbul, tenus en mai, juin et juillet, avaient permis des échanges de prisonniers.", '2025-08-19', 'juillet', '2025-07'],
]);
