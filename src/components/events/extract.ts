// Event mentions of one sentence: triggers, their actors (clause subject + the trigger's own
// complements), place, dates and status.
import type { Document, EventActor, EventRecord, Timex } from '../../core/document.ts';
import type { EventLexicon } from './lexicon.ts';
import type { CountryTable } from './countries.ts';
import { tokenize, seqAt } from './words.ts';
import { findTriggers, type Trigger } from './triggers.ts';
import { clauseIds, quotedMask } from './clauses.ts';
import { demonymActorMentions, entityActorMentions, type ActorMention } from './actors.ts';
import { attachDates, type EventDate } from './dates.ts';
import { decideStatus } from './status.ts';
import { pluperfectAt, pointsBack } from './narrative.ts';

const SYMMETRIC = new Set(['CONSULT', 'COOPERATE']);
const MAX_AFTER_WORDS = 18;
const EMBEDDING = new Set(['REQUEST', 'AGREE', 'THREATEN', 'REJECT']);

export interface Mention {
  record: Omit<EventRecord, 'id'>;
  dates: EventDate[];
  trigger: Trigger;
  sentence: number;
  /** "ce sommet", "cette rencontre": refers back to an event already told. */
  demonstrative: boolean;
  /** "les deux camps": the two actors of the previous event. */
  dual: boolean;
  /** Introduced by "lors de", "au cours de": shares the time of its clause's main event. */
  circumstance: boolean;
  /** The date came from the clause's main event, not from the mention itself. */
  inherited: boolean;
  /** An undated demonstrative folded into its antecedent: emits no event of its own. */
  absorbed?: boolean;
  /** Told as background (pluperfect, "depuis"): takes no narrative date and gives none. */
  background?: boolean;
  /** Its clause points back to an occasion already told ("à cette occasion", "le communiqué final"). */
  pointsBack?: boolean;
  /** The trigger sits inside quoted speech. */
  quoted?: boolean;
}

export interface SentenceContext {
  doc: Document;
  folded: string;
  lex: EventLexicon;
  countries: CountryTable;
  published: string | null;
}

function toEventActor(m: ActorMention, role: EventActor['role']): EventActor {
  return { entity: m.actor.entity, name: m.actor.name, aliases: m.actor.aliases ?? [], role };
}

