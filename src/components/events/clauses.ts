// Clauses inside a sentence: the words an event's actors and status are looked for in.
// A clause ends at ; : ( ), at a connective ("alors que", "mais", "selon"…) and at a comma
// that opens a reporting clause (", a indiqué Lavrov").
import type { EventLexicon } from './lexicon.ts';
import { seqAt, type Word } from './words.ts';

const HARD_BREAKS = new Set([';', ':', '(', ')', '[', ']']);

/** Clause number of every word of the sentence (", qui" opens a clause unless `breakRelatives` is false: a relative clause still dates its antecedent). */
export function clauseIds(words: Word[], lex: EventLexicon, breakRelatives = true): number[] {
  const ids: number[] = [];
  let id = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.punct && HARD_BREAKS.has(w.text)) { id++; ids.push(id); continue; }
    if (w.punct && w.text === ',' && (opensReporting(words, i + 1, lex) || (breakRelatives && words[i + 1]?.text === 'qui'))) id++;
    else if (!w.punct && lex.clauseBreaks.some((s) => seqAt(words, i, s))) id++;
    ids.push(id);
  }
  return ids;
}

/** ", a indiqué X", ", a-t-il ajouté", ", ont affirmé…", ", estimant que" */
function opensReporting(words: Word[], from: number, lex: EventLexicon): boolean {
  let seen = 0;
  for (let i = from; i < words.length && seen < 4; i++) {
    const w = words[i];
    if (w.punct) { if (w.text === '"') continue; return false; }
    seen++;
    if (lex.reportingVerbs.has(w.text)) return true;
  }
  return false;
}

/** Whether each word sits between quote marks (alternating " tokens of the folded text). */
export function quotedMask(words: Word[]): boolean[] {
  const mask: boolean[] = [];
  let open = false;
  for (const w of words) {
    if (w.punct && w.text === '"') { open = !open; mask.push(false); continue; }
    mask.push(open);
  }
  return mask;
}
