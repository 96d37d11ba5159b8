// Dates of events: each temporal expression of a sentence goes to the nearest "anchor" — an
// event trigger, a reporting verb ("a indiqué jeudi"), a background noun ("la guerre … en
// février 2022") or a relative-clause verb ("qu'elle a lancé en février 2022") — with costs for
// crossing clauses and temporal subordinators ("après la visite"). Expressions introduced by
// "depuis"/"jusqu'à" are background and date nothing. Enumerations ("les 16 mai, 2 juin et
// 23 juillet") go together to one anchor, which then gets one date per member.
import type { Timex } from '../../core/document.ts';
import { readEventData, type EventLexicon } from './lexicon.ts';
import type { Trigger } from './triggers.ts';
import { keyWords, seqStartingAt, type Word } from './words.ts';

export interface EventDate { value: string; text: string; start: number; end: number }

const MAX_COST = 14;

/** Date constructions of event-syntax.json read by this module alone (see the keys' notes there). */
const syntax = readEventData('event-syntax.json');
const DATE_SYNTAX = {
  backgroundConjunctions: ((syntax.backgroundConjunctions ?? []) as string[]).map(keyWords),
  announcedParticiples: new Set((syntax.announcedParticiples ?? []) as string[]),
  agreedParticiples: new Set((syntax.agreedParticiples ?? []) as string[]),
  orderingPhraseOpeners: new Set((syntax.orderingPhraseOpeners ?? []) as string[]),
  reportedClauseOpeners: new Set((syntax.reportedClauseOpeners ?? []) as string[]),
  imperfectEndings: (syntax.imperfectEndings ?? []) as string[],
  conditionalEndings: (syntax.conditionalEndings ?? []) as string[],
  whenConjunctions: new Set((syntax.whenConjunctions ?? []) as string[]),
  adverbEndings: (syntax.adverbEndings ?? []) as string[],
  pastInfinitiveLightVerbs: new Set((syntax.pastInfinitiveLightVerbs ?? []) as string[]),
  closingOccasionMarkers: ((syntax.closingOccasionMarkers ?? []) as string[]).map(keyWords),
};

/** The value an event date can take from a timex: calendar values, weeks, seasons, FUTURE_REF; times cut to the day. */
export function eventDateValue(t: Timex): string | null {
  if (t.type !== 'DATE' && t.type !== 'TIME') return null;
  const v = t.value;
  if (v === 'FUTURE_REF') return v;
  const day = /^(\d{4}-\d{2}-\d{2})T/.exec(v);
  if (day) return day[1];
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) return v;
  if (/^\d{4}-W\d{2}(-WE)?$/.test(v)) return v;
  if (/^\d{4}-(SP|SU|FA|WI)$/.test(v)) return v;
  return null;
}

// (every anchor is built with all four properties, in this order: one hidden class for attachDates' hot loop)
interface Anchor { at: number; end: number; trigger: number | null; cancel: boolean }

const AUX = new Set(['a', 'ont', 'avait', 'avaient', 'est', 'sont', 'etait', 'etaient', 'aura', 'auront']);
const REL = new Set(['qui', 'que', 'qu', 'dont', 'ou']);

/** How many words an indefinite object may take before its event noun ("a lancé jeudi une nouvelle attaque"). */
const LIGHT_OBJECT_WORDS = 3;

/**
 * "a lancé jeudi une nouvelle attaque", "a annoncé lundi de nouvelles sanctions": a reporting verb whose object, past
 * its date, is an event noun introduced by an indefinite determiner is that event's own verb: it takes no date for itself.
 */
function lightVerb(words: Word[], i: number, triggers: Trigger[], inTimex: Set<number>, lex: EventLexicon): boolean {
  let j = i + 1;
  while (j < words.length && inTimex.has(j)) j++;
  if (j === i + 1 || !lex.lightVerbObjects.has(words[j]?.text ?? '')) return false;
  for (let k = j + 1; k < words.length && k <= j + LIGHT_OBJECT_WORDS; k++) {
    if (words[k].punct) return false;
    const t = triggers.find((x) => x.first === k);
    if (t) return t.cue.spec.pos !== 'verb';
  }
  return false;
}

/** Whether word i belongs to a trigger. */
function inTrigger(triggers: Trigger[], i: number): boolean {
  return triggers.some((t) => i >= t.first && i < t.last);
}

/** Whether one of `marks` (see subordinatorMarks) is set in [from, to). */
function markedBetween(marks: boolean[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (marks[i]) return true;
  return false;
}

function anchorsOf(words: Word[], triggers: Trigger[], lex: EventLexicon, inTimex: Set<number>): Anchor[] {
  const anchors: Anchor[] = triggers.map((t, k) => ({ at: t.first, end: t.last, trigger: k, cancel: false }));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.punct || inTrigger(triggers, i)) continue;
    if (lex.reportingVerbs.has(w.text) && lightVerb(words, i, triggers, inTimex, lex)) continue;
    if (lex.reportingVerbs.has(w.text) || lex.backgroundNouns.has(w.text)) { anchors.push({ at: i, end: i + 1, trigger: null, cancel: false }); continue; }
    // "a annulé lundi sa rencontre", "a été reportée mardi": the cancellation's date, not the event's
    if (lex.cancelVerbs.has(w.text)) { anchors.push({ at: i, end: i + 1, trigger: null, cancel: true }); continue; }
    // a participle clause: "la Chine ayant accueilli le précédent, en décembre 2023": the date is that participle's
    if (lex.participleAuxiliaries.has(w.text) && i + 1 < words.length && !words[i + 1].punct && !inTrigger(triggers, i + 1)) { anchors.push({ at: i + 1, end: i + 2, trigger: null, cancel: false }); continue; }
    // relative-clause verb: qui/que (+ pronoun) + auxiliary + participle, unless aspectual ("qui s'est achevé")
    if (AUX.has(w.text) && i + 1 < words.length && !words[i + 1].punct && !lex.transparentVerbs.has(words[i + 1].text)) {
      const back = words.slice(Math.max(0, i - 3), i).map((x) => x.text);
      if (back.some((x) => REL.has(x))) anchors.push({ at: i + 1, end: i + 2, trigger: null, cancel: false });
    }
  }
  return anchors;
}

