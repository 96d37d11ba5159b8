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

const TOKEN = /aujourd['’]hui|(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=[\p{L}\p{N}«"“])|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/giu;

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

export function tokenize(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(from, to);
  const lowered = matchForm(slice).toLowerCase();
  // toLowerCase keeps the length for French text; guard against the rare letter that does not.
  const folded = lowered.length === slice.length ? lowered : matchForm(slice);
  TOKEN.lastIndex = 0;
  for (const m of slice.matchAll(TOKEN)) {
    const s = m.index!;
    const t = m[0];
    out.push({
      start: from + s,
      end: from + s + t.length,
      text: t,
      fold: folded.slice(s, s + t.length),
      cap: startsUpper(t),
      word: startsWord(t),
    });
  }
  return out;
}
