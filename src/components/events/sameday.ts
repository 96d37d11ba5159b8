// Same-day openers: "Le même jour, le Trésor a imposé des sanctions…", "Ce jour-là, le ministre était
// reçu…", "Quelques heures plus tôt, le président avait accusé…". The opener, fronted before the
// sentence's first comma, places what the sentence tells on the day told just before it: the last
// day-precise date read in the text before the sentence (outside quotes). Only the sentence's own
// undated, unquoted acts take it; a sentence giving its own date keeps it. Sequels ("se sont ensuite
// entretenus", "Dans la foulée, …", "y a accusé") take the day told just before the same way (inheritSequels).
import type { Document } from '../../core/document.ts';
import type { EventLexicon } from './lexicon.ts';
import type { Mention } from './extract.ts';
import { eventDateValue } from './dates.ts';
import { compareToPublished, decideStatus } from './status.ts';
import { clauseIds } from './clauses.ts';
import { keyWords, seqStartingAt, tokenize } from './words.ts';
import { readEventData } from './lexicon.ts';
import { foldForm } from '../../core/normalize.ts';

/** How many words a fronted opener may run on before its comma ("Quelques heures après son départ,"). */
const OPENER_WORDS = 6;
/** How many sentences back the day it refers to may be told. */
const DAY_SENTENCES = 6;

/** "la première ayant été revendiquée le 2 septembre", "en vigueur depuis 1992": a date in a participle or relative clause, or after "depuis", is background. */
function backgroundDate(folded: string, lex: EventLexicon, s: number): boolean {
  const clauseStart = Math.max(...[',', ';', ':', '.', '\n', '(', '–'].map((c) => folded.lastIndexOf(c, s - 1)));
  return tokenize(folded, clauseStart + 1, s).some((w) => lex.sameDayBackground.has(w.text));
}

/** The day last told before `at` (outside quotes), within a few sentences. */
function dayBefore(doc: Document, folded: string, lex: EventLexicon, sentence: number): { value: string; text: string; start: number; end: number } | null {
  const at = doc.sentences[sentence].start;
  const from = doc.sentences[Math.max(0, sentence - DAY_SENTENCES)].start;
  const inQuote = (s: number) => doc.quotes.some((q) => s >= q.start && s < q.end);
  const background = (s: number) => backgroundDate(folded, lex, s);
  const told = doc.timexes.filter((t) => t.end <= at && t.start >= from && !inQuote(t.start) && !background(t.start))
    .map((t) => ({ t, v: eventDateValue(t) })).filter((x) => !!x.v && /^\d{4}-\d{2}-\d{2}$/.test(x.v));
  const last = told[told.length - 1];
  return last ? { value: last.v!, text: last.t.text, start: last.t.start, end: last.t.end } : null;
}

export function inheritSameDay(mentions: Mention[], doc: Document, folded: string, lex: EventLexicon, published: string | null): void {
  // "Quelques heures plus tard, le secrétaire au Trésor annonçait des sanctions": the opener's own time word ("plus
  // tard") is read as a vague future; it dates nothing, so the acts it dates count as undated here
  const onlyOpener = (m: Mention) => {
    const s = doc.sentences[m.sentence];
    const words = tokenize(folded, s.start, s.end);
    const opener = seqStartingAt(words, 0, lex.sameDayOpeners);
    return !!opener && m.dates.length > 0 && m.dates.every((d) => d.start >= s.start && d.end <= words[opener.length - 1].end);
  };
  const sentences = new Set(mentions.filter((m) => !m.dates.length || onlyOpener(m)).map((m) => m.sentence));
  for (const s of sentences) {
    const sent = doc.sentences[s];
    const words = tokenize(folded, sent.start, sent.end);
    const opener = seqStartingAt(words, 0, lex.sameDayOpeners);
    if (!opener) continue;
    const openerEnd = words[opener.length - 1].end;
    // the opener is a fronted phrase closed by a comma ("Le même jour, …"), not "le jour même où…"
    let comma = -1;
    for (let i = opener.length; i < words.length && i <= opener.length + OPENER_WORDS; i++) if (words[i].text === ',') { comma = i; break; }
    if (comma < 0) continue;
    // the sentence gives a date of its own (outside the opener): that is the one it tells
    if (doc.timexes.some((t) => t.start >= sent.start && t.end <= sent.end && !(t.end <= openerEnd) && eventDateValue(t))) continue;
    const day = dayBefore(doc, folded, lex, s);
    if (!day) continue;
    let clause: number[] | null = null;
    for (const m of mentions) {
      if (m.sentence !== s || m.absorbed || m.quoted || m.subordinate) continue;
      const fromOpener = m.dates.length > 0 && onlyOpener(m);
      if (m.dates.length && !fromOpener) continue;
      if (m.trigger.start < words[comma].end) continue;
      m.dates = [{ ...day }];
      m.inherited = true;
      // the status the opener's vague future gave is read again on the day it places the act on
      if (fromOpener && m.record.status === 'planned') {
        clause ??= clauseIds(words, lex);
        m.record.status = decideStatus(words, clause, m.trigger, lex, day.value, published);
      }
      // a day after publication is still to come
      if (published && m.record.status === 'occurred' && compareToPublished(day.value, published) === 'after') m.record.status = 'planned';
    }
  }
  inheritSequels(mentions, doc, folded, lex, published);
}

