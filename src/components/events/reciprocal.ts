// Reciprocal talks: "Donald Trump et Vladimir Poutine se sont entretenus mardi" names both sides
// in its subject and no partner after the verb. Such a mention holds only with two participants,
// and takes the phone mode from the paragraph that says so ("Plus de deux heures au téléphone.").
import type { Document } from '../../core/document.ts';
import type { EventLexicon } from './lexicon.ts';
import type { Mention } from './extract.ts';
import { findSeq, tokenize } from './words.ts';

/** How many sentences before a talking verb, within its paragraph, may tell the phone mode. */
const PHONE_SENTENCES_BACK = 2;

/** Whether a reciprocal mention lacks its second side (then it records nothing). */
export function oneSidedReciprocal(m: Mention): boolean {
  return !!m.trigger.cue.spec.reciprocal && new Set(m.record.actors.map((a) => a.entity ?? a.name)).size < 2;
}

/** A talking verb with no mode of its own takes phone from a marker in its sentence or the paragraph's sentences just before. */
export function phoneFromParagraph(mentions: Mention[], doc: Document, folded: string, lex: EventLexicon): void {
  for (const m of mentions) {
    const spec = m.trigger.cue.spec;
    if (m.record.type !== 'CONSULT' || m.record.mode || spec.pos !== 'verb') continue;
    const sentence = doc.sentences[m.sentence];
    let from = sentence.start;
    for (let k = m.sentence - 1; k >= 0 && m.sentence - k <= PHONE_SENTENCES_BACK; k--) {
      // a paragraph break ends the look-back
      if (doc.text.slice(doc.sentences[k].end, from).includes('\n')) break;
      from = doc.sentences[k].start;
    }
    const words = tokenize(folded, from, sentence.end);
    if (findSeq(words, 0, words.length, lex.phoneMarkers)) m.record.mode = 'phone';
  }
}
