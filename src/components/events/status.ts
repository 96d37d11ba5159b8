// Status of an event mention: the status cue nearest its trigger in the clause (cancelled and
// denied win; requested/proposed/hypothetical cues count only before the trigger), the trigger's
// own status (a request is made: what it asks for is requested), negation around a verb trigger, future/conditional
// verb forms, then the date against the publication date.
import type { EventStatus } from '../../core/document.ts';
import { readEventData, type EventLexicon, type StatusKey } from './lexicon.ts';
import type { Trigger } from './triggers.ts';
import { seqStartingAt, type Word } from './words.ts';

/** Word lists of event-status.json read here only (see its `_notOnly`). */
interface StatusWords {
  notOnly: Set<string>; ownParties: Set<string>; pastPlanModals: string[][];
  deniedPlans: string[][]; agreedThatVerbs: Set<string>; scheduledRelative: string[][]; scheduledParticiples: Set<string>;
  negatablePlans: Set<string>; negatedPlanGap: Set<string>; negatedPlanLater: Set<string>;
  indefiniteDeterminers: Set<string>; conditionalAdverbs: Set<string>; conditionalGoverning: Set<string>; preNounAdjectives: Set<string>;
}
let statusWords: StatusWords | null = null;
function statusWordLists(): StatusWords {
  if (!statusWords) {
    const data = readEventData('event-status.json');
    statusWords = {
      notOnly: new Set(data.notOnly as string[]), ownParties: new Set(data.ownParties as string[]),
      pastPlanModals: (data.pastPlanModals as string[]).map((x) => x.split(' ')),
      deniedPlans: ((data.deniedPlans ?? []) as string[]).map((x) => x.split(' ')),
      agreedThatVerbs: new Set((data.agreedThatVerbs ?? []) as string[]),
      scheduledRelative: ((data.scheduledRelative ?? []) as string[]).map((x) => x.split(' ')),
      scheduledParticiples: new Set((data.scheduledParticiples ?? []) as string[]),
      negatablePlans: new Set((data.negatablePlans ?? []) as string[]), negatedPlanGap: new Set((data.negatedPlanGap ?? []) as string[]),
      negatedPlanLater: new Set((data.negatedPlanLater ?? []) as string[]),
      indefiniteDeterminers: new Set((data.indefiniteDeterminers ?? []) as string[]),
      conditionalAdverbs: new Set((data.conditionalAdverbs ?? []) as string[]), conditionalGoverning: new Set((data.conditionalGoverning ?? []) as string[]),
      preNounAdjectives: new Set((data.preNounAdjectives ?? []) as string[]),
    };
  }
  return statusWords;
}

const BEFORE_ONLY: StatusKey[] = ['requested', 'proposed', 'hypothetical'];
const ORDER: StatusKey[] = ['cancelled', 'denied', 'requested', 'proposed', 'hypothetical', 'planned', 'ongoing'];
/** The farthest a status cue may sit from its trigger, in words (the largest of the limits in statusCue). */
const MAX_BEFORE = 8, MAX_AFTER = 10;

const longest = new WeakMap<EventLexicon, number>();
/** The length in words of a lexicon's longest status cue. */
function longestCue(lex: EventLexicon): number {
  let n = longest.get(lex);
  if (n === undefined) {
    n = Math.max(1, ...Object.values(lex.status).flat().map((s) => s.length), ...lex.deniedBefore.map((s) => s.length));
    longest.set(lex, n);
  }
  return n;
}

const firstWords = new WeakMap<EventLexicon, Set<string>>();
/** The first words of a lexicon's status cues (and denials before a trigger): a word that is none of them opens no cue. */
function statusFirstWords(lex: EventLexicon): Set<string> {
  let set = firstWords.get(lex);
  if (!set) {
    set = new Set([...Object.values(lex.status).flat(), ...lex.deniedBefore].map((s) => s[0]));
    firstWords.set(lex, set);
  }
  return set;
}

