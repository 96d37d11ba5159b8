// The events component: PLOVER-typed events of one article, with actors, place, date, status,
// evidence and trigger (contract v1 `events[]`, EventRecord in src/core/document.ts).
import { createHash } from 'node:crypto';
import type { Document, EventActor, EventRecord } from '../../core/document.ts';
import { documentId } from '../../core/document.ts';
import { foldForm, nameKey } from '../../core/normalize.ts';
import { resource, type Component, type Context } from '../../core/pipeline.ts';
import { eventLexicon } from './lexicon.ts';
import { loadCountryTable, type CountryTable } from './countries.ts';
import { tokenize } from './words.ts';
import { loadActingBodies } from './actors.ts';
import { knowledgeBase, type KnowledgeBase } from '../../kb/index.ts';
import { sentenceMentions, type Mention } from './extract.ts';
import { mergeMentions, type Affiliations } from './merge.ts';
import { compareToPublished } from './status.ts';
import { inheritEveningDay, inheritNarrativeDates, inheritSpeakerDates, inheritWhereClause, targetProposalAuthors } from './narrative.ts';
import { claimedAttacks, completeMediated, completeRejectedAccusations, completeTalks, completeTruces } from './participants.ts';
import { inheritOccasionDates } from './occasions.ts';
import { inheritSameDay } from './sameday.ts';
import { groupTargets } from './group-targets.ts';
import { offsetsFromToldMeetings, undateDistant } from './offsets.ts';
import { completeReleases } from './releases.ts';
import { oneSidedReciprocal, phoneFromParagraph } from './reciprocal.ts';
import { apposedDemonyms, demonymSides } from './demonym-sides.ts';
import { followUpMeetings } from './follow-ups.ts';
import { protestersAsActors } from './crowds.ts';
import { verbalAttacks } from './verbal-attacks.ts';
import { accuseDoersOfCondemnedActs } from './condemned-acts.ts';
import { dropAbsentees } from './absentees.ts';
import { conflictSides, dualFromPairs } from './conflict-sides.ts';

/** How many sentences back an anaphoric mention ("ce sommet", "les deux camps") may look. */
const ANAPHORA_SENTENCES = 3;
/** Types that relate two actors and say nothing without the second one. */
const NEEDS_TARGET = new Set(['SUPPORT']);
/** Types told from the side of the one who acts: without that side they say nothing. */
const NEEDS_SOURCE = new Set(['REQUEST', 'ACCUSE', 'SANCTION']);
/**
 * Types whose events stand with one side ("des milliers de manifestants", "l'armée a mobilisé", "a menacé de",
 * "Bratislava lève son veto", "a retiré ses troupes"). The others relate a source to a target: told with one side
 * only, they are kept but left undated, off the timeline — half of those our sets hold were wrong (a missed or
 * misread side), against one in twenty with both sides.
 */
const ONE_SIDED_DATED = new Set(['PROTEST', 'MOBILIZE', 'THREATEN', 'CONCEDE', 'RETREAT', 'REJECT', 'COERCE', 'ASSAULT', 'SANCTION']);

/**
 * How many sides the actors make: a person whose country (the one the article ties them to, "le chef de la diplomatie
 * ukrainienne", or the knowledge base's) is among the actors is on its side, so "une délégation ukrainienne conduite
 * par Andriï Iermak" is one; two people of one country stay two ("la présidente déchue a dénoncé le président").
 */
function sideCount(actors: EventActor[], people: Set<string>, affiliations: Affiliations, kb: KnowledgeBase | null): number {
  const keys = actors.map((a) => a.entity ?? nameKey(a.name));
  const sides = new Set<string>();
  for (const key of keys) {
    const country = people.has(key) ? affiliations.get(key) ?? kb?.byId.get(key)?.country : null;
    sides.add(country && keys.includes(country) ? country : key);
  }
  return sides.size;
}

/**
 * "Les ministres de la Défense de l'Otan doivent se réunir jeudi", "les dirigeants de l'Union africaine se sont engagés
 * à financer…": an international organisation meeting or agreeing stands for its members, who are all its sides.
 */
