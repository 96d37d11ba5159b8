// Which language the article is in, by the share of each language's function words: the
// pipeline reads French, so another language is worth a warning rather than silent noise.
import { langData } from '../../core/lang.ts';

type Markers = Record<string, string[] | string>;

let index: Map<string, string> | null = null;
/** The longest marker's length: a longer word is none (lower-casing never shortens a word). */
let longestMarker = 0;
function markerIndex(): Map<string, string> {
  if (!index) {
    index = new Map();
    for (const [lang, words] of Object.entries(langData<Markers>('language-markers.json'))) {
      if (lang.startsWith('_') || !Array.isArray(words)) continue;
      for (const w of words) { index.set(w, lang); longestMarker = Math.max(longestMarker, w.length); }
    }
  }
  return index;
}

/** How many function words settle the language: the rest of a long article need not be read. */
const ENOUGH_MARKERS = 100;

// Words are the runs of letters (\p{L}, astral letters included), scanned by code unit with a
// table filled on first sight of each unit: no match object nor string for the many long words.
const LETTER = /\p{L}/u;
const UNIT_CLASS = new Uint8Array(65536); // 0: not yet seen, 1: a letter, 2: not a letter
function isLetterUnit(u: number): boolean {
  let c = UNIT_CLASS[u];
  if (c === 0) c = UNIT_CLASS[u] = LETTER.test(String.fromCharCode(u)) ? 1 : 2;
  return c === 1;
}

/** Length in code units of the letter at i (2 for an astral letter), or 0 when there is none. */
function letterAt(text: string, i: number): number {
  const u = text.charCodeAt(i);
  if (u >= 0xd800 && u <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdfff && LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return isLetterUnit(u) ? 1 : 0;
}

/** The language whose function words are most frequent, or null when too few words are known. */
export function detectLanguage(text: string, minMarkers = 5): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  const markers = markerIndex();
  const n = text.length;
  for (let i = 0; i < n;) {
    let w = letterAt(text, i);
    if (!w) { i++; continue; }
    const start = i;
    while (w) { i += w; w = i < n ? letterAt(text, i) : 0; }
    if (i - start > longestMarker) continue;
    const lang = markers.get(text.slice(start, i).toLowerCase());
    if (!lang) continue;
    const count = (counts.get(lang) ?? 0) + 1;
    counts.set(lang, count);
    if (++total >= ENOUGH_MARKERS) break;
    // Stop as soon as no other language can catch up within the markers left to read: the
    // verdict is then the one reading on would give.
    const left = ENOUGH_MARKERS - total;
    if (total >= minMarkers && count > left && leads(counts, lang, count - left)) break;
  }
  if (total < minMarkers) return null;
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

/** Whether every language but `lang` has fewer than `margin` markers. */
function leads(counts: Map<string, number>, lang: string, margin: number): boolean {
  for (const [other, n] of counts) if (other !== lang && n >= margin) return false;
  return true;
}