/** A lowercase word of no trigger right after "et", which may be the verb of a second conjunct ("et imposé"). */
function coordinatedVerb(words: Word[], i: number, triggers: Trigger[], capitalised: (w: Word) => boolean, lex: EventLexicon): boolean {
  const w = words[i];
  if (!w || w.punct || capitalised(w) || /\d/.test(w.text) || triggers.some((t) => i >= t.first && i < t.last)) return false;
  return lex.conjunctVerbEndings.some((e) => w.text.endsWith(e)) && !lex.nonVerbDeterminers.has(w.text);
}

/** Number of words (not punctuation) strictly between two word ranges. */
function gap(words: Word[], aEnd: number, bStart: number): number {
  let n = 0;
  for (let i = aEnd; i < bStart; i++) if (!words[i].punct) n++;
  return n;
}

const PLACE_ARTICLES = new Set(['le', 'la', 'l', 'les']);

/** "ont coprésidé depuis Northwood une visioconférence": "depuis" before a capitalised name (no date) tells where from, not since when. */
function spatialSinceAt(words: Word[], i: number, capitalised: (w: Word) => boolean, inTimex: Set<number>): boolean {
  if (words[i]?.text !== 'depuis') return false;
  const k = PLACE_ARTICLES.has(words[i + 1]?.text ?? '') ? i + 2 : i + 1;
  return !!words[k] && !words[k].punct && capitalised(words[k]) && !inTimex.has(k);
}

/**
 * "Pour la première fois depuis le début de la guerre, le 7 octobre, une trêve…": a date set between
 * commas right after a "depuis …" phrase is in apposition to that phrase (background), not the main event's.
 */
function backgroundApposition(words: Word[], first: number, last: number, lex: EventLexicon): boolean {
  const comma = ['le', 'la', 'l', 'en', 'il'].includes(words[first - 1]?.text) ? first - 2 : first - 1;
  if (words[comma]?.text !== ',' || !(last >= words.length || words[last].punct)) return false;
  let start = comma - 1;
  while (start >= 0 && !words[start].punct) start--;
  // ("depuis que la junte a mis fin, en janvier 2024, à l'accord": a conjunction opens a clause whose verb the date dates)
  for (let i = start + 1; i < comma; i++) if (seqStartingAt(words, i, lex.backgroundBeforeTimex) && !seqStartingAt(words, i, DATE_SYNTAX.backgroundConjunctions)) return true;
  return false;
}

/**
 * "Après la chute de Bachar al-Assad, le 8 décembre, Israël a déployé ses troupes": a day ("le 8 décembre") set off by
 * commas right after a sentence-opening "après"/"avant" phrase is in apposition to that phrase's noun: it dates the
 * fall, not the main clause (which happened some time after it).
 */
function orderingApposition(words: Word[], first: number, last: number): boolean {
  const comma = words[first]?.text === 'le' ? first - 1 : words[first - 1]?.text === 'le' ? first - 2 : -1;
  if (comma < 2 || words[comma]?.text !== ',' || words[last]?.text !== ',') return false;
  if (!DATE_SYNTAX.orderingPhraseOpeners.has(words[0]?.text ?? '')) return false;
  return words.slice(1, comma).every((w) => !w.punct || w.text === '-' || w.text === "'");
}

/** How many comma-closed phrases may stand between a fronted date and its main clause. */
const FRONTED_PHRASES = 3;

/** Where the main clause starts after a fronted date's comma at `from - 1`: past phrases opened by a preposition or "où". */
function frontedMainClause(words: Word[], from: number, lex: EventLexicon): number {
  let at = from;
  for (let n = 0; n < FRONTED_PHRASES; n++) {
    const w = words[at];
    if (!w || w.punct || !(lex.frontedPhraseOpeners.has(w.text) || seqStartingAt(words, at, lex.subordinateTime) || seqStartingAt(words, at, lex.circumstance))) break;
    let k = at;
    while (k < words.length && !words[k].punct) k++;
    if (words[k]?.text !== ',') break;
    at = k + 1;
  }
  return at;
}

/** Auxiliaries and modals of a plural or past subject noun ("les négociations … ont duré vendredi"): never a preposition. */
const SUBJECT_VERBS = new Set(['ont', 'sont', 'avaient', 'etaient', 'avait', 'etait', 'doit', 'doivent', 'devait', 'devaient', 'seront', 'auront']);

/**
 * "Les premières négociations directes entre Moscou et Kiev ont duré vendredi deux heures": an event noun subject of
 * the verb the date follows is as near to it as that verb, however long its complements (no comma, no other anchor).
 */
function subjectVerbAt(words: Word[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    if (words[k].punct) return -1;
    if (SUBJECT_VERBS.has(words[k].text)) return k;
  }
  return -1;
}

