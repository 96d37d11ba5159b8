// Parsers: each recognises one kind of French temporal expression in the folded text
// (foldForm: same offsets as the text) and says what it means, unresolved (chrono-node style).
import { isValidDate } from './calendar.ts';
import type { Candidate, Cue, Meaning } from './candidate.ts';
import { lexKey, numberValue, type Lexicon } from './lexicon.ts';

export interface ParseInput { text: string; fold: string; lex: Lexicon }
export type Parser = (input: ParseInput) => Candidate[];

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const DAY = '(1er|1re|premier|[0-3]?\\d)';
/** Month abbreviations, which may carry a period ("12 sept. 2024"). */
const ABBREVIATED = '(?:janv|fevr|fev|avr|juil|sept|oct|nov|dec)';
const TIME_SUFFIX = '(?:,?\\s+(?:a|vers|des)\\s+(\\d{1,2})\\s?h\\s?(\\d{2})?)?';

interface Compiled { [name: string]: RegExp }
const compiledCache = new WeakMap<Lexicon, Compiled>();
function rx(lex: Lexicon): Compiled {
  let c = compiledCache.get(lex);
  if (c) return c;
  const r = lex.re;
  c = {
    numericDate: new RegExp(`(?<![\\d.\\/])(\\d{1,2})([.\\/])(\\d{1,2})\\2(\\d{4})(?:(?:\\s*[-,]\\s*|\\s+a\\s+|\\s+)(\\d{1,2})[:h](\\d{2}))?(?![\\d]|[.\\/]\\d)`, 'gu'),
    isoDate: new RegExp(`(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?(?!\\d)`, 'gu'),
    dayMonth: new RegExp(`${B}(?:(le|ce)\\s+)?(?:(${r.weekday})\\s+)?${DAY}\\s+(${r.month})(?:(?<=${ABBREVIATED})\\.)?(?:\\s+(\\d{4}))?${TIME_SUFFIX}${E}`, 'gu'),
    weekday: new RegExp(`${B}(?:(ce|cette)\\s+)?(${r.weekday})(?:\\s+(${r.part}))?(?:\\s+(${r.cue}))?(?:\\s+(${r.part}))?${TIME_SUFFIX}${E}`, 'gu'),
    relDay: new RegExp(`${B}(${r.relDay})(?:\\s+(${r.part}))?${TIME_SUFFIX}${E}`, 'gu'),
    todayPart: new RegExp(`${B}(${r.todayPart})${E}`, 'gu'),
    anchoredPart: new RegExp(`${B}(${r.anchoredPart})${E}(?!\\s+(?:de|du|d'|des)${E})`, 'gu'),
    anchoredDay: new RegExp(`${B}(${r.anchoredDay})${E}(?!\\s+(?:de|du|d'|des|au)${E})`, 'gu'),
    relUnit: new RegExp(`${B}(?:(la semaine|le week-?end|la fin de semaine|le mois|l'annee|l'an)\\s+(${r.cue})|(cette semaine|ce week-?end|cette fin de semaine|ce mois-ci|cette annee))${E}`, 'gu'),
    month: new RegExp(`${B}(?:(${r.monthPrefix})\\s*)?(${r.monthFull})(?:\\s+(\\d{4}))?(?:\\s+(${r.cue}))?${E}`, 'gu'),
    season: new RegExp(`${B}(?:(cet|ce|debut|fin|au|en|l'|d'|le|du|de l')\\s*)?(${r.season})(?:\\s+(\\d{4}))?(?:\\s+(${r.cue}))?${E}`, 'gu'),
    year: new RegExp(`${B}(?:(${r.yearPrefix})\\s*)?((?:1[89]|20)\\d\\d)(?![\\p{L}\\p{N}]|[.,]\\d|\\s\\d{3}${E})`, 'gu'),
    time: new RegExp(`${B}(${r.timePrep})\\s+(\\d{1,2})(?:\\s?h\\s?(\\d{2})?|\\s?heures?(?:\\s+(\\d{2}))?|:(\\d{2}))(?:\\s?min)?${E}`, 'gu'),
    duration: new RegExp(`${B}(?:(${r.durationPrep})\\s+)?((?:\\d{1,4}(?:[.,]\\d)?)|(?:(?:${r.number})(?:[- ](?:et[- ])?(?:${r.number}))*))\\s+(${r.unit})(\\s+et\\s+demie?)?(?:\\s+(${r.shiftAdverb}))?${E}`, 'gu'),
    vague: new RegExp(`${B}(${r.vague})${E}(?!\\s+(?:de|du|d'|des)${E})`, 'gu'),
    set: new RegExp(`${B}(${r.set})${E}`, 'gu'),
  };
  compiledCache.set(lex, c);
  return c;
}

