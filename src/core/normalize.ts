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

const foldCache = new Map<string, string>();
function foldChar(c: string): string {
  let f = foldCache.get(c);
  if (f === undefined) {
    const base = c.normalize('NFD')[0].toLowerCase();
    f = base.length === 1 ? base : c.toLowerCase().slice(0, 1);
    foldCache.set(c, f);
  }
  return f;
}

/** matchForm, lower-cased and without diacritics (é→e, Ç→c), same length. */
export function foldForm(text: string): string {
  const m = matchForm(text);
  let out = '';
  for (let i = 0; i < m.length; i++) {
    const c = m[i];
    const code = c.charCodeAt(0);
    if (code < 128) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
    else if (code >= 0xd800 && code <= 0xdfff) out += c; // surrogate halves kept as they are
    else out += foldChar(c);
  }
  return out;
}

/** A key for comparing names: folded, hyphens and apostrophes as spaces, spaces collapsed. */
export function nameKey(name: string): string {
  return foldForm(name).replace(/[-'.]/g, ' ').replace(/\s+/g, ' ').trim();
}
