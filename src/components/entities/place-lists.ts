// Places and companies outside the knowledge base told by their context (round 3):
// - lists after a plural place noun: "les villes de Djermouk, Goris et Kapan";
// - lists introduced by "dont"/"notamment" after a plural place noun ("plusieurs localités du sud
//   du pays, dont Djermouk, Goris et Kapan"), kept when most items are known places;
// - datelines: "Ohrid (AFP) -" at a line start, when GeoNames knows the place;
// - a company's name after a company noun: "la centrale d'achat chinoise CAS", "le géant
//   sud-coréen Hanwha".
import { cachedNameKey as nameKey } from './name-key.ts';
import { isGazetteerPlace } from '../../kb/gazetteer.ts';
import type { ContextCues } from './contexts.ts';
import type { FrenchLexicon } from './lexicon.ts';
import { chunkEnd, type NameHit, type RecognizeInput } from './recognize.ts';
import type { Tok } from './tokens.ts';

const DE = new Set(['de', 'd', 'du', 'des']);
const DETS = new Set(['le', 'la', 'l', 'les', 'un', 'une', 'son', 'sa', 'ses', 'leur', 'leurs', 'du', 'au', 'des', 'ce', 'cet', 'cette', 'plusieurs']);
/** Words after which a list of examples follows a plural noun ("…, dont A, B et C"). */
const LIST_OPENERS = new Set(['dont', 'notamment']);

function isNameWord(t: Tok | undefined, lex: FrenchLexicon): boolean {
  // A capitalised token starts with a letter (cap is \p{Lu}).
  return !!t && t.cap && !t.allCaps && !lex.functionWords.has(t.key);
}

function gap(text: string, a: Tok, b: Tok): string { return text.slice(a.end, b.start); }

/** A list "A, B et C" of name chunks (≤ 3 words each) from token i: the item ranges, and whether "et" closes it. */
function nameList(inp: RecognizeInput, i: number): { items: Array<[number, number]>; closed: boolean } {
  const { text, toks, lex } = inp;
  const items: Array<[number, number]> = [];
  let k = i;
  for (;;) {
    if (!isNameWord(toks[k], lex) || lex.firstNames.has(toks[k].key)) return { items, closed: false };
    const j = chunkEnd(text, toks, k, lex);
    if (j - k > 3) return { items, closed: false };
    items.push([k, j]);
    if (j >= toks.length) return { items, closed: false };
    const g = gap(text, toks[j - 1], toks[j]);
    if (g === ', ' && isNameWord(toks[j], lex)) { k = j; continue; }
    if (g === ' ' && toks[j].key === 'et' && j + 1 < toks.length && gap(text, toks[j], toks[j + 1]) === ' ') {
      const last = j + 1;
      if (!isNameWord(toks[last], lex) || lex.firstNames.has(toks[last].key)) return { items, closed: false };
      const e = chunkEnd(text, toks, last, lex);
      if (e - last > 3) return { items, closed: false };
      items.push([last, e]);
      return { items, closed: true };
    }
    return { items, closed: false };
  }
}

type Known = 'place' | 'other' | 'unknown';

function knownAs(inp: RecognizeInput, a: number, b: number): Known {
  const raw = inp.text.slice(inp.toks[a].start, inp.toks[b - 1].end);
  const entries = inp.kb.byName.get(nameKey(raw));
  if (entries?.length) return entries.some((e) => e.type === 'LOC') ? 'place' : 'other';
  if (inp.kb.byDemonym.has(nameKey(raw))) return 'other';
  return isGazetteerPlace(raw) ? 'place' : 'unknown';
}

function locHit(inp: RecognizeInput, a: number, b: number): NameHit {
  const { text, toks } = inp;
  const raw = text.slice(toks[a].start, toks[b - 1].end);
  return { start: toks[a].start, end: toks[b - 1].end, t0: a, t1: b, kind: 'name', entry: null, personName: raw, gender: null, rank: 0, localType: 'LOC' };
}

/** Items of a place list outside the KB as places; nothing when an item is a known non-place. */
function listHits(inp: RecognizeInput, items: Array<[number, number]>, minKnown: number): NameHit[] {
  const kinds = items.map(([a, b]) => knownAs(inp, a, b));
  if (kinds.includes('other')) return [];
  const known = kinds.filter((k) => k === 'place').length;
  if (known < Math.min(minKnown, items.length)) return [];
  return items.filter((_, n) => kinds[n] === 'unknown' || !inp.kb.byName.has(nameKey(inp.text.slice(inp.toks[items[n][0]].start, inp.toks[items[n][1] - 1].end))))
    .map(([a, b]) => locHit(inp, a, b));
}

