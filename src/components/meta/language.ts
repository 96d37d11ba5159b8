// Which language the article is in, by the share of each language's function words: the
// pipeline reads French, so another language is worth a warning rather than silent noise.
import { langData } from '../../core/lang.ts';

type Markers = Record<string, string[] | string>;

let index: Map<string, string> | null = null;
function markerIndex(): Map<string, string> {
  if (!index) {
    index = new Map();
    for (const [lang, words] of Object.entries(langData<Markers>('language-markers.json'))) {
      if (lang.startsWith('_') || !Array.isArray(words)) continue;
      for (const w of words) index.set(w, lang);
    }
  }
  return index;
}

/** The language whose function words are most frequent, or null when too few words are known. */
export function detectLanguage(text: string, minMarkers = 5): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  const markers = markerIndex();
  // A hundred function words settle it: the rest of a long article need not be read.
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const lang = markers.get(m[0].toLowerCase());
    if (!lang) continue;
    counts.set(lang, (counts.get(lang) ?? 0) + 1);
    if (++total >= 100) break;
  }
  if (total < minMarkers) return null;
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}
