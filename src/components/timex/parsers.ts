// Parsers: each recognises one kind of French temporal expression in the folded text
// (foldForm: same offsets as the text) and says what it means, unresolved (chrono-node style).
import { isValidDate } from '../../core/calendar.ts';
import type { Candidate, Cue, Meaning } from './candidate.ts';
import { alternation, lexKey, numberValue, type Lexicon } from './lexicon.ts';

export interface ParseInput { text: string; fold: string; lex: Lexicon }
export type Parser = (input: ParseInput) => Candidate[];

// Word boundaries on the folded text, which is lower-case ASCII for Latin script; plain \b lets
// V8 scan fast (a lookbehind first would defeat its first-character search).
const B = '\\b';
const E = '\\b';
const DAY = '(1er|1re|premier|[0-3]?\\d)';
/** Month abbreviations, which may carry a period ("12 sept. 2024"). */
const ABBREVIATED = '(?:janv|fevr|fev|avr|juil|sept|oct|nov|dec)';
const TIME_SUFFIX = '(?:,?\\s+(?:a|vers|des)\\s+(\\d{1,2})\\s?h(?:\\s?(\\d{2}))?)?';
/** After a weekday, also "dimanche à 16 heures" (with no comma: "la nuit de mardi, vers 3 heures du matin" is another expression). */
const WEEKDAY_TIME_SUFFIX = '(?:(?:,?\\s+(?:a|vers|des)\\s+(\\d{1,2})\\s?h|\\s+(?:a|vers|des)\\s+(\\d{1,2})\\s+heures?(?![a-z]))(?:\\s?(\\d{2}))?)?';