const SEQUEL_SYNTAX = readEventData('event-syntax.json');
const SEQUEL = {
  openers: ((SEQUEL_SYNTAX.sequelOpeners ?? []) as string[]).map(keyWords),
  adverbs: ((SEQUEL_SYNTAX.sequelAdverbs ?? []) as string[]).map(keyWords),
  pointers: ((SEQUEL_SYNTAX.sequelPointers ?? []) as string[]).map(keyWords),
};
const SEQUEL_PLUPERFECT_FORMS = (SEQUEL_SYNTAX.sequelPluperfectAuxiliaries ?? []) as string[];
/** Auxiliaries of the compound past a sequel adverb or the pronoun "y" stands next to. */
const SEQUEL_AUX = new Set(((SEQUEL_SYNTAX.sequelAuxiliaries ?? []) as string[]).map(foldForm));
/** …and of the pluperfect, for a sequel adverb of a pluperfect episode ("avait aussitôt accusé"). */
const SEQUEL_PLUPERFECT_AUX = new Set(SEQUEL_PLUPERFECT_FORMS.map(foldForm));
const escaped = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
/** A pluperfect auxiliary right before a sequel adverb and the participle: "avait aussitôt accusé", "s'étaient ensuite retrouvés". */
const PLUPERFECT_SEQUEL = new RegExp(`(?:^|[^\\p{L}])(?:${SEQUEL_PLUPERFECT_FORMS.map(escaped).join('|')})\\s+(?:${((SEQUEL_SYNTAX.sequelAdverbs ?? []) as string[])
  .map(escaped).join('|')})\\s+$`, 'iu');

/** How many words a sequel opener may take before its comma ("À l'issue de la réunion des ministres,"). */
const SEQUEL_OPENER_WORDS = 8;

/** The single day-precise date the sentence gives outside quotes, if exactly one. */
function singleDay(doc: Document, sentence: number): { value: string; text: string; start: number; end: number } | null {
  const s = doc.sentences[sentence];
  if (!s) return null;
  const inQuote = (x: number) => doc.quotes.some((q) => x >= q.start && x < q.end);
  const days = doc.timexes.filter((t) => t.start >= s.start && t.end <= s.end && !inQuote(t.start))
    .map((t) => ({ t, v: eventDateValue(t) })).filter((x) => !!x.v && /^\d{4}-\d{2}-\d{2}$/.test(x.v));
  return days.length === 1 ? { value: days[0].v!, text: days[0].t.text, start: days[0].t.start, end: days[0].t.end } : null;
}

