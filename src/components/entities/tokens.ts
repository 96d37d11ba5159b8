// Word tokens for name matching: runs of letters and digits. Hyphens and apostrophes split
// words ("Maison-Blanche" → Maison, Blanche) and are kept as gaps, so n-grams of tokens
// compare to KB names by nameKey (which turns - and ' into spaces).
import { foldForm } from '../../core/normalize.ts';
import type { Document } from '../../core/document.ts';

export interface Tok {
  start: number;
  end: number;
  text: string;
  /** Folded form (lower case, no accents). */
  key: string;
  /** nameKey of the token: its folded form, since a token holds no hyphen, apostrophe or period. */
  nk: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case (ANDREW, OTAN). */
  allCaps: boolean;
  /** First word of its sentence or line (capitalised for that reason alone). */
  sentStart: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const UPPER = /^\p{Lu}/u;

export function tokenize(doc: Document, folded: string = foldForm(doc.text)): Tok[] {
  const text = doc.norm;
  const out: Tok[] = [];
  const starts = new Set(doc.sentences.map((x) => x.start));
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    const end = start + m[0].length;
    const t = m[0];
    const letters = t.replace(/[^\p{L}]/gu, '');
    out.push({
      start, end, text: t, key: folded.slice(start, end), nk: folded.slice(start, end), cap: UPPER.test(t),
      allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      sentStart: isSentenceStart(text, start, starts),
    });
  }
  return out;
}

function isSentenceStart(text: string, at: number, sentenceStarts: Set<number>): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"'(\[«»-]/.test(text[i]) && text[i] !== '\n') i--;
  if (i < 0 || /[.!?:\n…]/.test(text[i])) return true;
  // The sentence layer may know better (a sentence starting after a title line without a period).
  return sentenceStarts.has(at);
}

/** The text between two adjacent tokens. */
export function gapBetween(text: string, a: Tok, b: Tok): string {
  return text.slice(a.end, b.start);
}

/** Gaps allowed inside a multi-word name: one space, a hyphen, an apostrophe, or "." after an initial. */
export function nameGap(gap: string, before: Tok): boolean {
  if (gap === ' ' || gap === '-' || gap === "'" || gap === ' - ') return true;
  if ((gap === '.' || gap === '. ') && before.text.length <= 2 && before.cap) return true;
  return false;
}
