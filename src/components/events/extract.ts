// Event mentions of one sentence: triggers, their actors (clause subject + the trigger's own
// complements), place, dates and status.
import type { ActorRef, Document, EventActor, EventRecord, Timex } from '../../core/document.ts';
import type { EventLexicon } from './lexicon.ts';
import type { CountryTable } from './countries.ts';
import { tokenize, seqAt, type Word } from './words.ts';
import { findTriggers, type Trigger } from './triggers.ts';
import { clauseIds, quotedMask } from './clauses.ts';
import { demonymActorMentions, entityActorMentions, type ActingBodies, type ActorMention } from './actors.ts';
import { attachDates, eventDateValue, type EventDate } from './dates.ts';
import { decideStatus } from './status.ts';
import { pluperfectAt, pointsBack } from './narrative.ts';
import { hostVerbBetween, markedWords } from './mediators.ts';
import { passiveReleaseActors } from './releases.ts';

const SYMMETRIC = new Set(['CONSULT', 'COOPERATE']);
const MAX_AFTER_WORDS = 18;
const EMBEDDING = new Set(['REQUEST', 'AGREE', 'THREATEN', 'REJECT']);
/** Actions that bear on a country named by an adjective of its goods or people: sanctions, their easing, aid, strikes. */
/** Hostile acts a threat announces ("menace de frappes", "ultimatum … s'il engage des frappes"). */
const THREATENED_ACTS = new Set(['ASSAULT', 'SANCTION', 'COERCE']);
const DEMONYM_TARGET = new Set(['SANCTION', 'CONCEDE', 'AID', 'ASSAULT']);

/** Whether clause `c` opens with "tout en" (a gerund hanging on the clause before). */
function gerundAt(words: Word[], clause: number[], c: number): boolean {
  const start = clause.indexOf(c);
  return start > 0 && words[start]?.text === 'tout' && words[start + 1]?.text === 'en';
}

/** Words of the sentence's conditional clauses: from "si" to the next punctuation ("si le Hezbollah viole l'accord,"). */
function conditionWords(words: Word[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    if (words[i].text !== 'si' || words[i - 1]?.text === 'meme') continue;
    for (let j = i + 1; j < words.length && !words[j].punct; j++) out.add(j);
  }
  return out;
}

/** The first demonym in words [from, to) naming a country that is not already an actor. */
function distantDemonymTarget(words: Word[], from: number, to: number, countries: CountryTable, actors: EventActor[]): ActorRef | null {
  for (let i = from; i < to; i++) {
    const w = words[i];
    if (w.punct) continue;
    const code = countries.byDemonym.get(w.text);
    const ref = code ? countries.byCode.get(code) : undefined;
    if (ref && !actors.some((a) => a.entity === ref.entity || a.name === ref.name)) return ref;
  }
  return null;
}

/** How many words may separate an acceptance from the proposal it accepts ("prête à accepter mardi la proposition"). */
const ACCEPTED_PROPOSAL_WORDS = 6;

/** How many words (dates aside) may stand between a denial verb and the event noun it denies ("démenti tout entretien"). */
const DENIED_NOUN_WORDS = 2;

/** How far (in words) a postponement verb may stand from the event it puts off. */
const POSTPONED_WORDS = 8;

/** "a reporté au 10 mars", "repoussé à lundi": the postponement verb's index and the date it puts the event off to. */
function postponedDates(words: Word[], timexes: Timex[], lex: EventLexicon): { verb: number; date: EventDate }[] {
  const out: { verb: number; date: EventDate }[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    if (!lex.postponeVerbs.has(words[i].text) || !lex.postponePrepositions.has(words[i + 1].text)) continue;
    const t = timexes.find((x) => x.start === words[i + 2].start);
    const value = t ? eventDateValue(t) : null;
    if (t && value) out.push({ verb: i, date: { value, text: t.text, start: t.start, end: t.end } });
  }
  return out;
}

/** An international organisation (or an unclassified organisation standing for no country): what a state may leave. */
function isOrganisation(doc: Document, a: EventActor): boolean {
  const e = a.entity ? doc.entities.find((x) => x.id === a.entity) : undefined;
  return !!e && e.type === 'ORG' && !e.actor && (e.subtype === 'io' || !e.subtype);
}