/** How many words (adjectives) may stand between an event noun and its "de 2015". */
const NOUN_ATTACHED_WORDS = 3;

/** For a date after "de"/"du" right after a noun, the index just past that noun; else -1. */
function nounAttachedAt(words: Word[], first: number, lex: EventLexicon): number {
  const prep = words[first - 1], noun = words[first - 2];
  if (!prep || !noun || !['de', 'du', 'd'].includes(prep.text) || noun.punct || lex.timeNounsBeforeDate.has(noun.text)) return -1;
  return first - 1;
}

/** "la nuit de dimanche à lundi": the first day after a range noun and de/du, the second right after a joiner. */
function nightRange(words: Word[], first: number, last: number, next: number, lex: EventLexicon): boolean {
  const between = words.slice(last, next);
  return between.length === 1 && lex.rangeJoiners.has(between[0].text)
    && ['de', 'du'].includes(words[first - 1]?.text) && lex.rangeNouns.has(words[first - 2]?.text ?? '');
}

/**
 * "les sanctions américaines rétablies en 2018", "des relations rompues en 2016": a year or month after an adjectival
 * past participle and "en" (no auxiliary, not itself a trigger or a status word like "prévue") dates that
 * participle, no event. Days are left alone: "une percée le 13 juillet" is a noun.
 */
function participleDate(words: Word[], first: number, value: string | null, triggers: Trigger[], lex: EventLexicon, capitalised: (w: Word) => boolean,
  accentedParticiple: (w: Word) => boolean, last = first + 1): boolean {
  if (!value || !/^\d{4}(-\d{2})?$/.test(value)) return false;
  // the timex may include its preposition ("en 2018") or not
  let p = first;
  if (!lex.participlePrepositions.has(words[p]?.text ?? '')) p--;
  if (p <= 0 || !lex.participlePrepositions.has(words[p].text)) return false;
  p--;
  // "des régions annexées par Moscou en septembre 2022": the participle's agent may stand between
  let agent = false;
  for (let k = p, n = 0; k > 0 && n < AGENT_WORDS && !words[k].punct; k--, n++) {
    if (words[k].text === 'par') { p = k - 1; agent = true; break; }
  }
  const w = words[p], prev = words[p - 1];
  // "le traité sur les eaux de l'Indus, signé en 1960, fermé…": a participle set off by a comma, its date closing the
  // phrase, is an apposition to the noun before it
  const apposed = prev?.text === ',' && !agent && (last >= words.length || words[last].punct);
  if (!w || w.punct || !prev || (prev.punct && !apposed) || capitalised(w)) return false;
  // with its agent after it, or set off by a comma, any "-é(e)(s)" is a participle ("occupés par l'Arménie", ", signé en 1960,")
  const participle = lex.participleEndings.some((e) => w.text.endsWith(e)) || ((agent || apposed) && accentedParticiple(w));
  if (!participle || AUX.has(prev.text) || lex.reflexivePronouns.has(prev.text)) return false;
  // "s'étaient brutalement dégradées en juillet 2024": an adverb may stand between the auxiliary and its participle
  if (DATE_SYNTAX.adverbEndings.some((e) => prev.text.endsWith(e)) && AUX.has(words[p - 2]?.text ?? '')) return false;
  if (triggers.some((t) => p >= t.first && p < t.last)) return false;
  if (lex.transparentVerbs.has(w.text) || lex.reportingVerbs.has(w.text)) return false;
  return !Object.values(lex.status).some((seqs) => seqs.some((s) => s.includes(w.text)));
}

/** How many words may stand between an event noun and the planning participle after it ("la visite en France, initialement prévue"). */
const PLANNED_WORDS = 5;

/** How many words an agent ("par Moscou") may take between a participle and its date. */
const AGENT_WORDS = 4;

/** How many words a place may take between a fronted date and its comma ("Le 9 septembre au Caire,"). */
const FRONTED_PLACE_WORDS = 4;

/**
 * The comma closing a fronted date that ends before `last`: right there, after an adverb ("Lundi matin encore,") or
 * after a place ("Le 9 septembre au Caire,", "Lundi à Genève,"); else -1.
 */
function frontedComma(words: Word[], last: number, lex: EventLexicon, capitalised: (w: Word) => boolean): number {
  if (words[last]?.text === ',') return last;
  if (lex.frontedAdverbs.has(words[last]?.text ?? '') && words[last + 1]?.text === ',') return last + 1;
  if (!lex.frontedPlacePrepositions.has(words[last]?.text ?? '')) return -1;
  let k = last + 1;
  if (lex.frontedPlaceDeterminers.has(words[k]?.text ?? '')) k++;
  const from = k;
  while (k < words.length && k - from < FRONTED_PLACE_WORDS && !words[k].punct && capitalised(words[k])) k++;
  return k > from && words[k]?.text === ',' ? k : -1;
}

/** Where the comma closing a participle opening stands ("Arrivés ensemble samedi matin, …"), or -1. */
function participleOpening(words: Word[], lex: EventLexicon, written: (w: Word) => string): number {
  const w = words[0];
  if (!w || w.punct || lex.participleOpeningExclusions.has(w.text) || w.text.length < 3) return -1;
  const form = written(w);
  if (!lex.participleOpeningEndings.some((e) => form.endsWith(e))) return -1;
  for (let k = 1; k < words.length; k++) {
    if (words[k].text === ',') return k;
    if (words[k].punct) return -1;
  }
  return -1;
}

/**
 * "Depuis le 12 mars, Washington impose des droits de douane de 25 %", "est détenu depuis le 16 novembre": a day after
 * "depuis" (nothing else between) dates the nearest sanction or coercion told in its clause: the measure began that day.
 */
