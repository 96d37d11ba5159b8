// Sentence-like units for attribution: a quote and its reporting clause must end up in one unit,
// so boundaries inside quotes are ignored and a line break is soft when the next line continues
// the sentence (lower case, punctuation, a closing mark) — scrapers break lines mid-sentence.
import type { QuotedSpan } from './marks.ts';

const SPACE = /[ \t\u00a0\u202f\u2009\u2007]/;
// Built once (tsx turns a literal with \p{…} outside a class into a `new RegExp` at each use).
const LOWER_OR_COMMA = /\p{Ll}|,/u;
// A lone capital is an initial ("George W. Bush"), except the network in "sur X."; so is the last
// of joined initials ("J.D. Vance", "J.-D. Martin").
const ABBREVIATION_BEFORE_DOT = /(?:^|[\s(])(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|St|Ste|av|apr|J\.-C|etc|cf|ex|p|n°|No|gén|col|lt|cdt|art|al|(?<!\bsur\s)[A-Z]|(?:[A-Z]\.-?){1,2}[A-Z])$/;

export interface Unit { start: number; end: number }

function insideQuote(pos: number, spans: QuotedSpan[]): boolean {
  for (const s of spans) {
    const end = s.close ?? s.end;
    if (s.open < pos && pos <= end) return true;
  }
  return false;
}

/** Offsets where a new sentence starts. */
export function sentenceUnits(text: string, spans: QuotedSpan[]): Unit[] {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    // Only sentence marks and line breaks matter: other characters are passed over by code.
    if (u !== 46 && u !== 33 && u !== 63 && u !== 0x2026 && u !== 10) continue;
    const c = text[i];
    if (c === '.' || c === '!' || c === '?' || c === '…') {
      if (c === '.' && ABBREVIATION_BEFORE_DOT.test(text.slice(Math.max(0, i - 6), i))) continue;
      if (text[i + 1] === '.' ) continue; // "(...)" and ellipses: only the last dot can end
      let j = i + 1;
      while (j < text.length && (SPACE.test(text[j]) || /[»”"’)]/.test(text[j]))) j++;
      if (j >= text.length) continue;
      const n = text[j];
      if (n === '\n' || /[\p{Lu}\p{N}«“"]/u.test(n)) {
        // The boundary is after the closing marks that follow the punctuation.
        let k = i + 1;
        while (k < j && /[»”"’)]|\s/.test(text[k]) && !(text[k] === '"' && /[\p{L}]/u.test(text[k + 1] ?? ''))) k++;
        if (!insideQuote(k, spans) && n !== '\n') starts.push(k);
      }
    } else if (c === '\n') {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j])) j++;
      if (j >= text.length) continue;
      const n = text[j];
      let p = i - 1;
      while (p >= 0 && /\s/.test(text[p])) p--;
      const prev = p >= 0 ? text[p] : '.';
      const continues = /[\p{Ll},.;:)…]/u.test(n)
        || (/[»”]/.test(n))
        || (n === '"' && !/[\p{L}\p{N}]/u.test(text[j + 1] ?? ''))
        || (/[«“"]/.test(n) && /[\p{L},]/u.test(prev) && LOWER_OR_COMMA.test(prev));
      if (!continues && !insideQuote(j, spans)) starts.push(j);
    }
  }
  const uniq = [...new Set(starts)].sort((a, b) => a - b);
  const units: Unit[] = [];
  for (let k = 0; k < uniq.length; k++) {
    const s = uniq[k], e = k + 1 < uniq.length ? uniq[k + 1] : text.length;
    if (text.slice(s, e).trim()) units.push({ start: s, end: e });
  }
  return units;
}

/** Index of the unit containing an offset (units.indexOf(unitAt(units, pos)) without the scan), -1 when there are none. */
export function unitIndexAt(units: Unit[], pos: number): number {
  let lo = 0, hi = units.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (units[mid].start <= pos) lo = mid; else hi = mid - 1;
  }
  return units.length ? lo : -1;
}

/** The unit containing an offset. */
export function unitAt(units: Unit[], pos: number): Unit {
  let lo = 0, hi = units.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (units[mid].start <= pos) lo = mid; else hi = mid - 1;
  }
  return units[lo] ?? { start: 0, end: pos };
}
