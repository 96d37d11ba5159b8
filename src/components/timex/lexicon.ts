// The French temporal lexicon, read from the data files in src/lang/fr/timex/ and compiled
// into lookup tables and regular-expression fragments (all keys in foldForm: lower case, no accents).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '../../lang/fr/timex');

function load<T>(name: string): T {
  return JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as T;
}

interface CalendarData {
  months: Record<string, number>; monthsNeedingDay: string[]; monthsAlsoNames: string[];
  weekdays: Record<string, number>; seasons: Record<string, string>; partsOfDay: Record<string, string>;
  ordinalFirst: string[]; streetWords: string[];
  yearParts: Record<string, string>; yearPartOrdinals: Record<string, number>;
  holidays: Record<string, string>; holidayDayWords: Record<string, number>; holidayIntroducers: string[];
  holidaysStandalone?: string[]; rangeOpeners?: string[]; timeNounsBeforeDate?: string[];
}
interface NumbersData { units: Record<string, number>; tens: Record<string, number>; hundreds: Record<string, number>; approximate: Record<string, number> }
interface UnitsData { units: Record<string, string>; setPhrases: Record<string, string>; ageWords?: string[] }
interface RelativeData {
  days: Record<string, number>; nextCues: string[]; lastCues: string[];
  todayParts: Record<string, string>; anchoredParts: Record<string, string>;
  yesterdayParts: Record<string, string>; anchoredDays: Record<string, number>; shiftAdverbs: Record<string, number>;
  durationPrepositions: string[]; timePrepositions: string[]; yearPrefixesInSpan: string[]; yearPrefixesOutside: string[]; yearPrefixesLeftOut?: string[];
  monthPrefixes: string[]; modifiersInSpan: string[]; seasonIntroducers?: string[]; notYearBefore: string[]; yearFollowers: string[];
  durationPrepositionsLicensingOne: string[]; durationGrantVerbs?: string[]; notDurationAfter: string[]; durationApproximatorsInSpan?: string[];
  periodModifiers: Record<string, string>; unitPeriods: Record<string, string>; unitPeriodArticles: string[];
  clockWords: Record<string, string>; clockWordPrepositionsOutside: string[]; clockZones?: string[];
  nightSpan: { night: string; introducers: string[]; openers: string[]; joiners: string[] };
  untilPrepositions: string[]; deadlinePrepositions?: string[]; monthPartDeadlinePrepositions?: string[]; dayMonthCues?: string[]; sentenceConnectives?: string[]; anaphoricYears?: Record<string, number>;
}
interface VagueData { phrases: Record<string, string>; boundIdioms?: string[] }
export interface TenseData {
  auxPresent: string[]; auxImperfect: string[]; auxPastSimple: string[]; auxFuture: string[]; auxConditional: string[];
  goingTo: string[]; goingToPast: string[]; recentPast: string[]; modalsFuture: string[]; prospectiveWords: string[];
  dispositionWords: string[]; reportingPresent: string[]; futureEndings: string[]; conditionalEndings: string[];
  irregularFuture: string[]; irregularConditional: string[]; imperfectEndings: string[]; pastSimpleEndings: string[];
  participleEndings: string[]; clauseBreakWords: string[]; notVerbs: string[];
}

/** Escapes a lexicon entry for a regex; spaces match any run of spaces, hyphens may be spaces. */
function pattern(entry: string): string {
  return entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+').replace(/-/g, '[- ]?');
}

/** A regex alternation of the entries, longest first so "dix-sept" wins over "dix". */
export function alternation(entries: Iterable<string>): string {
  return [...new Set(entries)].sort((a, b) => b.length - a.length).map(pattern).join('|');
}

