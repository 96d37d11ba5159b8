// Quoted passages, found cheaply from their marks, so deictic words inside a quotation
// ("« Aujourd'hui, la violence prend fin », a affirmé…") can be read from the day they were said.
// Kept local and simple: the quotes component, which runs later, does the careful pairing.
import type { Span } from '../../core/document.ts';

const OPEN = new Map([['«', '»'], ['“', '”'], ['„', '“']]);
// Built once (tsx turns a literal with \p{…} outside a class into a `new RegExp` at each use).
const LETTER = /\p{L}/u;

/** Spans between paired quotation marks (marks excluded); an unclosed mark ends at its paragraph. */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  let close: string | null = null;
  let start = -1;
  for (const m of text.matchAll(/[«»“”„"\n]/g)) {
    const i = m.index!, c = m[0];
    if (close === null) {
      if (OPEN.has(c)) { close = OPEN.get(c)!; start = i + 1; }
      // A straight quote opens after a space or an opening bracket and before a word.
      else if (c === '"' && /^[\s([]?$/.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? '')) { close = '"'; start = i + 1; }
    } else if (c === close || c === '\n') {
      out.push({ start, end: i });
      close = null;
    }
  }
  if (close !== null) out.push({ start, end: text.length });
  return out;
}

/** The quoted span holding [start, end), or null. */
export function quoteAt(spans: Span[], start: number, end: number): Span | null {
  for (const s of spans) if (s.start <= start && end <= s.end) return s;
  return null;
}