function measureSince(words: Word[], first: number, last: number, g: { t: Timex; value: string | null }[], clause: number[], triggers: Trigger[],
  lex: EventLexicon): { trigger: number; dates: EventDate[]; cost: number } | null {
  const marker = words[first - 1]?.text === 'le' ? first - 2 : first - 1;
  if (!lex.measuresSinceMarkers.has(words[marker]?.text ?? '') || g.length !== 1 || !g[0].value || !/^\d{4}-\d{2}-\d{2}$/.test(g[0].value)) return null;
  let best = -1, cost = Infinity;
  triggers.forEach((t, k) => {
    if (!lex.measuresSinceTypes.has(t.type) || clause[t.first] !== clause[first]) return;
    const c = t.first >= last ? gap(words, last, t.first) : gap(words, t.last, marker);
    if (c < cost) { best = k; cost = c; }
  });
  if (best < 0 || cost > MAX_COST) return null;
  return { trigger: best, dates: [{ value: g[0].value, text: g[0].t.text, start: g[0].t.start, end: g[0].t.end }], cost };
}

/** How many words a participle phrase may take before its date ("venu à Tbilissi les 14 et 15 mai"). */
const APPOSITION_WORDS = 6;

/**
 * "James O'Brien, venu à Tbilissi les 14 et 15 mai, l'avait menacé": a date in a phrase set off by commas that opens on
 * a participle trigger dates that participle, not the verb after the closing comma. The trigger's index, or -1.
 */
function appositionParticiple(words: Word[], first: number, last: number, triggers: Trigger[], lex: EventLexicon, written: (w: Word) => string): number {
  if (words[last]?.text !== ',') return -1;
  let k = first - 1;
  while (k >= 0 && !words[k].punct) k--;
  if (k < 0 || words[k].text !== ',' || first - k - 1 > APPOSITION_WORDS) return -1;
  const t = triggers.findIndex((x) => x.first === k + 1 && x.last <= first && x.cue.spec.pos === 'verb');
  if (t < 0) return -1;
  const form = written(words[triggers[t].last - 1]);
  return lex.participleOpeningEndings.some((e) => form.endsWith(e)) ? t : -1;
}

/** How many words (determiners) may stand between a verb trigger and the event noun it governs ("signer un accord"). */
const GOVERNED_NOUN_WORDS = 2;

/** How many words may stand between an event noun and the announcing participle after it ("des contrôles sur les terres rares annoncé"). */
const ANNOUNCED_WORDS = 5;

/**
 * "le durcissement des contrôles à l'exportation annoncé le 9 octobre", "l'accord conclu le 2 novembre": a day right
 * after an announcing or concluding participle (no auxiliary, no trigger itself) dates the event noun a few words before
 * it. The noun's anchor, or null.
 */
function announcedNoun(words: Word[], first: number, value: string | null, anchors: Anchor[], triggers: Trigger[], lex: EventLexicon,
  written: (w: Word) => string): Anchor | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const at = words[first - 1]?.text === 'le' ? first - 2 : first - 1;
  const w = words[at];
  if (!w || !DATE_SYNTAX.announcedParticiples.has(w.text) || !/(?:é|ée|és|ées|u|ue|us|ues)$/u.test(written(w))) return null;
  const prev = words[at - 1];
  if (!prev || AUX.has(prev.text) || lex.passiveAuxiliaries.has(prev.text) || lex.reflexivePronouns.has(prev.text) || lex.subjectPronouns.has(prev.text)) return null;
  if (triggers.some((t) => at >= t.first && at < t.last)) return null;
  const noun = anchors.filter((a) => a.trigger !== null && triggers[a.trigger].cue.spec.pos !== 'verb' && a.end <= at && gap(words, a.end, at) <= ANNOUNCED_WORDS
    && words.slice(a.end, at).every((x) => !x.punct || x.text === ',')).pop();
  // ("obligeant le gouvernement à signer un accord, conclu le 1er mars": the verb and its object are one event, dated as usual)
  if (!noun || triggers.some((t) => t.cue.spec.pos === 'verb' && t.last <= noun.at && noun.at - t.last <= GOVERNED_NOUN_WORDS)) return null;
  return noun;
}

/** How many words a place may take after an agreed day before the occasion ("convenu le 16 mai à Istanbul, lors de"). */
const AGREED_PLACE_WORDS = 4;
/** How many words may stand between an occasion marker and the talks noun ("lors de leurs premiers pourparlers"). */
const OCCASION_WORDS = 6;

/**
 * "L'Ukraine et la Russie ont achevé dimanche l'échange de prisonniers convenu le 16 mai à Istanbul, lors de leurs
 * premiers pourparlers": a day right after an agreeing participle (no auxiliary) that follows an event noun other than
 * an agreement dates the agreement, not that noun (the exchange comes later). Null when the construction is not there;
 * else the talks the phrase names after an occasion marker ("lors de leurs pourparlers"), held that day, or -1.
 */