function negated(words: Word[], t: Trigger, lex: EventLexicon): boolean {
  // "n'a pas rencontré", "ne se sont pas rencontrés", "n'ont jamais négocié"
  const before = words.slice(Math.max(0, t.first - 5), t.first).filter((w) => !w.punct).map((w) => w.text);
  const n = before.findIndex((x) => lex.negators.has(x));
  // "n'a pas seulement rencontré …, mais aussi": not only is no denial
  const end = n >= 0 ? before.findIndex((x, k) => k > n && lex.negationEnds.has(x)) : -1;
  if (end >= 0) return !statusWordLists().notOnly.has(before[end + 1] ?? '');
  // a simple tense: "ne se réunira pas", "ne le rencontre jamais" (only clitics stand between "ne" and the verb)
  return lex.negationEnds.has(words[t.last]?.text ?? '') && !statusWordLists().notOnly.has(words[t.last + 1]?.text ?? '') && simpleNegator(words, t.first, lex);
}

/** A negator at most three words (clitics) before `at`, with no punctuation between. */
function simpleNegator(words: Word[], at: number, lex: EventLexicon): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 3; j--) {
    if (words[j].punct) return false;
    if (lex.negators.has(words[j].text)) return true;
  }
  return false;
}

/** A meeting noun governed by a negated verb and a preposition: "ne se réunira pas en session extraordinaire",
 * "n'a pas participé au sommet", "n'assistera pas à la réunion" (not an object: "n'a pas annulé le sommet"). */
function negatedGoverning(words: Word[], t: Trigger, lex: EventLexicon): boolean {
  if (t.type !== 'CONSULT' || t.cue.spec.pos === 'verb' || statusWordLists().ownParties.has(words[t.last]?.text ?? '')) return false;
  let i = t.first - 1;
  if (lex.frontedPlaceDeterminers.has(words[i]?.text ?? '')) i--;
  if (!lex.frontedPlacePrepositions.has(words[i]?.text ?? '')) return false;
  i--;
  // the negation ends right before the preposition (simple tense) or before a participle or infinitive
  for (const end of [i, i - 1]) {
    if (end < 1 || !lex.negationEnds.has(words[end].text) || words.slice(end, i + 1).some((w) => w.punct)) continue;
    const before = words.slice(Math.max(0, end - 5), end);
    if (before.some((w) => w.punct)) continue;
    if (before.some((w) => lex.negators.has(w.text))) return true;
  }
  return false;
}

const RELATIVES = new Set(['qui', 'que', 'qu', 'dont']);
/** How far back from a cue the relative pronoun opening its clause may stand. */
const RELATIVE_WORDS = 4;

/** The words [at, end) sit in a relative clause ("qui avait proposé …") closed by a comma before `trigger`. */
function closedRelative(words: Word[], at: number, end: number, trigger: number): boolean {
  let closed = false;
  for (let j = end; j < trigger; j++) if (words[j].text === ',') { closed = true; break; }
  if (!closed) return false;
  for (let j = at - 1, seen = 0; j >= 0 && seen <= RELATIVE_WORDS; j--) {
    if (words[j].punct) return words[j].text === ',' && RELATIVES.has(words[j + 1]?.text ?? '');
    seen++;
  }
  return false;
}

/** Where the auxiliaries of the participle at `i` begin ("a été annulé", "sont reportés"): `i` when there are none. */
function auxiliaryStart(words: Word[], i: number, lex: EventLexicon): number {
  let at = i;
  if (lex.passiveAuxiliaries.has(words[at - 1]?.text ?? '')) at--;
  const aux = lex.auxiliaries.find((s) => s.length === 1 && s[0] === words[at - 1]?.text);
  return aux ? at - 1 : at;
}

export function statusCue(words: Word[], clause: number[], t: Trigger, lex: EventLexicon): StatusKey | 'negated' | null {
  return statusCueAt(words, clause, t, lex)?.key ?? null;
}

