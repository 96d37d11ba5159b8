// Search snippets computed from the stored text, as SQLite FTS5's snippet() does (words marked
// [like this], a window of a dozen words, "…" where the text goes on), but without re-running the
// full-text match for every article listed: FTS5's snippet() costs about as much as the rest of a
// search together. Words compare as the full-text index compares them: case and accents ignored.

import { foldForm } from '../core/normalize.ts';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}/gu;

/** The words of a search as the full-text index keeps words: lower case, accents removed. */
export function searchWords(q: string): string[] {
  return [...new Set((foldForm(q).match(WORD) ?? []).map((w) => w.replace(MARKS, '')))];
}

/**
 * The `size`-word window of `text` with the most distinct search words (the earliest on a tie),
 * each found word between `open` and `close`; undefined when the text has none of them.
 */
export function snippet(text: string, words: string[], size = 12, open = '[', close = ']', ellipsis = '…'): string | undefined {
  if (!words.length) return undefined;
  const wanted = new Set(words);
  const tokens: { start: number; end: number; hit: string | null }[] = [];
  // foldForm keeps every offset: words are found in the folded text and cut from the original.
  for (const m of foldForm(text).matchAll(WORD)) {
    const folded = m[0].replace(MARKS, '');
    tokens.push({ start: m.index!, end: m.index! + m[0].length, hit: wanted.has(folded) ? folded : null });
  }
  const hits = tokens.flatMap((t, i) => (t.hit ? [i] : []));
  if (!hits.length) return undefined;
  // Windows are tried with a found word a third of the way in, so it reads with some context.
  const lead = Math.floor(size / 3);
  let best = 0, bestScore = -1;
  for (const h of hits) {
    const start = Math.max(0, Math.min(h - lead, tokens.length - size));
    const found = new Set<string>();
    let count = 0;
    for (let i = start; i < Math.min(tokens.length, start + size); i++) {
      if (tokens[i].hit) { found.add(tokens[i].hit!); count++; }
    }
    const score = found.size * 1000 + count;
    if (score > bestScore) { best = start; bestScore = score; }
  }
  const last = Math.min(tokens.length, best + size) - 1;
  let out = best > 0 ? ellipsis : '';
  let at = tokens[best].start;
  for (let i = best; i <= last; i++) {
    const t = tokens[i];
    out += text.slice(at, t.start) + (t.hit ? open + text.slice(t.start, t.end) + close : text.slice(t.start, t.end));
    at = t.end;
  }
  return last < tokens.length - 1 ? out + ellipsis : out + text.slice(at);
}