function agreedDay(words: Word[], first: number, last: number, value: string | null, anchors: Anchor[], triggers: Trigger[], lex: EventLexicon,
  capitalised: (w: Word) => boolean, written: (w: Word) => string): { occasion: number } | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const at = words[first - 1]?.text === 'le' ? first - 2 : first - 1;
  const w = words[at];
  if (!w || !DATE_SYNTAX.agreedParticiples.has(w.text) || !/(?:é|ée|és|ées|u|ue|us|ues)$/u.test(written(w))) return null;
  const prev = words[at - 1];
  if (!prev || prev.punct || AUX.has(prev.text) || lex.passiveAuxiliaries.has(prev.text) || lex.reflexivePronouns.has(prev.text) || lex.subjectPronouns.has(prev.text)) return null;
  if (triggers.some((t) => at >= t.first && at < t.last)) return null;
  const noun = anchors.filter((a) => a.trigger !== null && triggers[a.trigger].cue.spec.pos !== 'verb' && a.end <= at && gap(words, a.end, at) <= ANNOUNCED_WORDS
    && words.slice(a.end, at).every((x) => !x.punct)).pop();
  if (!noun || noun.trigger === null || triggers[noun.trigger].type === 'AGREE') return null;
  // the talks of the agreement: "(à Istanbul), lors de leurs premiers pourparlers"
  let k = last;
  if (lex.frontedPlacePrepositions.has(words[k]?.text ?? '')) {
    let m = k + 1;
    while (m < words.length && m - k <= AGREED_PLACE_WORDS && !words[m].punct && capitalised(words[m])) m++;
    if (m > k + 1) k = m;
  }
  if (words[k]?.text === ',') k++;
  const marker = seqStartingAt(words, k, lex.occasionMarkers);
  if (!marker) return { occasion: -1 };
  const from = k + marker.length;
  const talks = triggers.findIndex((t) => t.first >= from && t.first - from <= OCCASION_WORDS && t.type === 'CONSULT' && t.cue.spec.pos !== 'verb'
    && words.slice(from, t.first).every((x) => !x.punct));
  return { occasion: talks };
}

/** How many words a clause opened by "quand" may take before its event ("quand Paris avait apporté son soutien"). */
const WHEN_CLAUSE_WORDS = 5;

/**
 * "Les relations s'étaient dégradées en juillet 2024, quand Paris avait apporté son soutien au plan marocain": the first
 * event of a clause opened by "quand"/"lorsque" right after a date and its comma happened at that date. Its index, or -1.
 */
function whenClauseEvent(words: Word[], last: number, triggers: Trigger[]): number {
  const at = words[last]?.text === ',' ? last + 1 : -1;
  if (at < 0 || !DATE_SYNTAX.whenConjunctions.has(words[at]?.text ?? '')) return -1;
  let best = -1;
  triggers.forEach((t, k) => {
    if (t.first <= at || t.first - at - 1 > WHEN_CLAUSE_WORDS || words.slice(at, t.first).some((w) => w.punct)) return;
    if (best < 0 || t.first < triggers[best].first) best = k;
  });
  return best;
}

/** How many words a reported clause may take before its imperfect verb ("que la France rappelait"). */
const REPORTED_CLAUSE_WORDS = 6;

/**
 * "L'Elysée a annoncé mardi 15 avril que la France allait expulser douze agents et qu'elle rappelait son ambassadeur":
 * an event verb in the imperfect in a clause opened by "que" right after a reporting verb and its day is what was
 * said to happen that day (sequence of tenses). The triggers so dated.
 */
function reportedImperfects(words: Word[], last: number, triggers: Trigger[], spans: { first: number }[], lex: EventLexicon,
  written: (w: Word) => string): number[] {
  if (!DATE_SYNTAX.reportedClauseOpeners.has(words[last]?.text ?? '')) return [];
  const out: number[] = [];
  triggers.forEach((t, k) => {
    if (t.first <= last || t.cue.spec.pos !== 'verb') return;
    const form = written(words[t.last - 1]);
    if (!DATE_SYNTAX.imperfectEndings.some((e) => form.endsWith(e)) || DATE_SYNTAX.conditionalEndings.some((e) => form.endsWith(e))) return;
    const between = words.slice(last, t.first);
    if (between.some((w) => (w.punct && w.text !== ',') || lex.backgroundMarkers.has(w.text)) || spans.some((s) => s.first > last && s.first < t.first)) return;
    // the nearest "que" before the verb opens its clause
    let that = t.first - 1;
    while (that > last && !DATE_SYNTAX.reportedClauseOpeners.has(words[that].text)) that--;
    if (t.first - that - 1 <= REPORTED_CLAUSE_WORDS) out.push(k);
  });
  return out;
}

/**
 * Whether the words from `from` to the event noun at `to` are a past infinitive of a light verb and the noun's indefinite
 * determiner, adjectives aside: "avoir eu un long", "s'être tenu une" (see pastInfinitiveLightVerbs).
 */
function lightPastInfinitive(words: Word[], from: number, to: number, lex: EventLexicon): boolean {
  let k = from;
  while (k < to && lex.pastInfinitiveWords.has(words[k].text)) k++;
  if (k === from || !words.slice(from, k).some((w) => lex.infinitiveAuxiliaries.has(w.text))) return false;
  if (!DATE_SYNTAX.pastInfinitiveLightVerbs.has(words[k]?.text ?? '') || !lex.lightVerbObjects.has(words[k + 1]?.text ?? '')) return false;
  const rest = words.slice(k + 2, to);
  return rest.length < LIGHT_OBJECT_WORDS && rest.every((w) => !w.punct);
}