/** The status cue of a trigger and whether it stands after the trigger. */
function statusCueAt(words: Word[], ids: number[], t: Trigger, lex: EventLexicon): { key: StatusKey | 'negated'; after: boolean } | null {
  if (t.cue.spec.pos === 'verb' && negated(words, t, lex)) return { key: 'negated', after: false };
  const { clause, relative } = resumedAfterRelative(words, ids, t, lex);
  if (negatedGoverning(words, t, lex)) return { key: 'denied', after: false };
  let best: { key: StatusKey; dist: number; after: boolean } | null = null;
  // Only cues within reach of the trigger count (see the limits below): skip the rest of a long sentence.
  const from = Math.max(0, t.first - MAX_BEFORE - longestCue(lex)), to = Math.min(words.length, t.last + 2 * MAX_AFTER + 1);
  // "À la demande du Cambodge": words of a neutral phrase cue no status
  const neutral = new Set<number>();
  for (let i = Math.max(0, from - 3); i < to; i++) {
    const seq = seqStartingAt(words, i, lex.statusNeutral);
    if (seq) for (let k = i; k < i + seq.length; k++) neutral.add(k);
  }
  const opening = statusFirstWords(lex);
  for (let i = from; i < to; i++) {
    if (clause[i] !== clause[t.first] || (i >= t.first && i < t.last) || neutral.has(i) || !opening.has(words[i].text)) continue;
    for (const key of ORDER) {
      const isBefore = i < t.first;
      let seq = seqStartingAt(words, i, lex.status[key]);
      // "aucune rencontre", "sans accord"; not "rencontrés …, sans percée notable"
      if (!seq && key === 'denied' && isBefore) seq = seqStartingAt(words, i, lex.deniedBefore);
      if (!seq) continue;
      // "annulée après le déclenchement de l'offensive": a cue across a temporal subordinator is about another event
      if (isBefore ? subordinatedBetween(words, i + seq.length, t.first, lex) : subordinatedBetween(words, t.last, i, lex)) continue;
      // "Kim, qui avait proposé la loi martiale, a été placé en détention": a cue inside a relative clause closed before
      // the trigger tells of that clause's verb
      if (isBefore && closedRelative(words, i, i + seq.length, t.first)) continue;
      if (!isBefore && BEFORE_ONLY.includes(key) && seq.length < 2) continue;
      // "Une rencontre n'est toutefois pas prévue à ce stade": a negated scheduling participle after the trigger denies it
      // (not "n'est pas prévue avant décembre": it is, later)
      if (!isBefore && key === 'planned' && negatedPlan(words, i, seq.length, lex)) {
        const dist = wordsBetween(words, t.last, i, relative);
        if (dist <= 10 && (!best || (best.key !== 'cancelled' && best.key !== 'denied'))) best = { key: 'denied', dist, after: true };
        continue;
      }
      // "La rencontre devait sceller la réconciliation": a past planning modal after the trigger tells what the event was
      // meant to bring, not that it was only planned
      if (!isBefore && key === 'planned' && statusWordLists().pastPlanModals.some((m) => m.length === seq.length && m.every((x, k) => seq[k] === x))) continue;
      // (punctuation not counted: "la visite en France, initialement prévue en mars 2023, avait été reportée")
      // a cancellation in the passive is measured from its auxiliary: "Le sommet prévu jeudi entre l'UE et la Chine a été annulé"
      const end = !isBefore && key === 'cancelled' ? auxiliaryStart(words, i, lex) : i;
      // "Le sommet … n'a pas été annulé", "n'est pas reporté": a negated cancellation leaves the event on
      if (!isBefore && key === 'cancelled' && end > 0 && lex.negationEnds.has(words[end - 1].text) && simpleNegator(words, end - 1, lex)) continue;
      const dist = isBefore ? t.first - (i + seq.length) : wordsBetween(words, t.last, end, relative);
      const limit = key === 'denied' ? (isBefore ? 2 : 10) : key === 'cancelled' ? 10 : isBefore ? 8 : 6;
      if (dist > limit) continue;
      const strong = key === 'cancelled' || key === 'denied';
      if (!best || (strong && best.key !== 'cancelled' && best.key !== 'denied') || (dist < best.dist && !((best.key === 'cancelled' || best.key === 'denied') && !strong))) best = { key, dist, after: !isBefore };
    }
  }
  return best;
}

/** The words (no punctuation) of words[a, b), those of a relative clause skipped over (`relative`, inclusive) aside. */
function wordsBetween(words: Word[], a: number, b: number, relative: [number, number]): number {
  let n = 0;
  for (let i = Math.max(0, a); i < Math.min(b, words.length); i++) if (!words[i].punct && !(i >= relative[0] && i <= relative[1])) n++;
  return n;
}

/** Whether a temporal subordinator ("après", "avant que") starts in words [from, to). */
function subordinatedBetween(words: Word[], from: number, to: number, lex: EventLexicon): boolean {
  for (let j = from; j < to; j++) if (seqStartingAt(words, j, lex.subordinateTime)) return true;
  return false;
}

/** A scheduling participle ("prévue") at `i` negated right before it ("n'est pas prévue", "n'est toutefois pas prévue",
 * "ne sont pas encore programmées"), and not followed by a word that puts it off ("pas prévue avant décembre"). */
