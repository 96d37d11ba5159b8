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

const TOKEN = /[\p{L}\p{N}]+|[,;:"()\u2013.!?[\]]/gu;

export function tokenize(folded: string, from = 0, to = folded.length): Word[] {
  const out: Word[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(folded); m && m.index < to; m = TOKEN.exec(folded)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    out.push({ start: m.index, end, text: m[0], punct: !/[\p{L}\p{N}]/u.test(m[0][0]) });
  }
  // A spaced dash " - " is an incise boundary: keep it as a punctuation token.
  for (let i = from; i < to; i++) {
    if (folded[i] === '-' && (folded[i - 1] === ' ' || folded[i + 1] === ' ')) out.push({ start: i, end: i + 1, text: '-', punct: true });
  }
  return out.sort((a, b) => a.start - b.start);
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

function firstWordIndex(seqs: string[][]): Map<string, string[][]> {
  let index = byFirstWord.get(seqs);
  if (!index) {
    index = new Map();
    for (const s of seqs) {
      const list = index.get(s[0]);
      if (list) list.push(s); else index.set(s[0], [s]);
    }
    byFirstWord.set(seqs, index);
  }
  return index;
}

/** The first sequence of `seqs` (in list order) occurring in `words` at index i, or undefined. */
export function seqStartingAt(words: Word[], i: number, seqs: string[][]): string[] | undefined {
  const w = words[i];
  if (!w) return undefined;
  return firstWordIndex(seqs).get(w.text)?.find((s) => seqAt(words, i, s));
}

/** The first occurrence of any sequence starting within [from, to): its index and length, or null. */
export function findSeq(words: Word[], from: number, to: number, seqs: string[][]): { at: number; len: number } | null {
  for (let i = Math.max(0, from); i < Math.min(to, words.length); i++) {
    const s = seqStartingAt(words, i, seqs);
    if (s) return { at: i, len: s.length };
  }
  return null;
}
