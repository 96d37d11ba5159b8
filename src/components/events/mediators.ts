// Mediators and hosts: "conclu sous l'égide du Qatar", "une rencontre … accueillie par l'Arabie
// saoudite", "L'Arabie saoudite a accueilli une rencontre entre Russes et Américains". They bring
// the parties together and are no party themselves (talks they mediate are mode third-party).
import type { EventLexicon } from './lexicon.ts';
import { seqStartingAt, type Word } from './words.ts';

/** How many words after a marker may name the mediator ("sous l'égide du secrétaire général de l'ONU"). */
const MARKED_WORDS = 6;

/** Indexes of the words each marker governs: from the word after it to the next punctuation. */
export function markedWords(words: Word[], markers: string[][]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const seq = seqStartingAt(words, i, markers);
    if (!seq) continue;
    let j = i + seq.length;
    for (let n = 0; j < words.length && !words[j].punct && n < MARKED_WORDS; j++, n++) out.add(j);
    // "sous l'égide de l'Égypte, du Qatar et de la Turquie": the list goes on after a comma or "et" and a "de"
    while (j + 1 < words.length && [',', 'et'].includes(words[j].text) && LIST_LINKS.has(words[j + 1].text)) {
      out.add(j);
      for (j++; j < words.length && !words[j].punct && words[j].text !== 'et'; j++) out.add(j);
    }
  }
  return out;
}

/** Words going on with a list of mediators after a comma or "et": "du Qatar", "de la Turquie". */
const LIST_LINKS = new Set(['de', 'du', 'des', 'd']);

/** Whether a hosting verb ("a accueilli", "abrite") stands in words [from, to): its subject hosts what follows. */
export function hostVerbBetween(words: Word[], from: number, to: number, lex: EventLexicon): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (lex.hostVerbs.has(words[i].text)) return true;
  return false;
}

/** Where the first hosting verb stands in words [from, to) (-1: none): who it receives comes after it ("accueillera vendredi Fumio Kishida et Yoon Suk Yeol pour un sommet"). */
export function hostVerbAt(words: Word[], from: number, to: number, lex: EventLexicon): number {
  for (let i = Math.max(0, from); i < to; i++) if (lex.hostVerbs.has(words[i].text)) return i;
  return -1;
}