function negatedPlan(words: Word[], i: number, len: number, lex: EventLexicon): boolean {
  const lists = statusWordLists();
  if (len !== 1 || !lists.negatablePlans.has(words[i].text) || lists.negatedPlanLater.has(words[i + 1]?.text ?? '')) return false;
  let k = i - 1;
  if (lists.negatedPlanGap.has(words[k]?.text ?? '')) k--;
  if (!lex.negationEnds.has(words[k]?.text ?? '')) return false;
  return simpleNegator(words, k, lex) || (lists.negatedPlanGap.has(words[k - 1]?.text ?? '') && simpleNegator(words, k - 1, lex));
}

/** How many words a relative clause set off by commas right after a noun trigger may take, and how many words of the
 * noun's complement may stand before it. */
const RELATIVE_WORDS_AFTER = 16, COMPLEMENT_WORDS = 6;

/** "Le sommet de l'Union africaine, qui devait se tenir lundi, a été reporté": the main clause of a noun trigger resumes
 * after a relative clause set off by commas, when a verb group (an auxiliary, a negation) follows the closing comma. The
 * words of that resumed part get the trigger's clause number, up to the next break. */
function resumedAfterRelative(words: Word[], clause: number[], t: Trigger, lex: EventLexicon): { clause: number[]; relative: [number, number] } {
  const none = { clause, relative: [-1, -1] as [number, number] };
  if (t.cue.spec.pos === 'verb') return none;
  let open = -1;
  for (let i = t.last, n = 0; i < words.length && n <= COMPLEMENT_WORDS; i++) {
    if (words[i].punct) { if (words[i].text === ',' && words[i + 1]?.text === 'qui') open = i + 1; break; }
    n++;
  }
  if (open < 0) return none;
  let close = -1;
  for (let i = open + 1, n = 0; i < words.length && n <= RELATIVE_WORDS_AFTER; i++) {
    if (words[i].punct) { if (words[i].text === ',') close = i; if (words[i].text !== '"') break; else continue; }
    n++;
  }
  const next = words[close + 1]?.text ?? '';
  const verbGroup = lex.negators.has(next) || lex.passiveAuxiliaries.has(next) || lex.pastAuxiliaries.some((a) => a[0] === next);
  // (not a reporting incise: "« une rencontre très symbolique, qui peut devenir historique », a écrit le pape")
  if (close < 0 || !verbGroup || words.slice(close + 1, close + 4).some((w) => lex.reportingVerbs.has(w.text))) return none;
  const out = clause.slice();
  const resumed = clause[close + 1];
  for (let i = close + 1; i < words.length && clause[i] === resumed; i++) out[i] = clause[t.first];
  return { clause: out, relative: [open, close] };
}

/** How far after a "devait + verb" trigger a cancellation of it may stand, in words. */
const PLAN_CANCELLED_WORDS = 14;

/** "devait rencontrer mardi Javier Milei, mais la rencontre a été annulée": a past planning modal right before the verb
 * (a reflexive pronoun between) and a cancellation later in the sentence, in any clause. */
function plannedThenCancelled(words: Word[], t: Trigger, lex: EventLexicon): boolean {
  if (t.cue.spec.pos !== 'verb') return false;
  let k = t.first;
  if (words[k - 1]?.text === 'se' || words[k - 1]?.text === 's') k--;
  const modal = statusWordLists().pastPlanModals.some((m) => m.every((x, n) => words[k - m.length + n]?.text === x));
  if (!modal) return false;
  for (let i = t.last, seen = 0; i < words.length && seen < PLAN_CANCELLED_WORDS; i++) {
    if (words[i].text === '.') return false;
    if (words[i].punct) continue;
    if (seqStartingAt(words, i, lex.status.cancelled)) return true;
    seen++;
  }
  return false;
}

export function pastCompound(words: Word[], t: Trigger, lex: EventLexicon): boolean {
  if (t.cue.spec.pos !== 'verb') return false;
  const before = words.slice(Math.max(0, t.first - 4), t.first).filter((w) => !w.punct);
  // skip "pas", "jamais", "déjà", "ensuite"… between the auxiliary and the participle
  for (let k = before.length - 1; k >= 0 && k >= before.length - 3; k--) {
    if (lex.pastAuxiliaries.some((s) => s.every((x, m) => before[k - s.length + 1 + m]?.text === x))) return true;
  }
  return false;
}