function organisationMeeting(record: Pick<EventRecord, 'type' | 'actors'>, organisations: Set<string>): boolean {
  return (record.type === 'CONSULT' || record.type === 'AGREE') && !!record.actors[0].entity && organisations.has(record.actors[0].entity);
}

function eventId(docId: string, triggerStart: number, type: string, date: string | null): string {
  return createHash('sha1').update(`${docId}:${triggerStart}:${type}:${date ?? ''}`).digest('hex').slice(0, 16);
}

/** How many sentences back "les deux dirigeants" may find the pair when none is told just before. */
const DUAL_SENTENCES = 8;
/** Events a pair of actors is told with, far back: meetings and deals. */
const DUAL_FAR_TYPES = new Set(['CONSULT', 'AGREE']);

/**
 * The pair "les deux dirigeants", "les deux parties" refers to: the last two-sided event told in the sentences just
 * before (a meeting or call first, the usual antecedent of "les deux dirigeants"); for two people ("les deux
 * dirigeants", "les deux hommes") with none just before, the last meeting or deal of exactly two people further back.
 */
function dualAntecedent(earlier: Mention[], m: Mention, isPerson: (a: EventActor) => boolean, isCountry: (a: EventActor) => boolean): Mention | undefined {
  // "les deux pays": an event of two countries, not a leader received by his host
  const paired = earlier.filter((o) => o.record.actors.length >= 2 && (!m.dualCountries || o.record.actors.filter(isCountry).length >= 2));
  const near = paired.filter((o) => m.sentence - o.sentence <= ANAPHORA_SENTENCES);
  return near.find((o) => o.record.type === 'CONSULT') ?? near[0]
    ?? (m.dualPersons ? paired.find((o) => m.sentence - o.sentence <= DUAL_SENTENCES && DUAL_FAR_TYPES.has(o.record.type)
      && o.record.actors.filter((a) => isPerson(a)).length === 2) : undefined);
}

/** Actors for mentions that name none themselves: "ce sommet" → the last event of its type; "les deux camps" → the last two-sided event. */
function resolveAnaphora(mentions: Mention[], isPerson: (a: EventActor) => boolean, isCountry: (a: EventActor) => boolean): void {
  mentions.forEach((m, i) => {
    const earlier = mentions.slice(0, i).reverse().filter((o) => o.record.actors.length && m.sentence - o.sentence <= ANAPHORA_SENTENCES);
    // ("Les deux hommes s'étaient retrouvés avec Joe Biden à Hiroshima": a meeting of the pair with a third person names one person only)
    if (m.dual && (m.record.actors.length < 2 || (m.dualPersons && m.record.type === 'CONSULT' && m.record.actors.filter(isPerson).length < 2))) {
      let pair = dualAntecedent(mentions.slice(0, i).reverse(), m, isPerson, isCountry);
      // "Le premier ministre a rappelé son invitation au sommet du G7… Les deux hommes s'étaient parlé au téléphone le
      // 28 mars": after an event naming one person only, "les deux hommes" are the two people whose meeting or deal the
      // article told before, however far back
      if (m.dualPersons && pair && pair.record.actors.filter(isPerson).length < 2) {
        const met = mentions.slice(0, i).reverse().find((o) => DUAL_FAR_TYPES.has(o.record.type) && o.record.actors.filter(isPerson).length === 2);
        if (met) for (const a of met.record.actors.filter(isPerson)) if (!m.record.actors.some((x) => x.entity === a.entity)) m.record.actors.push({ ...a, role: 'participant' });
        if (met) pair = undefined;
      }
      if (pair) for (const a of pair.record.actors) if (!m.record.actors.some((x) => (x.entity ?? x.name) === (a.entity ?? a.name))) m.record.actors.push({ ...a, role: 'participant' });
      // "Macron et Starmer ont tenu jeudi le 37e sommet… Les deux dirigeants ont également signé une déclaration": what the
      // pair did, told right after their meeting, happened at it
      if (pair && pair.record.type === 'CONSULT' && pair.record.status === 'occurred' && pair.dates.length === 1 && /^\d{4}-\d{2}-\d{2}$/.test(pair.dates[0].value)
        && !m.dates.length && m.record.status === 'occurred' && !m.background && !m.quoted && m.trigger.cue.spec.pos === 'verb' && m.sentence - pair.sentence <= DUAL_SENTENCES
        // (the story has not moved to another day in between)
        && !mentions.some((o) => o.sentence > pair.sentence && o.sentence <= m.sentence && o.dates.some((d) => d.value !== pair.dates[0].value && !o.background))) {
        m.dates = [pair.dates[0]];
        m.inherited = true;
      }
    }
    // "Plusieurs dirigeants ont pris part à cette conversation": an undated demonstrative tells more about an
    // event already recorded; its actors join that event and it makes no event of its own
    if (m.demonstrative && !m.dates.length) {
      const antecedent = earlier.find((o) => o.record.type === m.record.type && !o.absorbed);
      if (antecedent) for (const a of m.record.actors) if (!antecedent.record.actors.some((x) => (x.entity ?? x.name) === (a.entity ?? a.name))) antecedent.record.actors.push({ ...a, role: 'participant' });
      m.absorbed = true;
      return;
    }
    if (m.record.actors.length) return;
    // another mention of the same type in the same sentence ("la deuxième rencontre…, après un précédent entretien")
    const sameSentence = mentions.find((o) => o !== m && o.sentence === m.sentence && o.record.type === m.record.type && o.record.actors.length);
    const antecedent = sameSentence ?? (m.demonstrative ? earlier.find((o) => o.record.type === m.record.type) : undefined);
    if (antecedent) m.record.actors = antecedent.record.actors.map((a) => ({ ...a }));
  });
}

