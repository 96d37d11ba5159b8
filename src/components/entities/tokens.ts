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

const UPPER = /^\p{Lu}/u;
const NOT_LETTER = /[^\p{L}]/gu;
const GAP_CHAR = /[\s"'(\[«»-]/;
const BREAK_CHAR = /[.!?:\n…]/;

// Per-code-unit answers of GAP_CHAR and BREAK_CHAR (0 unknown, 1 no, 2 yes), filled on first
// sight: the sentence-start test looks at a few characters before every token.
const gapChar = new Uint8Array(65536);
const breakChar = new Uint8Array(65536);
function charIs(table: Uint8Array, re: RegExp, text: string, i: number): boolean {
  const u = text.charCodeAt(i);
  let v = table[u];
  if (v === 0) table[u] = v = re.test(text[i]) ? 2 : 1;
  return v === 2;
}

/** Starts with an upper-case letter (ASCII decided without a regex). */
function startsUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  if (c >= 65 && c <= 90) return true;
  return UPPER.test(t);
}

/** Two or more letters, all upper case. A token starting with a lower-case ASCII letter never is. */
function isAllCaps(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  // Plain ASCII: all caps when no lower-case letter and two capitals or more (digits dropped).
  let capitals = 0, ascii = true;
  for (let i = 0; i < t.length && ascii; i++) {
    const u = t.charCodeAt(i);
    if (u >= 97 && u <= 122) return false;
    if (u >= 65 && u <= 90) capitals++;
    else if (u >= 128) ascii = false;
  }
  if (ascii) return capitals >= 2;
  const letters = t.replace(NOT_LETTER, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

// Per-code-unit answers of WORD_CHAR (0 unknown, 1 no, 2 yes): the scan below replaces a
// global \p{L}\p{N} regex, the costliest part of tokenizing.
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const wordChar = new Uint8Array(65536);

/** Length in code units of the word character at `i` (2 for a letter outside the BMP), or 0. */
function wordCharAt(text: string, i: number): number {
  const u = text.charCodeAt(i);
  if ((u >= 97 && u <= 122) || (u >= 65 && u <= 90) || (u >= 48 && u <= 57)) return 1;
  if (u < 128) return 0;
  if (u >= 0xd800 && u <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let v = wordChar[u];
  if (v === 0) wordChar[u] = v = WORD_CHAR.test(text[i]) ? 2 : 1;
  return v === 2 ? 1 : 0;
}

export function tokenize(doc: Document, folded: string = doc.fold ?? foldForm(doc.text)): Tok[] {
  const text = doc.norm;
  const out: Tok[] = [];
  const starts = new Set(doc.sentences.map((x) => x.start));
  const n = text.length;
  for (let i = 0; i < n;) {
    let w = wordCharAt(text, i);
    if (!w) { i++; continue; }
    const start = i;
    // Lower-case ASCII words are their own folded form: one string serves as text and key.
    let plain = true;
    do {
      const u = text.charCodeAt(i);
      if (plain && !((u >= 97 && u <= 122) || (u >= 48 && u <= 57))) plain = false;
      i += w;
    } while (i < n && (w = wordCharAt(text, i)));
    const end = i;
    const t = text.slice(start, end);
    const key = plain && folded.startsWith(t, start) ? t : folded.slice(start, end);
    out.push({
      start, end, text: t, key, nk: key, cap: startsUpper(t), allCaps: isAllCaps(t),
      sentStart: isSentenceStart(text, start, starts),
    });
  }
  return out;
}

function isSentenceStart(text: string, at: number, sentenceStarts: Set<number>): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) !== 10 && charIs(gapChar, GAP_CHAR, text, i)) i--;
  if (i < 0 || charIs(breakChar, BREAK_CHAR, text, i)) return true;
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

/** nameGap(gapBetween(text, a, b), a), without cutting the gap out of the text. */
export function nameGapBetween(text: string, a: Tok, b: Tok): boolean {
  const at = a.end;
  const c = text.charCodeAt(at);
  switch (b.start - at) {
    case 1: return c === 32 || c === 45 || c === 39 || (c === 46 && a.text.length <= 2 && a.cap);
    case 2: return c === 46 && text.charCodeAt(at + 1) === 32 && a.text.length <= 2 && a.cap;
    case 3: return c === 32 && text.charCodeAt(at + 1) === 45 && text.charCodeAt(at + 2) === 32;
    default: return false;
  }
}
