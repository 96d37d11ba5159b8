// Round 13: "le lendemain" after a dated episode (a short opener before it, comment sentences between,
// a "depuis" date inside), "a dû" as a compound past, "n'ont rien donné", a bound or deadline set in a
// past clause ("jusqu'au 23 mai", "d'ici à la fin du mois d'août"), and "ce week-end" in reported speech.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '../../core/document.ts';
import { createContext } from '../../core/pipeline.ts';
import { sentenceSpans } from '../sentences/segment.ts';
import { analyseTimexes } from './index.ts';
import { loadLexicon } from './lexicon.ts';
import { expectTimexes } from './testing.ts';

const lex = loadLexicon();
const ctx = createContext({ now: '2026-11-23' });

/** A whole paragraph, split into sentences as the pipeline does: [text, value] of every timex. */
function paragraph(text: string, published: string): [string, string][] {
  const doc = createDocument({ source: { name: 'test', path: null, url: null }, raw: text, published });
  doc.sentences = sentenceSpans(doc.text);
  analyseTimexes(doc, lex, ctx);
  return doc.timexes.map((t) => [t.text, t.value]);
}

test('"Dès le lendemain" follows the dated episode told a few sentences before, not the publication day', () => {
  const found = paragraph("Le 22 avril, des hommes armés ont ouvert le feu sur des touristes près de Pahalgam. Vingt-six hommes ont été tués. New Delhi accuse Islamabad de soutenir les auteurs.\nDès le lendemain, l'Inde a suspendu le traité sur les eaux de l'Indus.", '2025-05-01');
  assert.deepEqual(found.find(([t]) => t === 'le lendemain'), ['le lendemain', '2025-04-23']);
});

test('"Le lendemain" follows the fronted day of the sentence before, not a "depuis" date inside it', () => {
  const found = paragraph("Le 7 novembre, devant le Parlement, la dirigeante conservatrice, en poste depuis le 21 octobre, avait estimé qu'une attaque pourrait menacer la survie du pays. Le lendemain, le consul général avait publié un message hostile.", '2025-11-19');
  assert.deepEqual(found.find(([t]) => t === 'Le lendemain'), ['Le lendemain', '2025-11-08']);
});

test('a "depuis" date stays the anchor when the sentence names no other day', () => {
  const found = paragraph("Le ministre est détenu depuis le 3 mai. Le lendemain, son avocat avait déposé un recours.", '2025-06-01');
  assert.deepEqual(found.find(([t]) => t === 'Le lendemain'), ['Le lendemain', '2025-05-04']);
});

test('"Dans la matinée" after a sentence with no day stays on the narrative day, not an earlier fronted one', () => {
  const found = paragraph("Mardi, le ministre a salué la trêve. Lundi soir, le président avait annoncé un cessez-le-feu. Le ministre a d'abord assuré qu'il n'existait aucun accord.\nDans la matinée, une dernière salve de missiles a frappé un immeuble.", '2025-06-24');
  assert.deepEqual(found.find(([t]) => t === 'Dans la matinée'), ['Dans la matinée', '2025-06-24TMO']);
});

expectTimexes([
  // "a dû fermer": the participle "dû" (folded "du") makes a compound past
  ["Dans la soirée de lundi, l'aéroport de Copenhague a dû fermer pendant près de quatre heures.", '2025-09-24', 'la soirée de lundi', '2025-09-22TEV'],
  ['Lundi soir, le gouvernement a dû renoncer à son projet.', '2025-09-24', 'Lundi soir', '2025-09-22TEV'],
  // "n'ont rien donné": a compound past with "rien" between the auxiliary and the participle
  ["Les discussions de mardi à Pékin n'ont rien donné.", '2025-11-19', 'mardi', '2025-11-18'],
  // a bound set in a passé composé with no day of the sentence to count from: the nearest such day
  ["Le même jour, l'Inde a fermé son espace aérien à tous les avions pakistanais jusqu'au 23 mai.", '2025-05-01', '23 mai', '2025-05-23'],
  // a deadline set in a past clause lies ahead of the moment it was set
  ["Kiev a proposé une rencontre entre les deux présidents d'ici à la fin du mois d'août.", '2025-07-29', "la fin du mois d'août", '2025-08'],
  ["Le ministre a promis une réponse d'ici fin août.", '2025-07-29', 'fin août', '2025-08'],
  ['La conférence se tiendra à la fin du mois de septembre.', '2025-07-29', 'la fin du mois de septembre', '2025-09'],
  // "ce week-end" in reported speech (an imperfect after "a précisé que"): the nearest weekend
  ["La porte-parole a précisé lundi que le Premier ministre n'avait aucun projet de rencontre avec son homologue au sommet du G20, ce week-end.", '2025-11-19', 'ce week-end', '2025-W47-WE'],
  ["Le ministre a affirmé que les manifestants étaient nombreux ce week-end.", '2025-11-17', 'ce week-end', '2025-W46-WE'],
]);

expectTimexes([
  // guards: a pluperfect bound stays behind; a past month with no deadline word stays behind
  ["Le pays avait fermé ses frontières jusqu'au 15 avril.", '2025-03-01', '15 avril', '2024-04-15'],
  ['Les combats ont repris fin août.', '2025-09-10', 'fin août', '2025-08'],
  ['Il avait été élu en mai.', '2025-03-29', 'mai', '2024-05'],
  // a pluperfect in reported speech keeps its past
  ['Il a affirmé que les manifestants avaient été arrêtés ce week-end.', '2025-11-19', 'ce week-end', '2025-W46-WE'],
]);
