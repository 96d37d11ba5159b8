// Search snippets computed from the stored text, as SQLite FTS5's snippet() does (words marked
// [like this], a window of a dozen words, "…" where the text goes on), but without re-running the
// full-text match for every article listed: FTS5's snippet() costs about as much as the rest of a
// search together. Words compare as the full-text index compares them: case and accents ignored.
import { foldForm } from '../core/normalize.ts';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const MARKS = /\p{M}/gu;

/** The words of a search as the full-text index keeps words: lower case, accents removed. */
export function searchWords(q: string): string[] {
  return [...new Set((foldForm(q).match(WORD) ?? []).map((w) => w.replace(MARKS, '')))];
}

interface Token { start: number; end: number; hit: string | null }

/** The whole words of `folded` equal to one of `words`, in text order. */
function hitsIn(folded: string, words: string[]): { start: number; word: string }[] {
  const hits: { start: number; word: string }[] = [];
  for (const word of words) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      const before = at > 0 ? folded[at - 1] : '', after = folded[at + word.length] ?? '';
      if ((before && WORD_CHAR.test(before)) || (after && WORD_CHAR.test(after))) continue;
      hits.push({ start: at, word });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The words of folded[from, to), each marked when it is one of the words searched. */
function tokensIn(folded: string, from: number, to: number, wanted: Set<string>): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(folded); m && m.index < to; m = WORD.exec(folded)) {
    const word = m[0].replace(MARKS, '');
    tokens.push({ start: m.index, end: m.index + m[0].length, hit: wanted.has(word) ? word : null });
  }
  WORD.lastIndex = 0;
  return tokens;
}

/**
 * The `size`-word window of `text` with the most distinct search words (the earliest on a tie),
 * each found word between `open` and `close`; undefined when the text has none of them. Only the
 * text around the words found is split into words: long articles cost little more than short ones.
 */
export function snippet(text: string, words: string[], size = 12, open = '[', close = ']', ellipsis = '…'): string | undefined {
  if (!words.length) return undefined;
  // foldForm keeps every offset: words are found in the folded text and cut from the original.
  const folded = foldForm(text);
  const hits = hitsIn(folded, words.filter((w) => w.length));
  if (!hits.length) return undefined;
  // The words around the found ones (a dozen words are well within 200 characters either side).
  const from = Math.max(0, hits[0].start - 200), to = Math.min(folded.length, hits[hits.length - 1].start + 200);
  const region = tokensIn(folded, from, to, new Set(words));
  const atText = (i: number) => region[i].start;
  // Window starts are counted in the region's words, from its first; a region that does not start
  // the text never starts a window at its first word (the words before it are unknown here).
  const startsText = from === 0, endsText = to === folded.length;
  const lead = Math.floor(size / 3);
  let best = -1, bestScore = -1;
  for (let h = 0; h < region.length; h++) {
    if (!region[h].hit) continue;
    const lowest = startsText ? 0 : Math.min(h, 1);
    const start = Math.max(lowest, Math.min(h - lead, region.length - size));
    const found = new Set<string>();
    let count = 0;
    for (let i = start; i < Math.min(region.length, start + size); i++) {
      if (region[i].hit) { found.add(region[i].hit!); count++; }
    }
    const score = found.size * 1000 + count;
    if (score > bestScore) { best = start; bestScore = score; }
  }
  if (best < 0) return undefined;
  const last = Math.min(region.length, best + size) - 1;
  const first = best === 0 && startsText;
  let out = first ? '' : ellipsis;
  let at = atText(best);
  for (let i = best; i <= last; i++) {
    const t = region[i];
    out += text.slice(at, t.start) + (t.hit ? open + text.slice(t.start, t.end) + close : text.slice(t.start, t.end));
    at = t.end;
  }
  return last === region.length - 1 && endsText ? out + text.slice(at) : out + ellipsis;
}