/**
 * "Xi Jinping a rencontré lundi Vladimir Poutine à Moscou : il l'a exhorté à négocier": a demand whose clause, after a
 * colon or semicolon, opens on "il"/"elle" is made by the first person of the event told before it in the sentence.
 */
function askerAfterColon(mentions: Mention[], doc: Document, people: Set<string>): void {
  for (const m of mentions) {
    if (!NEEDS_SOURCE.has(m.record.type) || m.record.actors.some((a) => a.role !== 'target')) continue;
    const sentence = doc.sentences[m.sentence];
    const before = doc.text.slice(sentence.start, m.trigger.start);
    const cut = Math.max(before.lastIndexOf(':'), before.lastIndexOf(';'));
    if (cut < 0 || !/^\s*(il|elle)\s/i.test(before.slice(cut + 1))) continue;
    const host = mentions.find((o) => o !== m && o.sentence === m.sentence && o.trigger.end <= sentence.start + cut);
    const asker = host?.record.actors.find((a) => a.role !== 'target' && !!a.entity && people.has(a.entity));
    if (asker && !m.record.actors.some((a) => a.entity === asker.entity)) m.record.actors.unshift({ ...asker, role: 'source' });
  }
}

/**
 * "Pour Steve Witkoff, la route ne s'arrête pas là : il doit conduire samedi les premières discussions avec l'Iran": talks
 * naming one side, in a clause that opens on "il"/"elle" after a colon or semicolon, are held by the one person the
 * sentence names before it.
 */
function talkerAfterColon(mentions: Mention[], doc: Document, people: Set<string>): void {
  for (const m of mentions) {
    if (m.record.type !== 'CONSULT' || m.record.actors.length !== 1 || m.quoted) continue;
    const sentence = doc.sentences[m.sentence];
    const before = doc.text.slice(sentence.start, m.trigger.start);
    const cut = Math.max(before.lastIndexOf(':'), before.lastIndexOf(';'));
    if (cut < 0 || !/^\s*(il|elle)\s/i.test(before.slice(cut + 1))) continue;
    const named = doc.entities.filter((e) => people.has(e.id) && e.mentions.some((x) => x.start >= sentence.start && x.end <= sentence.start + cut));
    if (named.length !== 1 || m.record.actors.some((a) => a.entity === named[0].id)) continue;
    m.record.actors.unshift({ entity: named[0].id, name: named[0].name, aliases: named[0].aliases ?? [], role: 'participant' });
  }
}