/** Future and conditional forms of a verb trigger ("rencontrera", "rencontreraient"). */
function tenseOf(words: Word[], t: Trigger): 'future' | 'conditional' | null {
  if (t.cue.spec.pos !== 'verb') return null;
  const w = words[t.last - 1].text;
  if (/(rait|raient)$/.test(w)) return 'conditional';
  if (/(ra|ront)$/.test(w)) return 'future';
  return null;
}

/** Words that may stand between a conditional auxiliary and its participle ("n'aurait jamais rencontré", "auraient été reçus"). */
const CONDITIONAL_GAP = new Set(['pas', 'jamais', 'deja', 'ete', 'bien', 'egalement', 'aussi']);

/** A verb trigger in the conditional past: "aurait rencontré", "se seraient entretenus". */
function conditionalPast(words: Word[], t: Trigger, lex: EventLexicon): boolean {
  if (t.cue.spec.pos !== 'verb') return false;
  const before = words.slice(Math.max(0, t.first - 6), t.first).filter((w) => !w.punct);
  let end = before.length;
  while (end > 0 && end >= before.length - 2 && CONDITIONAL_GAP.has(before[end - 1].text)) end--;
  return lex.conditionalPast.some((s) => s.length <= end && s.every((x, m) => before[end - s.length + m].text === x));
}

/** The trigger's clause ends on a question mark: "Faut-il négocier avec le Hamas ?". */
function asked(words: Word[], clause: number[], t: Trigger, lex: EventLexicon): boolean {
  // "Pourquoi Donald Trump veut-il rencontrer Poutine ?" takes the wish for granted
  if (lex.presupposingQuestions.has(words.find((w) => !w.punct)?.text ?? '')) return false;
  for (let i = t.last; i < words.length; i++) {
    if (words[i].text === '.' || words[i].text === '!') return false;
    if (lex.questionMarks.has(words[i].text)) return clause[i] === clause[t.first];
  }
  return false;
}

/** How many words the subject of a reported clause may take ("a indiqué que le ministre des Affaires étrangères Jean-Noël Barrot se rendrait"). */
const REPORTED_CLAUSE_WORDS = 16;
/** How far before its "que" a reporting verb may stand ("a annoncé samedi sur son réseau Truth Social qu'il …"). */
const REPORTING_VERB_WORDS = 7;
/** Marks that close the part of a sentence a reported clause can reach back through. */
const REPORT_BOUNDARIES = new Set([';', '«', '»', '“', '”']);

/** The trigger sits in a "que" clause of a reporting verb: "a annoncé (jeudi) qu'il …", within its sentence part. */
function reportedClause(words: Word[], t: Trigger, lex: EventLexicon, verbs: Set<string> = lex.reportingVerbs): boolean {
  let from = Math.max(0, t.first - REPORTED_CLAUSE_WORDS);
  for (let i = t.first - 1; i >= from; i--) if (REPORT_BOUNDARIES.has(words[i].text)) { from = i + 1; break; }
  const before = words.slice(from, t.first).filter((w) => !w.punct).map((w) => w.text);
  const q = Math.max(before.lastIndexOf('que'), before.lastIndexOf('qu'));
  return q > 0 && before.slice(Math.max(0, q - REPORTING_VERB_WORDS), q).some((x) => verbs.has(x));
}

/** Words a denied plan may hold between its cue words and the trigger: quote marks, a reflexive pronoun. */
const PLAN_GAP = new Set(['"', 'se', 's']);

/** "n'avait « aucun projet » de rencontre avec", "n'a pas l'intention de se rendre": a denied plan right before the trigger. */
function deniedPlan(words: Word[], t: Trigger): boolean {
  let end = t.first;
  while (end > 0 && PLAN_GAP.has(words[end - 1].text)) end--;
  const before: string[] = [];
  for (let i = end - 1; i >= 0 && before.length < 6; i--) {
    if (words[i].text === '"') continue;
    if (words[i].punct) break;
    before.unshift(words[i].text);
  }
  return statusWordLists().deniedPlans.some((p) => p.length <= before.length && p.every((x, k) => before[before.length - p.length + k] === x));
}

/** How far after a meeting noun the relative pronoun scheduling it may stand, and its cue after the pronoun, in words. */
const RELATIVE_AFTER = 10, SCHEDULE_AFTER_RELATIVE = 4;

