// Word and punctuation tokens over the folded text (foldForm: same length as doc.text, so
// offsets are offsets into doc.text). Hyphens and apostrophes separate words and are not tokens:
// "s'est entretenu" → s | est | entretenu, "cessez-le-feu" → cessez | le | feu.
import { nameKey } from '../../core/normalize.ts';

export interface Word {
  start: number;
  end: number;
  /** Folded form: lower case, no accents. */
  text: string;
  /** A punctuation token (, ; : " ( ) – …) rather than a word. */
  punct: boolean;
}

const TOKEN = /([\p{L}\p{N}]+)|[,;:"()\u2013.!?[\]]/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The tokens of folded[from, to), read from the text itself. */
function scan(folded: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(folded); m && m.index < to; m = TOKEN.exec(folded)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    // a word run is no punctuation, unless it opens on a surrogate pair (its first code unit alone is no letter)
    const first = m[0].charCodeAt(0);
    const punct = m[1] === undefined || (first >= 0xd800 && first <= 0xdfff && !WORD_CHAR.test(m[0][0]));
    out.push({ start: m.index, end, text: m[0], punct });
  }
  // A spaced dash " - " is an incise boundary: keep it as a punctuation token.
  let dashes = false;
  for (let i = folded.indexOf('-', from); i >= 0 && i < to; i = folded.indexOf('-', i + 1)) {
    if (folded[i - 1] === ' ' || folded[i + 1] === ' ') { out.push({ start: i, end: i + 1, text: '-', punct: true }); dashes = true; }
  }
  return dashes ? out.sort((a, b) => a.start - b.start) : out;
}

const isSurrogate = (u: number) => u >= 0xd800 && u <= 0xdfff;
const isWordUnit = (u: number) => (u < 128 ? (u >= 97 && u <= 122) || (u >= 65 && u <= 90) || (u >= 48 && u <= 57) : WORD_CHAR.test(String.fromCharCode(u)));

/** Whether a range starting at `from` cuts no token (nor a surrogate pair): its tokens are then those of the whole text. */
function cutsNothingAt(folded: string, from: number): boolean {
  if (from <= 0 || from >= folded.length) return true;
  const before = folded.charCodeAt(from - 1), at = folded.charCodeAt(from);
  if (isSurrogate(before) || isSurrogate(at)) return false;
  return !(isWordUnit(before) && isWordUnit(at));
}

// The sentences of a document and many phrases inside them are tokenized over and over (triggers, actors, dates, the
// sentence before): the whole folded text is tokenized once and ranges are cut from it. One text is kept (the
// document being analysed), so memory stays flat.
let cachedText: string | null = null;
let cachedWords: Word[] = [];

export function tokenize(folded: string, from = 0, to = folded.length): Word[] {
  if (!cutsNothingAt(folded, from)) return scan(folded, from, to);
  if (folded !== cachedText) { cachedWords = scan(folded, 0, folded.length); cachedText = folded; }
  const all = cachedWords;
  // the first token starting at or after `from`, then the first ending after `to` (tokens do not overlap: both are sorted)
  let lo = 0, hi = all.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (all[mid].start >= from) hi = mid; else lo = mid + 1; }
  let end = lo;
  hi = all.length;
  while (end < hi) { const mid = (end + hi) >> 1; if (all[mid].end > to) hi = mid; else end = mid + 1; }
  return all.slice(lo, end);
}

/** A lexicon entry as a word sequence, folded like the text ("l'appel" → ["l", "appel"]). */
export function keyWords(phrase: string): string[] {
  return nameKey(phrase).split(' ').filter(Boolean);
}

/** Does the word sequence `seq` occur in `words` starting at index i (punctuation not skipped)? */
export function seqAt(words: Word[], i: number, seq: string[]): boolean {
  if (i < 0 || i + seq.length > words.length) return false;
  for (let k = 0; k < seq.length; k++) if (words[i + k].text !== seq[k]) return false;
  return true;
}

/** Sequence lists by their first word, in list order: built once per lexicon list. */
const byFirstWord = new WeakMap<string[][], Map<string, string[][]>>();

let lastSeqs: string[][] | null = null;
let lastIndex: Map<string, string[][]> | null = null;

function firstWordIndex(seqs: string[][]): Map<string, string[][]> {
  // (loops over a sentence's words ask for the same list at every word: the last one is kept at hand)
  if (seqs === lastSeqs) return lastIndex!;
  let index = byFirstWord.get(seqs);
  if (!index) {
    index = new Map();
    for (const s of seqs) {
      const list = index.get(s[0]);
      if (list) list.push(s); else index.set(s[0], [s]);
    }
    byFirstWord.set(seqs, index);
  }
  lastSeqs = seqs;
  lastIndex = index;
  return index;
}

/** The first sequence of `seqs` (in list order) occurring in `words` at index i, or undefined. */
export function seqStartingAt(words: Word[], i: number, seqs: string[][]): string[] | undefined {
  const w = words[i];
  if (!w) return undefined;
  const candidates = firstWordIndex(seqs).get(w.text);
  if (!candidates) return undefined;
  for (let k = 0; k < candidates.length; k++) if (seqAt(words, i, candidates[k])) return candidates[k];
  return undefined;
}

/** The sequences of `seqs` (in list order) whose first word is `word`, or undefined. */
export function seqsStartingWith(seqs: string[][], word: string): string[][] | undefined {
  return firstWordIndex(seqs).get(word);
}

/** The first occurrence of any sequence starting within [from, to): its index and length, or null. */
export function findSeq(words: Word[], from: number, to: number, seqs: string[][]): { at: number; len: number } | null {
  for (let i = Math.max(0, from); i < Math.min(to, words.length); i++) {
    const s = seqStartingAt(words, i, seqs);
    if (s) return { at: i, len: s.length };
  }
  return null;
}