/** The context's shared knowledge base (null when tests ask for none, or it fails to load). */
function sharedKnowledgeBase(ctx: Context): KnowledgeBase | null {
  if (ctx.options.eventsWithoutKb) return null;
  try {
    return knowledgeBase(ctx);
  } catch {
    return null;
  }
}

/**
 * People the article ties to one country by a demonym in a description linked to them ("le président américain",
 * "le chef de la diplomatie russe"): in merging, the person and that country are one side.
 */
function personCountries(doc: Document, folded: string, countries: CountryTable): Affiliations {
  const out: Affiliations = new Map();
  for (const e of doc.entities) {
    if (e.type !== 'PER') continue;
    const codes = new Set<string>();
    for (const m of e.mentions) for (const w of tokenize(folded, m.start, m.end)) {
      const code = countries.byDemonym.get(w.text);
      if (code) codes.add(code);
    }
    const ref = codes.size === 1 ? countries.byCode.get([...codes][0]) : undefined;
    if (ref) out.set(e.id, ref.entity ?? nameKey(ref.name));
  }
  return out;
}

const DAY_MS = 86_400_000;

/**
 * "Xi Jinping recevra dimanche et lundi les dirigeants de l'OCS", "les 15 et 16 juin": consecutive days told together
 * are the span of one gathering, not two events: it is dated by its first day. Other enumerations ("les 16 mai, 2 juin
 * et 23 juillet") stay one event per date.
 */
function consecutiveDaysAsOne<T extends { value: string }>(dates: T[]): T[] {
  if (dates.length < 2 || !dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value))) return dates;
  const days = dates.map((d) => Date.parse(d.value));
  return days.every((t, k) => k === 0 || t - days[k - 1] === DAY_MS) ? [dates[0]] : dates;
}