export interface Mention {
  record: Omit<EventRecord, 'id'>;
  dates: EventDate[];
  trigger: Trigger;
  sentence: number;
  /** "ce sommet", "cette rencontre": refers back to an event already told. */
  demonstrative: boolean;
  /** "les deux camps": the two actors of the previous event. */
  dual: boolean;
  /** "les deux dirigeants", "les deux hommes": the pair is two people. */
  dualPersons?: boolean;
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
  /** A mediator or host was set aside ("sous l'égide du Qatar"): the parties may be told elsewhere. */
  mediated?: boolean;
  /** "a reporté au 10 mars le déplacement…": the new date (planned); the mention's other dates are cancelled. */
  postponedTo?: EventDate;
  /** A passive release's captive noun, singular ("otage", "prisonnier"): releases of the same captives share a holder. */
  captive?: string | null;
}

export interface SentenceContext {
  doc: Document;
  folded: string;
  lex: EventLexicon;
  countries: CountryTable;
  published: string | null;
  /** Bodies acting for an organisation ("Commission européenne" → Union européenne). */
  bodies?: ActingBodies;
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
    ...entityActorMentions(doc, words, start, end, lex, countries, ctx.bodies),
    ...demonymActorMentions(folded, words, new Set(triggers.map((t) => t.last)), lex, countries, doc.text),
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
  const capitalised = (w: Word) => /\p{Lu}/u.test(doc.text[w.start] ?? '');
  const dates = attachDates(words, clauseIds(words, lex, false), triggers, timexes, lex, capitalised);
  const circumstanceAt = (t: Trigger) => {
    const before = words.slice(Math.max(0, t.first - 5), t.first);
    return lex.circumstance.some((s) => before.some((_, j) => s.every((x, m) => before[j + m]?.text === x)));
  };
  const mediatorWords = markedWords(words, lex.mediatorMarkers);
  const hostWords = markedWords(words, lex.hostMarkers);
  const postponements = postponedDates(words, timexes, lex);
  // "a démenti (lundi) tout entretien": the event noun a denial verb governs, a few words after it
  const deniedBy = (t: Trigger) => triggers.find((d) => d.cue.spec.deniesEvent && d.last <= t.first
    && words.slice(d.last, t.first).filter((w) => !w.punct && !lex.dateWords.has(w.text)).length <= DENIED_NOUN_WORDS);
  const out: Mention[] = [];
  triggers.forEach((t, k) => {
    // "tout dialogue avec Washington", "toute rencontre": a quantified noun names no particular event
    const det = words.slice(Math.max(0, t.first - 1), t.first).map((w) => w.text).join(' ');
    if (t.cue.spec.pos !== 'verb' && lex.genericDeterminers.has(det) && !deniedBy(t)) return;
    const c = clause[t.first];
    const clauseTriggers = triggers.filter((x) => clause[x.first] === c);
    // "En marge du sommet, le président américain s'est entretenu avec…": a fronted circumstance noun is no clause head;
    // the subject before the verb is the verb's
    const frontedCircumstance = (x: Trigger) => x.cue.spec.pos !== 'verb' && circumstanceAt(x)
      && clauseTriggers.some((y) => y.first > x.first && y.cue.spec.pos === 'verb');
    // a passive release ("ont été remises") takes its actors apart: it does not close the clause's subject region
    const firstInClause = clauseTriggers.find((x) => !frontedCircumstance(x) && !x.cue.spec.passive) ?? clauseTriggers[0];
    const next = clauseTriggers.find((x) => x.first > t.first);
    // subject region: clause words before its first trigger; own region: up to the next trigger
    // a request, proposal or threat spans the event it asks for: "son appel pour une rencontre avec M. Poutine"
    let afterLimit = next && !EMBEDDING.has(t.type) ? next.first : words.length;
    // "a réitéré son ultimatum : il décidera … s'il engage des frappes contre l'Iran": a demand or threat right before
    // a colon is spelt out after it
    const spelledOut = (t.type === 'THREATEN' || t.type === 'REQUEST') && t.cue.spec.pos !== 'verb' && words[t.last]?.text === ':';
    const ownClauses = new Set([c, ...(spelledOut ? [clause[t.last]] : [])]);
    for (let i = t.last, n = 0; i < afterLimit; i++) {
      if (!ownClauses.has(clause[i])) { afterLimit = i; break; }
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
    // "…, tout en menaçant l'Iran de bombardements": a gerund shares the subject of the clause it hangs on
    const gerund = words[clauseStart]?.text === 'tout' && words[clauseStart + 1]?.text === 'en' && clauseStart > 0;
    const hostClause = gerund ? clause[clauseStart - 1] : -1;
    const hostFirst = gerund ? (triggers.find((x) => clause[x.first] === hostClause)?.first ?? clauseStart) : -1;
    // "L'Arabie saoudite a accueilli une rencontre entre…": the subject of a hosting verb hosts the talks named after it
    const hostingSubject = t.type === 'CONSULT' && t.cue.spec.pos !== 'verb' && hostVerbBetween(words, clauseStart, t.first, lex);
    let mediated = false;
    // "a invité lundi Zelensky à Washington": the place an invitation names makes it a proposed visit
    let invitedTo: ActorMention | null = null;
    const hosts: [ActorMention, EventActor['role']][] = [];
    for (const m of actorMentions) {
      const i = wordAt(m.start);
      if (gerund && t === firstInClause && clause[i] === hostClause && i < hostFirst && !m.place && !m.placeOnly && !sourceWords.has(i)) { add(m, 'source'); continue; }
      if (relative && sharesSubject && i < clauseStart && i >= clauseStart - 4 && !m.place && !m.placeOnly) { add(m, 'source'); continue; }
      if (!ownClauses.has(clause[i]) || sourceWords.has(i)) continue;
      if (clause[i] !== c && i < t.last) continue;
      const inSubject = i < firstInClause.first && sharesSubject;
      const inOwn = i >= t.last && i < afterLimit;
      const inTrigger = i >= t.first && i < t.last;
      if (!inSubject && !inOwn && !inTrigger) continue;
      if (m.place) {
        if (t.cue.spec.invitation && inOwn && !invitedTo) invitedTo = m;
        if (inOwn && !place) place = { entity: m.entity?.id ?? null, name: m.entity?.name ?? m.actor.name, aliases: m.entity?.aliases ?? [] };
        // a visit's destination stands for its host: "la visite de Witkoff à Moscou" → Russia
        if (t.mode === 'visit' && inOwn && !m.placeOnly) add(m, 'target');
        // strikes on a country's soil hit that country: "avait frappé des sites au Pakistan"
        if (t.type === 'ASSAULT' && inOwn && m.countryPlace) add(m, 'target');
        continue;
      }
      if (m.placeOnly) continue;
      if (mediatorWords.has(i)) { mediated = true; continue; }
      if (hostWords.has(i) || (hostingSubject && inSubject)) { hosts.push([m, inSubject ? 'source' : 'target']); continue; }
      // "la frappe russe contre Odessa", "les frappes israéliennes": a nationality adjective right after an attack noun
      // names the attacker
      const attackerAdjective = t.type === 'ASSAULT' && t.cue.spec.pos === 'noun' && i === t.last && countries.byDemonym.has(words[i].text);
      add(m, inSubject || attackerAdjective ? 'source' : 'target');
    }
    let type = t.type, mode = t.mode;
    if (invitedTo) {
      type = 'CONSULT'; mode = 'visit';
      for (const a of actors) a.role = 'participant';
    }
    // a host is a party unless two others meet at its place ("Zelensky, accueilli par Erdogan" is a visit)
    if (hosts.length && actors.length >= 2) mediated = true;
    else for (const [m, role] of hosts) add(m, role);
    // "assoupli leurs sanctions sur le pétrole et le gaz vénézuéliens", "une aide pour le secteur énergétique ukrainien":
    // a nationality adjective in the trigger's own words names the country the action bears on
    if (DEMONYM_TARGET.has(t.type) && !actors.some((a) => a.role === 'target')) {
      const target = distantDemonymTarget(words, t.last, afterLimit, countries, actors);
      if (target) actors.push({ entity: target.entity, name: target.name, aliases: target.aliases ?? [], role: 'target' });
    }
    // "« Si le Hezbollah viole l'accord, nous attaquerons », a-t-il prévenu": who the condition is set on is the threat's target
    if (t.type === 'THREATEN') {
      const condition = conditionWords(words);
      for (const m of actorMentions) {
        const i = wordAt(m.start);
        if (condition.has(i) && !m.place && !m.placeOnly) add(m, 'target');
      }
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
    // "treize otages israéliens ont été libérés": the subject is released, an agent after "par" releases
    let captive: string | null = null;
    if (t.cue.spec.passive) {
      const passive = passiveReleaseActors(words, t, afterLimit, actorMentions, wordAt, countries);
      actors.splice(0, actors.length, ...passive.actors);
      captive = passive.captive;
    }
    // "quitter la Cedeao", "se retirer de l'OTAN": leaving is an event only when what is left is an organisation
    if (t.needsOrganisation && !actors.some((a) => a.role === 'target' && isOrganisation(doc, a))) return;
    const before = words.slice(Math.max(0, t.first - 3), t.first);
    const prev = before[before.length - 1];
    const demonstrative = !!prev && lex.demonstratives.has(prev.text);
    let dual = false, dualPersons = false;
    for (let i = 0; i < words.length; i++) {
      if (clause[i] !== c || i > afterLimit) continue;
      if (lex.dualAnaphora.some((s) => seqAt(words, i, s))) { dual = true; dualPersons = lex.dualPersons.some((s) => seqAt(words, i, s)); break; }
    }
    const circumstance = circumstanceAt(t);
    const own = dates.get(k) ?? [];
    // the event a postponement verb bears on: the trigger of its clause nearest to it
    const postponement = postponements.find((p) => clause[p.verb] === c && !triggers.some((x) => x !== t && clause[x.first] === c
      && Math.abs(x.first - p.verb) < Math.abs(t.first - p.verb)) && Math.abs(t.first - p.verb) <= POSTPONED_WORDS);
    if (postponement && !own.some((d) => d.start === postponement.date.start)) own.unshift(postponement.date);
    const first = own[0] ?? null;
    const status = decideStatus(words, clause, t, lex, first?.value ?? null, ctx.published);
    const sentenceText = doc.text.slice(start, end);
    const lead = sentenceText.length - sentenceText.trimStart().length;
    const evidence = { start: start + lead, end: start + sentenceText.trimEnd().length, text: sentenceText.trim() };
    out.push({
      record: {
        type, mode: mediated && type === 'CONSULT' ? 'third-party' : mode, status, date: null, place, actors, evidence,
        trigger: { start: t.start, end: t.end, text: doc.text.slice(t.start, t.end) },
      },
      dates: own, trigger: t, sentence: sentenceIndex, demonstrative, dual, dualPersons, circumstance: circumstance || (gerund && t === firstInClause && actors.some((a) => a.role !== 'source')), inherited: false,
      background: pluperfectAt(words, t.first, lex) || words.some((w, i) => clause[i] === c && lex.backgroundMarkers.has(w.text) && !lex.backgroundCancellers.has(words[i - 1]?.text ?? '')),
      pointsBack: pointsBack(words, clauseStart, t.first, lex),
      quoted: quoted[t.first],
      mediated,
      postponedTo: postponement?.date,
      captive,
    });
  });
  // "Le Kremlin a démenti tout entretien entre…": the denied event is told (status denied); the denial is no event
  for (const m of out) {
    if (!m.trigger.cue.spec.deniesEvent) continue;
    const denied = out.find((o) => o !== m && o.trigger.cue.spec.pos !== 'verb' && deniedBy(o.trigger) === m.trigger);
    if (denied) { m.absorbed = true; denied.record.status = 'denied'; }
  }
  // "son ultimatum : il décidera s'il engage les Etats-Unis dans les frappes contre l'Iran": a threat whose target is
  // unnamed takes the target of the hostile act it announces later in the sentence
  for (const m of out) {
    if (m.record.type !== 'THREATEN' || m.record.actors.some((a) => a.role === 'target')) continue;
    const act = out.find((o) => o.trigger.first > m.trigger.first && THREATENED_ACTS.has(o.record.type) && o.record.status !== 'occurred'
      && o.record.actors.some((a) => a.role === 'target'));
    for (const a of act?.record.actors ?? []) {
      if (a.role === 'target' && !m.record.actors.some((x) => (x.entity ?? x.name) === (a.entity ?? a.name))) m.record.actors.push({ ...a });
    }
  }
  // "Pékin a appelé lundi Washington à lever ses droits de douane", "a exhorté la Russie à cesser ses frappes": a verb
  // under a request verb of its clause is what is asked for, by the request's target
  for (const m of out) {
    if (m.trigger.cue.spec.pos !== 'verb') continue;
    const request = out.find((r) => r !== m && r.record.type === 'REQUEST' && r.trigger.cue.spec.pos === 'verb'
      && r.trigger.first < m.trigger.first && clause[r.trigger.first] === clause[m.trigger.first]);
    if (!request) continue;
    if (m.record.status === 'occurred') m.record.status = 'requested';
    const askers = new Set(request.record.actors.filter((a) => a.role === 'source').map((a) => a.entity ?? a.name));
    const asked = request.record.actors.filter((a) => a.role === 'target');
    if (!asked.length) continue;
    const kept = m.record.actors.filter((a) => !askers.has(a.entity ?? a.name) && !asked.some((x) => (x.entity ?? x.name) === (a.entity ?? a.name)));
    m.record.actors = [...asked.map((a) => ({ ...a, role: SYMMETRIC.has(m.record.type) ? 'participant' as const : 'source' as const })), ...kept];
  }
  // "Israël a intensifié ses frappes sur le Liban, avant de lancer une offensive terrestre": a second attack by the same
  // attacker in the sentence, naming no target, strikes the same one
  for (const m of out) {
    if (m.record.type !== 'ASSAULT' || m.record.actors.some((a) => a.role === 'target')) continue;
    const sources = new Set(m.record.actors.filter((a) => a.role === 'source').map((a) => a.entity ?? a.name));
    const sibling = out.find((o) => o !== m && o.record.type === 'ASSAULT' && o.record.actors.some((a) => a.role === 'source' && sources.has(a.entity ?? a.name)));
    for (const a of sibling?.record.actors ?? []) if (a.role === 'target' && !sources.has(a.entity ?? a.name)) m.record.actors.push({ ...a });
  }
  // "s'est dite prête à accepter la proposition américaine": the proposal accepted is no event of its own; its author is the target
  for (const m of out) {
    if (!m.trigger.cue.spec.acceptsProposal) continue;
    const proposal = out.find((o) => o.record.type === 'AGREE' && o.record.status === 'proposed' && o.trigger.first > m.trigger.first
      && o.trigger.first - m.trigger.last <= ACCEPTED_PROPOSAL_WORDS && clause[o.trigger.first] === clause[m.trigger.first]);
    if (!proposal) continue;
    proposal.absorbed = true;
    for (const a of proposal.record.actors) if (!m.record.actors.some((x) => (x.entity ?? x.name) === (a.entity ?? a.name))) m.record.actors.push({ ...a, role: 'target' });
    if (!m.dates.length && proposal.dates.length) m.dates = proposal.dates;
  }
  // "lors d'un appel avec Lavrov": the circumstance shares the date of its clause's main event
  for (const m of out) {
    if (!m.circumstance || m.dates.length) continue;
    const c = clause[m.trigger.first];
    const host = out.find((o) => o !== m && o.trigger.first < m.trigger.first && o.dates.length && (clause[o.trigger.first] === c || (gerundAt(words, clause, c) && clause[o.trigger.first] === c - 1)));
    if (host) { m.dates = [host.dates[0]]; m.inherited = true; }
  }
  return out;
}

