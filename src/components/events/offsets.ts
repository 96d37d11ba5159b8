// Dates told as a distance from another: "Trois jours après son sommet avec Vladimir Poutine en Alaska, le
// président américain a reçu lundi…" (the summit: Monday minus three days), "à la veille du sommet, les
// ministres se sont réunis mardi" (the summit: Wednesday). An undated event noun right after such a phrase takes
// the day-precise date of the sentence's other event, shifted.
import type { EventLexicon } from './lexicon.ts';
import type { Mention } from './extract.ts';
import type { EventDate } from './dates.ts';
import { seqAt, type Word } from './words.ts';
import { readEventData } from './lexicon.ts';

const SYNTAX = readEventData('event-syntax.json');
const LONG_UNITS = new Set<string>(SYNTAX.offsetLongUnits ?? []);
const LONG_NUMBERS = new Set<string>(SYNTAX.offsetLongNumbers ?? []);
const ONSET_WORDS = new Set<string>(SYNTAX.offsetOnsetWords ?? []);
/** How many words ("le début de l'") may stand between a long distance's direction and the event noun. */
const ONSET_WORDS_MAX = 5;

/** Event nouns told at a distance of months or years from their clause's day, with the dates of their own. */
const distant = new WeakMap<Mention, EventDate[]>();

/** Takes the clause's day off the nouns told years before it ("trois ans après le début de l'invasion"). */
export function undateDistant(mentions: Mention[]): void {
  for (const m of mentions) {
    const own = distant.get(m);
    if (!own) continue;
    m.dates = own;
    if (!own.length) m.inherited = false;
  }
}

/**
 * "Près de trois ans après le début de l'invasion russe de l'Ukraine, Donald Trump a brisé mercredi…": a distance in
 * months or years right before an event noun; where that phrase starts, if any.
 */
export function longOffsetBefore(words: Word[], first: number, lex: EventLexicon): number | null {
  for (let end = first; end >= Math.max(0, first - ONSET_WORDS_MAX); end--) {
    if (end < first && !ONSET_WORDS.has(words[end].text)) return null;
    const dir = words[end - 1]?.text ?? '', unit = words[end - 2]?.text ?? '', n = words[end - 3]?.text ?? '';
    if (!lex.offsetDirections.has(dir) || !LONG_UNITS.has(unit)) continue;
    if (lex.offsetNumbers.has(n) || LONG_NUMBERS.has(n) || /^\d{1,3}$/.test(n)) return end - 3;
  }
  return null;
}

/** How many words (determiners, possessives) may stand between the phrase and the event noun. */
const NOUN_WORDS = 2;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Definite determiners of a meeting noun that names the occasion already told ("La rencontre intervenait…"). */
const DEFINITE = new Set(['la', 'le', 'l', 'cette', 'ce', 'cet']);

/** How many sentences back the meeting a definite "La rencontre" stands for may have been told. */
const TOLD_MEETING_SENTENCES = 6;

/**
 * Document pass for offsetDates: "La rencontre intervenait au lendemain d'un entretien téléphonique…" dates the call
 * from the meeting last told with a day (an occurred meeting, dated in its own words, a few sentences before);
 * "La libération est intervenue quelques heures après la rencontre…" dates the meeting from the release told before.
 */
export function offsetsFromToldMeetings(mentions: Mention[]): void {
  for (const m of mentions) {
    const off = m.offsetFromToldMeeting;
    if (!off || m.dates.length) continue;
    // "La libération est intervenue quelques heures après la rencontre": the opener is the event of its type told before
    const type = off.type;
    const host = mentions.filter((o) => o.sentence < m.sentence && m.sentence - o.sentence <= TOLD_MEETING_SENTENCES && o.record.type === type
      && o.record.status === 'occurred' && !o.inherited && !o.quoted && o.dates.length === 1 && DAY.test(o.dates[0].value)).pop();
    if (!host) continue;
    m.dates = [{ value: shift(host.dates[0].value, off.days), text: off.text, start: off.start, end: off.end }];
    m.inherited = true;
    // "La rencontre" is the meeting told before, not a new one
    if (off.opener && !off.opener.dates.length) off.opener.absorbed = true;
  }
}

