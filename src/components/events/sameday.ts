// Same-day openers: "Le même jour, le Trésor a imposé des sanctions…", "Ce jour-là, le ministre était
// reçu…", "Quelques heures plus tôt, le président avait accusé…". The opener, fronted before the
// sentence's first comma, places what the sentence tells on the day told just before it: the last
// day-precise date read in the text before the sentence (outside quotes). Only the sentence's own
// undated, unquoted acts take it; a sentence giving its own date keeps it.
import type { Document } from '../../core/document.ts';
import type { EventLexicon } from './lexicon.ts';
import type { Mention } from './extract.ts';
import { eventDateValue } from './dates.ts';
import { compareToPublished, decideStatus } from './status.ts';
import { clauseIds } from './clauses.ts';
import { seqStartingAt, tokenize } from './words.ts';

/** How many words a fronted opener may run on before its comma ("Quelques heures après son départ,"). */
const OPENER_WORDS = 6;
/** How many sentences back the day it refers to may be told. */
const DAY_SENTENCES = 6;

/** The day last told before `at` (outside quotes), within a few sentences. */
function dayBefore(doc: Document, folded: string, lex: EventLexicon, sentence: number): { value: string; text: string; start: number; end: number } | null {
  const at = doc.sentences[sentence].start;
  const from = doc.sentences[Math.max(0, sentence - DAY_SENTENCES)].start;
  const inQuote = (s: number) => doc.quotes.some((q) => s >= q.start && s < q.end);
  // "la première ayant été revendiquée le 2 septembre": a date in a participle or relative clause is background
  const background = (s: number) => {
    const clauseStart = Math.max(...[',', ';', ':', '.', '\n', '(', '–'].map((c) => folded.lastIndexOf(c, s - 1)));
    return tokenize(folded, clauseStart + 1, s).some((w) => lex.sameDayBackground.has(w.text));
  };
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
}
