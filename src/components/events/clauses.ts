// Clauses inside a sentence: the words an event's actors and status are looked for in.
// A clause ends at ; : ( ), at a connective ("alors que", "mais", "selon"…) and at a comma
// that opens a reporting clause (", a indiqué Lavrov").
import type { EventLexicon } from './lexicon.ts';
import { seqStartingAt, type Word } from './words.ts';

const HARD_BREAKS = new Set([';', ':', '(', ')', '[', ']']);

/** Clause number of every word of the sentence (", qui" opens a clause unless `breakRelatives` is false: a relative clause still dates its antecedent). */
export function clauseIds(words: Word[], lex: EventLexicon, breakRelatives = true): number[] {
  const ids: number[] = [];
  let id = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // "(Cedeao)", "(heure locale)": a short parenthesis inside a clause is an apposition, not a break
    const shortParen = w.text === '(' ? closingWithin(words, i, SHORT_PARENTHESIS) : -1;
    if (shortParen > 0) { for (let j = i; j <= shortParen; j++) ids.push(id); i = shortParen; continue; }
    if (w.punct && HARD_BREAKS.has(w.text)) { id++; ids.push(id); continue; }
    // "a annoncé que l'Inde et le Pakistan ont accepté…": the reported clause has its own subject (not a pronoun
    // standing for the reporter: "a annoncé qu'il recevrait…")
    if (!w.punct && (w.text === 'que' || w.text === 'qu') && reportedSubject(words, i, lex)) { id++; ids.push(id); continue; }
    if (w.punct && w.text === ',' && (opensReporting(words, i + 1, lex) || (breakRelatives && words[i + 1]?.text === 'qui'))) id++;
    // "avaient pourtant signé", "a cependant refusé": a one-word connective adverb between an auxiliary and its participle
    // opens no clause (a longer one, "a en revanche appelé", still does: the clause after it may be told apart)
    else if (!w.punct) {
      const connective = seqStartingAt(words, i, lex.clauseBreaks);
      if (connective && !(connective.length === 1 && afterAuxiliary(words, i, lex) && !!words[i + 1] && !words[i + 1].punct)) id++;
    }
    ids.push(id);
  }
  return ids;
}

const SHORT_PARENTHESIS = 4;

/** Whether the word before `i` is an auxiliary of a compound tense ("avaient", "a", "est"). */
function afterAuxiliary(words: Word[], i: number, lex: EventLexicon): boolean {
  const prev = words[i - 1];
  return !!prev && !prev.punct && (lex.pastAuxiliaries.some((a) => a[a.length - 1] === prev.text) || lex.passiveAuxiliaries.has(prev.text));
}

/** Index of the ")" closing the "(" at `open` when at most `max` words lie between, not followed by a dateline dash; else -1. */
function closingWithin(words: Word[], open: number, max: number): number {
  for (let j = open + 1, n = 0; j < words.length && n <= max; j++) {
    if (words[j].text === ')') return j > open + 1 && words[j + 1]?.text !== '-' ? j : -1;
    if (words[j].punct) return -1;
    n++;
  }
  return -1;
}

/** "que" right after a reporting verb ("annoncé que", "a précisé jeudi que"), opening a clause whose subject is no pronoun. */
function reportedSubject(words: Word[], at: number, lex: EventLexicon): boolean {
  const next = words[at + 1];
  if (!next || next.punct || lex.subjectPronouns.has(next.text)) return false;
  const before = words.slice(Math.max(0, at - 2), at);
  return before.some((w) => lex.reportingVerbs.has(w.text) || lex.reportingInfinitives.has(w.text));
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