export function sentenceMentions(ctx: SentenceContext, sentenceIndex: number, start: number, end: number): Mention[] {
  const { doc, folded, lex, countries } = ctx;
  const words = tokenize(folded, start, end);
  if (!words.length) return [];
  const triggers = findTriggers(words, lex);
  if (!triggers.length) return [];
  const clause = clauseIds(words, lex);
  const quoted = quotedMask(words);
  const actorMentions = [
    ...entityActorMentions(doc, words, start, end, lex, countries),
    ...demonymActorMentions(folded, words, new Set(triggers.map((t) => t.last)), lex, countries),
  ].sort((a, b) => a.start - b.start);
  // "selon Lavrov", "d'après le Kremlin": the source of the report, not an actor of the event
  const sourceWords = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const s = lex.sourceMarkers.find((seq) => seqAt(words, i, seq));
    if (!s) continue;
    for (let j = i + s.length; j < words.length && j < i + s.length + 6 && !words[j].punct; j++) sourceWords.add(j);
  }
  const wordAt = (offset: number) => { const i = words.findIndex((w) => w.end > offset); return i < 0 ? words.length - 1 : i; };
  const timexes: Timex[] = doc.timexes.filter((t) => t.start >= start && t.end <= end);
  const dates = attachDates(words, clauseIds(words, lex, false), triggers, timexes, lex);
  const circumstanceAt = (t: Trigger) => {
    const before = words.slice(Math.max(0, t.first - 5), t.first);
    return lex.circumstance.some((s) => before.some((_, j) => s.every((x, m) => before[j + m]?.text === x)));
  };
  const out: Mention[] = [];
  triggers.forEach((t, k) => {
    // "tout dialogue avec Washington", "toute rencontre": a quantified noun names no particular event
    const det = words.slice(Math.max(0, t.first - 1), t.first).map((w) => w.text).join(' ');
    if (t.cue.spec.pos !== 'verb' && lex.genericDeterminers.has(det)) return;
    const c = clause[t.first];
    const clauseTriggers = triggers.filter((x) => clause[x.first] === c);
    const firstInClause = clauseTriggers[0];
    const next = clauseTriggers.find((x) => x.first > t.first);
    // subject region: clause words before its first trigger; own region: up to the next trigger
    // a request, proposal or threat spans the event it asks for: "son appel pour une rencontre avec M. Poutine"
    let afterLimit = next && !EMBEDDING.has(t.type) ? next.first : words.length;
    for (let i = t.last, n = 0; i < afterLimit; i++) {
      if (clause[i] !== c) { afterLimit = i; break; }
      if (!words[i].punct && ++n > MAX_AFTER_WORDS) { afterLimit = i; break; }
    }
    const actors: EventActor[] = [];
    let place: EventRecord['place'] = null;
    const add = (m: ActorMention, role: EventActor['role']) => {
      const key = m.actor.entity ?? m.actor.name;
      if (!actors.some((a) => (a.entity ?? a.name) === key)) actors.push(toEventActor(m, SYMMETRIC.has(t.type) ? 'participant' : role));
    };
    // a noun after a verb trigger ("a appelé Israël à cesser ses frappes") shares the verb's subject only
    // when it is a circumstance ("lors d'un appel") or a meeting proposed, asked for or held by it
    const governing = clauseTriggers.find((x) => x.first < t.first && x.cue.spec.pos === 'verb');
    // "après la visite de Witkoff", "avant le sommet": a noun in a temporal phrase does not share the clause's subject
    // (the subordinator right before the noun or its determiner; "avant de lancer une offensive" keeps the subject)
    const subordinate = t.cue.spec.pos !== 'verb' && lex.subordinateTime.some((s) => [t.first - s.length, t.first - s.length - 1]
      .some((j) => j >= 0 && seqAt(words, j, s) && (j + s.length === t.first || !['de', 'd'].includes(words[t.first - 1].text))));
    const sharesSubject = !subordinate && (t === firstInClause || !governing || t.cue.spec.pos === 'verb' || circumstanceAt(t)
      || (t.type === 'CONSULT' && ['CONSULT', 'AGREE', 'REQUEST'].includes(governing.type)));
    // "X, qui doit rencontrer Y": the antecedent is the subject of the relative clause
    const clauseStart = clause.indexOf(c);
    const relative = words[clauseStart]?.text === ',' && words[clauseStart + 1]?.text === 'qui';
    for (const m of actorMentions) {
      const i = wordAt(m.start);
      if (relative && sharesSubject && i < clauseStart && i >= clauseStart - 4 && !m.place && !m.placeOnly) { add(m, 'source'); continue; }
      if (clause[i] !== c || sourceWords.has(i)) continue;
      const inSubject = i < firstInClause.first && sharesSubject;
      const inOwn = i >= t.last && i < afterLimit;
      const inTrigger = i >= t.first && i < t.last;
      if (!inSubject && !inOwn && !inTrigger) continue;
      if (m.place) {
        if (inOwn && !place) place = { entity: m.entity?.id ?? null, name: m.entity?.name ?? m.actor.name, aliases: m.entity?.aliases ?? [] };
        // a visit's destination stands for its host: "la visite de Witkoff à Moscou" → Russia
        if (t.mode === 'visit' && inOwn && !m.placeOnly) add(m, 'target');
        // strikes on a country's soil hit that country: "avait frappé des sites au Pakistan"
        if (t.type === 'ASSAULT' && inOwn && m.countryPlace) add(m, 'target');
        continue;
      }
      if (m.placeOnly) continue;
      add(m, inSubject ? 'source' : 'target');
    }
    // inside a quote: the speaker is an actor ("nous avons proposé", said by Lavrov)
    if (quoted[t.first]) {
      const q = doc.quotes.find((q) => q.start <= t.start && q.end >= t.end && q.speaker);
      if (q?.speaker) {
        const key = q.speaker.entity ?? q.speaker.name;
        if (!actors.some((a) => (a.entity ?? a.name) === key)) actors.unshift({ entity: q.speaker.entity, name: q.speaker.name, aliases: q.speaker.aliases ?? [], role: SYMMETRIC.has(t.type) ? 'participant' : 'source' });
      } else {
        // the reporting clause after the closing mark: «…», a déclaré M. Ouchakov
        let close = t.last;
        while (close < words.length && quoted[close]) close++;
        for (const m of actorMentions) {
          const i = wordAt(m.start);
          if (i > close && i < close + 8 && !m.place && !m.placeOnly) { add(m, 'source'); break; }
        }
      }
    }
    const before = words.slice(Math.max(0, t.first - 3), t.first);
    const prev = before[before.length - 1];
    const demonstrative = !!prev && lex.demonstratives.has(prev.text);
    let dual = false;
    for (let i = 0; i < words.length; i++) {
      if (clause[i] !== c || i > afterLimit) continue;
      if (lex.dualAnaphora.some((s) => seqAt(words, i, s))) { dual = true; break; }
    }
    const circumstance = circumstanceAt(t);
    const own = dates.get(k) ?? [];
    const first = own[0] ?? null;
    const status = decideStatus(words, clause, t, lex, first?.value ?? null, ctx.published);
    const sentenceText = doc.text.slice(start, end);
    const lead = sentenceText.length - sentenceText.trimStart().length;
    const evidence = { start: start + lead, end: start + sentenceText.trimEnd().length, text: sentenceText.trim() };
    out.push({
      record: {
        type: t.type, mode: t.mode, status, date: null, place, actors, evidence,
        trigger: { start: t.start, end: t.end, text: doc.text.slice(t.start, t.end) },
      },
      dates: own, trigger: t, sentence: sentenceIndex, demonstrative, dual, circumstance, inherited: false,
      background: pluperfectAt(words, t.first, lex) || words.some((w, i) => clause[i] === c && lex.backgroundMarkers.has(w.text)),
      pointsBack: pointsBack(words, clauseStart, t.first, lex),
      quoted: quoted[t.first],
    });
  });
  // "lors d'un appel avec Lavrov": the circumstance shares the date of its clause's main event
  for (const m of out) {
    if (!m.circumstance || m.dates.length) continue;
    const host = out.find((o) => o !== m && o.trigger.first < m.trigger.first && o.dates.length && clause[o.trigger.first] === clause[m.trigger.first]);
    if (host) { m.dates = [host.dates[0]]; m.inherited = true; }
  }
  return out;
}

