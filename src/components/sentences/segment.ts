// French sentence segmentation with offsets. A period, "?", "!" or ellipsis ends a sentence when
// whitespace and a capital, digit or opening mark follow, except after abbreviations ("M.",
// "MM.", "av. J.-C."), initials ("Donald J. Trump") and an elision mark "(...)". Closing quotes
// and brackets after the final mark belong to the sentence; a line break always ends one.
import type { Span } from '../../core/document.ts';
import { sentenceLexicon } from './lexicon.ts';

const TERMINATOR = /[.!?…]+/g;
const INLINE_SPACE = /[ \t\u00a0\u202f\u2009]/;
const STARTER = /[\p{Lu}\d«"“‘(\[—–¿¡-]/u;
const INITIALS = /^(?:\p{Lu}\.-?)*\p{Lu}$/u;
// Built once (tsx turns a literal with \p{…} outside a class into a `new RegExp` at each use).
const ELIDED_ARTICLE = /^\p{L}[’']/u;

/** Paragraph spans: one per non-empty line, trimmed. */
export function paragraphSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let s = start; let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end + 1;
  }
  return out;
}

/** The word before a period at `dot` ("M", "MM", "J.-C", "etc"). */
function wordBefore(text: string, dot: number, floor: number): string {
  let s = dot;
  while (s > floor && /[\p{L}\p{M}.\-’']/u.test(text[s - 1])) s--;
  return text.slice(s, dot).replace(/^[.\-’']+/, '');
}

/** Where the sentence ending with the terminator [i, j) really ends, or -1 when it does not end there. */
function boundaryAfter(text: string, i: number, j: number, pend: number): number {
  const mark = text.slice(i, j);
  // "(...)" and "[…]" mark a cut inside a quotation, not an end.
  if (text[i - 1] === '(' && text[j] === ')' || text[i - 1] === '[' && text[j] === ']') return -1;
  let k = j;
  for (;;) {
    let t = k;
    while (t < pend && INLINE_SPACE.test(text[t])) t++;
    const c = text[t];
    const closingStraight = c === '"' && (t + 1 >= pend || /[\s.,;:!?)\]]/.test(text[t + 1]));
    if (c === '»' || c === '”' || c === ')' || c === ']' || c === '’' && t === k || closingStraight) { k = t + 1; continue; }
    break;
  }
  if (k >= pend) return pend;
  if (!INLINE_SPACE.test(text[k])) return -1;
  let n = k;
  while (n < pend && INLINE_SPACE.test(text[n])) n++;
  if (n >= pend) return pend;
  if (!STARTER.test(text[n])) return -1;
  if (mark === '.') {
    const lex = sentenceLexicon();
    const word = wordBefore(text, i, 0);
    if (lex.noBreak.has(word)) return -1;
    // "l’art. 49.3": the elided article is not part of the abbreviation.
    if (/\d/.test(text[n]) && lex.beforeNumber.has(word.replace(ELIDED_ARTICLE, ''))) return -1;
    if (!lex.final.has(word) && INITIALS.test(word)) return -1;
  }
  return k;
}

/** Sentence spans of `text` (trimmed, never across a line break). */
export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const p of paragraphSpans(text)) {
    let start = p.start;
    TERMINATOR.lastIndex = p.start;
    let m: RegExpExecArray | null;
    while ((m = TERMINATOR.exec(text)) !== null && m.index < p.end) {
      const end = boundaryAfter(text, m.index, m.index + m[0].length, p.end);
      if (end < 0) continue;
      if (end > start) out.push({ start, end });
      start = end;
      while (start < p.end && /\s/.test(text[start])) start++;
      TERMINATOR.lastIndex = Math.max(TERMINATOR.lastIndex, start);
      if (start >= p.end) break;
    }
    if (start < p.end) out.push({ start, end: p.end });
  }
  return out;
}
