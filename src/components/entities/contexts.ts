// Names outside the knowledge base told by their context (issue 5, round 2):
// - people in apposition to an office or description ("le conseiller à la sécurité nationale,
//   Redwan Hussien", "Getachew Reda, porte-parole du…", "son homologue saoudien Moussaed al-Aiban")
//   or after an inverted reporting verb ("a dénoncé Vikram Misri", "selon Li Xi");
// - acronyms defined in parentheses after their long name ("… du Tigré (TPLF)", "(Uemoa)"),
//   and their later uses;
// - news organisations after a media noun ("l'agence officielle iranienne Irna");
// - places after a place noun, with coordination ("les ports d'Odessa, de Tchornomorsk et de
//   Youjné", "le lac des Quatre-Cantons"), plural regions ("dans les Pouilles"), and GeoNames
//   places after "à" ("à Taoyuan").
import { foldForm } from '../../core/normalize.ts';
import { cachedNameKey as nameKey } from './name-key.ts';
import { isGazetteerPlace } from '../../kb/gazetteer.ts';
import type { FrenchLexicon } from './lexicon.ts';
import { chunkEnd, type NameHit, type RecognizeInput } from './recognize.ts';
import type { Tok } from './tokens.ts';
import { indexable, phraseStarts, wordStarts, type WordStarts } from './word-starts.ts';

export interface ContextCues {
  personHeads: Set<string>;
  mediaHeads: Set<string>;
  placeNouns: Set<string>;
  placeNounsInName: Set<string>;
  /** Adjectives that may stand between a place noun and "de" (la base militaire de Torrejón de Ardoz). */
  placeNounAdjectives?: Set<string>;
  /** Nouns a place's own name follows without "de" (l'aéroport Maya-Maya). */
  placeNounsBeforeName?: Set<string>;
  pluralRegionCues: string[];
  gazetteerCues: string[];
  /** Nouns after which a one-word name is a company (la centrale d'achat chinoise CAS). */
  companyHeads: Set<string>;
  /** Weekday names (timex calendar.json): "a annoncé jeudi Hong Lei". */
  weekdays?: Set<string>;
}

const DE = new Set(['de', 'd', 'du', 'des']);
const DETS = new Set(['le', 'la', 'l', 'les', 'un', 'une', 'son', 'sa', 'ses', 'leur', 'leurs', 'du', 'au', 'des', 'ce', 'cet', 'cette']);

function isNameWord(t: Tok | undefined, lex: FrenchLexicon): boolean {
  // A capitalised token starts with a letter (cap is \p{Lu}).
  return !!t && t.cap && !t.allCaps && !lex.functionWords.has(t.key);
}

function gap(text: string, a: Tok, b: Tok): string { return text.slice(a.end, b.start); }

const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:le|la|les|du|des|au|aux) $|(?:^|[^\p{L}])l['’]$/u;

/** A person's name of two or three words starting at token i (particles allowed), or -1. */
function personNameEnd(inp: RecognizeInput, i: number): number {
  const { text, toks, kb, lex } = inp;
  const t = toks[i];
  if (!isNameWord(t, lex) || t.sentStart) return -1;
  // "devant le Parlement Nika Melia": a capitalised word after an article is a common noun or an
  // institution, never the first word of a person's name.
  // (The pattern ends with a space or an apostrophe: any other character before rules it out.)
  const before = text.charCodeAt(t.start - 1);
  if ((before === 32 || before === 39 || before === 0x2019) && ARTICLE_BEFORE.test(text.slice(Math.max(0, t.start - 5), t.start))) return -1;
  const j = chunkEnd(text, toks, i, lex);
  let words = 0;
  for (let k = i; k < j; k++) {
    if (toks[k].allCaps) return -1;
    if (toks[k].cap) words++;
  }
  if (words < 2 || words > 3) return -1;
  // "sur Twitter Mykhaïlo Podoliak": a known first name inside starts the real name; as the last
  // word it is a given name after the surname ("le consul général, Xue Jian,").
  for (let k = i + 1; k < j - 1; k++) if (toks[k].cap && lex.firstNames.has(toks[k].key)) return -1;
  const raw = text.slice(t.start, toks[j - 1].end);
  const known = kb.byName.get(nameKey(raw));
  if (known?.some((e) => e.type !== 'PER')) return -1;
  // "Pékin Wang" is no name: a word the KB knows as a place or organisation opens none.
  if (kb.byName.get(t.nk)?.some((e) => e.type !== 'PER') || kb.byDemonym.has(t.nk)) return -1;
  return j;
}

/** The token index of the first token at or after offset `at`, or -1. */
function tokenFrom(toks: Tok[], at: number): number {
  let lo = 0, hi = toks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid].start < at) lo = mid + 1; else hi = mid; }
  return lo < toks.length ? lo : -1;
}