export function extractEvents(doc: Document, ctx: Context): EventRecord[] {
  const lex = eventLexicon(ctx);
  const countries = resource(ctx, 'events:countries', () => loadCountryTable(sharedKnowledgeBase(ctx)));
  const folded = foldForm(doc.text);
  const published = doc.meta.published;
  const bodies = resource(ctx, 'events:acting-bodies', () => loadActingBodies(sharedKnowledgeBase(ctx), countries));
  const sctx = { doc, folded, lex, countries, published, bodies };
  const mentions: Mention[] = [];
  doc.sentences.forEach((s, i) => mentions.push(...sentenceMentions(sctx, i, s.start, s.end)));
  const people = new Set(doc.entities.filter((e) => e.type === 'PER').map((e) => e.id));
  const organisations = new Set(doc.entities.filter((e) => e.type === 'ORG' && e.subtype === 'io').map((e) => e.id));
  const isCountry = (a: EventActor) => countries.byName.has(nameKey(a.name)) || (!!a.entity && a.entity.startsWith('country:'));
  resolveAnaphora(mentions, (a) => !!a.entity && people.has(a.entity), isCountry);
  dualFromPairs(mentions, doc, folded);
  demonymSides(mentions, doc, folded, countries);
  followUpMeetings(mentions, folded, doc.sentences);
  protestersAsActors(mentions, doc.text, folded);
  verbalAttacks(mentions, folded, (a) => !!a.entity && people.has(a.entity));
  accuseDoersOfCondemnedActs(mentions, doc.text);
  groupTargets(mentions, doc.text, folded, doc.sentences);
  dropAbsentees(mentions, doc, folded, countries);
  completeReleases(mentions);
  completeMediated(mentions);
  conflictSides(mentions, (a) => !!a.entity && people.has(a.entity));
  completeTruces(mentions, folded, doc.sentences, lex);
  inheritSameDay(mentions, doc, folded, lex, published);
  inheritNarrativeDates(mentions, doc.text, published);
  inheritWhereClause(mentions, doc.text, lex);
  offsetsFromToldMeetings(mentions);
  inheritSpeakerDates(mentions, doc, published);
  inheritOccasionDates(mentions, folded, doc.sentences, lex);
  inheritEveningDay(mentions, published);
  undateDistant(mentions);
  talkerAfterColon(mentions, doc, people);
  completeTalks(mentions, doc.entities);
  completeRejectedAccusations(mentions, folded, doc.sentences, lex);
  claimedAttacks(mentions, doc, folded);
  targetProposalAuthors(mentions, folded, lex);
  phoneFromParagraph(mentions, doc, folded, lex);
  askerAfterColon(mentions, doc, people);
  const docId = doc.id || documentId(doc.text);
  const kb = sharedKnowledgeBase(ctx), affiliations = personCountries(doc, folded, countries);
  const records: { record: EventRecord; sentence: number }[] = [];
  for (const m of mentions) {
    if (!m.record.actors.length || m.absorbed) continue; // precision: an event needs an actor
    if (oneSidedReciprocal(m)) continue; // "se sont entretenus" with one side named: the other is unknown
    // "« Nous avons eu une très bonne conversation », a-t-il déclaré": a talk in quoted speech naming no one but its
    // speaker tells nothing of whom it was held with
    if (m.quoted && m.record.type === 'CONSULT' && m.trigger.cue.spec.pos !== 'verb' && m.record.actors.length < 2) continue;
    // "a salué « le triomphe de la vérité »": praise of no named actor records no support between actors
    if (NEEDS_TARGET.has(m.record.type) && !m.record.actors.some((a) => a.role !== 'source')) continue;
    // "Le pape américain a appelé mercredi le président russe à faire un geste": a demand whose asker is left unnamed
    // (a description the entities do not resolve, "c'est lui qui") records only whom it was made to
    if (NEEDS_SOURCE.has(m.record.type) && !m.record.actors.some((a) => a.role !== 'target')) continue;
    const dates = m.dates.length ? consecutiveDaysAsOne(m.dates) : [null];
    for (const d of dates) {
      let status = m.record.status;
      // "a reporté au 10 mars le déplacement…": planned on the new date, cancelled on the others
      if (m.postponedTo) status = d && d.start === m.postponedTo.start ? 'planned' : 'cancelled';
      // an inherited date (circumstance) can still tell planned from occurred
      if (m.inherited && d && status === 'occurred' && published && compareToPublished(d.value, published) === 'after') status = 'planned';
      // No day on the calendar: a hypothetical event has none of its own (the day found is when it was said), and
      // "bientôt" (FUTURE_REF) places nothing on a timeline.
      const day = d && status !== 'hypothetical' && !d.value.endsWith('_REF') ? d : null;
      records.push({ sentence: m.sentence, record: {
        id: eventId(docId, m.trigger.start, m.record.type, day?.value ?? null),
        ...m.record,
        status,
        actors: m.record.actors.map((a) => ({ ...a })),
        date: day ? { value: day.value, text: day.text, start: day.start, end: day.end } : null,
      } });
    }
  }
  const merged = mergeMentions(records, isCountry, apposedDemonyms(affiliations, doc, folded, countries));
  // A dyadic event still told with one side once its mentions are merged is kept, with its evidence, off the calendar.
  for (const e of merged) {
    if (e.date && !ONE_SIDED_DATED.has(e.type) && sideCount(e.actors, people, affiliations, kb) === 1 && !organisationMeeting(e, organisations)) e.date = null;
  }
  return merged;
}

export const eventsComponent: Component = {
  name: 'events',
  reads: ['text', 'sentences', 'tokens', 'timexes', 'entities', 'quotes'],
  adds: ['events'],
  run(doc, ctx) {
    doc.events = extractEvents(doc, ctx);
  },
};