/** "une réunion du Conseil de sécurité, qui doit se tenir lundi", "au sommet de l'OTAN, que l'Espagne accueillera": a
 * relative clause right after a meeting noun that schedules it. */
function scheduledByRelative(words: Word[], t: Trigger): boolean {
  // (an invitation noun stands for the meeting it invites to: "son invitation au sommet de l'OTAN, que …")
  if ((t.type !== 'CONSULT' && !t.cue.spec.invitation) || t.cue.spec.pos === 'verb') return false;
  const seqs = statusWordLists().scheduledRelative;
  for (let i = t.last, seen = 0; i < words.length && seen <= RELATIVE_AFTER; i++) {
    if (words[i].punct) { if (words[i].text === ',' || words[i].text === '"') continue; return false; }
    seen++;
    // "une réunion d'urgence du Conseil de sécurité, prévue vendredi": a scheduling participle set off by a comma
    if (words[i - 1]?.text === ',' && statusWordLists().scheduledParticiples.has(words[i].text)) return true;
    if (!RELATIVES.has(words[i].text)) continue;
    for (let j = i + 1, n = 0; j < words.length && n < SCHEDULE_AFTER_RELATIVE; j++) {
      if (words[j].punct) { if (words[j].text === '"') continue; return false; }
      if (seqStartingAt(words, j, seqs)) return true;
      n++;
    }
    return false;
  }
  return false;
}

/** "qui aurait maintenu la levée des sanctions": an event noun as the object of a verb in the conditional past. */
function conditionalObject(words: Word[], t: Trigger, lex: EventLexicon): boolean {
  if (t.cue.spec.pos === 'verb' || t.first < 3) return false;
  // "aurait donné carte blanche à l'armée": a phrase cue takes no determiner
  const bare = t.cue.spec.pos === 'phrase' && !lex.talkedAboutDeterminers.has(words[t.first - 1].text);
  if (!bare && !lex.talkedAboutDeterminers.has(words[t.first - 1].text)) return false;
  const verb = bare ? t.first - 1 : t.first - 2;
  if (words[verb].punct) return false;
  return lex.conditionalPast.some((s) => s.length <= verb && s.every((x, m) => words[verb - s.length + m].text === x));
}

/** An event noun right after its determiner, governed by a verb of event-status.json `conditionalGoverning` (an adverb between):
 * "accueillerait volontiers un sommet", "organiseraient une conférence". */
function conditionalGoverning(words: Word[], t: Trigger, lex: EventLexicon): boolean {
  if (t.cue.spec.pos === 'verb' || t.first < 2) return false;
  const lists = statusWordLists();
  // ("imposerait de nouvelles sanctions": an adjective that comes before its noun may stand between)
  const det = lists.preNounAdjectives.has(words[t.first - 1].text) ? t.first - 2 : t.first - 1;
  if (det < 0 || (!lex.talkedAboutDeterminers.has(words[det].text) && !lists.indefiniteDeterminers.has(words[det].text))) return false;
  let verb = det - 1;
  if (lists.conditionalAdverbs.has(words[verb]?.text ?? '')) verb--;
  const w = words[verb];
  return !!w && !w.punct && lists.conditionalGoverning.has(w.text);
}

/** A meeting noun as the object of an announcing verb a few words before it, in its clause: "a annoncé un sommet". */
function announcedMeeting(words: Word[], clause: number[], t: Trigger, lex: EventLexicon): boolean {
  if (t.type !== 'CONSULT' || t.cue.spec.pos === 'verb') return false;
  for (let i = t.first - 1, seen = 0; i >= 0 && seen < 4 && clause[i] === clause[t.first] && !words[i].punct; i--, seen++) {
    if (lex.announcingVerbs.has(words[i].text)) return true;
  }
  return false;
}