export interface Lexicon {
  months: Map<string, number>;
  monthsNeedingDay: Set<string>;
  monthsAlsoNames: Set<string>;
  weekdays: Map<string, number>;
  seasons: Map<string, string>;
  partsOfDay: Map<string, string>;
  ordinalFirst: Set<string>;
  streetWords: Set<string>;
  /** Holiday names that need no introducing word ("la Toussaint", "le lundi de Pâques"): never a first name. */
  holidaysStandalone: Set<string>;
  /** Openers of a run of bare day numbers that make one expression with the full date: "les 10 et 11 mai", "du 8 au 13 juin". */
  rangeOpeners: Set<string>;
  /** Nouns of a time of day before "du 7 octobre" ("à l'aube du"): not an event noun dating itself. */
  timeNounsBeforeDate: Set<string>;
  yearParts: Map<string, string>;
  yearPartOrdinals: Map<string, number>;
  /** Holiday → "MM-DD" or "E+n" (days from Easter Sunday). */
  holidays: Map<string, string>;
  holidayDayWords: Map<string, number>;
  numbers: Map<string, number>;
  tens: Map<string, number>;
  hundreds: Map<string, number>;
  /** "dizaine", "cinquantaine": approximate quantity nouns and their round value. */
  approximate: Map<string, number>;
  /** Prepositions after which "un"/"une" + unit is a duration ("pendant un mois"). */
  licensingOne: Set<string>;
  /** "donné", "accorde": giving a delay, after which "une semaine" is a duration. */
  grantVerbs: Set<string>;
  /** What may stand before an expression that still opens its sentence: quotes, a connective ("Et", "Dès") and commas. */
  sentenceOpening: RegExp;
  /** "près de", "plus de": approximating words kept in a duration's span. */
  approximatorsInSpan: Set<string>;
  notDurationAfter: string[];
  /** "du mois" → M, "de l'annee" → Y: the unit a "fin …"/"début …" phrase divides. */
  unitPeriods: Map<string, string>;
  units: Map<string, string>;
  setPhrases: Map<string, string>;
  relDays: Map<string, number>;
  nextCues: Set<string>;
  lastCues: Set<string>;
  todayParts: Map<string, string>;
  anchoredParts: Map<string, string>;
  vague: Map<string, string>;
  /** "au plus tard": idioms around a vague phrase that make it no time reference. */
  vagueBoundIdioms: string[];
  anchoredDays: Map<string, number>;
  yesterdayParts: Map<string, string>;
  shiftAdverbs: Map<string, number>;
  modifiersInSpan: Set<string>;
  seasonIntroducers: Set<string>;
  notYearBefore: Set<string>;
  yearFollowers: Set<string>;
  yearPrefixesInSpan: Set<string>;
  /** Prefixes that license a year but stay out of its span ("jusqu'en"). */
  yearPrefixesLeftOut: Set<string>;
  /** "âgé(e)(s)": the word before an age ("âgé de 45 ans"). */
  ageWords: Set<string>;
  /** "de la même année" → 0, "de l'année suivante" → 1: a year counted from the last one named. */
  anaphoricYears: Map<string, number>;
  /** "midi" → 12:00, "minuit" → 24:00. */
  clockWords: Map<string, string>;
  /** "la nuit de samedi à dimanche": the words of a night between two days. */
  nightSpan: { night: string; introducers: string[]; openers: string[]; joiners: string[] };
  tense: TenseData;
  re: {
    month: string; monthFull: string; weekday: string; season: string; part: string; number: string;
    unit: string; relDay: string; yearPart: string; yearPartOrdinal: string; holiday: string; holidayDayWord: string; holidayIntroducer: string; nextCue: string; lastCue: string; cue: string; vague: string; set: string;
    todayPart: string; yesterdayPart: string; anchoredPart: string; anchoredDay: string; shiftAdverb: string;
    durationPrep: string; timePrep: string; clockZone: string; clockWord: string; clockPrepOutside: string; anaphoricYear: string; untilPrep: string; deadlinePrep: string; monthPartDeadlinePrep: string; dayMonthCue: string; approximate: string; periodModifier: string; unitPeriod: string; unitPeriodArticle: string; yearPrefix: string; monthPrefix: string;
  };
}

