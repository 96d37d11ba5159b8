// A date a thing is put off to ("a reporté au 10 mars") lies ahead of publication.
import { expectTimexes } from './testing.ts';

expectTimexes([
  ["La présidente a reporté au 4 janvier la visite qu'elle devait effectuer lundi à Varsovie.", '2025-12-10', '4 janvier', '2026-01-04'],
  ['Le sommet régional a été repoussé au 12 mars, a annoncé la présidence.', '2024-02-20', '12 mars', '2024-03-12'],
]);
