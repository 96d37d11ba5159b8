// Round 17: day ranges as one expression, feasts, deadlines with a part of a month, "le même
// jour", a part of the day within a named day, cues after a day and month, "mi-2026".
import { expectNoTimex, expectTimexes } from './testing.ts';

expectTimexes([
  // a run of bare days under one opener is one expression, valued on its first day
  ['Les ministres des Finances se retrouveront à Bruxelles les 20 et 21 mars.', '2025-03-03', 'les 20 et 21 mars', '2025-03-20'],
  ["Le chef de la diplomatie sera en tournée en Asie du 4 au 9 novembre, a indiqué son ministère.", '2025-10-28', 'du 4 au 9 novembre', '2025-11-04'],
  ['Des élections locales auront lieu entre le 2 et le 5 octobre.', '2025-09-10', 'entre le 2 et le 5 octobre', '2025-10-02'],
  ['Le festival se tiendra les 3, 4 et 5 juillet 2026 à Avignon.', '2025-09-10', 'les 3, 4 et 5 juillet 2026', '2026-07-03'],
  ['Les grévistes ont bloqué le port du 28 février au 3 mars.', '2025-03-10', 'du 28 février au 3 mars', '2025-02-28'],
  ['La conférence se déroulera du 29 décembre au 2 janvier 2026 à Dakar.', '2025-11-20', 'du 29 décembre au 2 janvier 2026', '2025-12-29'],
  // a night between two days is still the night's expression
  ['La nuit du 9 au 10 septembre, des drones ont survolé la frontière.', '2025-09-12', 'La nuit du 9 au 10 septembre', '2025-09-09TNI'],
  // a weekday list keeps one date per day
  ['Les syndicats appellent à manifester jeudi 6 et vendredi 7 novembre.', '2025-11-01', 'jeudi 6', '2025-11-06'],
  // "avant la fin août" in a past clause: a deadline, the nearest such month
  ["Le Kremlin a proposé une rencontre des deux présidents avant la fin août.", '2025-07-24', 'la fin août', '2025-08'],
  ['Le gouvernement a promis un texte avant la mi-octobre.', '2025-09-15', 'la mi-octobre', '2025-10'],
  // … but not in a pluperfect, which tells what was done before it
  ['Les troupes s’étaient retirées de la ville avant la fin août.', '2025-07-24', 'la fin août', '2024-08'],
  // feasts counted from Easter, and feast names needing no introducer
  ['Une frappe a tué vingt civils le dimanche des Rameaux dans le centre-ville.', '2025-04-16', 'le dimanche des Rameaux', '2025-04-13'],
  ['Le lundi de Pâques, des milliers de pèlerins ont défilé dans la vieille ville.', '2025-04-25', 'Le lundi de Pâques', '2025-04-21'],
  ['La Toussaint a été marquée par des hommages aux victimes.', '2025-11-03', 'La Toussaint', '2025-11-01'],
  ['Les pourparlers reprendront après la Pentecôte, selon la présidence.', '2025-05-20', 'la Pentecôte', '2025-06-08'],
  ['Le cessez-le-feu a tenu jusqu’au lendemain de Noël.', '2025-01-05', 'au lendemain de Noël', '2024-12-26'],
  // "le même jour" opening a sentence: the day just told
  ["Mardi, le Parlement a adopté le budget. Le même jour, le Sénat a rejeté la réforme.", '2025-03-14', 'Le même jour', '2025-03-11'],
  // a named day with a part of it that stays within the day is valued on the day
  ['Le ministre a reçu les syndicats jeudi matin.', '2025-03-14', 'jeudi matin', '2025-03-13'],
  ['Les deux dirigeants se sont parlé samedi en fin d’après-midi.', '2025-03-17', 'samedi en fin d’après-midi', '2025-03-15'],
  // an evening or a night keeps its part
  ['Le président s’est exprimé mardi soir à la télévision.', '2025-03-14', 'mardi soir', '2025-03-11TEV'],
  // a cue after a day and month sets the direction of its year
  ['Le sommet se tiendra le 1er avril prochain à Genève.', '2025-03-12', 'le 1er avril prochain', '2025-04-01'],
  ['Le président avait été investi le 20 janvier dernier.', '2025-03-12', 'le 20 janvier dernier', '2025-01-20'],
  // "mi-2026", "le début de l'année"
  ['La nouvelle centrale devrait être mise en service mi-2026.', '2025-03-12', 'mi-2026', '2026'],
  ["Les prix ont reculé depuis le début de l'année.", '2025-03-12', "le début de l'année", '2025'],
  // "s'est tenue": a participle that is also a noun, after a reflexive être
  ["La réunion s'est tenue mardi à Genève.", '2025-03-12', 'mardi', '2025-03-11'],
  // a weekday with its date in apposition is one expression
  ['Les ministres sont convenus de se revoir à Berlin jeudi prochain, 24 avril, dans le même format.', '2025-04-17', 'jeudi prochain, 24 avril', '2025-04-24'],
  // a time of the day before a date is no event noun: the date takes the clause's tense
  ["Les rebelles ont lancé leur offensive à l'aube du 7 octobre.", '2025-06-11', '7 octobre', '2024-10-07'],
  // … while an event named by its date keeps the nearest year
  ["L'élection du 12 octobre s'annonce serrée.", '2025-06-11', '12 octobre', '2025-10-12'],
  // "ou" between two months is no participle: the second month keeps the future of the clause
  ['La conférence des donateurs aura lieu en septembre ou en octobre.', '2025-06-11', 'octobre', '2025-10'],
]);

expectNoTimex([
  // an accord or a summit "du 12 mars au Qatar" is no range
  ["L'accord du 12 mars au Qatar prévoit un échange de prisonniers.", 'au Qatar'],
  // the ascent of a mountain, capitalised only at the sentence start
  ["L'ascension du mont Blanc a été interdite aux randonneurs.", "L'ascension"],
  // an island named after a feast
  ["Le navire a fait escale sur l'île de l'Ascension.", 'Ascension'],
  // a count after a weekday and a comma is no date
  ["Le convoi est arrivé jeudi, 12 camions ont été déchargés.", '12 camions'],
]);