/** Collapses the spaces/hyphens variants so "apres midi" and "apres-midi" find the same entry. */
export function lexKey(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/-/g, ' ').trim();
}

function keyed<V>(rec: Record<string, V>): Map<string, V> {
  return new Map(Object.entries(rec).map(([k, v]) => [lexKey(k), v]));
}

export function loadLexicon(): Lexicon {
  const cal = load<CalendarData>('calendar.json');
  const num = load<NumbersData>('numbers.json');
  const units = load<UnitsData>('units.json');
  const rel = load<RelativeData>('relative.json');
  const vague = load<VagueData>('vague.json');
  const tense = load<TenseData>('tense.json');
  const fullMonths = Object.keys(cal.months).filter((m) => !cal.monthsNeedingDay.includes(m));
  const numberWords = [...Object.keys(num.units), ...Object.keys(num.tens), ...Object.keys(num.hundreds)];
  return {
    months: keyed(cal.months),
    monthsNeedingDay: new Set(cal.monthsNeedingDay),
    monthsAlsoNames: new Set(cal.monthsAlsoNames),
    weekdays: keyed(cal.weekdays),
    seasons: keyed(cal.seasons),
    partsOfDay: keyed(cal.partsOfDay),
    ordinalFirst: new Set(cal.ordinalFirst),
    streetWords: new Set(cal.streetWords),
    holidaysStandalone: new Set((cal.holidaysStandalone ?? []).map(lexKey)),
    rangeOpeners: new Set((cal.rangeOpeners ?? []).map(lexKey)),
    timeNounsBeforeDate: new Set(cal.timeNounsBeforeDate ?? []),
    yearParts: keyed(cal.yearParts),
    yearPartOrdinals: keyed(cal.yearPartOrdinals),
    holidays: keyed(cal.holidays),
    holidayDayWords: keyed(cal.holidayDayWords),
    numbers: keyed(num.units),
    tens: keyed(num.tens),
    hundreds: keyed(num.hundreds),
    approximate: keyed(num.approximate),
    licensingOne: new Set(rel.durationPrepositionsLicensingOne.map(lexKey)),
    grantVerbs: new Set((rel.durationGrantVerbs ?? []).map(lexKey)),
    sentenceOpening: new RegExp(`^[\\s«"“(]*(?:(?:${alternation(rel.sentenceConnectives ?? [])})\\b[\\s,]*)?$`, 'iu'),
    approximatorsInSpan: new Set((rel.durationApproximatorsInSpan ?? []).map(lexKey)),
    notDurationAfter: rel.notDurationAfter,
    unitPeriods: keyed(rel.unitPeriods),
    units: keyed(units.units),
    setPhrases: keyed(units.setPhrases),
    relDays: keyed(rel.days),
    nextCues: new Set(rel.nextCues.map(lexKey)),
    lastCues: new Set(rel.lastCues.map(lexKey)),
    todayParts: keyed(rel.todayParts),
    anchoredParts: keyed(rel.anchoredParts),
    vague: keyed(vague.phrases),
    vagueBoundIdioms: vague.boundIdioms ?? [],
    anchoredDays: keyed(rel.anchoredDays),
    yesterdayParts: keyed(rel.yesterdayParts),
    shiftAdverbs: keyed(rel.shiftAdverbs),
    modifiersInSpan: new Set(rel.modifiersInSpan.map(lexKey)),
    seasonIntroducers: new Set((rel.seasonIntroducers ?? []).map(lexKey)),
    notYearBefore: new Set(rel.notYearBefore),
    yearFollowers: new Set(rel.yearFollowers),
    yearPrefixesInSpan: new Set(rel.yearPrefixesInSpan.map(lexKey)),
    yearPrefixesLeftOut: new Set((rel.yearPrefixesLeftOut ?? []).map(lexKey)),
    ageWords: new Set(units.ageWords ?? []),
    clockWords: keyed(rel.clockWords),
    anaphoricYears: keyed(rel.anaphoricYears ?? {}),
    nightSpan: rel.nightSpan,
    tense,
    re: {
      month: alternation(Object.keys(cal.months)),
      monthFull: alternation(fullMonths),
      weekday: alternation(Object.keys(cal.weekdays)),
      season: alternation(Object.keys(cal.seasons)),
      part: alternation(Object.keys(cal.partsOfDay)),
      number: alternation(numberWords),
      unit: alternation(Object.keys(units.units)),
      relDay: alternation(Object.keys(rel.days)),
      yearPart: alternation(Object.keys(cal.yearParts)),
      yearPartOrdinal: alternation(Object.keys(cal.yearPartOrdinals)),
      holiday: alternation(Object.keys(cal.holidays)),
      holidayDayWord: alternation(Object.keys(cal.holidayDayWords)),
      holidayIntroducer: alternation(cal.holidayIntroducers),
      nextCue: alternation(rel.nextCues),
      lastCue: alternation(rel.lastCues),
      cue: alternation([...rel.nextCues, ...rel.lastCues]),
      vague: alternation(Object.keys(vague.phrases)),
      set: alternation(Object.keys(units.setPhrases)),
      todayPart: alternation(Object.keys(rel.todayParts)),
      anchoredPart: alternation(Object.keys(rel.anchoredParts)),
      yesterdayPart: alternation(Object.keys(rel.yesterdayParts)),
      anchoredDay: alternation(Object.keys(rel.anchoredDays)),
      shiftAdverb: alternation(Object.keys(rel.shiftAdverbs)),
      durationPrep: alternation(rel.durationPrepositions),
      approximate: alternation(Object.keys(num.approximate)),
      periodModifier: alternation(Object.keys(rel.periodModifiers).filter((k) => !k.endsWith('-') && k !== 'courant')),
      unitPeriod: alternation(Object.keys(rel.unitPeriods)),
      unitPeriodArticle: alternation(rel.unitPeriodArticles),
      timePrep: alternation(rel.timePrepositions),
      clockZone: alternation(rel.clockZones ?? []),
      clockWord: alternation(Object.keys(rel.clockWords)),
      anaphoricYear: alternation(Object.keys(rel.anaphoricYears ?? {})),
      clockPrepOutside: alternation(rel.clockWordPrepositionsOutside),
      untilPrep: alternation(rel.untilPrepositions),
      deadlinePrep: alternation(rel.deadlinePrepositions ?? []),
      monthPartDeadlinePrep: alternation(rel.monthPartDeadlinePrepositions ?? []),
      dayMonthCue: alternation(rel.dayMonthCues ?? []) || '(?!)',
      yearPrefix: alternation([...rel.yearPrefixesInSpan, ...rel.yearPrefixesOutside]),
      monthPrefix: alternation(rel.monthPrefixes),
    },
  };
}

/** Value of a number written in digits or French words ("quatre", "vingt-quatre", "trente et un"), or null. */
export function numberValue(lex: Lexicon, raw: string): number | null {
  const s = lexKey(raw);
  if (/^\d+$/.test(s)) return Number(s);
  const single = lex.numbers.get(s) ?? lex.tens.get(s) ?? lex.hundreds.get(s);
  if (single !== undefined) return single;
  // Compounds: "vingt quatre", "trente et un", "soixante dix sept", "deux cents".
  const words = s.split(' ').filter((w) => w !== 'et');
  let total = 0, current = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const two = i + 1 < words.length ? `${w} ${words[i + 1]}` : '';
    if (two && (lex.tens.has(two) || lex.numbers.has(two))) { current += (lex.tens.get(two) ?? lex.numbers.get(two))!; i++; continue; }
    if (lex.numbers.has(w)) current += lex.numbers.get(w)!;
    else if (lex.tens.has(w)) current += lex.tens.get(w)!;
    else if (lex.hundreds.has(w)) { const h = lex.hundreds.get(w)!; current = (current || 1) * h; if (h >= 1000) { total += current; current = 0; } }
    else return null;
  }
  return total + current || null;
}