/** Whether the calendar value `coarse` (a year, month or ISO week) holds the finer day or month `fine`. */
export function holds(coarse: string, fine: string): boolean {
  if (coarse === fine || !/^\d{4}-\d{2}(-\d{2})?$/.test(fine)) return false;
  if (/^\d{4}(-\d{2})?$/.test(coarse)) return fine.startsWith(coarse + '-');
  const week = /^(\d{4})-W(\d{2})$/.exec(coarse);
  if (!week || !/^\d{4}-\d{2}-\d{2}$/.test(fine)) return false;
  // ISO week of the day: the week holding its Thursday
  const d = new Date(fine + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7));
  const jan4 = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  const n = 1 + Math.round(((d.getTime() - jan4.getTime()) / 86400000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
  return d.getUTCFullYear() === Number(week[1]) && n === Number(week[2]);
}

/** How many words may stand between a closing-occasion marker and its talks noun ("à l'issue d'un long entretien"). */
const CLOSING_TALKS_WORDS = 4;

/**
 * The talks a dated statement closes: a talks noun (no verb) right after a marker of DATE_SYNTAX.closingOccasionMarkers
 * ("à l'issue d'", "au terme de") after the reporting verb at `verb`, in the same sentence. Its index, or -1.
 */
function closingTalks(words: Word[], verb: number, triggers: Trigger[], lex: EventLexicon): number {
  for (let i = verb + 1; i < words.length; i++) {
    const marker = seqStartingAt(words, i, DATE_SYNTAX.closingOccasionMarkers);
    if (!marker) continue;
    const from = i + marker.length;
    return triggers.findIndex((t) => t.first >= from && t.first - from <= CLOSING_TALKS_WORDS && t.type === 'CONSULT' && t.cue.spec.pos !== 'verb'
      && words.slice(from, t.first).every((w) => !w.punct) && !lex.backgroundMarkers.has(words[i - 1]?.text ?? ''));
  }
  return -1;
}

/** Dates per trigger index. */
export function attachDates(words: Word[], clause: number[], triggers: Trigger[], timexes: Timex[], lex: EventLexicon,
  capitalised: (w: Word) => boolean = () => false, accentedParticiple: (w: Word) => boolean = () => false,
  postponedTo: Set<number> = new Set(), written: (w: Word) => string = (w) => w.text): Map<number, EventDate[]> {
  // per trigger: the date groups it took, with their cost; "l'attaque du 7 octobre 2023" (a date hanging on the noun) wins
  // (no timex, no date: returned before the chain below, whose empty and filled arrays carry different hidden classes
  // and made the optimised attachDates bail out on the first sentence of each kind)
  if (!timexes.length) return new Map();
  const taken = new Map<number, { dates: EventDate[]; cost: number }[]>();
  // (a plain loop rather than a map/filter chain: the chain's intermediate arrays reached the optimised code with
  // different elements kinds and made it bail out)
  const spans: { t: Timex; first: number; last: number; value: string | null }[] = [];
  for (const t of timexes) {
    const first = words.findIndex((w) => w.end > t.start);
    let last = first;
    while (last < words.length && words[last].start < t.end) last++;
    const span = { t, first, last, value: eventDateValue(t) };
    if (span.first >= 0 && span.last > span.first) spans.push(span);
  }
  // (a sentence with no date in its words dates nothing: its anchors are not looked for)
  if (!spans.length) return new Map();
  // enumeration groups: timexes separated only by punctuation and et/les/le/puis
  const groups: (typeof spans)[] = [];
  // "dans la nuit de dimanche à lundi": one night, dated by its second day
  const ranges = new Set<(typeof spans)>();
  for (const s of spans) {
    const g = groups[groups.length - 1];
    const prev = g?.[g.length - 1];
    if (prev && g.length === 1 && nightRange(words, prev.first, prev.last, s.first, lex)) { g.push(s); ranges.add(g); }
    else if (prev && !ranges.has(g) && words.slice(prev.last, s.first).every((w) => w.punct || ['et', 'les', 'le', 'puis', 'ou'].includes(w.text))) g.push(s);
    else groups.push([s]);
  }
  const inTimex = new Set<number>();
  for (const x of spans) for (let k = x.first; k < x.last; k++) inTimex.add(k);
  const anchors = anchorsOf(words, triggers, lex, inTimex);
  // where a temporal subordinator starts ("après", not a spatial "depuis Northwood"): the anchors of each date are
  // measured across them, so they are found once per sentence (on the first date that needs them)
  let subordinators: boolean[] | null = null;
  const subordinatorMarks = (): boolean[] => {
    if (!subordinators) subordinators = words.map((_, i) => !!seqStartingAt(words, i, lex.subordinateTime) && !spatialSinceAt(words, i, capitalised, inTimex));
    return subordinators;
  };
  // "Arrivés ensemble en train samedi matin, les dirigeants … ont lancé un ultimatum": the date of a participle opening
  // also dates the main clause's first event (however long the opening: "Réunis jeudi à Paris autour de X et de Y, …"), when that clause tells no date of its own and no plan ("doit rencontrer")
  const opening = participleOpening(words, lex, written);
  const openingMain = opening < 0 || spans.some((s) => s.last > opening) ? -1
    : triggers.findIndex((t) => t.first > opening);
  // dates an event takes from the construction of its sentence when it has none of its own
  const fallback = new Map<number, EventDate[]>();
  const openingDated = openingMain >= 0 && !words.slice(opening + 1, triggers[openingMain].first).some((w) => lex.plannedModals.has(w.text) || REL.has(w.text));
  for (const whole of groups) {
    // "ont duré moins de deux heures vendredi": a duration before the day it runs on dates nothing; the day stands alone
    const lead = whole.findIndex((s) => s.value);
    const g = lead > 0 ? whole.slice(lead) : whole;
    const first = g[0].first, last = g[g.length - 1].last;
    // a dateline: "Genève, 12 mai 2025 (AFP) -" dates the dispatch, not an event
    const after = words.slice(last, last + 6).map((w) => w.text);
    if (after[0] === '(' && after.indexOf(')') > 0 && after.indexOf(')') <= 4 && after[after.indexOf(')') + 1] === '-') continue;
    // background: "depuis 2022", "depuis celles du printemps 2022", "jusqu'à fin mai"
    const before = words.slice(Math.max(0, first - 3), first);
    if (lex.backgroundBeforeTimex.some((s) => before.some((_, k) => s.every((x, m) => before[k + m]?.text === x)))) {
      // "Depuis le 12 mars, Washington impose des droits de douane": a measure in force since a day began that day
      const since = measureSince(words, first, last, g, clause, triggers, lex);
      if (since) taken.set(since.trigger, [...(taken.get(since.trigger) ?? []), { dates: since.dates, cost: since.cost }]);
      continue;
    }
    if (backgroundApposition(words, first, last, lex)) continue;
    if (g.length === 1 && g[0].value && /^\d{4}-\d{2}-\d{2}$/.test(g[0].value) && orderingApposition(words, first, last)) continue;
    if (g.length === 1 && participleDate(words, first, g[0].value, triggers, lex, capitalised, accentedParticiple, last)) continue;
    // "l'échange de prisonniers convenu le 16 mai, lors de leurs pourparlers": the agreement's day, not the exchange's
    const agreed = g.length === 1 ? agreedDay(words, first, last, g[0].value, anchors, triggers, lex, capitalised, written) : null;
    if (agreed) {
      if (agreed.occasion >= 0 && !fallback.has(agreed.occasion)) fallback.set(agreed.occasion, [{ value: g[0].value!, text: g[0].t.text, start: g[0].t.start, end: g[0].t.end }]);
      continue;
    }
    let best: Anchor | null = null, bestCost = Infinity;
    // "la visite en France, initialement prévue en mars 2023, avait été reportée": a date right after a planning
    // participle is the date the event noun before it was planned for
    const planned = words.slice(Math.max(0, first - 3), first).findIndex((w) => lex.plannedParticiples.has(w.text));
    if (planned >= 0) {
      const at = Math.max(0, first - 3) + planned;
      const noun = anchors.filter((a) => a.trigger !== null && a.end <= at && gap(words, a.end, at) <= PLANNED_WORDS).pop();
      if (noun) { best = noun; bestCost = 0; }
    }
    // "le durcissement des contrôles annoncé le 9 octobre": the day of the announced event noun
    if (!best && g.length === 1) {
      const noun = announcedNoun(words, first, g[0].value, anchors, triggers, lex, written);
      if (noun) { best = noun; bestCost = 0; }
    }
    // "James O'Brien, venu à Tbilissi les 14 et 15 mai, l'avait menacé": the participle of the phrase set off by commas
    // (the main verb after it may still take the day, as before)
    const apposed = best ? -1 : appositionParticiple(words, first, last, triggers, lex, written);
    // a fronted date ("Le 17 octobre, le gouvernement … avaient signé …") scopes the main clause: its first anchor
    // ("Lundi matin encore, …": an adverb may close the fronted date)
    const comma = frontedComma(words, last, lex, capitalised);
    const fronted = words.slice(0, first).every((w) => w.punct) && comma >= 0;
    if (fronted) {
      // "Le 10 octobre, au lendemain de l'annonce de Pékin, Trump avait menacé…": phrases opened by a preposition or "où"
      // and closed by a comma stand between the date and its main clause
      const mainAt = frontedMainClause(words, comma + 1, lex);
      const inMain = anchors.filter((a) => a.at >= mainAt && clause[a.at] === clause[mainAt]).sort((a, b) => a.at - b.at);
      // "Samedi, Kamala Harris avait annoncé une aide…": the announced event shares the reporting verb's date
      // (unless another date of its own lies between)
      let main = inMain[0];
      const told = inMain.find((a) => a.trigger !== null);
      if (main && main.trigger === null && lex.reportingVerbs.has(words[main.at].text) && told && !spans.some((s) => s.first > last && s.first < told.at)) main = told;
      if (main) { best = main; bestCost = 0; }
    }
    // "l'accord international de 2015": a date hanging on a noun dates only a trigger ending just before it
    const attachedTo = nounAttachedAt(words, first, lex);
    for (const a of best ? [] : anchors) {
      if (attachedTo >= 0 && (a.trigger === null || a.end > attachedTo || a.end < attachedTo - NOUN_ATTACHED_WORDS)) continue;
      const after = a.at >= last;
      // (a subject noun is as near as its verb: its own complements do not count)
      const verb = !after && a.trigger !== null && triggers[a.trigger].cue.spec.pos !== 'verb' ? subjectVerbAt(words, a.end, first) : -1;
      const from = verb >= 0 && !anchors.some((x) => x !== a && x.at >= a.end && x.at < first) ? verb : a.end;
      let cost = after ? gap(words, last, a.at) : gap(words, from, first);
      if (clause[a.at] !== clause[first]) cost += 5;
      // a temporal subordinator between them: "au téléphone mercredi, après la visite"
      const across = after ? markedBetween(subordinatorMarks(), last, a.at) : markedBetween(subordinatorMarks(), from, first);
      if (across) cost += 6;
      // "ont annoncé lundi un accord": a reporting verb takes the date only when strictly nearer than the event it reports
      if (a.trigger === null && !after && !a.cancel) cost += 1;
      if (a.at < last && a.end > first) cost = 0;
      // "a renoncé à ce sommet et imposé mercredi ses premières sanctions": a date right after the verb of a second
      // conjunct belongs to that conjunct, not to the event told before the "et"
      if (!after && a.end <= first - 2 && words[first - 2]?.text === 'et' && coordinatedVerb(words, first - 1, triggers, capitalised, lex)) cost += 3;
      // "a affirmé vendredi s'être entretenu avec M. Poutine": a past infinitive right after a dated reporting verb tells
      // an act of that day (the reporting verb, a bare date and an auxiliary of the infinitive between them)
      if (after && a.trigger !== null && triggers[a.trigger].cue.spec.pos === 'verb' && lex.reportingVerbs.has(words[first - 1]?.text ?? '')
        && a.at > last && words.slice(last, a.at).every((w) => lex.pastInfinitiveWords.has(w.text))
        && words.slice(last, a.at).some((w) => lex.infinitiveAuxiliaries.has(w.text))) cost = 0;
      // "a annoncé mercredi avoir eu un long entretien téléphonique": the same with an event noun after a light participle
      if (after && a.trigger !== null && triggers[a.trigger].cue.spec.pos !== 'verb' && lex.reportingVerbs.has(words[first - 1]?.text ?? '')
        && lightPastInfinitive(words, last, a.at, lex)) cost = 0;
      if (cost < bestCost) { best = a; bestCost = cost; }
    }
    // "a été suspendue le 1er juillet, après la fuite d'une conversation": a date nearest to an event noun of the temporal
    // phrase after it dates something else (that noun happened before or after that day)
    if (best && best.trigger !== null && best.at >= last && triggers[best.trigger].cue.spec.pos !== 'verb'
      && markedBetween(subordinatorMarks(), last, best.at)) continue;
    // "avait annoncé la veille un sommet avec Poutine": the date of the announcement, not of the meeting it announces
    // (unless it says it was held: "a annoncé mercredi avoir eu un entretien")
    if (best && best.trigger !== null && best.at >= last && triggers[best.trigger].type === 'CONSULT' && triggers[best.trigger].cue.spec.pos !== 'verb'
      && lex.announcingVerbs.has(words[first - 1]?.text ?? '') && !lightPastInfinitive(words, last, best.at, lex)) continue;
    // "Il y a à peine une semaine, le 17 avril, …", "en avril, le 17": a coarser date restated by a finer one it holds is one date
    const told = (ranges.has(whole) ? g.slice(-1) : g).filter((s) => s.value);
    const dates: EventDate[] = [];
    for (const s of told) if (!told.some((o) => o !== s && holds(s.value!, o.value!))) dates.push({ value: s.value!, text: s.t.text, start: s.t.start, end: s.t.end });
    if (dates.length && openingDated && last <= opening && (best?.trigger !== openingMain || bestCost > MAX_COST)) taken.set(openingMain, [...(taken.get(openingMain) ?? []), { dates, cost: 0 }]);
    // "en juillet 2024, quand Paris avait apporté son soutien…": the event of the "quand" clause, at that date too
    const when = whenClauseEvent(words, last, triggers);
    if (dates.length && when >= 0 && best?.trigger !== when && !fallback.has(when)) fallback.set(when, dates);
    if (dates.length && apposed >= 0 && best?.trigger !== apposed && !fallback.has(apposed)) fallback.set(apposed, dates);
    // "a annoncé mardi que la France rappelait son ambassadeur": the reported imperfect holds on the day it was said
    if (dates.length && best && best.trigger === null && !best.cancel && best.at < first && lex.reportingVerbs.has(words[best.at].text) && bestCost <= MAX_COST) {
      for (const k of reportedImperfects(words, last, triggers, spans, lex, written)) fallback.set(k, dates);
    }
    // "a affirmé lundi 19 mai que…, à l'issue d'un long entretien téléphonique avec Vladimir Poutine": talks named after
    // an occasion marker in the sentence of a dated statement were held that day (the statement closes them)
    if (dates.length && best && best.trigger === null && !best.cancel && best.at < first && lex.reportingVerbs.has(words[best.at].text) && bestCost <= MAX_COST) {
      const talks = closingTalks(words, best.at, triggers, lex);
      if (talks >= 0 && !fallback.has(talks)) fallback.set(talks, dates);
    }
    if (!best || best.trigger === null || bestCost > MAX_COST) continue;
    if (dates.length) taken.set(best.trigger, [...(taken.get(best.trigger) ?? []), { dates, cost: attachedTo >= 0 ? -1 : bestCost }]);
  }
  // (a reported verb, a "quand" clause or a participle phrase with a date of its own keeps that date)
  for (const [k, dates] of fallback) if (!taken.has(k)) taken.set(k, [{ dates, cost: 0 }]);
  // "Lundi, le Hamas a remis les otages enlevés lors de l'attaque du 7 octobre 2023": one event has one date (an
  // enumeration aside, which is one group): the nearest group, a date hanging on the noun before any other
  const out = new Map<number, EventDate[]>();
  for (const [trigger, groups] of taken) {
    // "a reporté au 4 avril le déplacement prévu mardi": the new date and the old one both stay (planned, cancelled)
    if (groups.some((g) => g.dates.some((d) => postponedTo.has(d.start)))) { out.set(trigger, groups.flatMap((g) => g.dates)); continue; }
    const least = Math.min(...groups.map((g) => g.cost));
    out.set(trigger, groups.filter((g) => g.cost === least).flatMap((g) => g.dates));
  }
  return out;
}