/**
 * "Les dirigeants européens et M. Zelensky se sont ensuite entretenus au téléphone avec Donald Trump", "Dans la foulée,
 * Donald Trump a appelé le président ukrainien": an act told as the sequel of the occasion just told (a fronted
 * "Dans la foulée," / "Ensuite,", or "ensuite"/"aussitôt" between the auxiliary and the participle) happened on the day
 * told just before. "La réplique est tombée mercredi sur son réseau. Le président américain y a accusé son homologue…":
 * an act pointing back to the occasion of the sentence just before ("y" before its auxiliary, "lors de cette rencontre")
 * happened on the single day that sentence gives. Only undated acts of the compound past, told as occurred, in a sentence
 * with no date of its own (outside quotes and background), take the day; never one after publication, nor one read from a
 * night or an evening. A sequel adverb in the pluperfect ("avait aussitôt accusé") takes the single day of the sentence
 * just before (the episode it goes on with).
 */
export function inheritSequels(mentions: Mention[], doc: Document, folded: string, lex: EventLexicon, published: string | null): void {
  for (const m of mentions) {
    if (m.dates.length || m.absorbed || m.quoted || m.subordinate || m.bareParticiple || m.trigger.cue.spec.pos !== 'verb' || m.record.status !== 'occurred') continue;
    const sent = doc.sentences[m.sentence];
    // "Mardi, la ministre avait annoncé … Bakou avait aussitôt accusé Paris": a sequel told in the pluperfect goes on with
    // the episode of the sentence just before (its single day), never past a "depuis"
    const pluperfect = !m.compoundPast && PLUPERFECT_SEQUEL.test(doc.text.slice(sent.start, m.trigger.start)) && !/\bdepuis\b/i.test(doc.text.slice(sent.start, sent.end));
    if ((m.background && !pluperfect) || (!m.compoundPast && !pluperfect)) continue;
    // (a date of its own, outside quotes and background: "en vigueur depuis 1992" dates nothing the sentence tells)
    if (doc.timexes.some((t) => t.start >= sent.start && t.end <= sent.end && eventDateValue(t) && !doc.quotes.some((q) => t.start >= q.start && t.start < q.end)
      && !backgroundDate(folded, lex, t.start))) continue;
    const words = tokenize(folded, sent.start, sent.end);
    const first = words.findIndex((w) => w.start >= m.trigger.start);
    if (first < 0) continue;
    // "Dans la foulée, …": a fronted opener closed by a comma before the trigger
    const opener = seqStartingAt(words, 0, SEQUEL.openers);
    let fronted = false;
    if (opener) {
      for (let i = opener.length; i < first && i <= opener.length + SEQUEL_OPENER_WORDS; i++) {
        if (words[i].text === ',') { fronted = true; break; }
        if (words[i].punct) break;
      }
    }
    // "se sont ensuite entretenus": the adverb right after the auxiliary, the participle right after it
    const adverb = !fronted && first >= 2 && SEQUEL.adverbs.some((seq) => {
      const at = first - seq.length;
      return at >= 1 && (pluperfect ? SEQUEL_PLUPERFECT_AUX : SEQUEL_AUX).has(words[at - 1].text) && seq.every((x, k) => words[at + k].text === x);
    });
    // "y a accusé", "lors de cette rencontre, …": the occasion of the sentence just before
    const pronoun = first >= 2 && words[first - 2].text === 'y' && SEQUEL_AUX.has(words[first - 1].text);
    const pointer = !pronoun && words.slice(0, first).some((_, i) => seqStartingAt(words, i, SEQUEL.pointers));
    let day: { value: string; text: string; start: number; end: number } | null = null;
    if (pluperfect) day = adverb && m.sentence > 0 && !doc.text.slice(doc.sentences[m.sentence - 1].end, sent.start).includes('\n') ? singleDay(doc, m.sentence - 1) : null;
    else if (fronted || adverb) day = dayBefore(doc, folded, lex, m.sentence);
    else if ((pronoun || pointer) && m.sentence > 0 && !doc.text.slice(doc.sentences[m.sentence - 1].end, sent.start).includes('\n')) day = singleDay(doc, m.sentence - 1);
    if (!day) continue;
    // "dans la nuit de jeudi à vendredi", "mardi soir": what follows a night or an evening may fall on the next day
    const told = doc.timexes.find((t) => t.start === day!.start);
    if (!told || !/^\d{4}-\d{2}-\d{2}$/.test(told.value)) continue;
    if (published && compareToPublished(day.value, published) === 'after') continue;
    m.dates = [{ ...day }];
    m.inherited = true;
  }
}