// Built once (tsx turns a literal with \p{…} outside a class into a `new RegExp` at each use).
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTERS2 = /\p{L}{2,}/gu;
const SPACE_THEN_UPPER = /^\s+\p{Lu}/u;
/** A word, then the comma or bracket opening an apposition: "Jean Dupont, 45 ans". */
const WORD_THEN_APPOSITION = /\p{L}\s*[,(]\s*$/u;

interface Compiled { [name: string]: RegExp }
const compiledCache = new WeakMap<Lexicon, Compiled>();
function rx(lex: Lexicon): Compiled {
  let c = compiledCache.get(lex);
  if (c) return c;
  const r = lex.re;
  const before = (alt: string) => new RegExp(`(?:^|[^a-z0-9'])(?:${alt})\\s*$`);
  c = {
    numericDate: new RegExp(`(?<![\\d.\\/])(\\d{1,2})([.\\/])(\\d{1,2})\\2(\\d{4})(?:(?:\\s*[-,]\\s*|\\s+a\\s+|\\s+)(\\d{1,2})[:h](\\d{2}))?(?![\\d]|[.\\/]\\d)`, 'g'),
    isoDate: new RegExp(`(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?(?!\\d)`, 'g'),
    dayMonth: new RegExp(`${B}${DAY}(?:\\s+|-)(${r.month})(?:(?<=${ABBREVIATED})\\.)?(?:\\s+(\\d{4})|\\s+(${r.dayMonthCue})(?![a-z]))?${TIME_SUFFIX}${E}`, 'g'),
    dayMonthBefore: new RegExp(`(?:^|[^a-z0-9'])(?:(le|ce)\\s+)?(${r.weekday})\\s+$|(?:^|[^a-z0-9'])(le|ce)\\s+$`),
    weekday: new RegExp(`${B}(${r.weekday})(?:\\s+(?:(?:en|dans\\s+la|dans\\s+l')\\s*)?(${r.part}))?(?:\\s+(${r.cue}))?(?:\\s+(${r.part}))?${WEEKDAY_TIME_SUFFIX}${E}`, 'g'),
    demonstrativeBefore: /(?:^|[^a-z0-9'])(ce|cette)\s+$/,
    // "ce même vendredi", "le même jeudi": the day just told, in the span, resolved as the bare weekday
    sameBefore: /(?:^|[^a-z0-9'])(?:ce|le)\s+meme\s+$/,
    // "la soirée de dimanche", "dans la matinée de lundi": a part of the day named before the weekday
    nightTo: new RegExp(`^\\s+a\\s+(?:${r.weekday})${E}`),
    partBefore: new RegExp(`(?:^|[^a-z0-9'])(?:la|l')\\s*(${r.part})\\s+de\\s+$`),
    relDay: new RegExp(`${B}(${r.relDay})(?:\\s+(${r.part}))?${TIME_SUFFIX}${E}`, 'g'),
    todayPart: new RegExp(`${B}(${r.todayPart})${E}`, 'g'),
    yesterdayPart: new RegExp(`${B}(${r.yesterdayPart})${E}`, 'g'),
    anchoredPart: new RegExp(`${B}(${r.anchoredPart})${E}(?!\\s+(?:de|du|d'|des)${E})`, 'g'),
    // "le lendemain de l'élection" is a holiday-like anchor; "le lendemain au chef de l'État" a day ("au soir" a part of it)
    anchoredDay: new RegExp(`${B}(${r.anchoredDay})${E}(?!\\s+(?:de|du|d'|des|au\\s+(?:soir|matin))${E})`, 'g'),
    relUnit: new RegExp(`${B}(?:(la semaine|le week-?end|la fin de semaine|le mois|l'annee|l'an)\\s+(${r.cue})|(cette semaine|ce week-?end|cette fin de semaine|ce mois-ci|cette annee))${E}`, 'g'),
    unitPeriod: new RegExp(`${B}(?:(${r.unitPeriodArticle})\\s+)?(${r.periodModifier})\\s+(${r.unitPeriod})(?:\\s+(${r.cue}))?${E}(?!\\s+(?:de|du|d'|des|\\d))`, 'g'),
    month: new RegExp(`${B}(${r.monthFull})(?:\\s+(\\d{4}))?(?:\\s+(${r.cue}))?(?:\\s+(${r.anaphoricYear}))?${E}`, 'g'),
    monthBefore: before(r.monthPrefix),
    season: new RegExp(`${B}(${r.season})(?:\\s+(\\d{4}))?(?:\\s+(${r.cue}))?${E}`, 'g'),
    seasonBefore: before("cet|ce|debut|fin|au|en|l'|d'|le|du|de l'"),
    year: /\b(?:1[89]|20)\d\d(?![a-z0-9]|[.,]\d|\s\d{3}\b)/g,
    yearBefore: before(r.yearPrefix),
    clockWord: new RegExp(`${B}(?:(${r.clockPrepOutside})|(${r.timePrep}))\\s+(${r.clockWord})${E}`, 'g'),
    untilBefore: before(r.untilPrep),
    deadlineBefore: before(r.deadlinePrep || '(?!)'),
    monthPartDeadlineBefore: before(r.monthPartDeadlinePrep || '(?!)'),
    // "de 18 heures, heure de Moscou": hours followed by their time zone, with no preposition in the span
    zonedTime: new RegExp(`${B}(\\d{1,2})(?:\\s?h(?:\\s?(\\d{2}))?|\\s?heures?(?:\\s+(\\d{2}))?)(?=,?\\s+\\(?(?:${r.clockZone})(?![a-z]))`, 'g'),
    time: new RegExp(`${B}(${r.timePrep})\\s+(\\d{1,2})(?:\\s?h(?:\\s?(\\d{2}))?|\\s?heures?(?:\\s+(\\d{2}))?|:(\\d{2}))(?:\\s?min)?${E}`, 'g'),
    duration: new RegExp(`${B}((?:\\d{1,4}(?:[.,]\\d)?)|(?:(?:${r.number})(?:[- ](?:et[- ])?(?:${r.number}))*))\\s+(${r.unit})(\\s+et\\s+demie?)?(?:\\s+(${r.shiftAdverb}))?${E}`, 'g'),
    // Same groups as `duration`, for "une cinquantaine de minutes" (run only when such a noun occurs).
    approxDuration: new RegExp(`${B}(une\\s+(?:${r.approximate})\\s+d(?:e\\s+|'))(${r.unit})(\\s+et\\s+demie?)?(?:\\s+(${r.shiftAdverb}))?${E}`, 'g'),
    durationBefore: before(r.durationPrep),
    vague: new RegExp(`${B}(${r.vague})${E}(?!\\s+(?:de|du|d'|des)${E})`, 'g'),
    set: new RegExp(`${B}(${r.set})${E}`, 'g'),
    yearPart: new RegExp(`${B}(${r.yearPartOrdinal})\\s+(${r.yearPart})(?:\\s+(?:de\\s+)?(\\d{4}))?${E}`, 'g'),
    holiday: new RegExp(`(?:${B}(${r.holidayDayWord})\\s+)?${B}(${r.holiday})(?![-\\w])(?:\\s+(\\d{4})${E})?`, 'g'),
    holidayBefore: before(r.holidayIntroducer),
    street: new RegExp(`(?:${[...lex.streetWords].join('|')})\\s+(?:du|de|des)?\\s*$`),
  };
  compiledCache.set(lex, c);
  return c;
}

/** The prefix word(s) just before `pos` matched by an end-anchored regex, with their start. */
function prefixBefore(fold: string, pos: number, re: RegExp, width = 40): { m: RegExpExecArray; start: number } | null {
  const from = Math.max(0, pos - width);
  const m = re.exec(fold.slice(from, pos));
  if (!m) return null;
  const lead = m[0].length - m[0].replace(/^[^a-z0-9']/, '').length; // the boundary character, if any
  return { m, start: from + m.index + lead };
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
  // At most four words around it (counted on each side; the fifth settles it).
  const before = wordsIn(text.slice(ls, start), 5);
  return before + wordsIn(text.slice(end, le), 5 - before) <= 4;
}

/** How many words of two letters or more `s` holds, counting no further than `limit`. */
function wordsIn(s: string, limit: number): number {
  let n = 0;
  LETTERS2.lastIndex = 0;
  while (n < limit && LETTERS2.exec(s)) n++;
  LETTERS2.lastIndex = 0;
  return n;
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

const dayMonthDate: Parser = ({ text, fold, lex }) => {
  const out: Candidate[] = [];
  const R = rx(lex);
  for (const m of fold.matchAll(R.dayMonth)) {
    const [, dayRaw, monthRaw, yearRaw, cueRaw, hh, mm] = m;
    const d = dayValue(dayRaw), mo = lex.months.get(lexKey(monthRaw))!;
    if (d < 1 || d > 31) continue;
    if (R.street.test(fold.slice(Math.max(0, m.index! - 30), m.index!))) continue; // "place du 18 juin"
    // "le", "ce", a weekday before the day belong to the expression ("le lundi 2 juin").
    const pre = prefixBefore(fold, m.index!, R.dayMonthBefore);
    const start = pre ? pre.start : m.index!;
    const y = yearRaw ? Number(yearRaw) : undefined;
    if (!isValidDate(y ?? 2024, mo, d)) continue;
    const time = timeOf(hh, mm);
    const wdRaw = pre?.m[2];
    const meaning: Meaning = y !== undefined ? { kind: 'absolute', y, m: mo, d, time }
      : { kind: 'dayMonth', m: mo, d, time, wd: wdRaw ? lex.weekdays.get(lexKey(wdRaw)) : undefined, cue: cueOf(lex, cueRaw) ?? undefined };
    const c = cand(start, m.index! + m[0].length, meaning, 'dayMonth');
    if (y !== undefined) c.stamp = isStampLine(text, c.start, c.end);
    out.push(c);
  }
  return out;
};

const weekday: Parser = ({ text, fold, lex }) => {
  const out: Candidate[] = [];
  const R = rx(lex);
  for (const m of fold.matchAll(R.weekday)) {
    const [, wdRaw, part1, cueRaw, part2, hh, hhWord, mm] = m;
    const pre = prefixBefore(fold, m.index!, R.demonstrativeBefore, 8);
    // A capitalised weekday mid-sentence is a name ("Robinson et Vendredi"), not a day.
    if (UPPER.test(text[m.index!]) && !pre && !opensClause(text, m.index!)) continue;
    // not "la nuit de samedi à dimanche", a night span read by its own parser
    const partPre = pre || part1 || part2 || R.nightTo.test(fold.slice(m.index! + m[0].length, m.index! + m[0].length + 14)) ? null : prefixBefore(fold, m.index!, R.partBefore);
    const part = part1 ?? part2 ?? (partPre ? partPre.m[1] : undefined);
    let cue = cueOf(lex, cueRaw);
    if (!cue && pre) cue = 'this';
    const same = pre || partPre ? null : prefixBefore(fold, m.index!, R.sameBefore, 12);
    out.push(cand(pre ? pre.start : partPre ? partPre.start : same ? same.start : m.index!, m.index! + m[0].length, {
      kind: 'weekday', wd: lex.weekdays.get(lexKey(wdRaw))!, cue,
      part: part ? lex.partsOfDay.get(lexKey(part)) : undefined, time: timeOf(hh ?? hhWord, mm),
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
  for (const m of fold.matchAll(R.yesterdayPart)) {
    out.push(cand(m.index!, m.index! + m[0].length, { kind: 'relDay', offset: -1, part: lex.yesterdayParts.get(lexKey(m[1])) }, 'todayPart'));
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

/** "la fin du mois", "en début d'année", "d'ici la fin de l'année prochaine": a part of a month, year or week. */
const unitPeriod: Parser = ({ fold, lex }) => {
  const out: Candidate[] = [];
  for (const m of fold.matchAll(rx(lex).unitPeriod)) {
    const [, article, modifier, noun, cueRaw] = m;
    // Without "la"/"en", "fin d'année" must not qualify a noun ("les examens de fin d'année").
    if (!article && /(?:^|[^a-z])(?:de|d'|du|des|les?|la|l')\s*$/.test(fold.slice(Math.max(0, m.index! - 6), m.index!))) continue;
    const unit = lex.unitPeriods.get(lexKey(noun)) as 'M' | 'Y' | 'W';
    const cue = cueOf(lex, cueRaw);
    // The span starts at "la" / "le" ("la fin du mois", "le début de l'année"), else at the modifier (after "d'ici", "à", "en").
    const modifierStart = m.index! + m[0].lastIndexOf(modifier, m[0].indexOf(noun));
    const start = article && /(?:^|\s)(?:la|le)$/.test(article) ? fold.lastIndexOf(article.slice(-2), modifierStart) : modifierStart;
    out.push(cand(start, m.index! + m[0].length, { kind: 'relUnit', unit, offset: cue === 'next' ? 1 : cue === 'last' ? -1 : 0 }, 'unitPeriod'));
  }
  return out;
};

const MONTH_PART = /(^|\s)(?:(?:la|le)\s+)?(?:fin|debut|mi-?)(?:\s+du\s+mois)?(?:\s+de\s+|\s+d'|\s*)$/;
const month: Parser = ({ text, fold, lex }) => {
  const out: Candidate[] = [];
  const R = rx(lex);
  let lastEnd = -1;
  for (const m of fold.matchAll(R.month)) {
    const [, monthRaw, yearRaw, cueRaw, anaphoric] = m;
    const pre = prefixBefore(fold, m.index!, R.monthBefore, 20);
    const cue = cueOf(lex, cueRaw);
    const capital = UPPER.test(text[m.index!]);
    // "en mai, juin et juillet": a month listed right after an accepted one shares its preposition.
    const listed = lastEnd >= 0 && /^\s*(?:,|et|ou)\s*$/.test(fold.slice(lastEnd, m.index!));
    // Without a year, a month needs a preposition or cue, and a capital means a name ("Mars", "Mai").
    if (!yearRaw && (!pre && !cue && !listed || capital)) continue;
    lastEnd = m.index! + m[0].length;
    const pk = pre ? lexKey(pre.m[0].replace(/^[^a-z0-9']/, '')) : '';
    // "fin janvier", "à la mi-février", "à la fin d'octobre": the part of the month, with its article, is in the span.
    const part = pre && !lex.modifiersInSpan.has(pk) ? MONTH_PART.exec(fold.slice(pre.start, m.index!)) : null;
    const start = pre && lex.modifiersInSpan.has(pk) ? pre.start : part ? pre!.start + part.index + part[1].length : m.index!;
    out.push(cand(start, m.index! + m[0].length, {
      kind: 'month', m: lex.months.get(lexKey(monthRaw))!, y: yearRaw ? Number(yearRaw) : undefined, cue,
      yearFrom: anaphoric && !yearRaw && !cue ? lex.anaphoricYears.get(lexKey(anaphoric)) : undefined,
    }, 'month'));
  }
  return out;
};

const season: Parser = ({ fold, lex }) => {
  const out: Candidate[] = [];
  const R = rx(lex);
  for (const m of fold.matchAll(R.season)) {
    const [, seasonRaw, yearRaw, cueRaw] = m;
    const pre = prefixBefore(fold, m.index!, R.seasonBefore, 12);
    const pk = pre ? lexKey(pre.m[0].replace(/^[^a-z0-9']/, '')) : '';
    const cue = cueOf(lex, cueRaw) ?? (pk === 'cet' || pk === 'ce' ? 'this' : null);
    // "été" alone is usually the participle; "au printemps", "à l'automne", "en hiver" are the season
    if (!yearRaw && !cue && !(lex.seasonIntroducers.has(pk) && lexKey(seasonRaw) !== 'ete')) continue;
    const start = pre && (cue === 'this' || lex.modifiersInSpan.has(pk) || (!yearRaw && !cue)) ? pre.start : m.index!;
    out.push(cand(start, m.index! + m[0].length, {
      kind: 'season', season: lex.seasons.get(lexKey(seasonRaw))!, y: yearRaw ? Number(yearRaw) : undefined, cue,
    }, 'season'));
  }
  return out;
};

/** "second semestre 2024", "au premier trimestre": half-years and quarters. */
const yearPart: Parser = ({ fold, lex }) => {
  const out: Candidate[] = [];
  for (const m of fold.matchAll(rx(lex).yearPart)) {
    const part = lex.yearParts.get(lexKey(m[2]))!;
    const n = lex.yearPartOrdinals.get(lexKey(m[1]))!;
    if (n > (part === 'H' ? 2 : 4)) continue;
    // "le troisième trimestre de grossesse": a period of something else than the year.
    if (!m[3] && /^\s+(?:de\s+|d')(?!l'annee|cette annee|\d)/.test(fold.slice(m.index! + m[0].length, m.index! + m[0].length + 20))) continue;
    out.push(cand(m.index!, m.index! + m[0].length, { kind: 'yearPart', part, n, y: m[3] ? Number(m[3]) : undefined }, 'yearPart'));
  }
  return out;
};

const ARTICLE = /^(?:les?|la|l')\s*/;
/** "à Noël", "la veille de Pâques", "depuis la Toussaint 2023": capitalised and introduced, since Noël is also a first name. */
const holiday: Parser = ({ text, fold, lex }) => {
  const out: Candidate[] = [];
  const R = rx(lex);
  for (const m of fold.matchAll(R.holiday)) {
    const [, dayWord, name, yearRaw] = m;
    const nameStart = m.index! + m[0].indexOf(name, dayWord ? dayWord.length : 0);
    // the feast's own word is capitalised, not only its article ("L'ascension du sommet")
    const article = ARTICLE.exec(name)?.[0].length ?? 0;
    if (!UPPER.test(text.slice(nameStart + article, nameStart + name.length))) continue;
    if (!dayWord && !lex.holidaysStandalone.has(lexKey(name)) && !prefixBefore(fold, m.index!, R.holidayBefore, 24)) continue;
    // "Noël Mamère": a capitalised word right after is a surname.
    if (!yearRaw && SPACE_THEN_UPPER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 3))) continue;
    const rule = lex.holidays.get(lexKey(name))!;
    const offset = dayWord ? lex.holidayDayWords.get(lexKey(dayWord))! : 0;
    const easter = /^E([+-]\d+)$/.exec(rule);
    const [mm, dd] = rule.split('-').map(Number);
    const meaning: Meaning = easter ? { kind: 'holiday', easter: Number(easter[1]), offset, y: yearRaw ? Number(yearRaw) : undefined }
      : { kind: 'holiday', m: mm, d: dd, offset, y: yearRaw ? Number(yearRaw) : undefined };
    out.push(cand(m.index!, m.index! + m[0].length, meaning, 'holiday'));
  }
  return out;
};

/** "mi-2026": the hyphen of "mi-" binds a year part, not a compound name. */
const YEAR_PART_HYPHEN = /(?:^|[^a-z])mi-$/;
const year: Parser = ({ text, fold, lex }) => {
  const out: Candidate[] = [];
  const R = rx(lex);
  for (const m of fold.matchAll(R.year)) {
    const yearStart = m.index!;
    const end = yearStart + 4;
    const window = fold.slice(Math.max(0, yearStart - 20), yearStart);
    if (/[\d.,]\s*$/.test(window)) continue; // "1 2000", "3.2019"
    if (/[-/]$/.test(window) && !YEAR_PART_HYPHEN.test(window)) continue; // "rue du 8-Mai-1945" (not "mi-2026")
    const prevWord = /([a-z°]+)\s*$/.exec(window)?.[1] ?? '';
    if (lex.notYearBefore.has(prevWord)) continue;
    const pre = prefixBefore(fold, yearStart, R.yearBefore, 16);
    const pk = pre ? lexKey(pre.m[0].replace(/^[^a-z0-9']/, '')) : '';
    const strongPrefix = !!pre && lex.yearPrefixesInSpan.has(pk);
    if (!strongPrefix) {
      // "2000 soldats", "Euro 2024": a count or a name, not a year.
      const next = /^\s*([a-z'-]+)/.exec(fold.slice(end, end + 30))?.[1];
      const nextStart = end + (fold.slice(end, end + 30).length - fold.slice(end, end + 30).trimStart().length);
      if (next && !lex.yearFollowers.has(next) && !isAuxiliary(lex, next) && LOWER.test(text[nextStart])) continue;
      const prevStart = yearStart - (/([a-z°]+\s*)$/.exec(window)?.[1].length ?? 0);
      if (!pre && prevWord && UPPER.test(text[prevStart]) && !opensClause(text, prevStart)) continue;
    }
    out.push(cand(strongPrefix && !lex.yearPrefixesLeftOut.has(pk) ? pre!.start : yearStart, end, { kind: 'year', y: Number(m[0]) }, 'year'));
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
  for (const m of fold.matchAll(rx(lex).zonedTime)) {
    const t = timeOf(m[1], m[2] ?? m[3]);
    if (!t) continue;
    const lead = m[0].length - m[0].replace(/^[^0-9]+/, '').length;
    out.push(cand(m.index! + lead, m.index! + m[0].length, { kind: 'time', time: t }, 'time'));
  }
  return out;
};

/** "à midi", "peu après minuit", "à partir de minuit" (the last without its preposition). */
const clockWord: Parser = ({ text, fold, lex }) => {
  const out: Candidate[] = [];
  for (const m of fold.matchAll(rx(lex).clockWord)) {
    const word = m[3];
    const wordStart = m.index! + m[0].length - word.length;
    if (UPPER.test(text[wordStart])) continue; // "le Midi": the south of France
    out.push(cand(m[2] ? m.index! : wordStart, m.index! + m[0].length, { kind: 'time', time: lex.clockWords.get(lexKey(word))! }, 'time'));
  }
  return out;
};

function isAuxiliary(lex: Lexicon, word: string): boolean {
  const t = lex.tense;
  return t.auxPresent.includes(word) || t.auxImperfect.includes(word) || t.auxFuture.includes(word) || t.auxConditional.includes(word) || t.modalsFuture.includes(word);
}

/**
 * An age, not a duration: "âgé de 45 ans", "âgés de 18 à 25 ans", and the apposition after a
 * name, "Jean Dupont, 45 ans, a été…".
 */
function isAge({ text, fold, lex }: ParseInput, start: number, end: number): boolean {
  const before = fold.slice(Math.max(0, start - 30), start);
  const w = /(?:^|[^a-z])([a-z]+)\s+de\s+(?:[0-9]{1,3}\s+(?:a|et)\s+)?$/.exec(before)?.[1];
  if (w && lex.ageWords.has(w)) return true;
  // "Le suspect, 45 ans, …", "Jean Dupont (45 ans)": an apposition in digits
  return /^\d{1,3}\s/.test(fold.slice(start, end)) && /^\s*[,)]/.test(fold.slice(end, end + 3))
    && WORD_THEN_APPOSITION.test(text.slice(Math.max(0, start - 40), start));
}

/** "ont donné dimanche une semaine aux militaires", "accorde un mois": a delay given (a weekday may sit between). */
function grantsDelay({ fold, lex }: ParseInput, start: number): boolean {
  const m = /(?:^|[^a-z'])([a-z]+) +(?:([a-z]+) +)?$/.exec(fold.slice(Math.max(0, start - 40), start));
  if (!m) return false;
  return m[2] && lex.weekdays.has(m[2]) ? lex.grantVerbs.has(m[1]) : lex.grantVerbs.has(m[2] ?? m[1]);
}

const duration: Parser = (input) => {
  const { fold, lex } = input;
  const out: Candidate[] = [];
  const R = rx(lex);
  const matches = [...fold.matchAll(R.duration)];
  if (/aine\s+d/.test(fold)) matches.push(...fold.matchAll(R.approxDuration));
  for (const m of matches) {
    const [, numRaw, unitRaw, half, adverb] = m;
    const pre = prefixBefore(fold, m.index!, R.durationBefore, 20);
    // "il y a encore six mois", "il y a à peine un an": the adverb stays in the span of "il y a"
    const pk = pre ? lexKey(pre.m[0].replace(/^[^a-z0-9']/, '')).replace(/^il y a .+$/, 'il y a') : '';
    // "une cinquantaine de minutes": the round value of the approximate noun.
    const approx = /^une\s+(\S+)/.exec(numRaw)?.[1];
    const approxValue = approx && numRaw.length > 4 ? lex.approximate.get(approx) : undefined;
    let n = approxValue ?? (/^\d/.test(numRaw) ? Number(numRaw.replace(',', '.')) : numberValue(lex, numRaw));
    if (n === null || !Number.isFinite(n) || n <= 0) continue;
    if (half) n += 0.5;
    const unit = lex.units.get(lexKey(unitRaw))!;
    if (unit === 'Y' && isAge(input, m.index!, m.index! + m[0].length)) continue;
    const isTimeUnit = unit === 'H' || (unit === 'M' && /^min/.test(unitRaw)) || unit === 'S';
    if (unitRaw === 'h' && (!/^\d/.test(numRaw) || !pre)) continue; // "à 10h" is a time
    // "un jour" (some day), "une année de plus": a one needs a temporal preposition.
    // "une semaine plus tard" counts from the narrative's last date: the adverb licenses the "une".
    if (/^(un|une)$/.test(numRaw) && !adverb && !lex.licensingOne.has(pk) && !(unit !== 'D' && grantsDelay(input, m.index!))) continue;
    const end = m.index! + m[0].length;
    // "d'un jour à l'autre", "d'une année sur l'autre": an idiom, no duration.
    const after = lexKey(fold.slice(end, end + 16));
    if (/^(un|une)$/.test(numRaw) && lex.notDurationAfter.some((w) => after.startsWith(w))) continue;
    const endBeforeAdverb = adverb ? m.index! + m[0].lastIndexOf(adverb) - 1 : end;
    const shiftUnit = isTimeUnit ? `T${unit}` : unit;
    if ((pk === 'il y a' || pk === 'dans') && approxValue !== undefined) {
      // "il y a une dizaine de jours": an approximate count names no precise day.
      out.push(cand(pre!.start, endBeforeAdverb, { kind: 'fixed', type: 'DATE', value: pk === 'dans' ? 'FUTURE_REF' : 'PAST_REF' }, 'duration'));
      continue;
    }
    if (pk === 'il y a' || pk === 'dans') {
      // "il y a deux semaines", "dans trois jours": a date counted from the reference.
      out.push(cand(pre!.start, endBeforeAdverb, { kind: 'shift', n, unit: shiftUnit, sign: pk === 'dans' ? 1 : -1 }, 'duration'));
      continue;
    }
    if (adverb) {
      const sign = lex.shiftAdverbs.get(lexKey(adverb))! > 0 ? 1 : -1;
      out.push(cand(m.index!, end, { kind: 'shift', n, unit: shiftUnit, sign }, 'durationShift'));
      continue;
    }
    // "deux heures et demie": a clock half is written in the smaller unit (PT2H30M, as TimeML does).
    const clockHalf = half && isTimeUnit && unit !== 'S' && Number.isInteger(n - 0.5)
      ? `PT${n - 0.5}${unit}30${unit === 'H' ? 'M' : 'S'}` : null;
    const start = pre && lex.approximatorsInSpan.has(pk) ? pre.start : m.index!;
    out.push(cand(start, end, { kind: 'duration', value: clockHalf ?? (isTimeUnit ? `PT${n}${unit}` : `P${n}${unit}`) }, 'duration'));
  }
  return out;
};

/** "les années 1990", "des années 80", "au début des années 2000": a decade (TimeML "199"). */
const DECADE = /\b(?:(?:les|des|aux)\s+)?annees\s+((?:1[5-9]|20)\d0|[3-9]0)(?!\d|[,.]\d|\s\d)/g;
const decade: Parser = ({ fold }) => {
  const out: Candidate[] = [];
  for (const m of fold.matchAll(DECADE)) {
    const y = m[1].length === 4 ? m[1] : `19${m[1]}`;
    out.push(cand(m.index!, m.index! + m[0].length, { kind: 'fixed', type: 'DATE', value: y.slice(0, 3) }, 'decade'));
  }
  return out;
};

/** Whether the words `w` end at `end`, starting a word. */
function endsWithWord(fold: string, end: number, w: string): boolean {
  return end >= w.length && fold.slice(end - w.length, end) === w && !/[a-z0-9]/.test(fold[end - w.length - 1] ?? ' ');
}

const vague: Parser = ({ fold, lex }) => {
  const out: Candidate[] = [];
  for (const m of fold.matchAll(rx(lex).vague)) {
    const end = m.index! + m[0].length;
    if (lex.vagueBoundIdioms.some((w) => endsWithWord(fold, end, w))) continue; // "le 26 janvier au plus tard"
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

/** A test for any of the words as a substring: one regex scan (faster than a substring scan per word). */
function anyOf(words: string[]): (f: string) => boolean {
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  return (f) => re.test(f);
}

/** Cheap guards (substring tests) that skip a parser when its trigger words are absent. */
const guardCache = new WeakMap<Lexicon, Record<string, (fold: string) => boolean>>();
function guards(lex: Lexicon): Record<string, (fold: string) => boolean> {
  let g = guardCache.get(lex);
  if (g) return g;
  // Only tests cheaper than the parser they guard: one scan each, never one per lexicon word.
  const always = () => true;
  const digit = (f: string) => /\d/.test(f);
  g = {
    numericDate: (f) => /\d[./-]\d/.test(f),
    dayMonthDate: digit,
    weekday: (f) => /di\b|dimanche/.test(f),
    relativeDay: always,
    relativeUnit: (f) => /semaine|week|mois|an\b|annee/.test(f),
    unitPeriod: (f) => /(?:fin|debut|milieu) d/.test(f),
    month: always,
    season: anyOf(['printemps', 'ete', 'automne', 'hiver']),
    yearPart: (f) => f.includes('mestre'),
    holiday: anyOf(['noel', 'paques', 'toussaint', 'saint', 'nouvel an', "l'an", 'assomption', 'ascension', 'pentecote', 'cendres', 'rameaux']),
    year: (f) => /(?:1[89]|20)\d\d/.test(f),
    time: (f) => /\d\s?h|\d:\d|\d heure/.test(f),
    clockWord: (f) => f.includes('midi') || f.includes('minuit'),
    duration: always,
    vague: always,
    decade: (f) => f.includes('annees'),
    set: (f) => /chaque|tou/.test(f),
  };
  guardCache.set(lex, g);
  return g;
}

/** Every parser, most specific first (the order breaks ties between equally long matches). */
const allParsers: [string, Parser][] = [['numericDate', numericDate], ['dayMonthDate', dayMonthDate], ['weekday', weekday], ['relativeDay', relativeDay],
  ['relativeUnit', relativeUnit], ['unitPeriod', unitPeriod], ['month', month], ['season', season], ['yearPart', yearPart], ['holiday', holiday], ['year', year], ['time', time], ['clockWord', clockWord], ['duration', duration], ['decade', decade], ['vague', vague], ['set', set]];
export const parsers: Parser[] = allParsers.map(([, p]) => p);

/** Runs every parser whose trigger words occur in the text. */
export function runParsers(input: ParseInput): Candidate[] {
  const g = guards(input.lex);
  const out: Candidate[] = [];
  for (const [name, p] of allParsers) if (g[name](input.fold)) out.push(...p(input));
  return out;
}

/**
 * Enumerations and ranges: "du 16 au 23 mai", "entre le 2 et le 5 juin", "les 2, 3 et 4 juin",
 * "jeudi 6 et vendredi 7 mars": the bare day numbers before a full date take its month and year.
 */
const listCache = new WeakMap<Lexicon, { tail: RegExp; item: RegExp }>();
function listRegexes(lex: Lexicon): { tail: RegExp; item: RegExp } {
  let r = listCache.get(lex);
  if (!r) {
    const wd = lex.re.weekday;
    const item = `(?:(?:${wd})\\s+)?(?:1er|[0-3]?\\d)`;
    const sep = `\\s*(?:,|et|au|a|-)\\s*(?:le\\s+)?`;
    r = {
      // The list opens with "les", "du", "entre le"… or with a weekday ("jeudi 6 et vendredi 7 mars").
      tail: new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:(les|du|entre le|entre les|des|le|depuis le)\\s+|(?=(?:${wd})\\s))(${item}(?:${sep}${item})*)${sep}$`, 'u'),
      item: new RegExp(`(?:(le)\\s+)?(?:(${wd})\\s+)?(1er|[0-3]?\\d)(?!\\d)`, 'gu'),
    };
    listCache.set(lex, r);
  }
  return r;
}

export function listedDays(input: ParseInput, dated: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const { tail, item } = listRegexes(input.lex);
  for (const c of dated) {
    const mean = c.meaning;
    if (mean.kind !== 'dayMonth' && mean.kind !== 'absolute') continue;
    const from = Math.max(0, c.start - 60);
    const window = input.fold.slice(from, c.start);
    const m = tail.exec(window);
    if (!m) continue;
    const listStart = from + m.index! + m[0].lastIndexOf(m[2]);
    // "les 10 et 11 mai", "du 8 au 13 juin", "entre le 2 et le 5 juin": bare day numbers under one
    // opener make one expression with the full date, valued on its first day (TimeML dates a range by
    // one of its bounds). A list of weekdays ("jeudi 6 et vendredi 7 mars") keeps one date per day.
    const opener = m[1] ? lexKey(m[1]) : '';
    if (input.lex.rangeOpeners.has(opener) && !/[a-z]{3}/.test(m[2].replace(/\b(?:et|au|a|le)\b/g, ''))) {
      const first = item.exec(m[2]);
      item.lastIndex = 0;
      const d = first ? dayValue(first[3]) : 0;
      const y = mean.kind === 'absolute' ? mean.y : undefined;
      if (first && isValidDate(y ?? 2024, mean.m, d)) {
        const meaning: Meaning = y !== undefined ? { kind: 'absolute', y, m: mean.m, d } : { kind: 'dayMonth', m: mean.m, d };
        // (each day is still offered, for the longer expressions made of them: "la nuit du 9 au 10 septembre")
        out.push(cand(from + m.index! + m[0].lastIndexOf(m[1], m[0].lastIndexOf(m[2])), c.end, meaning, 'listedDay'));
      }
    }
    for (const dm of m[2].matchAll(item)) {
      const d = dayValue(dm[3]);
      const y = mean.kind === 'absolute' ? mean.y : undefined;
      if (!isValidDate(y ?? 2024, mean.m, d)) continue;
      const s = listStart + dm.index!;
      const e = listStart + dm.index! + dm[0].length;
      const wd = dm[2] ? input.lex.weekdays.get(lexKey(dm[2])) : undefined;
      const meaning: Meaning = y !== undefined ? { kind: 'absolute', y, m: mean.m, d } : { kind: 'dayMonth', m: mean.m, d, wd };
      out.push(cand(s, e, meaning, 'listedDay'));
    }
    if (m[1] && /(^|\s)le$/.test(m[1])) {
      // "entre le 2 et le 5 juin": the "le" before the first day belongs to it.
      const first = out.find((o) => o.start === listStart);
      if (first) first.start = from + m.index! + m[0].lastIndexOf('le', m[0].lastIndexOf(m[2]));
    }
  }
  return out;
}

const RANGE_FROM = /(?:^|[^a-z'])(du|entre)\s+$/;
const RANGE_TO: Record<string, RegExp> = { du: /^\s+au\s+$/, entre: /^\s+et\s+$/ };

/**
 * "du 28 février au 2 mars", "entre le 30 juin et le 2 juillet 2025": two full dates bounding a range
 * make one expression, valued on the first day (as "du 8 au 13 juin"); the first takes the year of
 * the second when it has none but the second has one.
 */
export function rangedDays(input: ParseInput, found: Candidate[]): Candidate[] {
  const { fold } = input;
  if (!fold.includes('du ') && !fold.includes('entre ')) return [];
  const out: Candidate[] = [];
  const dated = found.filter((c) => c.meaning.kind === 'dayMonth' || c.meaning.kind === 'absolute');
  for (const first of dated) {
    const pre = prefixBefore(fold, first.start, RANGE_FROM, 12);
    const from = pre?.m;
    if (!pre || !from || !input.lex.rangeOpeners.has(from[1] === 'du' ? 'du' : 'entre le')) continue;
    const second = dated.filter((c) => c.start > first.end && c.start - first.end <= 8 && RANGE_TO[from[1]].test(fold.slice(first.end, c.start)))
      .sort((a, b) => b.end - a.end)[0];
    if (!second) continue;
    const a = first.meaning, b = second.meaning;
    if ((a.kind !== 'dayMonth' && a.kind !== 'absolute') || (b.kind !== 'dayMonth' && b.kind !== 'absolute')) continue;
    if (a.kind === 'dayMonth' && (a.time || a.part)) continue;
    let meaning: Meaning = a;
    if (a.kind === 'dayMonth' && a.y === undefined && b.kind === 'absolute') {
      const y = a.m > b.m ? b.y - 1 : b.y;
      if (isValidDate(y, a.m, a.d)) meaning = { kind: 'absolute', y, m: a.m, d: a.d };
    }
    out.push(cand(pre.start, second.end, meaning, 'listedDay'));
  }
  return out;
}

/**
 * "mercredi prochain, 23 avril": a weekday with the day and month in apposition is one expression,
 * the date naming that weekday (not "le dimanche des Rameaux, le 13 avril", two expressions).
 */
export function appositiveDays(input: ParseInput, found: Candidate[]): Candidate[] {
  const { fold } = input;
  const out: Candidate[] = [];
  for (const w of found) {
    const wm = w.meaning;
    if (wm.kind !== 'weekday' || wm.part || wm.time) continue;
    const gap = /^,\s*/.exec(fold.slice(w.end, w.end + 4));
    if (!gap) continue;
    const d = found.find((c) => c.start === w.end + gap[0].length && c.meaning.kind === 'dayMonth' && /^\d/.test(fold[c.start]));
    const dm = d?.meaning;
    if (!d || dm?.kind !== 'dayMonth' || dm.time || dm.part || dm.y !== undefined) continue;
    out.push(cand(w.start, d.end, { ...dm, wd: wm.wd }, 'dayMonth'));
  }
  return out;
}

/** Whether a weekday at `pos` bounds a period ("jusqu'à vendredi", "d'ici dimanche"). */
export function untilBefore(input: ParseInput, pos: number): boolean {
  return prefixBefore(input.fold, pos, rx(input.lex).untilBefore, 20) !== null;
}

/** "d'ici (à)" right before `pos`: a deadline, which lies ahead of the moment it was set. */
export function deadlineBefore(input: ParseInput, pos: number): boolean {
  return prefixBefore(input.fold, pos, rx(input.lex).deadlineBefore, 12) !== null;
}

/** "avant la fin août", "avant la mi-juillet": a part of a month bounding what is to be done, a deadline. */
export function monthPartDeadline(input: ParseInput, start: number): boolean {
  return MONTH_PART_START.test(input.fold.slice(start, start + 12)) && prefixBefore(input.fold, start, rx(input.lex).monthPartDeadlineBefore, 12) !== null;
}
const MONTH_PART_START = /^(?:(?:la|le)\s+)?(?:fin|debut|mi)\b/;

const DAY_KINDS = new Set(['weekday', 'relDay', 'dayMonth', 'absolute']);
const joinCache = new WeakMap<Lexicon, { night: RegExp; joiner: RegExp; clock: RegExp }>();

/**
 * Expressions made of two found ones: "dans la nuit de samedi à dimanche", "la nuit du 21 au
 * 22 juin" (the night of the first day) and "vendredi à midi", "lundi à minuit" (a day and its clock time).
 */
export function joinedDays(input: ParseInput, found: Candidate[]): Candidate[] {
  const { fold, lex } = input;
  let r = joinCache.get(lex);
  if (!r) {
    const n = lex.nightSpan;
    r = {
      night: new RegExp(`\\b(?:(?:${alternation(n.introducers)})\\s+)?${alternation([n.night])}\\s+(?:${alternation(n.openers)})\\s+`, 'g'),
      joiner: new RegExp(`^\\s+(?:${alternation(n.joiners)})\\s+`),
      clock: new RegExp(`^,?\\s+a\\s+(${lex.re.clockWord})\\b`),
    };
    joinCache.set(lex, r);
  }
  const out: Candidate[] = [];
  const longestAt = (pos: number) => found.filter((c) => c.start === pos && DAY_KINDS.has(c.meaning.kind))
    .sort((a, b) => b.end - a.end)[0];
  if (fold.includes('nuit')) {
    for (const m of fold.matchAll(r.night)) {
      const first = longestAt(m.index! + m[0].length);
      if (!first || first.meaning.kind === 'relDay' || (first.meaning.kind === 'weekday' && (first.meaning.cue || first.meaning.part || first.meaning.time))) continue;
      const j = r.joiner.exec(fold.slice(first.end, first.end + 6));
      const second = j ? longestAt(first.end + j[0].length) : undefined;
      if (!second) continue;
      const mean = first.meaning;
      const meaning: Meaning = mean.kind === 'absolute' ? { kind: 'dayMonth', y: mean.y, m: mean.m, d: mean.d, part: 'NI' }
        : mean.kind === 'dayMonth' ? { ...mean, time: undefined, part: 'NI' } : { ...mean, part: 'NI' } as Meaning;
      out.push(cand(m.index!, second.end, meaning, 'night'));
      // "jusqu'à minuit dans la nuit de dimanche à lundi", "vers 3 heures dans la nuit de samedi à dimanche":
      // a clock time right before the night is one expression with it, on the night's evening (from noon
      // to midnight) or its morning.
      const clock = found.find((t) => t.meaning.kind === 'time' && t.end <= m.index! && /^\s+$/.test(fold.slice(t.end, m.index!)));
      const time = clock?.meaning.kind === 'time' ? clock.meaning.time : undefined;
      if (clock && time) {
        const day = Number(time.slice(0, 2)) >= 12 ? mean : second.meaning;
        if (day.kind === 'weekday' || day.kind === 'dayMonth' || day.kind === 'absolute') {
          out.push(cand(clock.start, second.end, { ...day, part: undefined, time } as Meaning, 'nightClock'));
        }
      }
    }
  }
  if (fold.includes('midi') || fold.includes('minuit')) {
    for (const c of found) {
      const mean = c.meaning;
      if (!DAY_KINDS.has(mean.kind) || (mean as { time?: string }).time || (mean as { part?: string }).part) continue;
      const k = r.clock.exec(fold.slice(c.end, c.end + 12));
      if (!k || UPPER.test(input.text[c.end + k[0].length - k[1].length])) continue;
      out.push(cand(c.start, c.end + k[0].length, { ...mean, time: lex.clockWords.get(lexKey(k[1]))! } as Meaning, c.parser));
    }
  }
  return out;
}
