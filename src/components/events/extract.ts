// Event mentions of one sentence: triggers, their actors (clause subject + the trigger's own
// complements), place, dates and status.
import type { ActorRef, Document, EventActor, EventRecord, Timex } from '../../core/document.ts';
import type { EventLexicon } from './lexicon.ts';
import type { CountryTable } from './countries.ts';
import { tokenize, seqAt, seqStartingAt, seqsStartingWith, findSeq, type Word } from './words.ts';
import { findTriggers, type Trigger } from './triggers.ts';
import { clauseIds, quotedMask } from './clauses.ts';
import { actorCues, collectiveActorMentions, demonymActorMentions, entityActorMentions, homeAuthorities, latterPerson, soleSubjectPerson, spatialSince, mediaMentions, offshoreBefore, originBefore, pronounPartner, siteCountry, type ActingBodies, type ActorMention } from './actors.ts';
import { attachDates, eventDateValue, type EventDate } from './dates.ts';
import { foldForm } from '../../core/normalize.ts';
import { compareToPublished, decideStatus, pastCompound } from './status.ts';
import { pluperfectAt, pointsBack } from './narrative.ts';
import { hostVerbAt, hostVerbBetween, markedWords } from './mediators.ts';
import { passiveReleaseActors } from './releases.ts';
import { offsetBefore, offsetDates } from './offsets.ts';
import { exchangeParties, returnFireTargets } from './reciprocal.ts';

const SYMMETRIC = new Set(['CONSULT', 'COOPERATE']);
/** How many words an apposition between an antecedent and its relative's comma may have ("le M23, groupe armé soutenu par Kigali selon l'ONU, qui"). */
const APPOSITION_WORDS = 10;
/** "a été gracié", "être arrêté": the participle after them is passive. */
/** How many words may separate "par" from the agent's name ("par le président Abdelmadjid Tebboune"). */
const AGENT_WORDS = 3;
const MAX_AFTER_WORDS = 18;
const EMBEDDING = new Set(['REQUEST', 'AGREE', 'THREATEN', 'REJECT']);
/** Actions that bear on a country named by an adjective of its goods or people: sanctions, their easing, aid, strikes. */
/** Hostile acts a threat announces ("menace de frappes", "ultimatum … s'il engage des frappes"). */
const THREATENED_ACTS = new Set(['ASSAULT', 'SANCTION', 'COERCE']);
const DEMONYM_TARGET = new Set(['SANCTION', 'CONCEDE', 'AID', 'ASSAULT', 'MOBILIZE']);

/** "« … », a dénoncé la présidence": the verb at `first` follows a closing quote and its comma, only auxiliaries and date words between. */
function invertedAfterQuote(words: Word[], quoted: boolean[], first: number, lex: EventLexicon): boolean {
  let k = first - 1;
  while (k >= 0 && !words[k].punct && (lex.pastAuxiliaries.some((a) => a[a.length - 1] === words[k].text) || lex.dateWords.has(words[k].text))) k--;
  if (words[k]?.text !== ',') return false;
  k--;
  while (k >= 0 && words[k].punct && !quoted[k]) k--;
  return k >= 0 && quoted[k];
}

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
function distantDemonymTarget(words: Word[], from: number, to: number, countries: CountryTable, actors: EventActor[], capitalised: (w: Word) => boolean,
  skip: (i: number) => boolean): ActorRef | null {
  for (let i = from; i < to; i++) {
    const w = words[i];
    if (skip(i)) continue;
    // "en soutien aux Palestiniens": a capitalised demonym names the people, not what the action bears on
    if (w.punct || capitalised(w)) continue;
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

/** How many words may stand between "en marge de" and the gathering noun ("en marge des réunions ministérielles"). */
const MARGIN_WORDS = 2;

/** How many words a duration phrase may take between an occasion marker and its noun ("à l'issue de plus de huit heures de"). */
const DURATION_PHRASE_WORDS = 6;

/**
 * "à l'issue de deux jours de pourparlers", "après une journée de tractations": a meeting noun after a marker of the
 * occasion and a duration ("de deux jours de") names talks held up to the moment the clause tells. Returns where the
 * phrase starts, or -1. A bare "après" qualifies only with a duration within the day and no offset before it ("deux jours après").
 */
function durationOccasionAt(words: Word[], t: Trigger, lex: EventLexicon): number {
  if (t.cue.spec.pos === 'verb' || !lex.deForms.has(words[t.first - 1]?.text ?? '')) return -1;
  for (let at = t.first - 2; at >= Math.max(0, t.first - 2 - DURATION_PHRASE_WORDS); at--) {
    if (words[at].punct) return -1;
    const marker = seqStartingAt(words, at, lex.circumstance) ?? (words[at].text === 'apres' ? ['apres'] : null);
    if (!marker) continue;
    const between = words.slice(at + marker.length, t.first - 1);
    if (!between.some((w) => lex.occasionDurations.has(w.text))) return -1;
    // "après quatre jours de négociations" spans days before the one told: only talks held within that day end on it
    if (marker[0] === 'apres' && (offsetBefore(words, at + 1, lex) || lex.occasionDurations.has(words[at - 1]?.text ?? '')
      || !between.some((w) => lex.occasionSameDayDurations.has(w.text)))) return -1;
    return at;
  }
  return -1;
}

/** How many words after a talk noun its partner may be named ("un entretien téléphonique d'une heure avec"). */
const PARTNER_WORDS = 6;

/**
 * "après un entretien avec Donald Tusk": an indefinite talk noun whose partner is named after it, in a phrase opened
 * by "après", is the clause subject's own talk, as "après son entretien" is.
 */
function partneredTalk(words: Word[], t: Trigger, lex: EventLexicon): boolean {
  if (t.type !== 'CONSULT' || t.cue.spec.pos === 'verb' || !lex.partneredTalkDeterminers.has(words[t.first - 1]?.text ?? '')
    || !lex.sameOccasionAfter.has(words[t.first - 2]?.text ?? '')) return false;
  for (let i = t.last, n = 0; i < words.length && n < PARTNER_WORDS; i++, n++) {
    if (words[i].punct) return false;
    if (lex.partneredTalkWords.has(words[i].text)) return true;
  }
  return false;
}

/** How far after a talk verb "puis avec" may open a second partner. */
const SEQUEL_WORDS = 16;

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

/** Whether the verb at `first` is an infinitive chained to the clause before by "avant de", "après avoir" (a pronoun between). */
function chainedAt(words: Word[], first: number, lex: EventLexicon): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    if (words[k].punct) return false;
    if (lex.chainingPhrases.some((s) => seqAt(words, k - s.length + 1, s))) return true;
  }
  return false;
}

/** How far into the sentence before (in characters) the person it opens on may start ("Le président ukrainien a…"). */
const OPENING_CHARS = 40;