export function decideStatus(words: Word[], clause: number[], t: Trigger, lex: EventLexicon, date: string | null, published: string | null): EventStatus {
  const found = statusCueAt(words, clause, t, lex);
  const cue = found?.key ?? null;
  // ("n'a pas exclu de recourir à la force": a negation the cue itself holds is no denial)
  if (cue === 'negated' && !t.cue.spec.negatedCue) return 'denied';
  if (cue === 'cancelled' || cue === 'denied') return cue;
  if (plannedThenCancelled(words, t, lex) || deniedPlan(words, t)) return 'cancelled';
  // "Le président turc a-t-il rencontré Vladimir Poutine mardi ?": an event asked about is not told
  if (asked(words, clause, t, lex)) return 'hypothetical';
  // "a appelé à un cessez-le-feu", "exige le retrait": the request itself is made (what it asks for is requested)
  const request = t.type === 'REQUEST';
  const own = t.cue.spec.status as EventStatus | undefined;
  // "a demandé une réunion du Conseil de sécurité, qui doit se tenir lundi", "son invitation au sommet de l'OTAN, que
  // l'Espagne accueillera en juillet": the meeting asked or invited to is scheduled
  const asking = (k: string | null | undefined) => k === 'requested' || k === 'proposed';
  if ((asking(own) || (asking(cue) && !found?.after)) && scheduledByRelative(words, t)) return 'planned';
  if (own && !(request && own === 'requested')) return own;
  if ((cue === 'requested' && !request) || cue === 'proposed' || cue === 'hypothetical') return cue;
  // "Selon Haaretz, des émissaires se seraient rencontrés dimanche à Doha": the press conditional reports an unconfirmed event
  if (conditionalPast(words, t, lex) && !reportedClause(words, t, lex)) return 'hypothetical';
  if (conditionalObject(words, t, lex) && !reportedClause(words, t, lex)) return 'hypothetical';
  // "La Hongrie accueillerait volontiers un sommet", "a annoncé qu'il accueillerait un sommet": the object of a verb in the
  // conditional is as hypothetical as the verb (planned in a report's future in the past)
  if (conditionalGoverning(words, t, lex)) return reportedClause(words, t, lex) || reportedClause(words, t, lex, statusWordLists().agreedThatVerbs) ? 'planned' : 'hypothetical';
  const relation = date && published ? compareToPublished(date, published) : null;
  // "avait annoncé la veille un sommet avec Poutine": an announced meeting is planned (unless its own date is past)
  if (announcedMeeting(words, clause, t, lex) && relation !== 'before' && relation !== 'same') return 'planned';
  // a verb in a compound past ("a rencontré", "se sont réunis") happened, whatever a date resolved to
  if (cue !== 'planned' && pastCompound(words, t, lex)) return 'occurred';
  // "ont convenu de rouvrir leurs ambassades dans les prochaines semaines": an agreement in the compound past is made;
  // a planning cue after it is about what it agreed on
  if (cue === 'planned' && found?.after && t.type === 'AGREE' && pastCompound(words, t, lex)) return 'occurred';
  if (cue === 'planned') return relation === 'before' ? 'occurred' : 'planned';
  if (cue === 'ongoing') return 'ongoing';
  const tense = tenseOf(words, t);
  if (tense === 'future') return 'planned';
  // future in the past: "a annoncé jeudi qu'il recevrait vendredi …" is announced, not hypothetical
  // ("Les deux parties ont convenu que des experts se réuniraient mercredi": a decision's future in the past too)
  if (tense === 'conditional') return reportedClause(words, t, lex) || reportedClause(words, t, lex, statusWordLists().agreedThatVerbs) ? 'planned' : 'hypothetical';
  if (relation === 'after') return 'planned';
  return 'occurred';
}

/** Is a date value before, on or after the publication day? (weeks and FUTURE_REF included) */
export function compareToPublished(value: string, published: string): 'before' | 'same' | 'after' | null {
  const pub = published.slice(0, 10);
  if (value === 'FUTURE_REF') return 'after';
  const week = /^(\d{4})-W(\d{2})/.exec(value);
  if (week) {
    const pw = isoWeek(pub);
    if (!pw) return null;
    const a = Number(week[1]) * 100 + Number(week[2]), b = pw[0] * 100 + pw[1];
    return a < b ? 'before' : a > b ? 'after' : 'same';
  }
  if (!/^\d{4}/.test(value)) return null;
  const v = value.slice(0, 10);
  const p = pub.slice(0, v.length);
  return v < p ? 'before' : v > p ? 'after' : 'same';
}

function isoWeek(day: string): [number, number] | null {
  const d = new Date(day + 'T00:00:00Z');
  if (Number.isNaN(d.getTime())) return null;
  const dow = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dow + 3);
  const year = d.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round(((d.getTime() - jan4.getTime()) / 86400000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
  return [year, week];
}
