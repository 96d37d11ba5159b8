// Quotation marks paired into quoted spans, tolerant of what scrapers leave behind: reversed
// guillemets (qu' »on …), missing closing marks, closing marks pushed to the next line, and
// multi-paragraph quotes where each paragraph reopens the mark and only the last one closes.

export type MarkFamily = 'guillemet' | 'curly' | 'ascii';
type Orientation = 'open' | 'close' | 'either';

interface Mark { pos: number; family: MarkFamily; orientation: Orientation }

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the quote was never closed (ends at its paragraph end). */
  close: number | null;
  /** Inner content, trimmed of spaces: offsets into the text. */
  start: number;
  end: number;
  /** Offsets of the marks that reopen the quote at the start of each continuation paragraph. */
  reopenings: number[];
}

/** The family of a quotation mark by its code unit (« » ‹ ›, “ ” „ ‟, "), or null for any other character. */
function familyOf(u: number): MarkFamily | null {
  switch (u) {
    case 0xab: case 0xbb: case 0x2039: case 0x203a: return 'guillemet';
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: return 'curly';
    case 0x22: return 'ascii';
    default: return null;
  }
}
const GLYPH_OPEN = new Set(['«', '‹', '“', '„', '‟']);
const SPACE = /[\s\u00a0\u202f\u2009\u2007]/;
const WORDISH = /[\p{L}\p{N}(\[]/u;
const OPENING_CONTEXT = /[\s\u00a0\u202f\u2009([{\u2014\u2013\-/'’:]/;
// Built once (tsx turns a literal with \p{…} outside a class into a `new RegExp` at each use).
const LETTER = /\p{L}/u;

function isSpace(c: string | undefined): boolean { return c === undefined || SPACE.test(c); }

function orient(text: string, i: number): Orientation {
  const c = text[i], prev = text[i - 1], next = text[i + 1];
  const opensBefore = prev === undefined || OPENING_CONTEXT.test(prev);
  const wordAfter = next !== undefined && WORDISH.test(next);
  const closesAfter = next === undefined || SPACE.test(next) || /[.,;:!?)\]…»”"]/.test(next);
  if (c === '"') {
    if (opensBefore && wordAfter) return 'open';
    if (!isSpace(prev) && closesAfter) return 'close';
    return 'either';
  }
  const glyphOpen = GLYPH_OPEN.has(c);
  // A mark written the wrong way round: context wins over the glyph when it is unambiguous.
  if (!glyphOpen && opensBefore && wordAfter) return 'open';
  if (glyphOpen && prev !== undefined && !isSpace(prev) && !OPENING_CONTEXT.test(prev) && closesAfter && !wordAfter) return 'close';
  return glyphOpen ? 'open' : 'close';
}

function findMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < text.length; i++) {
    const family = familyOf(text.charCodeAt(i));
    if (!family) continue;
    // An ASCII double quote between digits or after a digit is an inch/second sign, not a quote.
    if (family === 'ascii' && /\d/.test(text[i - 1] ?? '') && !LETTER.test(text[i + 1] ?? '')) continue;
    marks.push({ pos: i, family, orientation: orient(text, i) });
  }
  return marks;
}

/** Whether a mark of `family` may close a quote opened with `opener`. */
function closes(opener: MarkFamily, family: MarkFamily): boolean {
  if (opener === family) return true;
  // Scrapers mix straight and curly double quotes.
  return (opener === 'curly' && family === 'ascii') || (opener === 'ascii' && family === 'curly');
}

function lineEnd(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  return n < 0 ? text.length : n;
}

/** The first non-space offset after the newline at `nl`, or -1 at the end of text. */
function nextLineStart(text: string, nl: number): number {
  let i = nl + 1;
  while (i < text.length && SPACE.test(text[i])) i++;
  return i < text.length ? i : -1;
}

/** Inner span of a quote, trimmed of spaces. */
function inner(text: string, from: number, to: number): { start: number; end: number } {
  let s = from, e = to;
  while (s < e && SPACE.test(text[s])) s++;
  while (e > s && SPACE.test(text[e - 1])) e--;
  return { start: s, end: e };
}

export function findQuotedSpans(text: string): QuotedSpan[] {
  const marks = findMarks(text);
  const spans: QuotedSpan[] = [];
  let i = 0;
  while (i < marks.length) {
    const m = marks[i];
    if (m.orientation === 'close') { i++; continue; } // a stray closing mark
    const opener = m;
    const reopenings: number[] = [];
    let depth = 0;
    let lineLimit = lineEnd(text, opener.pos);
    let closedAt: number | null = null;
    let endAt = -1;
    let j = i + 1;
    for (;;) {
      const next = j < marks.length ? marks[j] : null;
      if (next && next.pos < lineLimit) {
        if (closes(opener.family, next.family) && next.orientation !== 'open') {
          if (depth > 0 && next.family === opener.family && opener.family !== 'ascii') { depth--; j++; continue; }
          closedAt = next.pos; j++; break;
        }
        if (next.family === opener.family && next.orientation === 'open') {
          if (opener.family === 'ascii') { closedAt = next.pos; j++; break; } // "a "b: take the second as a close
          depth++;
        }
        j++;
        continue;
      }
      // The quote reaches the end of its line without closing: decide what the next line is.
      const lineStart = lineLimit < text.length ? nextLineStart(text, lineLimit) : -1;
      if (lineStart < 0) { endAt = lineLimit; break; }
      const first = text[lineStart];
      const markThere = next && next.pos === lineStart ? next : null;
      if (markThere && closes(opener.family, markThere.family) && markThere.orientation !== 'open' && !/[\p{L}\p{N}]/u.test(text[markThere.pos + 1] ?? '')) {
        closedAt = markThere.pos; j++; break; // closing mark pushed to the next line
      }
      if (markThere && markThere.family === opener.family && markThere.orientation !== 'close') {
        reopenings.push(markThere.pos); j++; // a continuation paragraph reopens the quote
        lineLimit = lineEnd(text, lineStart);
        continue;
      }
      if (/[\p{Ll}]/u.test(first)) { lineLimit = lineEnd(text, lineStart); continue; } // a soft line break
      endAt = lineLimit;
      break;
    }
    const span = inner(text, opener.pos + 1, closedAt ?? endAt);
    // An unclosed quote whose line only had punctuation left: drop the trailing punctuation.
    if (closedAt === null) while (span.end > span.start && /[\s.,;:]/.test(text[span.end - 1])) span.end--;
    if (span.end > span.start) spans.push({ open: opener.pos, close: closedAt, start: span.start, end: span.end, reopenings });
    i = j;
  }
  return spans;
}

/** The quote's text without its marks (continuation marks removed). */
export function quotedText(text: string, span: QuotedSpan): string {
  if (!span.reopenings.length) return text.slice(span.start, span.end);
  let out = '';
  let at = span.start;
  for (const r of span.reopenings) {
    out += text.slice(at, r);
    at = r + 1;
    while (at < span.end && SPACE.test(text[at]) && text[at] !== '\n') at++;
  }
  return out + text.slice(at, span.end);
}