function personHit(inp: RecognizeInput, i: number, j: number): NameHit {
  const { text, toks } = inp;
  return { start: toks[i].start, end: toks[j - 1].end, t0: i, t1: j, kind: 'name', entry: null, personName: text.slice(toks[i].start, toks[j - 1].end), gender: null, rank: 1 };
}

/** People named in apposition to an office, before an office, or after an inverted reporting verb. */
export function personContextHits(inp: RecognizeInput, cues: ContextCues): NameHit[] {
  // `folded` is foldForm of `text`, offset for offset: its slices are the folded slices of the text.
  const { text, folded, toks, lex } = inp;
  const out: NameHit[] = [];
  for (let h = 0; h < toks.length; h++) {
    const head = toks[h];
    if (head.cap && !head.sentStart) continue;
    // "porte-parole", "vice-président": a hyphenated head is two tokens.
    // (The gap is "-" exactly: one character, a hyphen; compared without slicing it out.)
    const compound = h + 1 < toks.length && toks[h + 1].start === head.end + 1 && text.charCodeAt(head.end) === 45 ? `${head.key}-${toks[h + 1].key}` : '';
    const key = cues.personHeads.has(compound) ? compound : head.key;
    if (key === compound) h++;
    const det = toks[h - (key === compound ? 2 : 1)];
    // "le conseiller à la sécurité nationale, Redwan Hussien" / "son homologue saoudien Moussaed al-Aiban".
    if (cues.personHeads.has(key) && det && DETS.has(det.key)) {
      let k = h + 1, adjectives = 0;
      while (k < toks.length && adjectives <= 2 && !toks[k].cap && !lex.functionWords.has(toks[k].key) && gap(text, toks[k - 1], toks[k]) === ' ') { k++; adjectives++; }
      if (k < toks.length && adjectives <= 2 && gap(text, toks[k - 1], toks[k]) === ' ') {
        const j = personNameEnd(inp, k);
        if (j > 0) { out.push(personHit(inp, k, j)); continue; }
      }
      // With a comma: up to ten words of complement, no sentence punctuation.
      for (let c = h + 1; c < Math.min(toks.length - 1, h + 12); c++) {
        const g = gap(text, toks[c - 1], toks[c]);
        if (/[.;:!?«»"()\n]/.test(g)) break;
        if (g.includes(',')) {
          if (!/^\s*,\s$/.test(g)) break;
          const j = personNameEnd(inp, c);
          if (j > 0 && /^(?:\s*[,.;)]|\s+(?:a|ont|avait|et|qui|s|est)\b)/u.test(folded.slice(toks[j - 1].end, toks[j - 1].end + 6))) out.push(personHit(inp, c, j));
          break;
        }
      }
    }
  }
  for (let i = 0; i < toks.length; i++) {
    const j = personNameEnd(inp, i);
    if (j < 0) continue;
    // "Getachew Reda, porte-parole du …": the name then a comma and an office.
    const after = /^, (?:(?:le|la|l'|un|une|son|sa) ?)?([a-z-]+)/.exec(folded.slice(toks[j - 1].end, toks[j - 1].end + 40));
    if (after && cues.personHeads.has(after[1])) { out.push(personHit(inp, i, j)); continue; }
    // "a dénoncé Vikram Misri", "selon Li Xi".
    const before = folded.slice(Math.max(0, toks[i].start - 40), toks[i].start);
    // "a annoncé jeudi Hong Lei": a weekday may stand between the verb and the name.
    const m = /(?:^|[^a-z])(?:a|ont|avait|a-t-il|a-t-elle)\s+([a-z]+)\s(?:([a-z]+)\s)?$/.exec(before);
    if (m?.[2] && !cues.weekdays?.has(m[2])) m[1] = '';
    if ((m && lex.reportingForms.has(m[1])) || /(?:^|[^a-z])selon\s$/.test(before)) out.push(personHit(inp, i, j));
  }
  return out;
}

/** Acronyms defined in parentheses after their long name, and their later uses. */
export function acronymHits(inp: RecognizeInput): NameHit[] {
  const { text, toks, kb, lex } = inp;
  const defined = new Map<string, string>();
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (gap(text, toks[i - 1], t) !== ' (' || gap(text, t, toks[i + 1]).charAt(0) !== ')') continue;
    if (!/^\p{Lu}[\p{L}\d]{1,7}$/u.test(t.text) || kb.byAcronym.has(t.text) || kb.byName.has(t.nk)) continue;
    const upper = t.text.replace(/[^\p{Lu}]/gu, '').length;
    if (upper < 2 && !(t.text.length >= 4 && t.text.length <= 6)) continue;
    // The long name: the capitalised word group before the parenthesis whose initials hold every letter.
    let k = i - 1, words = 0, sawCap = false;
    const initials: string[] = [];
    while (k >= 0 && words < 10) {
      const g = gap(text, toks[k], toks[k + 1] ?? t);
      if (k < i - 1 && /[,.;:!?«»"()\n]/.test(g)) break;
      initials.push(foldForm(toks[k].text[0]));
      if (toks[k].cap) sawCap = true;
      words++;
      if (toks[k].cap && toks[k].sentStart) break;
      k--;
    }
    const letters = foldForm(t.text).split('');
    const pool = [...initials];
    const covered = letters.every((l) => { const at = pool.indexOf(l); if (at < 0) return false; pool.splice(at, 1); return true; });
    if (!sawCap || !covered || letters.length < 2) continue;
    // The long form starts at its first capitalised word.
    let from = i - words;
    while (from < i - 1 && (!toks[from].cap || lex.functionWords.has(toks[from].key))) from++;
    defined.set(t.text, text.slice(toks[from].start, toks[i - 1].end));
  }
  const out: NameHit[] = [];
  if (!defined.size) return out;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!defined.has(t.text)) continue;
    out.push({ start: t.start, end: t.end, t0: i, t1: i + 1, kind: 'name', entry: null, personName: t.text, gender: null, rank: 2, localType: 'ORG', longName: defined.get(t.text) });
  }
  return out;
}

/** "l'agence officielle iranienne Irna", "la télévision d'État saoudienne Al-Ekhbariya". */
export function mediaHits(inp: RecognizeInput, cues: ContextCues): NameHit[] {
  const { text, toks, kb, lex } = inp;
  const out: NameHit[] = [];
  for (let h = 1; h < toks.length; h++) {
    if (toks[h].cap || !cues.mediaHeads.has(toks[h].key) || !DETS.has(toks[h - 1].key)) continue;
    let k = h + 1;
    // Adjectives and a "d'État" complement.
    for (let n = 0; n < 4 && k < toks.length; n++) {
      if (toks[k].key === 'd' && toks[k + 1]?.key === 'etat') { k += 2; continue; }
      if (!toks[k].cap && !lex.functionWords.has(toks[k].key) && gap(text, toks[k - 1], toks[k]) === ' ' && gap(text, toks[k], toks[k + 1] ?? toks[k]) !== "'") { k++; continue; }
      break;
    }
    if (k >= toks.length || gap(text, toks[k - 1], toks[k]) !== ' ' || !toks[k].cap) continue;
    // "Al-Ekhbariya": a capitalised particle joined by a hyphen opens the name.
    let j = k + 1;
    while (j < toks.length && gap(text, toks[j - 1], toks[j]) === '-' && toks[j].cap) j++;
    if (k === h + 1) {
      // "à la radio Cadena SER", "le quotidien Haaretz": right after the bare head, a name of one or
      // two capitalised words, its second in capitals or closing the phrase (no adjective to vouch for it).
      if (j - k !== 1 || toks[k].sentStart) continue;
      const next = toks[j];
      if (next && gap(text, toks[j - 1], next) === ' ' && next.cap) {
        const after = toks[j + 1];
        if (!/^[A-Z0-9]{2,}$/.test(next.text) || (after && gap(text, next, after) === ' ' && after.cap)) continue;
        j++;
      }
    } else if (j - k === 1 && j < toks.length && gap(text, toks[j - 1], toks[j]) === ' ' && toks[j].cap) continue; // a longer name: left to others
    const raw = text.slice(toks[k].start, toks[j - 1].end);
    if (kb.byName.get(nameKey(raw))?.some((e) => e.type === 'LOC') || kb.byDemonym.has(toks[k].nk)) continue;
    out.push({ start: toks[k].start, end: toks[j - 1].end, t0: k, t1: j, kind: 'name', entry: null, personName: raw, gender: null, rank: 1, localType: 'ORG' });
  }
  return out;
}

/**
 * Every offset of `cue` followed by a space, overlaps included; from the word-start index when the
 * cue is indexable (an offset right after an ASCII letter is one the caller skips anyway).
 */
function cueStarts(folded: string, ws: WordStarts, cue: string): number[] {
  const phrase = `${cue} `;
  if (indexable(phrase)) return phraseStarts(ws, phrase);
  const out: number[] = [];
  for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) out.push(at);
  return out;
}

/** Places after a place noun (with coordination), plural regions, and gazetteer places after "à". */
export function placeContextHits(inp: RecognizeInput, cues: ContextCues): NameHit[] {
  const { text, folded, toks, kb, lex } = inp;
  const out: NameHit[] = [];
  const place = (i: number, from: number, max = 3): number => {
    const t = toks[i];
    if (!isNameWord(t, lex) || lex.firstNames.has(t.key) || kb.byDemonym.has(t.nk)) return -1;
    const j = chunkEnd(text, toks, i, lex);
    if (j - i > max) return -1;
    const raw = text.slice(t.start, toks[j - 1].end);
    // A known place keeps the list going ("les ports d'Odessa, de Tchornomorsk…") and is the KB's to link.
    if (kb.byName.has(nameKey(raw))) return kb.byName.get(nameKey(raw))!.some((e) => e.type === 'LOC') ? j : -1;
    out.push({ start: toks[from].start, end: toks[j - 1].end, t0: from, t1: j, kind: 'name', entry: null, personName: text.slice(toks[from].start, toks[j - 1].end), gender: null, rank: 0, localType: 'LOC' });
    return j;
  };
  for (let h = 0; h + 2 < toks.length; h++) {
    const noun = toks[h];
    // "le poste-frontière d'Attari": a hyphenated place noun listed whole
    const hyphened = h + 1 < toks.length && gap(text, noun, toks[h + 1]) === '-' && cues.placeNouns.has(`${noun.key}-${toks[h + 1].key}`);
    if (noun.cap || !(cues.placeNouns.has(noun.key) || hyphened || cues.placeNounsBeforeName?.has(noun.key))) continue;
    // "la base militaire de", "la ville portuaire de": one adjective may come before "de".
    // "l'île-prison d'Imrali", "la ville-garnison de": a hyphenated lower-case second part likewise.
    const adj = h + 3 < toks.length && ((cues.placeNounAdjectives?.has(toks[h + 1].key) && gap(text, noun, toks[h + 1]) === ' ')
      || (gap(text, noun, toks[h + 1]) === '-' && !toks[h + 1].cap && !lex.functionWords.has(toks[h + 1].key))) ? 1 : 0;
    const de = h + 1 + adj;
    // "l'aéroport Maya-Maya", "l'aéroport international Toussaint-Louverture": the name follows the noun
    // directly and is a place, even when it reads as a person's name (ranked above person shapes).
    if (cues.placeNounsBeforeName?.has(noun.key) && !DE.has(toks[de].key) && gap(text, toks[de - 1], toks[de]) === ' ' && isNameWord(toks[de], lex)) {
      // "Toussaint-Louverture de Port-au-Prince": the name stops before a particle (the city follows).
      let j = de + 1;
      const e = chunkEnd(text, toks, de, lex);
      while (j < e && toks[j].cap) j++;
      const raw = text.slice(toks[de].start, toks[j - 1].end);
      if (j - de <= 3 && !kb.byName.has(nameKey(raw)) && !kb.byDemonym.has(toks[de].nk)) {
        out.push({ start: toks[de].start, end: toks[j - 1].end, t0: de, t1: j, kind: 'name', entry: null, personName: raw, gender: null, rank: 3, localType: 'LOC' });
      }
      continue;
    }
    if (!DE.has(toks[de].key) || !(cues.placeNouns.has(noun.key) || hyphened)) continue;
    if (h > 0 && !DETS.has(toks[h - 1].key) && !['a', 'en', 'dans', 'sur', 'pres', 'vers'].includes(toks[h - 1].key)) continue;
    const inName = cues.placeNounsInName.has(noun.key) && !adj;
    const k = de + 1;
    if (!/^['’ ]$/.test(gap(text, toks[de], toks[k]))) continue;
    let j = place(k, inName ? h : k);
    // ", de Tchornomorsk et de Youjné", "et de Matsu", "et Matsu".
    while (j > 0 && j < toks.length) {
      const g = gap(text, toks[j - 1], toks[j]);
      let next = -1;
      if (g === ', ' && DE.has(toks[j].key)) next = j + 1;
      else if (g === ' ' && toks[j].key === 'et') next = DE.has(toks[j + 1]?.key ?? '') ? j + 2 : j + 1;
      if (next < 0 || next >= toks.length || !/^['’ ]$/.test(gap(text, toks[next - 1], toks[next]))) break;
      j = place(next, next);
    }
  }
  const ws = wordStarts(folded);
  for (const cue of cues.pluralRegionCues) {
    for (const at of cueStarts(folded, ws, cue)) {
      if (at > 0 && /\p{L}/u.test(folded[at - 1])) continue;
      const i = tokenFrom(toks, at + cue.length + 1);
      const t = toks[i];
      if (i < 0 || t.start !== at + cue.length + 1 || !/[sx]$/.test(t.key)) continue;
      // A single plural word: "les Pouilles", not "les Forces armées".
      const next = toks[i + 1];
      // …followed by no plural adjective ("les Forces armées").
      if (next && gap(text, t, next) === ' ' && (next.cap || (next.key.length > 2 && /[sx]$/.test(next.key) && !lex.functionWords.has(next.key)))) continue;
      place(i, i, 1);
    }
  }
  for (const cue of cues.gazetteerCues) {
    for (const at of cueStarts(folded, ws, cue)) {
      if (at > 0 && /\p{L}/u.test(folded[at - 1])) continue;
      // "à", not the verb "a".
      if (cue === 'a' && text[at] !== 'à') continue;
      const i = tokenFrom(toks, at + cue.length + 1);
      const t = toks[i];
      if (i < 0 || t.start !== at + cue.length + 1 || !isNameWord(t, lex) || lex.firstNames.has(t.key)) continue;
      const j = chunkEnd(text, toks, i, lex);
      if (j - i > 2) continue;
      const raw = text.slice(t.start, toks[j - 1].end);
      if (kb.byName.has(nameKey(raw)) || !isGazetteerPlace(raw)) continue;
      out.push({ start: t.start, end: toks[j - 1].end, t0: i, t1: j, kind: 'name', entry: null, personName: raw, gender: null, rank: 0, localType: 'LOC' });
    }
  }
  return out;
}