function cand(start: number, end: number, meaning: Meaning, parser: string): Candidate {
  return { start, end, meaning, parser };
}

function cueOf(lex: Lexicon, raw: string | undefined): Cue {
  if (!raw) return null;
  const k = lexKey(raw);
  if (lex.nextCues.has(k)) return 'next';
  if (lex.lastCues.has(k)) return 'last';
  return null;
}

function timeOf(h?: string, m?: string): string | undefined {
  if (h === undefined) return undefined;
  const hh = Number(h), mm = Number(m ?? 0);
  if (hh > 24 || mm > 59) return undefined;
  return `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
}

function dayValue(raw: string): number {
  return /^(1er|1re|premier)$/.test(raw) ? 1 : Number(raw);
}

/** True when the character at `pos` opens a sentence, a line, a quotation or a parenthesis. */
export function opensClause(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\u00a0' || c === '\u202f') continue;
    return /[.!?:;\n«"“(\[—–\-]/.test(c);
  }
  return true;
}

/** A line that is only a date stamp ("07.08.2025, 10:27", "Publié le 7 août 2025"). */
function isStampLine(text: string, start: number, end: number): boolean {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  let le = text.indexOf('\n', end);
  if (le < 0) le = text.length;
  const rest = (text.slice(ls, start) + ' ' + text.slice(end, le)).match(/\p{L}{2,}/gu) ?? [];
  return rest.length <= 4;
}

const numericDate: Parser = ({ text, fold, lex }) => {
  const out: Candidate[] = [];
  for (const m of fold.matchAll(rx(lex).numericDate)) {
    const d = Number(m[1]), mo = Number(m[3]), y = Number(m[4]);
    if (!isValidDate(y, mo, d)) continue;
    const c = cand(m.index!, m.index! + m[0].length, { kind: 'absolute', y, m: mo, d, time: timeOf(m[5], m[6]) }, 'numericDate');
    c.stamp = isStampLine(text, c.start, c.end);
    out.push(c);
  }
  for (const m of fold.matchAll(rx(lex).isoDate)) {
    const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
    if (!isValidDate(y, mo, d)) continue;
    const c = cand(m.index!, m.index! + m[0].length, { kind: 'absolute', y, m: mo, d, time: timeOf(m[4], m[5]) }, 'isoDate');
    c.stamp = isStampLine(text, c.start, c.end);
    out.push(c);
  }
  return out;
};

const STREET_BEFORE = (lex: Lexicon) => new RegExp(`(?:${[...lex.streetWords].join('|')})\\s+(?:du|de|des)?\\s*$`, 'u');

const dayMonthDate: Parser = ({ text, fold, lex }) => {
  const out: Candidate[] = [];
  const street = STREET_BEFORE(lex);
  for (const m of fold.matchAll(rx(lex).dayMonth)) {
    const [, det, wdRaw, dayRaw, monthRaw, yearRaw, hh, mm] = m;
    const d = dayValue(dayRaw), mo = lex.months.get(lexKey(monthRaw))!;
    let start = m.index!;
    if (det && det !== 'le' && det !== 'ce') start += det.length;
    const before = fold.slice(Math.max(0, m.index! - 30), m.index!);
    if (street.test(before)) continue; // "place du 18 juin"
    if (d < 1 || d > 31) continue;
    const y = yearRaw ? Number(yearRaw) : undefined;
    if (!isValidDate(y ?? 2024, mo, d)) continue;
    const time = timeOf(hh, mm);
    const meaning: Meaning = y !== undefined ? { kind: 'absolute', y, m: mo, d, time } : { kind: 'dayMonth', m: mo, d, time };
    const c = cand(start, m.index! + m[0].length, meaning, 'dayMonth');
    if (y !== undefined) c.stamp = isStampLine(text, c.start, c.end);
    void wdRaw;
    out.push(c);
  }
  return out;
};

const weekday: Parser = ({ text, fold, lex }) => {
  const out: Candidate[] = [];
  for (const m of fold.matchAll(rx(lex).weekday)) {
    const [, dem, wdRaw, part1, cueRaw, part2, hh, mm] = m;
    const wdStart = m.index! + (dem ? m[0].indexOf(wdRaw, dem.length) : 0);
    // A capitalised weekday mid-sentence is a name ("Robinson et Vendredi"), not a day.
    if (/\p{Lu}/u.test(text[wdStart]) && !dem && !opensClause(text, wdStart)) continue;
    const part = part1 ?? part2;
    let cue = cueOf(lex, cueRaw);
    if (!cue && dem) cue = 'this';
    out.push(cand(m.index!, m.index! + m[0].length, {
      kind: 'weekday', wd: lex.weekdays.get(lexKey(wdRaw))!, cue,
      part: part ? lex.partsOfDay.get(lexKey(part)) : undefined, time: timeOf(hh, mm),
    }, 'weekday'));
  }
  return out;
};

const relativeDay: Parser = ({ fold, lex }) => {
  const out: Candidate[] = [];
  const R = rx(lex);
  for (const m of fold.matchAll(R.relDay)) {
    const part = m[2] ? lex.partsOfDay.get(lexKey(m[2])) : undefined;
    out.push(cand(m.index!, m.index! + m[0].length, { kind: 'relDay', offset: lex.relDays.get(lexKey(m[1]))!, part, time: timeOf(m[3], m[4]) }, 'relDay'));
  }
  for (const m of fold.matchAll(R.todayPart)) {
    out.push(cand(m.index!, m.index! + m[0].length, { kind: 'relDay', offset: 0, part: lex.todayParts.get(lexKey(m[1])) }, 'todayPart'));
  }
  for (const m of fold.matchAll(R.anchoredPart)) {
    const part = lex.anchoredParts.get(lexKey(m[1]));
    out.push(cand(m.index!, m.index! + m[0].length, { kind: 'anchoredDay', offset: 0, part: part || undefined }, 'anchoredPart'));
  }
  for (const m of fold.matchAll(R.anchoredDay)) {
    out.push(cand(m.index!, m.index! + m[0].length, { kind: 'anchoredDay', offset: lex.anchoredDays.get(lexKey(m[1]))! }, 'anchoredDay'));
  }
  return out;
};

const relativeUnit: Parser = ({ fold, lex }) => {
  const out: Candidate[] = [];
  for (const m of fold.matchAll(rx(lex).relUnit)) {
    const noun = lexKey(m[1] ?? m[3]);
    const offset = m[3] ? 0 : cueOf(lex, m[2]) === 'next' ? 1 : -1;
    const unit = /week|fin de semaine/.test(noun) ? 'WE' : /semaine/.test(noun) ? 'W' : /mois/.test(noun) ? 'M' : 'Y';
    out.push(cand(m.index!, m.index! + m[0].length, { kind: 'relUnit', unit, offset }, 'relUnit'));
  }
  return out;
};

const month: Parser = ({ text, fold, lex }) => {
  const out: Candidate[] = [];
  for (const m of fold.matchAll(rx(lex).month)) {
    const [, prefix, monthRaw, yearRaw, cueRaw] = m;
    const monthStart = m.index! + (prefix ? m[0].indexOf(monthRaw, prefix.length) : 0);
    const cue = cueOf(lex, cueRaw);
    const capital = /\p{Lu}/u.test(text[monthStart]);
    // Without a year, a month needs a preposition or cue, and a capital means a name ("Mars", "Mai").
    if (!yearRaw && (!prefix && !cue || capital)) continue;
    const pk = prefix ? lexKey(prefix) : '';
    const start = prefix && lex.modifiersInSpan.has(pk) ? m.index! : monthStart;
    out.push(cand(start, m.index! + m[0].length, {
      kind: 'month', m: lex.months.get(lexKey(monthRaw))!, y: yearRaw ? Number(yearRaw) : undefined, cue,
    }, 'month'));
  }
  return out;
};

const season: Parser = ({ fold, lex }) => {
  const out: Candidate[] = [];
  for (const m of fold.matchAll(rx(lex).season)) {
    const [, prefix, seasonRaw, yearRaw, cueRaw] = m;
    const cue = cueOf(lex, cueRaw) ?? (prefix === 'cet' || prefix === 'ce' ? 'this' : null);
    if (!yearRaw && !cue) continue; // "été" alone is usually the participle
    const seasonStart = m.index! + (prefix ? m[0].indexOf(seasonRaw, prefix.length) : 0);
    const start = prefix && (cue === 'this' || lex.modifiersInSpan.has(lexKey(prefix))) ? m.index! : seasonStart;
    out.push(cand(start, m.index! + m[0].length, {
      kind: 'season', season: lex.seasons.get(lexKey(seasonRaw))!, y: yearRaw ? Number(yearRaw) : undefined, cue,
    }, 'season'));
  }
  return out;
};

const year: Parser = ({ text, fold, lex }) => {
  const out: Candidate[] = [];
  for (const m of fold.matchAll(rx(lex).year)) {
    const [, prefix, yearRaw] = m;
    const yearStart = m.index! + m[0].length - yearRaw.length;
    const end = yearStart + yearRaw.length;
    const prevWord = /([\p{L}°]+)\s*$/u.exec(fold.slice(Math.max(0, yearStart - 20), yearStart))?.[1] ?? '';
    if (lex.notYearBefore.has(prevWord)) continue;
    if (/[\d.,]\s*$/.test(fold.slice(Math.max(0, yearStart - 2), yearStart))) continue;
    const pk = prefix ? lexKey(prefix) : '';
    const strongPrefix = !!prefix && lex.yearPrefixesInSpan.has(pk);
    if (!strongPrefix) {
      // "2000 soldats", "Euro 2024": a count or a name, not a year.
      const next = /^\s*([\p{L}'-]+)/u.exec(fold.slice(end, end + 30))?.[1];
      if (next && !lex.yearFollowers.has(next) && !isAuxiliary(lex, next) && /^\p{Ll}/u.test(text.slice(end).trimStart())) continue;
      const prevStart = yearStart - (/([\p{L}°]+\s*)$/u.exec(fold.slice(Math.max(0, yearStart - 20), yearStart))?.[1].length ?? 0);
      if (!prefix && prevWord && /\p{Lu}/u.test(text[prevStart]) && !opensClause(text, prevStart)) continue; // "Euro 2024", "AF 1958"
    }
    if (!prefix && /[-/]$/.test(fold.slice(Math.max(0, yearStart - 1), yearStart))) continue; // "rue du 8-Mai-1945"
    out.push(cand(strongPrefix ? m.index! : yearStart, end, { kind: 'year', y: Number(yearRaw) }, 'year'));
  }
  return out;
};

const time: Parser = ({ fold, lex }) => {
  const out: Candidate[] = [];
  for (const m of fold.matchAll(rx(lex).time)) {
    const t = timeOf(m[2], m[3] ?? m[4] ?? m[5]);
    if (!t) continue;
    out.push(cand(m.index!, m.index! + m[0].length, { kind: 'time', time: t }, 'time'));
  }
  return out;
};

function isAuxiliary(lex: Lexicon, word: string): boolean {
  const t = lex.tense;
  return t.auxPresent.includes(word) || t.auxImperfect.includes(word) || t.auxFuture.includes(word) || t.auxConditional.includes(word) || t.modalsFuture.includes(word);
}

const DURATION_PREFIXES_WITH_ONE = /^(il y a|dans|depuis|pendant|durant|en|pour|d'ici|au bout d'?|au bout de|plus d'?|plus de|moins d'?|moins de|pres d'?|pres de|d'au moins|au moins|voila)$/;

const duration: Parser = ({ fold, lex }) => {
  const out: Candidate[] = [];
  for (const m of fold.matchAll(rx(lex).duration)) {
    const [, prefix, numRaw, unitRaw, half, adverb] = m;
    const pk = prefix ? lexKey(prefix) : '';
    let n = /^\d/.test(numRaw) ? Number(numRaw.replace(',', '.')) : numberValue(lex, numRaw);
    if (n === null || !Number.isFinite(n) || n <= 0) continue;
    if (half) n += 0.5;
    let unit = lex.units.get(lexKey(unitRaw))!;
    const isTimeUnit = unit === 'H' || (unit === 'M' && /^min/.test(unitRaw)) || unit === 'S';
    if (unitRaw === 'h' && (!/^\d/.test(numRaw) || !prefix)) continue; // "à 10h" is a time
    // "un jour" (some day), "une année de plus": a one needs a temporal preposition.
    if (/^(un|une)$/.test(numRaw) && !DURATION_PREFIXES_WITH_ONE.test(pk)) continue;
    if (isTimeUnit && unit === 'M') unit = 'M';
    const value = isTimeUnit ? `PT${n}${unit}` : `P${n}${unit}`;
    let start = m.index!;
    const keepPrefix = pk === 'il y a' || pk === 'dans';
    if (prefix && !keepPrefix) start += m[0].indexOf(numRaw, prefix.length);
    const end = m.index! + m[0].length;
    const endBeforeAdverb = adverb ? m.index! + m[0].lastIndexOf(adverb) - 1 : end;
    if (keepPrefix) {
      // "il y a deux semaines", "dans trois jours": a date counted from the reference.
      const sign = pk === 'dans' ? 1 : -1;
      out.push(cand(start, endBeforeAdverb, { kind: 'shift', n, unit: isTimeUnit ? `T${unit}` : unit, sign }, 'duration'));
      continue;
    }
    if (adverb) {
      const sign = lex.shiftAdverbs.get(lexKey(adverb))! > 0 ? 1 : -1;
      out.push(cand(start, end, { kind: 'shift', n, unit: isTimeUnit ? `T${unit}` : unit, sign: sign as 1 | -1 }, 'durationShift'));
      continue;
    }
    out.push(cand(start, end, { kind: 'duration', value }, 'duration'));
  }
  return out;
};

const vague: Parser = ({ fold, lex }) => {
  const out: Candidate[] = [];
  for (const m of fold.matchAll(rx(lex).vague)) {
    out.push(cand(m.index!, m.index! + m[0].length, { kind: 'fixed', type: 'DATE', value: lex.vague.get(lexKey(m[1]))! }, 'vague'));
  }
  return out;
};

const set: Parser = ({ fold, lex }) => {
  const out: Candidate[] = [];
  for (const m of fold.matchAll(rx(lex).set)) {
    out.push(cand(m.index!, m.index! + m[0].length, { kind: 'fixed', type: 'SET', value: lex.setPhrases.get(lexKey(m[1]))! }, 'set'));
  }
  return out;
};

/** Every parser, most specific first (the order breaks ties between equally long matches). */
export const parsers: Parser[] = [numericDate, dayMonthDate, weekday, relativeDay, relativeUnit, month, season, year, time, duration, vague, set];

/**
 * Enumerations and ranges: "du 16 au 23 mai", "entre le 2 et le 5 juin", "les 2, 3 et 4 juin":
 * the bare day numbers before a full date take its month and year.
 */
export function listedDays(input: ParseInput, dated: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const tail = /(?:^|[^\p{L}\p{N}])(les|du|entre le|entre les|des|le|depuis le)\s+((?:1er|[0-3]?\d)(?:\s*(?:,|et|au|a|-)\s*(?:le\s+)?(?:1er|[0-3]?\d))*)\s*(?:,|et|au|a|-)\s*(?:le\s+)?$/u;
  for (const c of dated) {
    const mean = c.meaning;
    if (mean.kind !== 'dayMonth' && mean.kind !== 'absolute') continue;
    const from = Math.max(0, c.start - 60);
    const window = input.fold.slice(from, c.start);
    const m = tail.exec(window);
    if (!m) continue;
    const listStart = from + m.index! + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
    for (const dm of m[2].matchAll(/(?:(le)\s+)?(1er|[0-3]?\d)/gu)) {
      const d = dayValue(dm[2]);
      const y = mean.kind === 'absolute' ? mean.y : undefined;
      if (!isValidDate(y ?? 2024, mean.m, d)) continue;
      const s = listStart + dm.index!;
      const e = s + dm[0].length;
      const meaning: Meaning = y !== undefined ? { kind: 'absolute', y, m: mean.m, d } : { kind: 'dayMonth', m: mean.m, d };
      out.push(cand(s, e, meaning, 'listedDay'));
    }
    if (/(^|\s)le$/.test(m[1])) {
      // "entre le 2 et le 5 juin": the "le" before the first day belongs to it.
      const first = out.find((o) => o.start === listStart);
      if (first) first.start = from + m.index! + m[0].lastIndexOf('le', m[0].indexOf(m[2]));
    }
  }
  return out;
}
