// Durations, counted dates ("il y a", "dans"), vague references and sets.
import { expectTimexes } from './testing.ts';

const REF = '2025-03-13';

expectTimexes([
  ["La partie russe dispose encore d'au moins quatre jours avant son départ.", REF, 'quatre jours', 'P4D', 'DURATION'],
  ["Le tournant s'est produit en seulement deux semaines.", REF, 'deux semaines', 'P2W', 'DURATION'],
  ['Les otages ont été détenus pendant 471 jours à Gaza.', REF, '471 jours', 'P471D'],
  ['Le dirigeant est au pouvoir depuis vingt-cinq ans.', REF, 'vingt-cinq ans', 'P25Y'],
  ["L'opposant a été condamné à trois ans de prison.", REF, 'trois ans', 'P3Y'],
  ['Le gouvernement a 48 heures pour répondre à l’ultimatum.', REF, '48 heures', 'PT48H'],
  ['La trêve durera six mois selon le texte.', REF, 'six mois', 'P6M'],
  ['Les pourparlers se sont prolongés pendant une semaine.', REF, 'une semaine', 'P1W'],
  ['La réunion entre les deux présidents a duré 90 minutes.', REF, '90 minutes', 'PT90M'],
  ['Le délai a été prolongé de 30 jours.', REF, '30 jours', 'P30D'],
  ['Le chantier a pris deux ans et demi de retard.', REF, 'deux ans et demi', 'P2.5Y'],
  ['Le conflit au Soudan dure depuis deux décennies.', REF, 'deux décennies', 'P2DE'],
  // counted from the publication date
  ['Le ministre avait démissionné il y a deux semaines.', REF, 'il y a deux semaines', '2025-W09'],
  ['Il y a 2 heures', REF, 'Il y a 2 heures', 'PAST_REF'],
  ["Le pays a rejoint l'alliance il y a trois ans.", REF, 'il y a trois ans', '2022'],
  ["L'attaque a eu lieu il y a cinq jours.", REF, 'il y a cinq jours', '2025-03-08'],
  ['Le sommet se tiendra dans dix jours à Addis-Abeba.', REF, 'dans dix jours', '2025-03-23'],
  ['Le cessez-le-feu a été signé le 4 mars ; deux jours plus tard, les combats reprenaient.', REF, 'deux jours plus tard', '2025-03-06'],
  // vague references
  ['Une rencontre est prévue «dans les prochains jours».', REF, 'dans les prochains jours', 'FUTURE_REF'],
  ['Un accord pourrait être trouvé dans les prochaines semaines.', REF, 'dans les prochaines semaines', 'FUTURE_REF'],
  ['Les sanctions seront levées dans les mois à venir.', REF, 'dans les mois à venir', 'FUTURE_REF'],
  ['Le président a promis une réponse très bientôt.', REF, 'très bientôt', 'FUTURE_REF'],
  ['Le document sera transmis prochainement à Kiev.', REF, 'prochainement', 'FUTURE_REF'],
  ['La question a été évoquée plus tard par les deux délégations.', REF, 'plus tard', 'FUTURE_REF'],
  ["Le ton s'est durci ces derniers jours entre Alger et Paris.", REF, 'ces derniers jours', 'PAST_REF'],
  ['Les relations se sont dégradées ces dernières années.', REF, 'ces dernières années', 'PAST_REF'],
  ['Des expulsions mutuelles ont eu lieu au cours des dernières années.', REF, 'des dernières années', 'PAST_REF'],
  ['Le ministre a récemment rencontré son homologue japonais.', REF, 'récemment', 'PAST_REF'],
  ['Le pays traverse actuellement une grave crise politique.', REF, 'actuellement', 'PRESENT_REF'],
  // sets
  ["Les inspecteurs de l'AIEA se rendent sur le site chaque semaine.", REF, 'chaque semaine', 'P1W', 'SET'],
  ['Le porte-parole tient un point presse tous les jours.', REF, 'tous les jours', 'P1D', 'SET'],
]);

expectTimexes([
  ['Le ministre avait évoqué cette possibilité il y a quelques jours.', REF, 'il y a quelques jours', 'PAST_REF'],
  ['Un accord pourrait être signé dans quelques semaines.', REF, 'dans quelques semaines', 'FUTURE_REF'],
]);
