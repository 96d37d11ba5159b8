// A small word tokenizer for reporting clauses: elided clitics (l', d', qu') are their own
// tokens, hyphenated words stay whole ("a-t-il", "porte-parole"), punctuation is one token each.
import { matchForm } from '../../core/normalize.ts';

export interface Tok {
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Lower case with typographic apostrophes as ' (accents kept: "à" is not "a"). */
  fold: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A word (letters/digits), not punctuation. */
  word: boolean;
}

// The token grammar, as a regex (flags g, i, u), tried in this order at each non-space position:
//   aujourd['’]hui
//   (?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=[\p{L}\p{N}«"“])   an elided clitic
//   [\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*                               a word
//   [^\s\p{L}\p{N}]                                                      one other character
// It is scanned by hand below (the regex engine and its match objects were most of the cost);
// character classes are the regex's own, asked once per code unit.
const ALNUM = /^[\p{L}\p{N}]$/iu;
const SPACE_CHAR = /^\s$/u;
const CLASS = new Uint8Array(65536); // 0: not seen yet, 1: letter or digit, 2: space, 3: other
function classOf(u: number): number {
  let c = CLASS[u];
  if (c === 0) {
    const ch = String.fromCharCode(u);
    c = CLASS[u] = ALNUM.test(ch) ? 1 : SPACE_CHAR.test(ch) ? 2 : 3;
  }
  return c;
}

/** Width (1, or 2 for an astral character) of the code point at i. */
function widthAt(text: string, i: number, to: number): number {
  const u = text.charCodeAt(i);
  if (u < 0xd800 || u > 0xdbff || i + 1 >= to) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/** Whether the code point at i (before `to`) is a letter or digit. */
function alnumAt(text: string, i: number, to: number): boolean {
  if (i >= to) return false;
  return widthAt(text, i, to) === 2 ? ALNUM.test(text.slice(i, i + 2)) : classOf(text.charCodeAt(i)) === 1;
}

const isApostrophe = (u: number) => u === 39 || u === 0x2019;

/** Whether code unit u is the lower-case ASCII letter w in either case (the regex's i flag: ſ is an s). */
function sameLetter(u: number, w: number): boolean {
  return u === w || u === w - 32 || (w === 115 && u === 0x17f);
}

/** Whether `word` (lower-case ASCII) is written at i, in any case. */
function wordAt(text: string, i: number, to: number, word: string): boolean {
  if (i + word.length > to) return false;
  for (let n = 0; n < word.length; n++) if (!sameLetter(text.charCodeAt(i + n), word.charCodeAt(n))) return false;
  return true;
}

const codes = (letters: string) => new Set([...letters].map((c) => c.charCodeAt(0)));
const ONE_LETTER_CLITICS = codes('cdjlmnst');
const LONG_CLITICS = ['qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu'];
const LONG_CLITIC_INITIALS = codes('qjlp');

/** Length of the elided clitic at i ("l'", "qu'", "jusqu'") before a letter, digit or opening quote; 0 if none. */
function cliticAt(text: string, i: number, to: number): number {
  let len = 0;
  const u = text.charCodeAt(i);
  // The letter in lower case, as the regex's i flag compares it (ſ is an s).
  const letter = u >= 65 && u <= 90 ? u + 32 : u === 0x17f ? 115 : u;
  if (i + 1 < to && isApostrophe(text.charCodeAt(i + 1))) {
    // A letter and its apostrophe: only a one-letter clitic can be there.
    if (ONE_LETTER_CLITICS.has(letter)) len = 2;
  } else if (LONG_CLITIC_INITIALS.has(letter)) {
    for (let n = 0; n < LONG_CLITICS.length && !len; n++) {
      const w = LONG_CLITICS[n];
      if (wordAt(text, i, to, w) && i + w.length < to && isApostrophe(text.charCodeAt(i + w.length))) len = w.length + 1;
    }
  }
  if (!len || i + len >= to) return 0;
  const next = text.charCodeAt(i + len);
  return next === 0xab || next === 34 || next === 0x201c || alnumAt(text, i + len, to) ? len : 0;
}

/** End of the token starting at i (a non-space position). */
function tokenEnd(text: string, i: number, to: number): number {
  if (i + 11 <= to && wordAt(text, i, to, 'aujourd') && isApostrophe(text.charCodeAt(i + 7)) && wordAt(text, i + 8, to, 'hui')) return i + 11;
  const clitic = cliticAt(text, i, to);
  if (clitic) return i + clitic;
  if (!alnumAt(text, i, to)) return i + widthAt(text, i, to);
  let e = i;
  for (;;) {
    while (alnumAt(text, e, to)) e += widthAt(text, e, to);
    const sep = text.charCodeAt(e);
    if (e + 1 < to && (sep === 45 || isApostrophe(sep) || sep === 46) && alnumAt(text, e + 1, to)) { e++; continue; }
    return e;
  }
}

const UPPER = /^\p{Lu}/u;
const WORD_START = /^[\p{L}\p{N}]/u;

// ASCII first characters are decided without a regex (most tokens); others ask the regex.
function startsUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(t);
}

function startsWord(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_START.test(t);
}

/** `norm`: matchForm of the text when the caller has it (the document caches it). */
export function tokenize(text: string, from = 0, to = text.length, norm?: string): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(from, to);
  const matched = norm !== undefined ? norm.slice(from, to) : matchForm(slice);
  const lowered = matched.toLowerCase();
  // toLowerCase keeps the length for French text; guard against the rare letter that does not.
  const folded = lowered.length === slice.length ? lowered : matched;
  const n = slice.length;
  for (let s = 0; s < n;) {
    if (widthAt(slice, s, n) === 1 && classOf(slice.charCodeAt(s)) === 2) { s++; continue; }
    const e = tokenEnd(slice, s, n);
    const t = slice.slice(s, e);
    // Most tokens are already in their folded form: the same string then serves for both.
    let folds = false;
    for (let i = s; i < e && !folds; i++) folds = folded.charCodeAt(i) !== slice.charCodeAt(i);
    out.push({
      start: from + s,
      end: from + s + t.length,
      text: t,
      fold: folds ? folded.slice(s, e) : t,
      cap: startsUpper(t),
      word: startsWord(t),
    });
    s = e;
  }
  return out;
}
