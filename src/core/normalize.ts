// Matching forms of text. Each keeps the length of its input, character for character,
// so an offset found in a matching form is an offset into the original text.

const CHAR_MAP: Record<string, string> = {
  '\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u00b4': "'", '\u0060': "'", '\u2032': "'",
  '\u00ab': '"', '\u00bb': '"', '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2039': '"', '\u203a': '"',
  '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '\u2007': ' ', '\u200a': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u2026': '.',
};
const TYPOGRAPHIC = /[\u2019\u2018\u02bc\u00b4\u0060\u2032\u00ab\u00bb\u201c\u201d\u201e\u2039\u203a\u00a0\u202f\u2009\u2007\u200a\u2002\u2003\u2010-\u2014\u2212\u2026]/g;

/** Typographic variants folded (’→', «»“”→", thin/non-breaking spaces→space, dashes→-), same length. */
export function matchForm(text: string): string {
  return text.replace(TYPOGRAPHIC, (c) => CHAR_MAP[c] ?? c);
}

// foldForm maps each UTF-16 code unit to exactly one code unit, so it is computed from a table
// filled on first sight of a code unit: a text is folded in one pass, with no string per character.
const FOLD_TABLE = new Uint16Array(65536);
const FOLD_KNOWN = new Uint8Array(65536);

/** The folded code unit: matchForm's, lower-cased, its base letter (NFD) when accented; surrogate halves kept. */
function foldCode(u: number): number {
  let f = u;
  if (u < 0xd800 || u > 0xdfff) {
    const c = matchForm(String.fromCharCode(u));
    const code = c.charCodeAt(0);
    if (code < 128) f = code >= 65 && code <= 90 ? code + 32 : code;
    else {
      const base = c.normalize('NFD')[0].toLowerCase();
      f = (base.length === 1 ? base : c.toLowerCase().slice(0, 1)).charCodeAt(0);
    }
  }
  FOLD_TABLE[u] = f;
  FOLD_KNOWN[u] = 1;
  return f;
}

/** Short texts: copy the unchanged runs, substitute the changed code units. */
function foldShort(text: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    const f = FOLD_KNOWN[u] ? FOLD_TABLE[u] : foldCode(u);
    if (f === u) continue;
    if (i > runStart) out += text.slice(runStart, i);
    out += String.fromCharCode(f);
    runStart = i + 1;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

// Long texts: fill a code-unit buffer and decode it at once (a lone surrogate would not survive
// decoding, so a text holding surrogates takes the short path).
const decoder = new TextDecoder('utf-16le');
let buffer = new Uint16Array(4096);

/** matchForm, lower-cased and without diacritics (é→e, Ç→c), same length. */
export function foldForm(text: string): string {
  const n = text.length;
  if (n < 64) return foldShort(text);
  if (buffer.length < n) buffer = new Uint16Array(Math.max(n, buffer.length * 2));
  const b = buffer;
  for (let i = 0; i < n; i++) {
    const u = text.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdfff) return foldShort(text);
    b[i] = FOLD_KNOWN[u] ? FOLD_TABLE[u] : foldCode(u);
  }
  return decoder.decode(b.subarray(0, n));
}

/** A key for comparing names: folded, hyphens and apostrophes as spaces, spaces collapsed. */
export function nameKey(name: string): string {
  return foldForm(name).replace(/[-'.]/g, ' ').replace(/\s+/g, ' ').trim();
}
