// The timex component (issue 4): French temporal expressions, found by small parsers,
// refined (overlaps, enumerations), given the tense of their clause, and resolved against the
// publication date, which is inferred from the text when the metadata lack it.
import { foldForm } from '../../core/normalize.ts';
import type { Document, Span, Timex } from '../../core/document.ts';
import { resource, type Component, type Context } from '../../core/pipeline.ts';
import { dayNumber, formatDay, formatMonth, fromDayNumber, isoWeekday, isValidDate, parseDay, type DayNumber } from '../../core/calendar.ts';
import type { Candidate } from './candidate.ts';
import { knowledgeBase } from '../../kb/index.ts';
import { eraConstraint, eraIndexFromEntries } from './era.ts';
import { inferPublication } from './infer.ts';
import { loadLexicon, type Lexicon } from './lexicon.ts';
import { appositiveDays, deadlineBefore, joinedDays, listedDays, monthPartDeadline, rangedDays, runParsers, untilBefore, type ParseInput } from './parsers.ts';
import { resolve } from './resolve.ts';
import { quoteAt, quotedSpans } from './quoted.ts';
import { clauseTense, textForms, type Word } from './tense.ts';

/** Keeps the longest of overlapping candidates (earlier parsers win ties), sorted by start. */
export function selectCandidates(cands: Candidate[], order: Map<string, number>): Candidate[] {
  const ranked = cands.slice().sort((a, b) =>
    (b.end - b.start) - (a.end - a.start) || (order.get(a.parser) ?? 99) - (order.get(b.parser) ?? 99) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ranked) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

const PARSER_ORDER = new Map(['numericDate', 'isoDate', 'dayMonth', 'listedDay', 'holiday', 'weekday', 'relDay', 'todayPart', 'relUnit', 'unitPeriod', 'month', 'season', 'yearPart',
  'year', 'decade', 'time', 'duration', 'durationShift', 'anchoredPart', 'anchoredDay', 'vague', 'set'].map((p, i) => [p, i]));

/** Finds the candidates in a text (no tense, no resolution). */
export function findCandidates(text: string, lex: Lexicon, fold = foldForm(text)): Candidate[] {
  const input: ParseInput = { text, fold, lex };
  const found = runParsers(input);
  found.push(...listedDays(input, found));
  found.push(...joinedDays(input, found));
  found.push(...rangedDays(input, found));
  found.push(...appositiveDays(input, found));
  return selectCandidates(found, PARSER_ORDER);
}

const ABBREVIATION_END = /(?:^|\s)(?:M|MM|Mme|Mmes|Mgr|Dr|Pr|St|Ste|av|J\.-C|cf|etc|éd|vol|n°)\.\s*$/u;

/**
 * Whether a sentence ends on an abbreviation (ABBREVIATION_END). Only its last characters can match:
 * the final period and the six before it, where an abbreviation (four letters at most) and the space
 * before it fit; a window that short cannot make its own start pass for the sentence's.
 */
function endsOnAbbreviation(text: string, s: Span): boolean {
  let e = s.end;
  while (e > s.start && SPACE_CHAR.test(text[e - 1])) e--;
  if (text[e - 1] !== '.' || e - 1 < s.start) return false;
  return ABBREVIATION_END.test(text.slice(Math.max(s.start, e - 7), s.end));
}
const SPACE_CHAR = /\s/u;

/** Sentence spans, with false breaks after abbreviations ("M. Trump") mended. */
function clauses(doc: Document): Span[] {
  const src = doc.sentences.length ? doc.sentences : [{ start: 0, end: doc.text.length }];
  const out: Span[] = [];
  for (const s of src) {
    const prev = out[out.length - 1];
    if (prev && endsOnAbbreviation(doc.text, prev)) prev.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

function sentenceOf(spans: Span[], pos: number): Span | null {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= pos) lo = mid + 1;
    else if (spans[mid].start > pos) hi = mid - 1;
    else return spans[mid];
  }
  return null;
}

function clockDay(doc: Document, ctx: Context): DayNumber {
  const given = ctx.options.now as string | undefined;
  return parseDay(given) ?? parseDay(doc.meta.crawled ?? null) ?? Math.floor(Date.now() / 86400000);
}


const NOUN_ATTACHED = /(?:^|[^a-z])(\p{L}{3,}) (?:du|de|d')\s*$/u;
/** "l'élection du 12 octobre" names an event by its date; "à l'aube du 7 octobre", "la veille du 3 mai" a time of that day, which takes the verb's tense. */
function attachedToEventNoun(fold: string, start: number, lex: Lexicon): boolean {
  const m = NOUN_ATTACHED.exec(fold.slice(Math.max(0, start - 12), start));
  return !!m && !lex.timeNounsBeforeDate.has(m[1]);
}

/** The kinds whose resolution (or the publication inference) depends on the clause's tense. */
const TENSED_KINDS = new Set(['absolute', 'dayMonth', 'weekday', 'month', 'season', 'anchoredDay', 'holiday']);
const DAY_KINDS = new Set(['absolute', 'dayMonth', 'weekday', 'relDay']);

/**
 * "dimanche après-midi", "hier matin": a named day with a part of it that stays within that day is
 * valued on the day itself, the value the annotation conventions accept everywhere (the part alone,
 * "dans la matinée", keeps it). An evening or a night keeps its part: the events read from it that
 * what follows may fall on the next day.
 */
const DAY_PART_VALUE = /^(\d{4}-\d{2}-\d{2})T(?:MO|AF|MI)$/;
function dayOnly(c: Candidate, value: string): string {
  return DAY_KINDS.has(c.meaning.kind) ? value.replace(DAY_PART_VALUE, '$1') : value;
}

/** How far back a quotation's day may lie: the news of the last week, not background dates. */
const UTTERANCE_WINDOW = 7;

/**
 * "« Aujourd'hui, nous tournons la page », a déclaré M. X" in an article of the next day: the
 * deictic words of a quotation ("aujourd'hui", "hier", "ce soir") count from the day it was said,
 * that is the day named in its reporting clause (same sentence, after the quote), else the last
 * recent day the narrative named before it, else the publication day.
 */
function rereadQuotedDeixis(text: string, spans: Span[], resolved: { c: Candidate; day?: DayNumber }[], timexes: Timex[], ref: DayNumber): void {
  if (!resolved.some(({ c }) => c.meaning.kind === 'relDay')) return;
  const quotes = quotedSpans(text);
  if (!quotes.length) return;
  const inQuote = resolved.map(({ c }) => quoteAt(quotes, c.start, c.end));
  for (let i = 0; i < resolved.length; i++) {
    const { c } = resolved[i];
    const q = inQuote[i];
    if (!q || c.meaning.kind !== 'relDay') continue;
    const sentence = sentenceOf(spans, q.end) ?? { start: 0, end: text.length };
    let said: DayNumber | undefined;
    for (let j = i + 1; j < resolved.length && said === undefined; j++) {
      const o = resolved[j];
      if (o.c.start >= sentence.end) break;
      if (!inQuote[j] && o.c.start >= q.end && o.day !== undefined) said = o.day;
    }
    for (let j = i - 1; j >= 0 && said === undefined; j--) {
      const o = resolved[j];
      if (inQuote[j] || o.day === undefined || o.c.start >= q.start) continue;
      said = o.day <= ref && ref - o.day <= UTTERANCE_WINDOW ? o.day : ref;
    }
    if (said === undefined || said === ref) continue;
    const r = resolve(c, { ref: said, anchor: null });
    timexes[i] = { ...timexes[i], type: r.type, value: dayOnly(c, r.value) };
  }
}

/** Whether a candidate counts from the narrative's day: "la veille", "dans l'après-midi", "deux jours plus tard". */
const narrativeAnchored = (c: Candidate) => c.meaning.kind === 'anchoredDay' || c.parser === 'durationShift';
/** How far from the publication day the main narrative's days lie (background dates lie further). */
const NARRATIVE_WINDOW = 10;

/**
 * The day a narrative-anchored expression counts from: the last day named before it in its own
 * sentence (a past clause takes no day after publication); else a day of the main narrative, near
 * the publication day (not a background "le 24 février 2022" nor a planned "reporté au 10 mars"):
 * the last one of the previous sentence (any day of it in a pluperfect clause, which goes on with the
 * background episode), else the latest one named before; else the publication
 * day itself (none for "deux jours plus tard", which then stays vague).
 */
function narrativeAnchor(c: Candidate, anchors: { pos: number; day: DayNumber; since?: boolean }[], spans: Span[], sentence: Span | null, ref: DayNumber, text: string, lex: Lexicon): DayNumber | null {
  const past = c.tense === 'PAST' || c.tense === 'PLUPERFECT';
  const before = anchors.filter((a) => a.pos < c.start && (!past || a.day <= ref));
  // "en poste depuis le 21 octobre" names when a state began, not a step of the episode "le lendemain"
  // follows: another day of the same sentence is preferred to it
  const lastIn = (list: typeof before, s: Span | undefined) => {
    const inside = s ? list.filter((a) => a.pos >= s.start && a.pos < s.end) : [];
    return (inside.filter((a) => !a.since).pop() ?? inside.pop())?.day;
  };
  const own = sentence ? lastIn(before, sentence) : undefined;
  if (own !== undefined) return own;
  const latest = c.tense === 'FUTURE' ? ref + NARRATIVE_WINDOW : ref;
  const near = before.filter((a) => a.day <= latest && a.day >= ref - NARRATIVE_WINDOW);
  // a pluperfect continues the background episode just told ("Le 17 octobre, … avaient signé. Dès le lendemain, …"),
  // and so does "le lendemain" / "la veille" opening the sentence right after a dated one ("Le 18 mai, il avait reçu … Le lendemain, …")
  const opens = c.meaning.kind === 'anchoredDay' && lex.sentenceOpening.test(text.slice(sentence?.start ?? c.start, c.start));
  const continues = c.tense === 'PLUPERFECT' || opens;
  const steps = continues ? before : near;
  const at = sentence ? spans.indexOf(sentence) : -1;
  const previous = lastIn(steps, at > 0 ? spans[at - 1] : undefined);
  if (previous !== undefined) return previous;
  // "Le 22 avril, des hommes armés ont tué … (two sentences of comment) Dès le lendemain, …": an
  // opening "le lendemain" / "la veille" / "le même jour" follows the last episode told within the few sentences
  // before (not "Dans la matinée", which goes on with the narrative's own day).
  if (opens && at > 0 && c.meaning.kind === 'anchoredDay' && (c.meaning.offset !== 0 || c.parser === 'anchoredDay')) {
    const recent = steps.filter((a) => !a.since && a.pos >= spans[Math.max(0, at - RECENT_SENTENCES)].start).pop();
    if (recent) return recent.day;
  }
  if (near.length) return Math.max(...near.map((a) => a.day));
  return c.meaning.kind === 'anchoredDay' ? ref : null;
}
/** How many sentences back an opening "le lendemain" may find its day. */
const RECENT_SENTENCES = 3;
/** A day named as the start of a state: "en poste depuis le 21 octobre". */
const SINCE_BEFORE = /(?:^|[^a-z])depuis (?:le |l'|ce |cette )?$/u;

/** The year an earlier expression of `c`'s sentence names explicitly ("en mai 2020"), when `c`'s month and day come after it. */
function sameSentenceYear(earlier: Candidate[], sentence: Span, c: Candidate): number | null {
  const m = c.meaning as { m: number; d?: number };
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i];
    if (e.start < sentence.start) break;
    if (e.stamp || e.end > c.start) continue;
    const em = e.meaning;
    if (!((em.kind === 'absolute' || em.kind === 'month' || em.kind === 'dayMonth') && em.y !== undefined)) continue;
    const ed = em.kind === 'month' ? 0 : em.d;
    return m.m * 100 + (m.d ?? 31) >= em.m * 100 + ed ? em.y : null;
  }
  return null;
}

/** Runs the whole timex analysis on a document: adds doc.timexes and, when inferred, meta.published. */
export function analyseTimexes(doc: Document, lex: Lexicon, ctx: Context): void {
  const text = doc.text;
  const forms = textForms(text, doc.fold, doc.norm);
  const cands = findCandidates(text, lex, forms.fold);
  const spans = clauses(doc);
  const wordCache = new Map<number, Word[]>();
  for (const c of cands) {
    if (!TENSED_KINDS.has(c.meaning.kind) && !(c.meaning.kind === 'relUnit' && c.meaning.unit === 'WE' && c.meaning.offset === 0)) continue;
    const s = sentenceOf(spans, c.start) ?? { start: 0, end: text.length };
    c.tense = clauseTense(lex, forms, s.start, Math.max(s.end, c.end), c.start, c.end, wordCache);
    // "se déroulent jusqu'à vendredi", "d'ici dimanche": with no past verb, the bound lies ahead.
    if (c.meaning.kind === 'weekday' && (c.tense === null || c.tense === 'PRESENT') && untilBefore({ text, fold: forms.fold, lex }, c.start)) c.tense = 'FUTURE';
    // "le pays assure jusqu'à fin juin la présidence", "reste en vigueur jusqu'au 30 juin": a present
    // (even a verb that can also report) bounding a period with a day or month: the bound lies ahead.
    if ((c.meaning.kind === 'dayMonth' || c.meaning.kind === 'month') && !c.meaning.y && (c.tense === null || c.tense === 'PRESENT' || c.tense === 'REPORT')
      && untilBefore({ text, fold: forms.fold, lex }, c.start)) c.tense = 'FUTURE';
    // "Kiev a proposé une rencontre d'ici à la fin du mois d'août": a deadline set in a past clause
    // lies ahead of the moment it was set: the nearest such month or day.
    if ((c.meaning.kind === 'dayMonth' || c.meaning.kind === 'month') && !c.meaning.y && (c.tense === 'PAST' || c.tense === 'REPORT')
      && (deadlineBefore({ text, fold: forms.fold, lex }, c.start) || (c.meaning.kind === 'month' && monthPartDeadline({ text, fold: forms.fold, lex }, c.start)))) c.tense = 'FUTURE_IN_PAST';
    // "l'élection présidentielle du 12 octobre", "les pourparlers du 16 mai": a date attached to an
    // event noun does not take the tense of the sentence's verb; the nearest year decides.
    if ((c.meaning.kind === 'dayMonth' || c.meaning.kind === 'month') && attachedToEventNoun(forms.fold, c.start, lex)) c.nounAttached = true;
  }
  let ref = parseDay(doc.meta.published);
  if (ref === null && !doc.meta.published) { // a date the metadata gave, even partial, is never overwritten
    const era = eraConstraint(forms.fold, resource(ctx, 'timex.era', () => eraIndexFromEntries(knowledgeBase(ctx).entries)));
    ref = inferPublication(cands, { clock: clockDay(doc, ctx), era });
    if (ref !== null) {
      doc.meta.published = formatDay(ref);
      doc.meta.publishedFrom = 'inferred';
      doc.messages.push({ component: 'timex', level: 'info', reason: `publication date inferred from the text: ${formatDay(ref)}` });
    }
  }
  const anchors: { pos: number; day: DayNumber; since?: boolean }[] = [];
  let quoted: Span[] | null = null;
  const quotes = () => (quoted ??= quotedSpans(text));
  const timexes: Timex[] = [];
  const resolved: { c: Candidate; day?: DayNumber }[] = [];
  for (const c of cands) {
    const sentence = sentenceOf(spans, c.start);
    let anchor: DayNumber | null = null;
    if (narrativeAnchored(c) && ref !== null) anchor = narrativeAnchor(c, anchors, spans, sentence, ref, text, lex);
    // "… a appelé son homologue à 15 h 35": a clock time with no day in its sentence takes the narrative's day
    else if (c.meaning.kind === 'time' && ref !== null) anchor = narrativeAnchor(c, anchors, spans, sentence, ref, text, lex);
    else for (let i = anchors.length - 1; i >= 0; i--) {
      const a = anchors[i];
      if (c.meaning.kind === 'time' && (!sentence || a.pos < sentence.start)) break; // a clock time takes its own sentence's day
      if (c.tense === 'PAST' || c.tense === 'PLUPERFECT' ? ref === null || a.day <= ref : true) { anchor = a.day; break; }
    }
    let r = resolve(c, { ref, anchor });
    // "Vendredi, il avait donné jusqu'à jeudi à …": a deadline comes after the day it was set, even in a past clause.
    const until = c.meaning.kind === 'weekday' && !c.meaning.part && !c.meaning.time && (c.tense === 'PAST' || c.tense === 'PLUPERFECT')
      && untilBefore({ text, fold: forms.fold, lex }, c.start);
    const setOn = until && sentence ? anchors.filter((a) => a.pos >= sentence.start && a.pos < c.start).pop() : undefined;
    if (setOn && c.meaning.kind === 'weekday') {
      const day = setOn.day + (((c.meaning.wd - isoWeekday(setOn.day) + 7) % 7) || 7);
      r = { type: 'DATE', value: formatDay(day), day };
    }
    // "Mardi, il a confié le gouvernement à X jusqu'au 1er mars": the bound of a period set on a day
    // of the sentence comes after that day, even in a past clause.
    const untilDay = c.meaning.kind === 'dayMonth' && c.meaning.y === undefined && (c.tense === 'PAST' || c.tense === 'PLUPERFECT')
      && untilBefore({ text, fold: forms.fold, lex }, c.start);
    const setFrom = untilDay && sentence ? anchors.filter((a) => a.pos >= sentence.start && a.pos < c.start).pop() : undefined;
    const dm = c.meaning;
    if (setFrom && r.day !== undefined && r.day < setFrom.day && dm.kind === 'dayMonth') {
      const y = fromDayNumber(setFrom.day).y;
      const later = [y, y + 1].find((cy) => isValidDate(cy, dm.m, dm.d) && dayNumber(cy, dm.m, dm.d) >= setFrom.day);
      if (later !== undefined) r = resolve({ ...c, meaning: { ...dm, y: later } }, { ref, anchor });
    }
    // "Le même jour, l'Inde a fermé son espace aérien jusqu'au 23 mai": with no day of the sentence to
    // count from, the bound a passé composé sets is the nearest such day, ahead as well as behind.
    if (untilDay && !setFrom && c.tense === 'PAST') r = resolve({ ...c, tense: null }, { ref, anchor });
    // "en mars 2023 … en septembre de la même année": the year the text named last
    if (c.meaning.kind === 'month' && c.meaning.yearFrom !== undefined) {
      const lastYear = timexes.map((t) => /^(\d{4})(?!\d)/.exec(t.type === 'DATE' || t.type === 'TIME' ? t.value : '')?.[1]).filter(Boolean).pop();
      if (lastYear) r = { type: 'DATE', value: formatMonth(Number(lastYear) + c.meaning.yearFrom, c.meaning.m) };
    }
    // "arrêté en mai 2020 alors qu'il s'apprêtait à défier X à la présidentielle d'août": a bare month
    // or day later in the sentence than one with its year, and not ahead in the clause, is in that year.
    const yearFrom = sentence && (c.meaning.kind === 'month' || c.meaning.kind === 'dayMonth') && c.meaning.y === undefined
      && !(c.meaning.kind === 'month' && (c.meaning.cue || c.meaning.yearFrom !== undefined)) && c.tense !== 'FUTURE' && c.tense !== 'PRESENT' && c.tense !== 'REPORT'
      ? sameSentenceYear(resolved.map((x) => x.c), sentence, c) : null;
    if (yearFrom !== null && !r.value.startsWith(String(yearFrom))) r = resolve({ ...c, meaning: { ...c.meaning, y: yearFrom } as Candidate['meaning'] }, { ref, anchor });
    // the night "de samedi à dimanche" goes on into its second day ("vers 3 heures du matin")
    // "« Aujourd'hui, la France reconnaît… », a déclaré…": a quoted deictic day is re-read later from
    // the day it was said, so it anchors nothing ("La veille, …" after it).
    if (r.day !== undefined && DAY_KINDS.has(c.meaning.kind) && !(c.meaning.kind === 'relDay' && quoteAt(quotes(), c.start, c.end))) anchors.push({ pos: c.start, day: c.parser === 'night' ? r.day + 1 : r.day,
      since: SINCE_BEFORE.test(forms.fold.slice(Math.max(0, c.start - 16), c.start)) });
    resolved.push({ c, day: DAY_KINDS.has(c.meaning.kind) ? r.day : undefined });
    timexes.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), type: r.type, value: dayOnly(c, r.value) });
  }
  if (ref !== null) rereadQuotedDeixis(text, spans, resolved, timexes, ref);
  doc.timexes = timexes;
}

export const timexComponent: Component = {
  name: 'timex',
  reads: ['text', 'sentences', 'tokens', 'meta'],
  adds: ['timexes', 'meta'],
  run(doc, ctx) {
    analyseTimexes(doc, resource(ctx, 'timex.lexicon', loadLexicon), ctx);
  },
};