function isPluralPlaceNoun(t: Tok, cues: ContextCues): boolean {
  return !t.cap && cues.placeNouns.has(t.key) && /[sx]$/.test(t.key);
}

/** Places in lists after plural place nouns, and dateline places. */
export function placeListHits(inp: RecognizeInput, cues: ContextCues): NameHit[] {
  const { text, toks } = inp;
  const out: NameHit[] = [];
  for (let h = 0; h + 2 < toks.length; h++) {
    if (!isPluralPlaceNoun(toks[h], cues)) continue;
    // "les villes de Djermouk, Goris et Kapan": the noun says every item is a place.
    if (DE.has(toks[h + 1].key) && toks[h + 2].cap && /^['’ ]$/.test(gap(text, toks[h + 1], toks[h + 2]))) {
      const { items, closed } = nameList(inp, h + 2);
      if (closed && items.length >= 3) out.push(...listHits(inp, items, 0));
      continue;
    }
    // "plusieurs localités du sud et de l'est du pays, dont Djermouk, Goris et Kapan".
    for (let k = h + 1; k < Math.min(toks.length - 1, h + 14); k++) {
      const g = gap(text, toks[k - 1], toks[k]);
      if (/[.;!?«»"()\n]/.test(g)) break;
      if (!LIST_OPENERS.has(toks[k].key) || !/,\s*$/.test(g) || gap(text, toks[k], toks[k + 1]) !== ' ') continue;
      const { items } = nameList(inp, k + 1);
      if (items.length) out.push(...listHits(inp, items, 2));
      break;
    }
  }
  out.push(...datelineHits(inp));
  return out;
}

const DATELINE_TAIL = /^ \([\p{L}\s./-]{2,30}\) ?[-–—]/u;

/** "Ohrid (AFP) -" at a line start: the place of a dateline, when GeoNames knows it. */
function datelineHits(inp: RecognizeInput): NameHit[] {
  const { text, toks, lex, kb } = inp;
  const out: NameHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.start > 0 && text[t.start - 1] !== '\n') continue;
    if (!isNameWord(t, lex)) continue;
    const j = chunkEnd(text, toks, i, lex);
    if (j - i > 3 || !DATELINE_TAIL.test(text.slice(toks[j - 1].end, toks[j - 1].end + 40))) continue;
    const raw = text.slice(t.start, toks[j - 1].end);
    if (kb.byName.has(nameKey(raw)) || !isGazetteerPlace(raw)) continue;
    out.push(locHit(inp, i, j));
  }
  return out;
}

/** "la centrale d'achat chinoise CAS", "le géant sud-coréen Hanwha": a company noun, adjectives, a one-word name. */
export function companyHits(inp: RecognizeInput, cues: ContextCues): NameHit[] {
  const { text, toks, kb, lex } = inp;
  const out: NameHit[] = [];
  for (let h = 1; h + 1 < toks.length; h++) {
    if (toks[h].cap || !cues.companyHeads.has(toks[h].key) || !DETS.has(toks[h - 1].key)) continue;
    let k = h + 1;
    for (let n = 0; n < 5 && k < toks.length; n++) {
      const t = toks[k];
      // "centrale d'achat", "fabricant de drones": a lower-case complement of the noun.
      if (DE.has(t.key) && k + 1 < toks.length && !toks[k + 1].cap && !lex.functionWords.has(toks[k + 1].key)) { k += 2; continue; }
      if (!t.cap && !lex.functionWords.has(t.key) && /^[ -]$/.test(gap(text, toks[k - 1], t))) { k++; continue; }
      break;
    }
    if (k >= toks.length || k === h + 1 || gap(text, toks[k - 1], toks[k]) !== ' ' || !toks[k].cap || toks[k].sentStart) continue;
    let j = k + 1;
    while (j < toks.length && gap(text, toks[j - 1], toks[j]) === '-' && toks[j].cap) j++;
    // A longer capitalised name is left to others ("la compagnie aérienne Turkish Airlines").
    if (j < toks.length && gap(text, toks[j - 1], toks[j]) === ' ' && toks[j].cap) continue;
    const raw = text.slice(toks[k].start, toks[j - 1].end);
    if (lex.firstNames.has(toks[k].key) || lex.functionWords.has(toks[k].key) || kb.byDemonym.has(toks[k].nk)) continue;
    if (kb.byName.get(nameKey(raw))?.some((e) => e.type !== 'ORG') || kb.byAcronym.has(raw)) continue;
    out.push({ start: toks[k].start, end: toks[j - 1].end, t0: k, t1: j, kind: 'name', entry: null, personName: raw, gender: null, rank: 1, localType: 'ORG' });
  }
  return out;
}