/** The person the sentence before `index` opens on, in the same paragraph. */
function openingPerson(doc: Document, index: number) {
  const prev = doc.sentences[index - 1];
  if (!prev || doc.text.slice(prev.end, doc.sentences[index].start).includes('\n')) return null;
  let best: { e: Document['entities'][number]; at: number } | null = null;
  for (const e of doc.entities) {
    if (e.type !== 'PER') continue;
    for (const m of e.mentions) {
      if (m.start >= prev.start && m.start - prev.start <= OPENING_CHARS && (!best || m.start < best.at)) best = { e, at: m.start };
    }
  }
  // the sentence must open on that person: nothing but a fronted phrase ("Dans la foulée,"), its determiner and title before it
  if (best && !/[;:«»"]/.test(doc.text.slice(prev.start, best.at))) return best.e;
  // "« Ce n'était pas ma décision », a écrit le président américain. Il s'est entretenu…": a sentence that is a quote and
  // its reporting clause hands "il" on to the one who spoke (one speaker, a person)
  const speakers = new Set(doc.quotes.filter((q) => q.start >= prev.start && q.end <= prev.end && q.speaker?.entity
    && (q.speaker.start == null || (q.speaker.start >= q.end && q.speaker.start < prev.end)) && doc.text.slice(prev.start, q.start).trim().length <= 1)
    .map((q) => q.speaker!.entity!));
  if (speakers.size !== 1) return null;
  const speaker = doc.entities.find((e) => e.id === [...speakers][0]);
  return speaker?.type === 'PER' ? speaker : null;
}

/** The day-precise date last told before `at` in its paragraph, skipping bare parts of the day. */
function lastToldDay(doc: Document, at: number, except: EventDate): string | null {
  const paragraph = doc.text.lastIndexOf('\n', at - 1) + 1;
  const told = doc.timexes.filter((x) => x.end <= at && x.start >= paragraph && x.start !== except.start).map(eventDateValue)
    .filter((v): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v));
  return told.length ? told[told.length - 1] : null;
}

/** How many words a fronted phrase may take before the comma and the "il"/"elle" of its sentence ("Avant ce tête-à-tête, il…"). */
const FRONTED_PHRASE_WORDS = 6;

/**
 * "Avant ce tête-à-tête, il doit s'entretenir lundi avec…": a short fronted phrase (no actor, no verb) ended by the
 * sentence's first comma, then "il"/"elle" as the subject of the clause's verb: the sentence opens on that pronoun.
 */
function frontedPronounSubject(words: Word[], first: number, pronoun: (k: number) => boolean, named: (i: number) => boolean, verbBefore: (k: number) => boolean): boolean {
  const comma = words.findIndex((w) => w.punct);
  if (comma <= 0 || comma > FRONTED_PHRASE_WORDS || words[comma].text !== ',' || !pronoun(comma + 1) || comma + 1 >= first || verbBefore(comma)) return false;
  for (let i = 0; i < first; i++) if (named(i)) return false;
  return true;
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
  /** "les deux pays", "les deux voisins": the pair is two countries. */
  dualCountries?: boolean;
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
  /** A verb in the passé composé ("a accusé"). */
  compoundPast?: boolean;
  /** A noun in a temporal phrase ("après la visite de Pelosi"): another occasion than its clause's. */
  subordinate?: boolean;
  /** "Un départ exigé par le Tchad": a verb trigger told as a participle with no auxiliary; it tells no act of the narrative. */
  bareParticiple?: boolean;
  /** "La rencontre intervenait au lendemain d'un entretien…": an offset from the meeting told before (see offsets.ts). */
  offsetFromToldMeeting?: { days: number; text: string; start: number; end: number; type: string; opener?: Mention };
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


// The helpers below stand at module level rather than as closures inside sentenceMentions: they run for every trigger
// of every sentence, and a named closure costs a function object (and, under tsx, a name set on it) per creation.

/** An upper-case letter. (A module constant: tsx turns a \p{…} literal into a `new RegExp` built at every evaluation.) */
const UPPERCASE = /\p{Lu}/u;

/** "les otages enlevés lors de l'attaque": word k is an adjectival participle (an "-é(e)(s)" with no auxiliary before it). */
function adjectivalParticipleAt(words: Word[], k: number, text: string, lex: EventLexicon): boolean {
  const w = words[k], prev = words[k - 1];
  return !!w && !w.punct && /é(e?s?)$/u.test(text.slice(w.start, w.end)) && !!prev && !prev.punct
    && !lex.pastAuxiliaries.some((a) => a[a.length - 1] === prev.text) && !lex.passiveAuxiliaries.has(prev.text) && !lex.reflexivePronouns.has(prev.text);
}

/** A circumstance marker ("lors de") in the five words before a trigger, after an adjectival participle or not (`participle`). */
function circumstanceMarkerAt(words: Word[], t: Trigger, participle: boolean, text: string, lex: EventLexicon): boolean {
  const from = Math.max(0, t.first - 5);
  // (markers are looked up by their first word; an empty marker, matching anywhere, takes the plain scan)
  if (lex.circumstance.some((s) => !s.length)) {
    const before = words.slice(from, t.first);
    return lex.circumstance.some((s) => before.some((_, j) => s.every((x, m) => before[j + m]?.text === x) && adjectivalParticipleAt(words, from + j - 1, text, lex) === participle));
  }
  for (let i = from; i < t.first; i++) {
    const markers = seqsStartingWith(lex.circumstance, words[i].text);
    if (!markers) continue;
    for (const s of markers) {
      // (the marker lies wholly before the trigger)
      if (i + s.length > t.first || !seqAt(words, i, s)) continue;
      if (adjectivalParticipleAt(words, i - 1, text, lex) === participle) return true;
    }
  }
  return false;
}

/** A function of a trigger, computed once per trigger. */
function memo<T>(f: (t: Trigger) => T): (t: Trigger) => T {
  const m = new Map<Trigger, T>();
  return (t: Trigger): T => { if (!m.has(t)) m.set(t, f(t)); return m.get(t)!; };
}

/** "a démenti (lundi) tout entretien": the denial verb governing the event noun `t`, a few words before it. */
function deniedByOf(triggers: Trigger[], words: Word[], t: Trigger, lex: EventLexicon): Trigger | undefined {
  return triggers.find((d) => d.cue.spec.deniesEvent && d.last <= t.first
    && words.slice(d.last, t.first).filter((w) => !w.punct && !lex.dateWords.has(w.text)).length <= DENIED_NOUN_WORDS);
}

/** "a appelé (mardi) Donald Trump depuis son téléphone": a person named right after the verb, then only a comma, a full
 * stop, a date word or a word opening a circumstance. */
function personCalledBy(t: Trigger, words: Word[], actorMentions: ActorMention[], wordAt: (offset: number) => number, lex: EventLexicon): boolean {
  let i = t.last;
  while (i < words.length && lex.dateWords.has(words[i].text)) i++;
  const person = actorMentions.find((m) => m.entity?.type === 'PER' && wordAt(m.start) === i);
  if (!person) return false;
  const after = words[wordAt(person.end - 1) + 1];
  return !after || after.text === ',' || after.text === '.' || lex.dateWords.has(after.text) || lex.personObjectFollowers.has(after.text);
}

/** "Les premières négociations directes entre Moscou et Kiev depuis 2022 ont duré…": a "depuis" at `i` a few words after
 * "premier(s)/première(s)" in its clause tells how new the event is, not a background. */
function firstSinceAt(words: Word[], i: number, lex: EventLexicon): boolean {
  for (let k = i - 1; k >= Math.max(0, i - FIRST_SINCE_WORDS); k--) {
    if (words[k].punct) return false;
    if (lex.firstSinceWords.has(words[k].text)) return true;
  }
  return false;
}

/** "ont annoncé vendredi qu'ils allaient rétablir…": the "que" of an announcement followed by a plural subject pronoun, a
 * few words before the trigger in its clause (-1: none). */
function announcedByAt(words: Word[], t: Trigger, lex: EventLexicon): number {
  for (let k = t.first - 1; k >= Math.max(0, t.first - ANNOUNCED_EVENT_WORDS); k--) {
    if (words[k].punct) return -1;
    if ((words[k].text === 'que' || words[k].text === 'qu') && lex.pluralSubjectPronouns.has(words[k + 1]?.text ?? '')) return k;
  }
  return -1;
}

/** Whether only punctuation stands in the clause (opening at `clauseOpen`) before word `at` (-1: no such word). */
function opensClauseAt(words: Word[], clauseOpen: number, at: number): boolean {
  return at >= 0 && words.slice(clauseOpen, at).every((w) => w.punct);
}

/**
 * "En marge du sommet, le président américain s'est entretenu avec…": a fronted circumstance noun is no clause head; the
 * subject before the verb is the verb's. "Trois jours après son sommet avec Poutine, le président a reçu lundi…", "Après la
 * visite de Witkoff, Poutine a…": so is a noun in a temporal phrase opening the clause. ("Au terme d'une visite ouverte
 * mardi, Macron et Starmer ont tenu jeudi le 37e sommet": the later noun as well)
 */
function frontedCircumstanceOf(x: Trigger, words: Word[], clauseTriggers: Trigger[], clauseOpen: number,
  circumstanceAt: (t: Trigger) => boolean, subordinatorAt: (t: Trigger) => number): boolean {
  return x.cue.spec.pos !== 'verb' && (circumstanceAt(x) || opensClauseAt(words, clauseOpen, subordinatorAt(x)))
    && clauseTriggers.some((y) => y.first > x.first && (y.cue.spec.pos === 'verb' || words.slice(x.last, y.first).some((w) => w.text === ',')));
}

/** Whether an actor (no place) is named between words `from` and `to` (both excluded). */
function namedBetween(actorMentions: ActorMention[], wordAt: (offset: number) => number, from: number, to: number): boolean {
  return actorMentions.some((m) => { const i = wordAt(m.start); return i > from && i < to && !m.place && !m.placeOnly; });
}

/** The comma at or before `from`, back over words of no trigger, after a trigger of the clause (-1: none). */
function commaBeforeAt(words: Word[], from: number, triggers: Trigger[], clauseTriggers: Trigger[]): number {
  let k = from;
  while (k >= 0 && words[k].text !== ',' && !triggers.some((x) => x.first <= k && k < x.last)) k--;
  return k >= 0 && words[k].text === ',' && clauseTriggers.some((x) => x.last <= k) ? k : -1;
}

/**
 * "À Vilnius, où il participait à un sommet de l'OTAN, Volodymyr Zelensky a accusé Moscou": after an event noun, a comma
 * and a named actor right before the verb `y` are the verb's own subject (the noun's words end at that comma). ("Reçu
 * mardi par Donald Trump, le premier ministre canadien, Mark Carney, a écarté…": so are a participle opening the sentence
 * and a subject set off by its apposition's commas.) That comma, or -1.
 */
function lateCommaFor(y: Trigger, words: Word[], triggers: Trigger[], clauseTriggers: Trigger[], actorMentions: ActorMention[], wordAt: (offset: number) => number): number {
  if (y.cue.spec.pos !== 'verb' || !clauseTriggers.some((x) => x.first < y.first && (x.cue.spec.pos !== 'verb' || x.first === 0))) return -1;
  const k = commaBeforeAt(words, y.first - 1, triggers, clauseTriggers);
  if (k < 0) return -1;
  if (namedBetween(actorMentions, wordAt, k, y.first)) return k;
  const apposed = clauseTriggers.some((x) => x.first === 0 && x.cue.spec.pos === 'verb') ? commaBeforeAt(words, k - 1, triggers, clauseTriggers) : -1;
  return apposed >= 0 && namedBetween(actorMentions, wordAt, apposed, y.first) ? apposed : -1;
}

/** Where the phrase of a trigger ends: the punctuation after it. */
function phraseEndOf(words: Word[], x: Trigger): number {
  let k = x.last;
  while (k < words.length && !words[k].punct) k++;
  return k;
}

/** Adds the actor of a mention unless already there, noting where it is first named. */
function addActor(actors: EventActor[], namedAt: Map<string, number>, type: string, m: ActorMention, role: EventActor['role'], wordAt: (offset: number) => number): void {
  const key = m.actor.entity ?? m.actor.name;
  if (!actors.some((a) => (a.entity ?? a.name) === key)) { actors.push(toEventActor(m, SYMMETRIC.has(type) ? 'participant' : role)); namedAt.set(key, wordAt(m.start)); }
}

/** "des funérailles du pape François", "aux obsèques de l'ancien président X": a name at `i` a few words after a funeral
 * noun and its "de", with no punctuation between. */
function mournedAt(words: Word[], i: number, lex: EventLexicon): boolean {
  for (let j = i - 1; j >= 1 && j >= i - 5; j--) {
    if (words[j].punct) return false;
    if ((lex.deForms.has(words[j].text) || lex.deContractions.has(words[j].text)) && lex.mournedPersonHeads.has(words[j - 1].text)) return true;
  }
  return false;
}

/** "il", "elle" at word k. */
function singularPronounAt(words: Word[], k: number, lex: EventLexicon): boolean {
  return lex.singularThirdPersonSubjects.has(words[k]?.text ?? '');
}

function toEventActor(m: ActorMention, role: EventActor['role']): EventActor {
  return { entity: m.actor.entity, name: m.actor.name, aliases: m.actor.aliases ?? [], role };
}

/** A finite verb form in the original text (accents tell "a" from "à"): what stands before a reporting verb is then a clause of its own. */
const FINITE_VERB = /(?<![\p{L}])(a|ont|est|sont|avait|avaient|était|étaient|sera|seront|serait|va|vont|doit|doivent|peut|peuvent|fait|font)(?![\p{L}])/u;

/** Subject pronouns after "où" in a clause describing the scene ("où il recevait"). */

/** Two sides' decisions about their own relations: announced together, they are agreed that day. */
const JOINT_DECISIONS = new Set(['AGREE', 'COOPERATE']);
/** How far the trigger may stand after "qu'ils" ("qu'ils allaient rétablir"). */
const ANNOUNCED_EVENT_WORDS = 4;
/** How many words the date of an announcement may take before its "que" ("ont annoncé ce vendredi qu'ils"). */
const ANNOUNCED_DATE_WORDS = 3;

/** How many words may stand between "premières" and its "depuis" ("les premières négociations directes entre Moscou et Kiev depuis"). */
const FIRST_SINCE_WORDS = 8;

/** How far before an event a "n'exclut pas" may stand (determiners, "de"). */
const NOT_RULED_OUT_WORDS = 3;

/** Where a "n'exclut pas" / "sans exclure" phrase stands right before the trigger (a word index), or -1. */
function notRuledOut(words: Word[], t: Trigger, lex: EventLexicon): number {
  for (let i = Math.max(0, t.first - NOT_RULED_OUT_WORDS - 6); i < t.first; i++) {
    const seq = seqStartingAt(words, i, lex.notRuledOut);
    // ("n'a pas exclu mardi de reprendre les frappes": date words between are not counted)
    if (seq && i + seq.length <= t.first && words.slice(i + seq.length, t.first).filter((w) => !lex.dateWords.has(w.text)).length <= NOT_RULED_OUT_WORDS && !words.slice(i + seq.length, t.first).some((w) => w.punct)) return i;
  }
  return -1;
}

export function sentenceMentions(ctx: SentenceContext, sentenceIndex: number, start: number, end: number): Mention[] {
  const { doc, folded, lex, countries } = ctx;
  const words = tokenize(folded, start, end);
  if (!words.length) return [];
  const triggers = findTriggers(words, lex);
  if (!triggers.length) return [];
  const clause = clauseIds(words, lex);
  const quoted = quotedMask(words);
  const entityMentions = entityActorMentions(doc, words, start, end, lex, countries, ctx.bodies);
  const actorMentions = [
    ...entityMentions,
    // "le président américain" linked to Trump: the demonym describes the person already named, not a second actor
    ...demonymActorMentions(folded, words, new Set(triggers.map((t) => t.last)), lex, countries, doc.text)
      .filter((d) => !entityMentions.some((m) => m.start <= d.start && d.end <= m.end)),
    // "Géorgie : …" then "Il a appelé les autorités à…": the title country's rulers
    ...homeAuthorities(doc, words, countries),
    // "l'Occident", "les Européens": a camp named by a collective noun
    ...collectiveActorMentions(words, doc.text).filter((d) => !entityMentions.some((m) => m.start < d.end && d.start < m.end)),
  ].sort((a, b) => a.start - b.start);
  // "selon Lavrov", "d'après le Kremlin": the source of the report, not an actor of the event
  const sourceWords = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const s = seqStartingAt(words, i, lex.sourceMarkers);
    if (!s) continue;
    for (let j = i + s.length; j < words.length && j < i + s.length + 6 && !words[j].punct; j++) sourceWords.add(j);
  }
  // the first word ending after an offset (words are in text order: a binary search)
  const wordAt = (offset: number) => {
    let lo = 0, hi = words.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (words[mid].end > offset) hi = mid; else lo = mid + 1; }
    return lo < words.length ? lo : words.length - 1;
  };
  const timexes: Timex[] = doc.timexes.filter((t) => t.start >= start && t.end <= end);
  const capitalised = (w: Word) => UPPERCASE.test(doc.text[w.start] ?? '');
  const postponements = postponedDates(words, timexes, lex);
  const dates = attachDates(words, clauseIds(words, lex, false), triggers, timexes, lex, capitalised, (w) => /é(e?s?)$/u.test(doc.text.slice(w.start, w.end)),
    new Set(postponements.map((p) => p.date.start)), (w) => doc.text.slice(w.start, w.end).toLowerCase());
  // "les otages enlevés lors de l'attaque": a circumstance after an adjectival participle (no auxiliary before it) is
  // that participle's, not the clause's
  const circumstanceAt = memo((t: Trigger) => circumstanceMarkerAt(words, t, false, doc.text, lex));
  // "après la visite de Witkoff", "avant le sommet", "trois jours après son sommet", "au lendemain du sommet": where the
  // temporal phrase a noun stands in starts (-1: none); "avant de lancer une offensive" keeps the subject
  const subordinatorAt = memo((t: Trigger): number => {
    if (t.cue.spec.pos === 'verb') return -1;
    const offset = offsetBefore(words, t.first, lex);
    if (offset) return offset.from;
    for (const s of lex.subordinateTime) {
      // right before the noun, or before its determiner
      for (let j = t.first - s.length; j >= t.first - s.length - 1; j--) {
        if (j >= 0 && seqAt(words, j, s) && (j + s.length === t.first || !lex.deForms.has(words[t.first - 1].text))) return j;
      }
    }
    return -1;
  });
  const participleCircumstance = memo((t: Trigger) => t.cue.spec.pos !== 'verb' && circumstanceMarkerAt(words, t, true, doc.text, lex));
  const mediatorWords = markedWords(words, lex.mediatorMarkers);
  // "la trêve imposée par le président américain": who imposed or brokered a truce is no side of it
  const truceBrokerWords = markedWords(words, lex.truceBrokerMarkers);
  const hostWords = markedWords(words, lex.hostMarkers);
  // "a démenti (lundi) tout entretien": the event noun a denial verb governs, a few words after it
  // a trigger's late comma depends on its clause only: worked out once
  const lateCommas = new Map<Trigger, number>();
  const out: Mention[] = [];
  triggers.forEach((t, k) => {
    // "tout dialogue avec Washington", "toute rencontre": a quantified noun names no particular event
    const det = t.first > 0 ? words[t.first - 1].text : '';
    if (t.cue.spec.pos !== 'verb' && lex.genericDeterminers.has(det) && !deniedByOf(triggers, words, t, lex)) return;
    const c = clause[t.first];
    const clauseTriggers = triggers.filter((x) => clause[x.first] === c);
    // a fronted circumstance or temporal phrase is no clause head (see frontedCircumstanceOf)
    const clauseOpen = clause.indexOf(c);
    // a passive release ("ont été remises") takes its actors apart: it does not close the clause's subject region
    const firstInClause = clauseTriggers.find((x) => !frontedCircumstanceOf(x, words, clauseTriggers, clauseOpen, circumstanceAt, subordinatorAt) && !x.cue.spec.passive)
      ?? clauseTriggers[0];
    // a verb whose subject stands after a comma (see lateCommaFor), and that comma
    let lateVerb: Trigger | undefined, late = -1;
    for (const y of clauseTriggers) {
      let comma = lateCommas.get(y);
      if (comma === undefined) { comma = lateCommaFor(y, words, triggers, clauseTriggers, actorMentions, wordAt); lateCommas.set(y, comma); }
      if (comma >= 0) { lateVerb = y; late = comma; break; }
    }
    const next = clauseTriggers.find((x) => x.first > t.first);
    // subject region: clause words before its first trigger; own region: up to the next trigger
    // a request, proposal or threat spans the event it asks for: "son appel pour une rencontre avec M. Poutine"
    let afterLimit = next && !EMBEDDING.has(t.type) ? next.first : words.length;
    // a fronted temporal phrase ends at its comma: "À la veille du sommet de l'OTAN, Emmanuel Macron s'est entretenu…"
    const fronted = clauseTriggers.filter((x) => x.first < firstInClause.first && frontedCircumstanceOf(x, words, clauseTriggers, clauseOpen, circumstanceAt, subordinatorAt)
      && opensClauseAt(words, clauseOpen, subordinatorAt(x)));
    if (fronted.includes(t)) afterLimit = Math.min(afterLimit, phraseEndOf(words, t));
    if (lateVerb && t.last <= late) afterLimit = Math.min(afterLimit, late);
    // …and the subject of the clause's head comes after it
    const subjectFrom = t === firstInClause || t.first > firstInClause.first ? Math.max(0, ...fronted.map((x) => phraseEndOf(words, x))) : 0;
    // "a réitéré son ultimatum : il décidera … s'il engage des frappes contre l'Iran": a demand or threat right before
    // a colon is spelt out after it
    const spelledOut = (t.type === 'THREATEN' || t.type === 'REQUEST') && t.cue.spec.pos !== 'verb' && words[t.last]?.text === ':';
    const ownClauses = new Set([c, ...(spelledOut ? [clause[t.last]] : [])]);
    for (let i = t.last, n = 0; i < afterLimit; i++) {
      if (!ownClauses.has(clause[i])) { afterLimit = i; break; }
      // "Le cessez-le-feu est entré en vigueur vendredi, et l'armée israélienne s'est retirée": a comma before "et" opens
      // another clause (a French list takes no comma there)
      if (i > t.last && words[i].text === ',' && words[i + 1]?.text === 'et') { afterLimit = i; break; }
      if (!words[i].punct && ++n > MAX_AFTER_WORDS) { afterLimit = i; break; }
    }
    const actors: EventActor[] = [];
    let place: EventRecord['place'] = null;
    // where each actor is first named (word index): what the voice of the trigger makes of it
    const namedAt = new Map<string, number>();
    // a noun after a verb trigger ("a appelé Israël à cesser ses frappes") shares the verb's subject only
    // when it is a circumstance ("lors d'un appel") or a meeting proposed, asked for or held by it
    const governing = clauseTriggers.find((x) => x.first < t.first && x.cue.spec.pos === 'verb');
    // "après la visite de Witkoff", "avant le sommet": a noun in a temporal phrase does not share the clause's subject
    // (the subordinator right before the noun or its determiner; "avant de lancer une offensive" keeps the subject)
    const subordinate = subordinatorAt(t) >= 0;
    // "après son sommet avec Poutine": a possessive ties the noun to the clause's subject all the same
    const possessive = lex.possessives.has(words[t.first - 1]?.text ?? '') || partneredTalk(words, t, lex);
    // "Xi Jinping sera à Rio, avant une visite d'État à Brasilia": an indefinite visit naming no visitor of its own is the subject's
    const carriedVisit = subordinate && t.mode === 'visit' && t.cue.spec.pos !== 'verb' && actorCues().visitArticles.has(words[t.first - 1]?.text ?? '')
      && !actorMentions.some((m) => { const i = wordAt(m.start); return i >= t.last && !m.place && !m.placeOnly && !words.slice(t.last, i).some((w) => w.punct); });
    // "quelques heures après la fin d'une réunion entre les chefs de la diplomatie américaine et russe": a talk noun
    // whose sides follow "entre" names its own parties, not the clause's subject
    const ownSides = t.type === 'CONSULT' && t.cue.spec.pos !== 'verb' && t !== firstInClause && words[t.last]?.text === 'entre';
    // (…the sides end with the phrase: ", dont Kiev avait été tenue à l'écart" names no side)
    if (ownSides) { const stop = words.findIndex((w, k) => k > t.last && k < afterLimit && w.punct && /[,;:.()–]/.test(w.text)); if (stop > 0) afterLimit = stop; }
    const sharesSubject = !ownSides && (!subordinate || possessive || carriedVisit) && !participleCircumstance(t) && (t === firstInClause || !governing || t.cue.spec.pos === 'verb' || circumstanceAt(t)
      || (t.type === 'CONSULT' && ['CONSULT', 'AGREE', 'REQUEST'].includes(governing.type))
      // "la junte a mis fin à l'accord de paix signé en 2015": who ends or leaves an agreement was a party to it
      || (t.type === 'AGREE' && governing.type === 'RETREAT'));
    // "X, qui doit rencontrer Y": the antecedent is the subject of the relative clause
    const clauseStart = clause.indexOf(c);
    const relative = words[clauseStart]?.text === ',' && words[clauseStart + 1]?.text === 'qui';
    // "…, tout en menaçant l'Iran de bombardements": a gerund shares the subject of the clause it hangs on
    const gerund = words[clauseStart]?.text === 'tout' && words[clauseStart + 1]?.text === 'en' && clauseStart > 0;
    const hostClause = gerund ? clause[clauseStart - 1] : -1;
    const hostFirst = gerund ? (triggers.find((x) => clause[x.first] === hostClause)?.first ?? clauseStart) : -1;
    // "Le Premier ministre canadien, Mark Carney, hôte du sommet, a annoncé une aide…": a reporting verb after a comma
    // opens no inverted clause when all before it is a subject and its appositions (no verb, no quote, no event verb):
    // that subject is the subject of the events told after the verb
    const appositiveSubject = sharesSubject && clauseStart > 0 && words[clauseStart]?.text === ','
      && words.slice(clauseStart + 1, Math.min(t.first, clauseStart + 4)).some((w) => lex.reportingVerbs.has(w.text))
      && !words.slice(0, clauseStart).some((w, k) => w.punct && w.text !== ',' || quoted[k])
      && !triggers.some((x) => x.first < clauseStart && x.cue.spec.pos === 'verb')
      && !FINITE_VERB.test(doc.text.slice(words[0].start, words[clauseStart].start))
      && !actorMentions.some((m) => { const i = wordAt(m.start); return i > clauseStart && i < t.first && !m.place && !m.placeOnly; });
    // "L'Arabie saoudite a accueilli une rencontre entre…": the subject of a hosting verb hosts the talks named after it
    const hostingSubject = t.type === 'CONSULT' && t.cue.spec.pos !== 'verb' && hostVerbBetween(words, clauseStart, t.first, lex);
    // "Le président américain accueillera vendredi Fumio Kishida et Yoon Suk Yeol pour un sommet": those named after the hosting
    // verb are its guests, parties to the summit with their host
    const hostVerb = hostingSubject ? hostVerbAt(words, clauseStart, t.first, lex) : -1;
    let guests = false;
    let mediated = false;
    // "a invité lundi Zelensky à Washington": the place an invitation names makes it a proposed visit
    let invitedTo: ActorMention | null = null;
    const hosts: [ActorMention, EventActor['role']][] = [];
    const sites: ActorRef[] = [];
    /** "le M23, groupe armé soutenu par Kigali selon l'ONU, qui …": a name closed by a comma, then an apposition with no
     * verb, name or punctuation of its own but one "par"/"selon" agent, stands before the relative's comma: it is the antecedent. */
    const relativeAcrossApposition = (i: number): boolean => {
      let k = i + 1;
      while (k < clauseStart && !words[k].punct) k++;
      if (k >= clauseStart || words[k].text !== ',' || clauseStart - k > APPOSITION_WORDS) return false;
      const between = words.slice(k + 1, clauseStart);
      if (between.some((w) => w.punct)) return false;
      // the apposition names nobody but after "par"/"selon"
      const agent = (w: Word | undefined) => lex.appositionAgents.has(w?.text ?? ''), article = (w: Word | undefined) => lex.appositionArticles.has(w?.text ?? '');
      return !actorMentions.some((o) => { const j = wordAt(o.start); return j > k && j < clauseStart && !agent(words[j - 1]) && !article(words[j - 1]); })
        && !actorMentions.some((o) => { const j = wordAt(o.start); return j > k && j < clauseStart && article(words[j - 1]) && !agent(words[j - 2]); });
    };
    /** Countries of the places in the trigger's own words ("arrêté à Iekaterinbourg" → Russia). */
    const placeCountries: ActorRef[] = [];
    for (const m of actorMentions) {
      const i = wordAt(m.start);
      if (gerund && t === firstInClause && clause[i] === hostClause && i < hostFirst && !m.place && !m.placeOnly && !sourceWords.has(i)) { addActor(actors, namedAt, t.type, m, 'source', wordAt); continue; }
      if (appositiveSubject && i < clauseStart && !m.place && !m.placeOnly && !sourceWords.has(i)) { addActor(actors, namedAt, t.type, m, 'source', wordAt); continue; }
      if (relative && sharesSubject && i < clauseStart && !m.place && !m.placeOnly && !sourceWords.has(i)
        && (i >= clauseStart - 4 || relativeAcrossApposition(i))) { addActor(actors, namedAt, t.type, m, 'source', wordAt); continue; }
      if (!ownClauses.has(clause[i]) || sourceWords.has(i)) continue;
      if (clause[i] !== c && i < t.last) continue;
      const inSubject = t === lateVerb ? i > late && i < t.first : i < firstInClause.first && i >= subjectFrom && sharesSubject;
      const inOwn = i >= t.last && i < afterLimit;
      const inTrigger = i >= t.first && i < t.last;
      if (!inSubject && !inOwn && !inTrigger) continue;
      // "ont frappé les sites nucléaires de Fordo et Natanz": a site or city struck lies in the country hit
      const site = t.type === 'ASSAULT' && inOwn && !originBefore(words, i) ? siteCountry(m.entity, countries, words, i) : null;
      if (site) sites.push(site);
      if (m.place) {
        if (t.type === 'COERCE' && inOwn && !originBefore(words, i)) {
          const where = siteCountry(m.entity, countries, words, i) ?? (m.actor.entity?.startsWith('country:') ? m.actor : null);
          if (where) placeCountries.push(where);
        }
        if (t.cue.spec.invitation && inOwn && !invitedTo) invitedTo = m;
        if (inOwn && !place) place = { entity: m.entity?.id ?? null, name: m.entity?.name ?? m.actor.name, aliases: m.entity?.aliases ?? [] };
        // a visit's destination stands for its host: "la visite de Witkoff à Moscou" → Russia
        if (t.mode === 'visit' && inOwn && !m.placeOnly) addActor(actors, namedAt, t.type, m, 'target', wordAt);
        // strikes on a country's soil hit that country: "avait frappé des sites au Pakistan"
        // an envoy recalled from his post names the country of that post: "ses ambassadeurs au Mali", "accrédités à Alger"
        if (t.cue.spec.postedTarget && inOwn && !m.placeOnly && (m.countryPlace || m.actor.entity?.startsWith('country:'))) addActor(actors, namedAt, t.type, m, 'target', wordAt);
        if (t.type === 'ASSAULT' && inOwn && m.countryPlace) addActor(actors, namedAt, t.type, m, 'target', wordAt);
        // …and so do strikes on a city standing for its country: "une frappe de missiles russes sur Kiev" hits Ukraine
        else if (t.type === 'ASSAULT' && inOwn && !m.placeOnly && m.entity?.actor && m.actor.entity?.startsWith('country:')
          && !actors.some((a) => a.entity === m.actor.entity)) addActor(actors, namedAt, t.type, m, 'target', wordAt);
        continue;
      }
      if (m.placeOnly) continue;
      // "en marge des funérailles du pape François": the person mourned is no party to the event
      if (mournedAt(words, i, lex)) continue;
      // "a salué un accord « obtenu grâce aux efforts du président Trump »": a quote describes what is praised; whom it
      // names is not the one supported
      if (t.type === 'SUPPORT' && quoted[i] && !quoted[t.first]) continue;
      if (mediatorWords.has(i) || (t.mode === 'ceasefire' && truceBrokerWords.has(i))) { mediated = true; continue; }
      if (hostingSubject && inSubject && hostVerb >= 0 && i > hostVerb && m.entity?.type === 'PER') { addActor(actors, namedAt, t.type, m, 'participant', wordAt); guests = true; continue; }
      if (hostWords.has(i) || (hostingSubject && inSubject)) { hosts.push([m, inSubject ? 'source' : 'target']); continue; }
      // "la frappe russe contre Odessa", "les frappes israéliennes": a nationality adjective right after an attack noun
      // names the attacker
      // ("une attaque de drones ukrainiens": the weapon's nationality as well)
      // ("les droits de douane américains", "les surtaxes européennes": so does one right after a trade measure noun)
      const attackerAdjective = (t.type === 'ASSAULT' && t.cue.spec.pos === 'noun' || t.type === 'SANCTION' && !!t.cue.spec.measureNoun) && countries.byDemonym.has(words[i].text)
        && (i === t.last || (i === t.last + 2 && lex.deForms.has(words[t.last]?.text) && lex.actorHeads.has(words[t.last + 1]?.text ?? '')));
      // "l'attaque du Hamas", "l'offensive de la Russie": the complement right after an attack noun is the attacker
      const attackerComplement = t.type === 'ASSAULT' && t.cue.spec.pos === 'noun' && lex.deContractions.has(words[t.last]?.text) && i === t.last + 1
        || t.type === 'ASSAULT' && t.cue.spec.pos === 'noun' && lex.deForms.has(words[t.last]?.text) && (i === t.last + 1 || (['la', 'l'].includes(words[t.last + 1]?.text) && i === t.last + 2));
      addActor(actors, namedAt, t.type, m, inSubject || attackerAdjective || attackerComplement ? 'source' : 'target', wordAt);
    }
    // "Reçu mardi par Donald Trump, le premier ministre canadien, Mark Carney, a écarté…": the subject of the main clause is
    // the one the opening participle tells of
    if (t.first === 0 && t.cue.spec.pos === 'verb' && lateVerb && lateVerb !== t && late >= t.last) {
      for (const m of actorMentions) {
        const i = wordAt(m.start);
        if (i > late && i < lateVerb.first && !m.place && !m.placeOnly) addActor(actors, namedAt, t.type, m, 'target', wordAt);
      }
    }
    // "Le président ukrainien a multiplié les appels. Il s'est entretenu jeudi avec Emmanuel Macron": a sentence opening
    // on "il"/"elle" before its first event verb continues the person the sentence before opens on
    // (so does "il" opening a later clause of a sentence that opens on "il": "Il a maintenu la pression : le 29 juillet, il avait
    // donné à la Russie « dix jours »")
    const subjectPronoun = clauseStart === 0 ? singularPronounAt(words, 0, lex) || frontedPronounSubject(words, t.first, (k) => singularPronounAt(words, k, lex), (i) => actorMentions.some((m) => wordAt(m.start) === i),
      (k) => triggers.some((x) => x.first < k && x.cue.spec.pos === 'verb') || FINITE_VERB.test(doc.text.slice(words[0].start, words[k].start)))
      : singularPronounAt(words, 0, lex) && words.slice(clauseStart, t.first).some((w, k) => singularPronounAt(words, clauseStart + k, lex)) && !actorMentions.some((m) => { const i = wordAt(m.start); return i >= clauseStart && i < t.first; });
    if (t === firstInClause && t.cue.spec.pos === 'verb' && subjectPronoun && !actors.some((a) => a.role !== 'target' && !SYMMETRIC.has(t.type))) {
      // (else the one person the sentence before names as its subject: "…, Masaaki Kanai, s'est rendu à Pékin. Il a rencontré…")
      const said = words.slice(0, t.first).find((w, k) => singularPronounAt(words, k, lex))?.text;
      const person = openingPerson(doc, sentenceIndex)
        ?? soleSubjectPerson(doc, folded, sentenceIndex, said === 'elle' ? 'f' : said === 'il' ? 'm' : null, (w) => lex.reportingVerbs.has(w));
      if (person && !actors.some((a) => a.entity === person.id)) {
        actors.unshift({ entity: person.id, name: person.name, aliases: person.aliases ?? [], role: SYMMETRIC.has(t.type) ? 'participant' : 'source' });
      }
    }
    // "… Keith Kellogg, ont confirmé leur venue. Ce dernier doit s'entretenir jeudi avec Volodymyr Zelensky": "ce dernier" /
    // "cette dernière" opening the clause is the person named last before it (see latterPerson)
    if (t === firstInClause && t.cue.spec.pos === 'verb' && !actors.some((a) => a.role !== 'target' && !SYMMETRIC.has(t.type))
      && !actorMentions.some((m) => { const i = wordAt(m.start); return i >= clauseStart && i < t.first; })) {
      const latter = latterPerson(doc, folded, words, clauseStart, t.first, sentenceIndex);
      if (latter && !actors.some((a) => a.entity === latter.id)) {
        actors.unshift({ entity: latter.id, name: latter.name, aliases: latter.aliases ?? [], role: SYMMETRIC.has(t.type) ? 'participant' : 'source' });
      }
    }
    // "Xi Jinping sera à Rio… Keir Starmer doit s'entretenir avec lui lundi", "il l'a reçu mardi": a pronoun partner of a
    // named subject is the person the sentence before opens on
    if (t.type === 'CONSULT' && t.cue.spec.pos === 'verb' && !t.cue.spec.reciprocal && [...namedAt.values()].some((i) => i < t.first)
      && pronounPartner(words, t.first, t.last, lex.dateWords)) {
      const partner = openingPerson(doc, sentenceIndex);
      if (partner && !actors.some((a) => a.entity === partner.id)) actors.push({ entity: partner.id, name: partner.name, aliases: partner.aliases ?? [], role: 'participant' });
    }
    // "X a été gracié mercredi par le président Y", "l'expulsion de douze fonctionnaires annoncée lundi par Alger": an agent
    // after "par" in the trigger's own words does the act; in the passive the subject undergoes it
    if (!t.cue.spec.passive && !SYMMETRIC.has(t.type)) {
      const passiveVoice = t.cue.spec.pos === 'verb' && (lex.passiveAuxiliaries.has(words[t.first - 1]?.text ?? '')
        || (!!t.cue.spec.agentRequired && !lex.pastAuxiliaries.some((a) => a[a.length - 1] === words[t.first - 1]?.text)));
      const inverted = t.cue.spec.pos === 'verb' && !quoted[t.first] && invertedAfterQuote(words, quoted, t.first, lex);
      for (const a of actors) {
        const i = namedAt.get(a.entity ?? a.name);
        if (i === undefined) continue;
        if (i >= t.last && i < afterLimit && words.slice(Math.max(t.last, i - AGENT_WORDS), i).some((w) => w.text === 'par')) a.role = 'source';
        else if (passiveVoice && i < t.first) a.role = 'target';
        // "« Les autorités algériennes prennent la responsabilité… », a dénoncé la présidence": the quoted words before the
        // reporting verb are what it says, not who says it
        else if (i < t.first && quoted[i] && !quoted[t.first] && t.cue.spec.pos === 'verb') a.role = 'target';
        // "…», a dénoncé jeudi la porte-parole Mao Ning": the name after a reporting verb inverted after a quote says it
        else if (i >= t.last && inverted && !actors.some((x) => x.role === 'source' && x !== a)) a.role = 'source';
      }
      // "condamné à cinq ans de prison": a sentence whose court or state is not named says too little
      if (t.cue.spec.agentRequired && (passiveVoice || t.cue.spec.pos !== 'verb') && !actors.some((a) => a.role === 'source' && (namedAt.get(a.entity ?? a.name) ?? -1) >= t.last)) return;
      if (t.cue.spec.agentRequired && !actors.some((a) => a.role === 'source') ) return;
    }
    // "le chef de l'État a appelé Donald Trump depuis son téléphone": a call holds only with the person called named
    if (t.cue.spec.personObject && !personCalledBy(t, words, actorMentions, wordAt, lex)) return;
    // …by a caller named by name: a description ("le chef de l'État") resolved by coreference is too unsure for a call
    // told by a bare verb, and a call with one side only tells nothing
    if (t.cue.spec.personObject) {
      const named = actors.filter((a) => { const i = namedAt.get(a.entity ?? a.name); return i !== undefined && capitalised(words[i]); });
      if (named.length < 2) return;
      actors.splice(0, actors.length, ...named);
    }
    let type = t.type, mode = t.mode;
    // "un appel à Vladimir Poutine": a call to a person, not a call for something
    const toPerson = t.cue.spec.toPerson;
    if (toPerson && actorMentions.some((m) => m.entity?.type === 'PER' && wordAt(m.start) === t.last + 1)) {
      type = toPerson.type; mode = toPerson.mode ?? null;
      for (const a of actors) a.role = SYMMETRIC.has(type) ? 'participant' : a.role;
    }
    if (invitedTo) {
      type = 'CONSULT'; mode = 'visit';
      for (const a of actors) a.role = 'participant';
    }
    // "a arrêté lundi deux responsables de l'agence russe Sputnik": media a coercive act bears on, in its own words with no
    // comma or reporting verb between, are its target
    if (t.type === 'COERCE' && actors.some((a) => a.role === 'source')) {
      for (const m of mediaMentions(doc, start, end, lex)) {
        const i = wordAt(m.start);
        if (i < t.last || i >= afterLimit || sourceWords.has(i) || words.slice(t.last, i).some((w) => w.punct || lex.reportingVerbs.has(w.text))) continue;
        if (!actors.some((a) => a.entity === m.entity.id)) actors.push({ entity: m.entity.id, name: m.entity.name, aliases: m.entity.aliases ?? [], role: 'target' });
      }
    }
    // (one country for all the sites struck, and the attacker named: "les bombardiers américains ont frappé Fordo" hits Iran)
    if (new Set(sites.map((x) => x.entity)).size === 1 && actors.some((a) => a.role === 'source') && !actors.some((a) => a.role === 'target' || a.entity === sites[0].entity)) {
      actors.push({ entity: sites[0].entity, name: sites[0].name, aliases: sites[0].aliases ?? [], role: 'target' });
    }
    // a host is a party unless two others meet at its place ("Zelensky, accueilli par Erdogan" is a visit)
    if (hosts.length && actors.length >= 2 && !guests) mediated = true;
    else for (const [m, role] of hosts) addActor(actors, namedAt, t.type, m, role, wordAt);
    // "assoupli leurs sanctions sur le pétrole et le gaz vénézuéliens", "une aide pour le secteur énergétique ukrainien":
    // a nationality adjective in the trigger's own words names the country the action bears on
    // (an airspace closed "aux avions maliens": the country named by its aircraft's adjective is what the closure bears on)
    if ((DEMONYM_TARGET.has(t.type) || t.mode === 'airspace') && !actors.some((a) => a.role === 'target')) {
      const target = distantDemonymTarget(words, t.last, afterLimit, countries, actors, capitalised,
        (i) => mediatorWords.has(i) || (t.mode === 'ceasefire' && truceBrokerWords.has(i)) || offshoreBefore(words, i));
      if (target) actors.push({ entity: target.entity, name: target.name, aliases: target.aliases ?? [], role: 'target' });
    }
    // "« Si le Hezbollah viole l'accord, nous attaquerons », a-t-il prévenu": who the condition is set on is the threat's target
    if (t.type === 'THREATEN') {
      const condition = conditionWords(words);
      for (const m of actorMentions) {
        const i = wordAt(m.start);
        if (condition.has(i) && !m.place && !m.placeOnly) addActor(actors, namedAt, t.type, m, 'target', wordAt);
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
          if (i > close && i < close + 8 && !m.place && !m.placeOnly) { addActor(actors, namedAt, t.type, m, 'source', wordAt); break; }
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
    // "Le journaliste avait été arrêté le 29 mars à Iekaterinbourg": an arrest in the passive with no agent named is the act
    // of the authorities of the country where it took place
    const passiveCoercion = t.type === 'COERCE' && t.cue.spec.pos === 'verb' && !t.cue.spec.passive && lex.passiveAuxiliaries.has(words[t.first - 1]?.text ?? '');
    // (only with whom it bears on named: an arrest of no one named says too little)
    if (passiveCoercion && actors.some((a) => a.role === 'target') && !actors.some((a) => a.role === 'source') && new Set(placeCountries.map((x) => x.entity)).size === 1
      && !actors.some((a) => a.entity === placeCountries[0].entity)) {
      actors.unshift({ entity: placeCountries[0].entity, name: placeCountries[0].name, aliases: placeCountries[0].aliases ?? [], role: 'source' });
    }
    if (t.needsOrganisation && !actors.some((a) => a.role === 'target' && isOrganisation(doc, a))) return;
    // "a convoqué l'ambassadeur de Chine", "a suspendu les importations japonaises": recorded only with whom it bears on
    if (t.cue.spec.targetRequired && !actors.some((a) => a.role === 'target')) return;
    const before = words.slice(Math.max(0, t.first - 3), t.first);
    const prev = before[before.length - 1];
    const demonstrative = !!prev && lex.demonstratives.has(prev.text);
    let dual = false, dualPersons = false, dualCountries = false;
    for (let i = 0; i < words.length; i++) {
      if (clause[i] !== c || i > afterLimit) continue;
      if (seqStartingAt(words, i, lex.dualAnaphora)) { dual = true; dualPersons = !!seqStartingAt(words, i, lex.dualPersons); dualCountries = !!seqStartingAt(words, i, lex.dualCountries); break; }
    }
    const circumstance = circumstanceAt(t);
    let own = dates.get(k) ?? [];
    // "L'escalade avait commencé mercredi. … Dans la soirée, la Thaïlande avait rappelé son ambassadeur": a bare part of
    // the day in a pluperfect, read as the day of publication, is the evening of the day last told in the paragraph
    // ("avait rappelé son ambassadeur et expulsé…": the auxiliary may stand before a coordinated participle)
    if (own.length === 1 && ctx.published && own[0].value === ctx.published.slice(0, 10)
      && (pluperfectAt(words, t.first, lex) || words.slice(Math.max(clauseStart, t.first - 12), t.first).some((w) => lex.pluperfectAuxiliaries.has(w.text)))
      && lex.partsOfDay.has(foldForm(own[0].text).replace(/[^\p{L}]+/gu, ' ').trim())) {
      const told = lastToldDay(doc, start, own[0]);
      if (told) own = [{ ...own[0], value: told }];
    }
    // "a déclaré mercredi Donald Trump depuis le bureau Ovale, où il recevait Mark Rutte": an imperfect in a "où il"
    // clause describes the scene of the dated statement, so it holds on that day
    if (!own.length && t.cue.spec.pos === 'verb' && /(?:ait|aient)$/.test(words[t.last - 1].text) && words[t.first - 2]?.text === 'ou'
      && lex.thirdPersonSubjects.has(words[t.first - 1]?.text ?? '')) {
      const said = timexes.filter((x) => x.end <= words[t.first - 2].start && /^\d{4}-\d{2}-\d{2}$/.test(x.value)).pop();
      const at = said ? wordAt(said.start) : -1;
      if (said && at > 0 && lex.reportingVerbs.has(words[at - 1].text) && !words.slice(at, t.first - 2).some((w) => w.text === '.' || triggers.some((x) => x !== t && x.first === words.indexOf(w)))) {
        own = [{ value: said.value, text: said.text, start: said.start, end: said.end }];
      }
    }
    // the event a postponement verb bears on: the trigger of its clause nearest to it
    const postponement = postponements.find((p) => clause[p.verb] === c && !triggers.some((x) => x !== t && clause[x.first] === c
      && Math.abs(x.first - p.verb) < Math.abs(t.first - p.verb)) && Math.abs(t.first - p.verb) <= POSTPONED_WORDS);
    if (postponement && !own.some((d) => d.start === postponement.date.start)) own.unshift(postponement.date);
    // "Mercredi, Donald Trump … n'exclut plus des frappes": what someone does not rule out is hypothetical, and a date
    // before that phrase is the day it was said
    const ruledIn = notRuledOut(words, t, lex);
    if (ruledIn >= 0) own = own.filter((d) => d.start > words[ruledIn].start && d.start > t.start);
    // "ont convenu de rouvrir leurs consulats dans les prochaines semaines": a later date after an agreement told in the
    // compound past is the date of what was agreed on, not of the agreement
    const compound = pastCompound(words, t, lex);
    if (t.type === 'AGREE' && t.cue.spec.pos === 'verb' && ctx.published && compound) {
      own = own.filter((d) => d.start < t.start || compareToPublished(d.value, ctx.published!) !== 'after');
    }
    const first = own[0] ?? null;
    const status = ruledIn >= 0 ? 'hypothetical' : decideStatus(words, clause, t, lex, first?.value ?? null, ctx.published);
    const sentenceText = doc.text.slice(start, end);
    const lead = sentenceText.length - sentenceText.trimStart().length;
    const evidence = { start: start + lead, end: start + sentenceText.trimEnd().length, text: sentenceText.trim() };
    out.push({
      record: {
        type, mode: mediated && type === 'CONSULT' ? 'third-party' : mode, status, date: null, place, actors, evidence,
        trigger: { start: t.start, end: t.end, text: doc.text.slice(t.start, t.end) },
      },
      dates: own, trigger: t, sentence: sentenceIndex, demonstrative, dual, dualPersons, dualCountries, circumstance: circumstance || (gerund && t === firstInClause && actors.some((a) => a.role !== 'source')), inherited: false,
      background: pluperfectAt(words, t.first, lex) || words.some((w, i) => clause[i] === c && lex.backgroundMarkers.has(w.text) && !lex.backgroundCancellers.has(words[i - 1]?.text ?? '')
        && !firstSinceAt(words, i, lex) && !spatialSince(words, i, (k) => actorMentions.some((m) => m.entity?.type === 'LOC' && wordAt(m.start) === k))),
      pointsBack: pointsBack(words, clauseStart, t.first, lex),
      quoted: quoted[t.first],
      subordinate,
      bareParticiple: t.cue.spec.pos === 'verb' && adjectivalParticipleAt(words, t.first, doc.text, lex) && !compound && !lex.coordinators.has(words[t.first - 1].text),
      compoundPast: compound && !pluperfectAt(words, t.first, lex),
      mediated,
      postponedTo: postponement?.date,
      captive,
      // set later (denials, offsets.ts): created here so every mention keeps one hidden class
      absorbed: false,
      offsetFromToldMeeting: undefined,
    });
  });
  // "Le Kremlin a démenti tout entretien entre…": the denied event is told (status denied); the denial is no event
  for (const m of out) {
    if (!m.trigger.cue.spec.deniesEvent) continue;
    const denied = out.find((o) => o !== m && o.trigger.cue.spec.pos !== 'verb' && deniedByOf(triggers, words, o.trigger, lex) === m.trigger);
    if (denied) { m.absorbed = true; denied.record.status = 'denied'; }
  }
  // "Rubio a rencontré jeudi son homologue russe en marge d'une réunion de l'Asean": the gathering a meeting told just
  // before is held on the sidelines of is its setting, not a second meeting of the same people with the gathering's hosts
  for (const m of out) {
    if (m.record.type !== 'CONSULT' || m.trigger.cue.spec.pos === 'verb' || m.absorbed) continue;
    const margin = findSeq(words, m.trigger.first - MARGIN_WORDS - 4, m.trigger.first, lex.marginMarkers);
    if (!margin || margin.at + margin.len + MARGIN_WORDS < m.trigger.first || words.slice(margin.at, m.trigger.first).some((w) => w.punct)) continue;
    if (out.some((o) => o !== m && o.record.type === 'CONSULT' && o.trigger.cue.spec.pos === 'verb' && o.trigger.last <= margin.at)) m.absorbed = true;
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
    // ("a plaidé pour… et appelé l'Europe à…": a second request is made as well, not asked for)
    if (m.trigger.cue.spec.pos !== 'verb' || m.record.type === 'REQUEST') continue;
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
  // "Israël a poursuivi ses frappes, tandis que l'Iran a lancé des missiles sur le territoire israélien": the other side is struck
  returnFireTargets(out, words, actorMentions, wordAt, countries, lex);
  // "a libéré trois otages en échange de 183 prisonniers relâchés par Israël": both sides release
  exchangeParties(out, words, actorMentions, wordAt);
  // "Trois jours après son sommet avec Poutine, le président a reçu lundi…": the summit is Monday minus three days
  offsetDates(words, out, lex, doc.text);
  // "Les délégations, réunies lundi 2 juin à Istanbul pour leurs pourparlers, se sont entendues sur un échange": a deal
  // told with the talks of its sentence, between the same sides, was struck at those talks
  for (const m of out) {
    if (m.dates.length || m.record.type !== 'AGREE' || m.record.status !== 'occurred' || m.background || m.quoted) continue;
    const keys = new Set(m.record.actors.map((a) => a.entity ?? a.name));
    const talks = out.find((o) => o.record.type === 'CONSULT' && o.record.status === 'occurred' && !o.background && !o.quoted && o.dates.length === 1
      && /^\d{4}-\d{2}-\d{2}$/.test(o.dates[0].value) && o.record.actors.filter((a) => keys.has(a.entity ?? a.name)).length >= 2);
    if (talks) { m.dates = [talks.dates[0]]; m.inherited = true; }
  }
  // "au lendemain d'une attaque de drones ukrainiens contre des aérodromes en Russie : dimanche, le SBU a affirmé…": a colon
  // opening on a date spells out, on that day, the event told last before it (when nothing after it is an event)
  const colon = words.findIndex((w) => w.text === ':');
  if (colon > 0) {
    const t = timexes.find((x) => x.start === words[colon + 1]?.start);
    const value = t ? eventDateValue(t) : null;
    const closed = t && words.some((w, k) => k > colon && w.text === ',' && w.start >= t.end);
    const last = out.filter((m) => m.trigger.last <= colon).pop();
    if (t && value && /^\d{4}-\d{2}-\d{2}$/.test(value) && closed && last && !last.dates.length && last.trigger.cue.spec.pos !== 'verb'
      && !out.some((m) => m.trigger.first > colon) && !last.quoted && last.record.status === 'occurred') {
      last.dates = [{ value, text: t.text, start: t.start, end: t.end }];
      last.inherited = true;
    }
  }
  // "Samedi, le président avait téléphoné aux deux dirigeants et menacé de suspendre…": a participle coordinated to the
  // verb before it shares its auxiliary, its subject and its date
  for (const m of out) {
    if (m.dates.length || m.trigger.cue.spec.pos !== 'verb' || words[m.trigger.first - 1]?.text !== 'et') continue;
    const host = out.filter((o) => o !== m && o.trigger.last < m.trigger.first && o.trigger.cue.spec.pos === 'verb' && clause[o.trigger.first] === clause[m.trigger.first]).pop();
    if (host?.dates.length === 1 && /^\d{4}-\d{2}-\d{2}$/.test(host.dates[0].value)) { m.dates = [host.dates[0]]; m.inherited = true; }
  }
  // "ont été reçus dans la matinée par Xi Jinping, avant de s'entretenir avec Li Qiang": an infinitive chained by "avant de"
  // or "après avoir" tells the same outing as the dated verb it follows, on its day
  for (const m of out) {
    if (m.dates.length || m.trigger.cue.spec.pos !== 'verb' || !chainedAt(words, m.trigger.first, lex)) continue;
    const host = out.find((o) => o !== m && o.trigger.first < m.trigger.first && o.trigger.cue.spec.pos === 'verb' && o.dates.length === 1
      && /^\d{4}-\d{2}-\d{2}$/.test(o.dates[0].value) && !o.inherited);
    if (host) { m.dates = [host.dates[0]]; m.inherited = true; }
  }
  // "Donald Trump n'a pas ménagé ses superlatifs jeudi, après son entretien avec Xi Jinping": his own talk, right after
  // which he speaks, was held on the day his clause tells (one day told before "après" in the clause, no offset)
  for (const m of out) {
    const t = m.trigger, sub = t.first - 2;
    if (m.dates.length || m.record.type !== 'CONSULT' || t.cue.spec.pos === 'verb' || m.background || m.quoted
      || !lex.sameOccasionAfter.has(words[sub]?.text ?? '') || !(lex.possessives.has(words[t.first - 1]?.text ?? '') || partneredTalk(words, t, lex)) || offsetBefore(words, t.first, lex)) continue;
    const c = clause[sub];
    const told = timexes.filter((x) => { const i = wordAt(x.start); return clause[i] === c && i < sub && x.end <= words[sub].start; })
      .filter((x) => !findSeq(words, Math.max(0, wordAt(x.start) - 3), wordAt(x.start), lex.backgroundBeforeTimex));
    const values = new Set(told.map(eventDateValue));
    const value = told.length && values.size === 1 ? eventDateValue(told[0]) : null;
    if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) { m.dates = [{ value, text: told[0].text, start: told[0].start, end: told[0].end }]; m.inherited = true; }
  }
  // "Le 19 mai, après un entretien téléphonique avec Vladimir Poutine, Donald Trump avait assuré…": a talk in an "après"
  // phrase between a fronted day and the main clause was held that day, by the main clause's subject (named right after
  // the phrase's comma)
  for (const m of out) {
    const t = m.trigger, sub = t.first - 2;
    if (m.record.type !== 'CONSULT' || t.cue.spec.pos === 'verb' || m.quoted || words[sub - 1]?.text !== ','
      || !lex.sameOccasionAfter.has(words[sub]?.text ?? '') || offsetBefore(words, t.first, lex)) continue;
    const close = words.findIndex((w, k) => k >= t.last && w.punct);
    // (the talk is the subject's: "son entretien", or "un entretien" whose partner the phrase names)
    if (!lex.possessives.has(words[t.first - 1]?.text ?? '') && !(lex.partneredTalkDeterminers.has(words[t.first - 1]?.text ?? '')
      && words.slice(t.last, close).some((w) => lex.partneredTalkWords.has(w.text)))) continue;
    const day = timexes.find((x) => wordAt(x.start) === 0 && wordAt(x.end - 1) === sub - 2);
    const value = day ? eventDateValue(day) : null;
    const subject = close > 0 && words[close].text === ',' ? actorMentions.find((x) => wordAt(x.start) === close + 1 && !x.place && !x.placeOnly && x.entity?.type === 'PER') : undefined;
    if (!day || !value || !/^\d{4}-\d{2}-\d{2}$/.test(value) || !subject || m.dates.some((d) => d.start !== day.start)) continue;
    if (!m.dates.length) { m.dates = [{ value, text: day.text, start: day.start, end: day.end }]; m.inherited = true; }
    if (!m.record.actors.some((a) => a.entity === subject.actor.entity)) m.record.actors.unshift(toEventActor(subject, 'participant'));
  }
  // "lors d'un appel avec Lavrov": the circumstance shares the date of its clause's main event
  for (const m of out) {
    if (m.dates.length) continue;
    if (!m.circumstance) { if (m.record.type === 'CONSULT' && !m.quoted && durationOccasionAt(words, m.trigger, lex) >= 0) heldUntilTold(m, out, words, clause, timexes, wordAt, lex); continue; }
    const c = clause[m.trigger.first];
    const host = out.find((o) => o !== m && o.trigger.first < m.trigger.first && o.dates.length && (clause[o.trigger.first] === c || (gerundAt(words, clause, c) && clause[o.trigger.first] === c - 1)));
    if (host) { m.dates = [host.dates[0]]; m.inherited = true; continue; }
    // "Poutine avait présenté le 28 décembre ses excuses à Aliyev lors d'un appel téléphonique": with no event of its
    // own before it in the clause, the circumstance takes the day its clause's verb is told on (one day, taken by no event)
    if (out.some((o) => o !== m && clause[o.trigger.first] === c && o.trigger.first < m.trigger.first)) continue;
    const taken = new Set(out.flatMap((o) => o.dates.map((d) => d.start)));
    const told = timexes.filter((x) => { const i = wordAt(x.start); return clause[i] === c && i < m.trigger.first && !taken.has(x.start); });
    const value = told.length === 1 ? eventDateValue(told[0]) : null;
    const bare = told.length === 1 && !findSeq(words, Math.max(0, wordAt(told[0].start) - 3), wordAt(told[0].start), lex.backgroundBeforeTimex);
    if (value && bare && /^\d{4}-\d{2}-\d{2}$/.test(value)) { m.dates = [{ value, text: told[0].text, start: told[0].start, end: told[0].end }]; m.inherited = true; continue; }
    if (durationOccasionAt(words, m.trigger, lex) >= 0) heldUntilTold(m, out, words, clause, timexes, wordAt, lex);
  }
  // "l'Arabie saoudite et l'Iran ont annoncé vendredi qu'ils allaient rétablir leurs relations": what two sides announce
  // together of their own relations ("qu'ils", "qu'elles") is agreed on the day of the announcement
  for (const m of out) {
    if (m.dates.length || m.quoted || !JOINT_DECISIONS.has(m.record.type) || m.record.actors.filter((a) => a.role !== 'target').length < 2) continue;
    const q = announcedByAt(words, m.trigger, lex);
    if (q < 0) continue;
    const day = timexes.find((x) => { const i = wordAt(x.start); return i < q && i >= q - 1 - ANNOUNCED_DATE_WORDS && /^\d{4}-\d{2}-\d{2}$/.test(eventDateValue(x) ?? ''); });
    if (!day || !words.slice(wordAt(day.start) - 2, wordAt(day.start)).some((w) => lex.announcingVerbs.has(w.text))) continue;
    m.dates = [{ value: eventDateValue(day)!, text: day.text, start: day.start, end: day.end }];
    m.inherited = true;
    if (m.record.status === 'planned') m.record.status = 'occurred';
  }
  // "Lundi matin encore, l'armée faisait état de tirs…, et Phnom Penh accusait Bangkok de bombardements": a fronted date
  // scopes its whole main clause; a verb coordinated after the event it dates happened on that day too
  const frontedDate = timexes.length && words.slice(0, wordAt(timexes[0].start)).every((w) => w.punct) ? timexes[0] : null;
  const frontedHost = frontedDate ? out.find((o) => o.dates.some((d) => d.start === frontedDate.start) && !o.inherited) : undefined;
  if (frontedHost && /^\d{4}-\d{2}-\d{2}$/.test(frontedHost.dates[0].value)) {
    for (const m of out) {
      if (m.dates.length || m.trigger.cue.spec.pos !== 'verb' || m.quoted || m.record.status !== 'occurred' || m.trigger.first <= frontedHost.trigger.first
        || clause[m.trigger.first] !== clause[frontedHost.trigger.first]) continue;
      m.dates = [frontedHost.dates[0]];
      m.inherited = true;
    }
  }
  // "…, tandis que Donald Trump, à l'issue d'un appel avec Vladimir Poutine, assurait…", "le jour même où le Trésor plaçait
  // Petro sur sa liste noire": an event of a clause opened by a marker of simultaneity happens on the day told before it
  for (const m of out) {
    if (m.dates.length || m.quoted || m.record.status !== 'occurred') continue;
    let marker = -1;
    for (let k = m.trigger.first - 1; k >= 0 && marker < 0; k--) if (seqStartingAt(words, k, lex.simultaneityMarkers)) marker = k;
    // (the first event of that clause: "tandis que l'ONU votait une résolution réclamant le retrait…" dates the vote only)
    if (marker < 0 || out.some((o) => o !== m && o.trigger.first > marker && o.trigger.first < m.trigger.first)) continue;
    const day = timexes.filter((x) => wordAt(x.start) < marker && /^\d{4}-\d{2}-\d{2}$/.test(eventDateValue(x) ?? '')
      && !findSeq(words, Math.max(0, wordAt(x.start) - 3), wordAt(x.start), lex.backgroundBeforeTimex)).pop();
    if (!day) continue;
    m.dates = [{ value: eventDateValue(day)!, text: day.text, start: day.start, end: day.end }];
    m.inherited = true;
  }
  // "Il s'est entretenu mardi avec l'émir, puis avec M. Netanyahou": a second partner after "puis avec" is a second talk
  // of the same subject, not a third party to the first
  for (const m of [...out]) {
    const t = m.trigger;
    if (m.record.type !== 'CONSULT' || t.cue.spec.pos !== 'verb' || t.cue.spec.reciprocal || m.absorbed) continue;
    const c = clause[t.first];
    let j = -1;
    for (let k = t.last; k < Math.min(words.length, t.last + SEQUEL_WORDS); k++) {
      if (triggers.some((x) => x !== t && x.first === k)) break;
      if (seqStartingAt(words, k, lex.partnerSequels)) { j = k; break; }
    }
    if (j < 0 || clause[j] !== c && clause[j] !== clause[j - 1]) continue;
    const firstAt = (a: EventActor) => {
      const key = a.entity ?? a.name;
      const hit = actorMentions.find((x) => (x.actor.entity ?? x.actor.name) === key && wordAt(x.start) >= t.last);
      return hit ? wordAt(hit.start) : -1;
    };
    const later = m.record.actors.filter((a) => firstAt(a) > j);
    const partners = m.record.actors.filter((a) => firstAt(a) >= t.last && firstAt(a) < j);
    const subject = m.record.actors.filter((a) => firstAt(a) < 0);
    if (!later.length || !partners.length || !subject.length) continue;
    m.record.actors = [...subject, ...partners];
    const at = words[j];
    out.splice(out.indexOf(m) + 1, 0, {
      ...m,
      record: { ...m.record, actors: [...subject.map((a) => ({ ...a })), ...later], trigger: { start: at.start, end: at.end, text: doc.text.slice(at.start, at.end) } },
      trigger: { ...t, start: at.start, end: at.end },
      dates: [...m.dates],
    });
  }
  return out;
}

/**
 * "ont annoncé dimanche, à l'issue de deux jours de pourparlers à Genève, …", "À l'issue de plusieurs heures
 * d'entretiens, il a déclaré mercredi…": talks a duration phrase names end on the day the clause's verb is told on —
 * one bare day of the clause, before the phrase or after it when the phrase opens the clause, taken by no event,
 * and no dated event in the clause.
 */
function heldUntilTold(m: Mention, out: Mention[], words: Word[], clause: number[], timexes: Timex[], wordAt: (offset: number) => number, lex: EventLexicon): void {
  const c = clause[m.trigger.first], from = durationOccasionAt(words, m.trigger, lex);
  if (out.some((o) => o !== m && clause[o.trigger.first] === c && o.dates.length)) return;
  const opens = words.slice(clause.indexOf(c), from).every((w) => w.punct);
  // ("À l'issue de …, X a déclaré mardi": the comma before a reporting verb opens the main clause the phrase is fronted to)
  const last = clause.lastIndexOf(c);
  const main = opens && words[last + 1]?.text === ',' && clause[last + 1] === c + 1 ? c + 1 : c;
  const taken = new Set(out.flatMap((o) => o.dates.map((d) => d.start)));
  if (main !== c && out.some((o) => clause[o.trigger.first] === main && o.dates.length)) return;
  const told = timexes.filter((x) => { const i = wordAt(x.start); return ((clause[i] === c && i < from) || (opens && (clause[i] === c || clause[i] === main) && i > m.trigger.first)) && !taken.has(x.start); });
  const value = told.length === 1 ? eventDateValue(told[0]) : null;
  const bare = told.length === 1 && !findSeq(words, Math.max(0, wordAt(told[0].start) - 3), wordAt(told[0].start), lex.backgroundBeforeTimex)
    && !findSeq(words, Math.max(0, wordAt(told[0].start) - 3), wordAt(told[0].start), lex.subordinateTime);
  if (value && bare && /^\d{4}-\d{2}-\d{2}$/.test(value)) { m.dates = [{ value, text: told[0].text, start: told[0].start, end: told[0].end }]; m.inherited = true; }
}
