// "convoqué": a plan only as a passive or an adjective ("une réunion convoquée lundi", "est convoqué mardi"); after a
// form of avoir it tells a past act ("a convoqué jeudi l'ambassadeur").
import { expectTimexes } from './testing.ts';

expectTimexes([
  // published Sunday 16 November 2025
  ["Le ministère chinois des Affaires étrangères a convoqué jeudi l'ambassadeur du Japon.", '2025-11-16', 'jeudi', '2025-11-13'],
  ["Paris a convoqué mardi le chargé d'affaires iranien après l'arrestation de deux Français.", '2025-11-16', 'mardi', '2025-11-11'],
  // guards: the passive and the bare participle still plan ahead
  ["L'ambassadeur est convoqué jeudi au ministère des Affaires étrangères.", '2025-11-16', 'jeudi', '2025-11-20'],
  ["Le Conseil de sécurité sera convoqué mardi pour une réunion d'urgence.", '2025-11-16', 'mardi', '2025-11-18'],
]);