function shift(value: string, days: number): string {
  const d = new Date(value + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The offset (days from the clause's date to the noun's) of a phrase ending at most NOUN_WORDS words before `first`, and where the phrase starts. */
export function offsetBefore(words: Word[], first: number, lex: EventLexicon): { days: number; from: number; to: number } | null {
  for (let end = first; end >= Math.max(0, first - NOUN_WORDS); end--) {
    if (words.slice(end, first).some((w) => w.punct)) return null;
    // "trois jours après", "deux semaines avant"
    const dir = lex.offsetDirections.get(words[end - 1]?.text ?? '');
    const unit = lex.offsetUnits.get(words[end - 2]?.text ?? '');
    const n = words[end - 3] ? (lex.offsetNumbers.get(words[end - 3].text) ?? (/^\d{1,2}$/.test(words[end - 3].text) ? Number(words[end - 3].text) : undefined)) : undefined;
    if (dir !== undefined && unit !== undefined && n !== undefined) return { days: dir * n * unit, from: end - 3, to: end };
    for (const [seq, days] of lex.offsetPhrases) {
      if (seqAt(words, end - seq.length, seq)) return { days, from: end - seq.length, to: end };
    }
  }
  return null;
}

/** How many words the verb "intervenir" may take after the subject noun ("est intervenue", "intervenait"). */
const TOLD_VERB_WORDS = 2;

/** The type of the definite event noun opening the sentence as subject of "intervenir"/"survenir" before `to`, if any. */
function toldSubjectType(words: Word[], to: number, lex: EventLexicon): string | null {
  const det = words[0], noun = words[1];
  if (!det || !noun || !DEFINITE.has(det.text) || noun.punct) return null;
  const verb = words.slice(2, 2 + TOLD_VERB_WORDS).findIndex((w) => lex.toldEventVerbs.has(w.text));
  if (verb < 0 || 2 + verb >= to) return null;
  const cues = (lex.cuesByFirst.get(noun.text) ?? []).filter((c) => c.spec.pos === 'noun' && c.words.length === 1);
  const types = new Set(cues.map((c) => c.spec.type));
  return types.size === 1 ? [...types][0] : null;
}

export function offsetDates(words: Word[], mentions: Mention[], lex: EventLexicon, text: string): void {
  for (const m of mentions) {
    // "trois ans après le début de l'invasion, … a brisé mercredi": the noun lies years before the clause's day; it keeps
    // only a date of its own, told right after it ("l'invasion de février 2022"). The clause's day stays on it while
    // the narrative is read (it is the day the sentence tells) and is taken off at the end (undateDistant).
    if (m.dates.length && m.trigger.cue.spec.pos !== 'verb') {
      const from = longOffsetBefore(words, m.trigger.first, lex);
      if (from !== null) {
        const nounEnd = words[m.trigger.last - 1].end;
        const stop = words.find((w, k) => k >= m.trigger.last && w.punct && w.text !== "'")?.start ?? Infinity;
        const own = m.dates.filter((d) => d.start >= nounEnd && d.start < stop);
        if (own.length < m.dates.length) distant.set(m, own);
        continue;
      }
    }
    // a date worked out is given only to an event whose two sides are known ("l'attaque du Hamas" names one)
    if (m.dates.length || m.trigger.cue.spec.pos === 'verb' || m.record.actors.length < 2) continue;
    const offset = offsetBefore(words, m.trigger.first, lex);
    if (!offset) continue;
    const dated = (o: Mention) => o !== m && o.dates.length === 1 && DAY.test(o.dates[0].value) && (o.trigger.first < offset.from || o.trigger.first >= m.trigger.last);
    const host = mentions.find((o) => dated(o) && o.trigger.first > m.trigger.first) ?? mentions.find(dated);
    const start = words[offset.from].start, end = words[offset.to - 1].end;
    if (!host) {
      // "La rencontre intervenait au lendemain d'un long entretien téléphonique entre M. Trump et Vladimir Poutine": the
      // sentence opens on the meeting already told (a definite meeting noun as subject): its date is found later
      const opener = mentions.find((o) => o !== m && o.trigger.cue.spec.pos !== 'verb' && o.trigger.first < offset.from
        && words.slice(0, o.trigger.first).filter((w) => !w.punct).every((w, k, all) => k === all.length - 1 && DEFINITE.has(w.text)));
      if (opener && words.slice(0, opener.trigger.first).some((w) => !w.punct)) m.offsetFromToldMeeting = { days: offset.days, text: text.slice(start, end), start, end, type: opener.record.type, opener };
      // "La libération est intervenue quelques heures après la rencontre": a definite event noun (of no mention of its
      // own here) subject of "intervenir"/"survenir" is the event of its type told before
      const told = opener ? null : toldSubjectType(words, offset.from, lex);
      if (told) m.offsetFromToldMeeting = { days: offset.days, text: text.slice(start, end), start, end, type: told };
      continue;
    }
    const date: EventDate = { value: shift(host.dates[0].value, offset.days), text: text.slice(start, end), start, end };
    m.dates = [date];
    m.inherited = true;
  }
}
