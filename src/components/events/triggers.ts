// Event triggers: cue words and phrases of the lexicon found in a sentence's words, with their
// context conditions checked; overlapping matches keep the longest.
import type { Cue, EventLexicon } from './lexicon.ts';
import { findSeq, seqAt, type Word } from './words.ts';

export interface Trigger {
  /** Index of the first and one-past-last word in the sentence's words. */
  first: number;
  last: number;
  start: number;
  end: number;
  cue: Cue;
  type: string;
  mode: string | null;
  /** Holds only with an international organisation as its object ("quitter la Cedeao"): checked once actors are known. */
  needsOrganisation?: boolean;
}

function matchesAt(words: Word[], i: number, cue: Cue, dateWords: Set<string>): number {
  // Multi-word cues match consecutive words, skipping no punctuation, only a date word slipped
  // inside ("a appelé mardi son homologue").
  let j = i;
  const seq = cue.words;
  for (let k = 0; k < seq.length; k++) {
    const w = seq[k];
    if (k > 0) while (j < words.length && words[j].text !== w && dateWords.has(words[j].text)) j++;
    if (j >= words.length || words[j].text !== w) return -1;
    j++;
  }
  return j;
}

/** The words (no punctuation) between sentence word indexes, as a compact array. */
function plain(words: Word[], from: number, to: number): Word[] {
  return words.slice(Math.max(0, from), Math.max(0, to)).filter((w) => !w.punct);
}

/** Date words to leave out of a cue's context, and the time phrases made of them ("dans la nuit de lundi à mardi"). */
interface Skip { words: Set<string>; phrases: string[][] }

/** A phrase word: "*" is a date word or a day number ("dans la nuit du 12 au 13"). */
function phraseWord(w: Word | undefined, x: string, skip: Skip): boolean {
  if (!w || w.punct) return false;
  return x === '*' ? skip.words.has(w.text) || /^\d{1,2}(?:er)?$/.test(w.text) : w.text === x;
}

/** Time phrases by their first word; those opening on "*" apart. Built once per phrase list. */
const phraseIndexes = new WeakMap<string[][], { byFirst: Map<string, string[][]>; starred: string[][] }>();

function phraseIndex(phrases: string[][]) {
  let index = phraseIndexes.get(phrases);
  if (!index) {
    index = { byFirst: new Map(), starred: [] };
    for (const p of phrases) {
      if (p[0] === '*') index.starred.push(p);
      else if (!index.byFirst.get(p[0])?.push(p)) index.byFirst.set(p[0], [p]);
    }
    phraseIndexes.set(phrases, index);
  }
  return index;
}

/** The length of the longest phrase of `list` standing at word i (0: none). */
function longestAt(words: Word[], i: number, list: string[][] | undefined, skip: Skip): number {
  let best = 0;
  if (list) for (const p of list) if (p.length > best && p.every((x, k) => phraseWord(words[i + k], x, skip))) best = p.length;
  return best;
}

/** Which words of a sentence a cue's context sees through, by word index: date words and the words of time phrases
 *  (longest phrase first at each word). */
function skippedWords(words: Word[], skip: Skip): boolean[] {
  const out = words.map((w) => skip.words.has(w.text));
  if (!skip.phrases.length) return out;
  const { byFirst, starred } = phraseIndex(skip.phrases);
  for (let i = 0; i < words.length; i++) {
    if (words[i].punct) continue;
    const n = Math.max(longestAt(words, i, byFirst.get(words[i].text), skip), longestAt(words, i, starred, skip));
    if (!n) continue;
    for (let k = 0; k < n; k++) out[i + k] = true;
    i += n - 1;
  }
  return out;
}

// Scratch lists for the words around a cue: the context conditions are checked for every cue matched, so the windows
// are written into these rather than into new arrays (each is read before the next window is taken into it).
const afterScratch: Word[] = [];
const beforeScratch: Word[] = [];

/** The words (no punctuation, none marked in `skip`, a mask by word index) between sentence word indexes. */
function plainKept(words: Word[], from: number, to: number, skip: boolean[] | null): Word[] {
  const out: Word[] = [];
  for (let i = Math.max(0, from); i < Math.min(words.length, Math.max(0, to)); i++) if (!words[i].punct && !(skip !== null && skip[i])) out.push(words[i]);
  return out;
}

/**
 * The words (no punctuation, none marked in `skip`) of words[from, to), at most `max` of them: the first ones, or the last
 * ones when `fromEnd` (as `plainKept(words, from, to, skip)` then `.slice(0, max)` or `.slice(-max)`), written into `into`.
 */
function windowWords(into: Word[], words: Word[], from: number, to: number, skip: boolean[] | null, max: number, fromEnd: boolean): Word[] {
  into.length = 0;
  if (max <= 0) { // (no such window in the lexicon; kept exact all the same)
    const all = plainKept(words, from, to, skip);
    into.push(...(fromEnd ? all.slice(-max) : all.slice(0, max)));
    return into;
  }
  const lo = Math.max(0, from), hi = Math.min(words.length, Math.max(0, to));
  if (fromEnd) {
    for (let i = hi - 1; i >= lo && into.length < max; i--) if (!words[i].punct && !(skip !== null && skip[i])) into.push(words[i]);
    into.reverse();
  } else {
    for (let i = lo; i < hi && into.length < max; i++) if (!words[i].punct && !(skip !== null && skip[i])) into.push(words[i]);
  }
  return into;
}

// The windows around a cue, optionally with date words and time phrases left out ("a reçu lundi un appel"); skipped words reach further
// back/forward so they do not shrink the window.
const reachOf = (skip: boolean[] | null) => (skip ? 10 : 0);
const windowOf = (cue: Cue) => cue.spec.window ?? 4;
const windowAfterOf = (cue: Cue) => cue.spec.windowAfter ?? windowOf(cue);
function afterWindow(words: Word[], last: number, cue: Cue, skip: boolean[] | null): Word[] {
  const winAfter = windowAfterOf(cue);
  return windowWords(afterScratch, words, last, last + winAfter + 4 + reachOf(skip), skip, winAfter + 3, false);
}

const startsWithin = (list: Word[], seqs: string[][], n: number) => findSeq(list, 0, n, seqs) !== null;

/** Whether one of `seqs` occurs anywhere in `tail`. */
function within(tail: Word[], seqs: string[][]): boolean {
  for (const s of seqs) {
    for (let k = 0; k < tail.length; k++) {
      let m = 0;
      while (m < s.length && tail[k + m]?.text === s[m]) m++;
      if (m === s.length) return true;
    }
  }
  return false;
}

/** Whether the words a cue requires around it stand there. */
function requiredHold(words: Word[], first: number, last: number, cue: Cue, skip: boolean[] | null): boolean {
  if (cue.after && !cue.spec.objectOrganisation && !startsWithin(afterWindow(words, last, cue, skip), cue.after, windowAfterOf(cue))) return false;
  if (cue.before) {
    const win = windowOf(cue);
    // (the last `win` of the window of win + 2 words before the cue)
    const before = win > 0 ? windowWords(beforeScratch, words, first - win - 4 - reachOf(skip), first, skip, win, true)
      : plainKept(words, first - win - 4 - reachOf(skip), first, skip).slice(-win - 2).slice(-win);
    if (!within(before, cue.before)) return false;
  }
  return true;
}

/** Whether a word that rules the cue out stands around it. */
function excluded(words: Word[], first: number, last: number, cue: Cue, skip: boolean[] | null): boolean {
  if (cue.notAfter.length && startsWithin(afterWindow(words, last, cue, skip), cue.notAfter, Math.min(2, windowAfterOf(cue)))) return true;
  if (cue.notBefore.length) {
    const nbw = cue.spec.notBeforeWindow ?? 2;
    if (within(windowWords(beforeScratch, words, first - nbw - 4 - reachOf(skip), first, skip, nbw, true), cue.notBefore)) return true;
  }
  return false;
}

/** Context conditions, checked on the words as they stand and with date words and time phrases (marked in `dateWords`,
 *  by word index) left out: required words may stand in either view, excluding words in neither. */
function conditionsHold(words: Word[], first: number, last: number, cue: Cue, dateWords: boolean[]): boolean {
  if (!requiredHold(words, first, last, cue, null) && !requiredHold(words, first, last, cue, dateWords)) return false;
  return !excluded(words, first, last, cue, null) && !excluded(words, first, last, cue, dateWords);
}

/** Whether the cue's `after` words follow it (the condition `objectOrganisation` cues may do without). */
function afterHolds(words: Word[], last: number, cue: Cue): boolean {
  const winAfter = cue.spec.windowAfter ?? cue.spec.window ?? 4;
  const afterWords = plain(words, last, last + winAfter + 4).slice(0, winAfter + 3);
  return !!cue.after && findSeq(afterWords, 0, winAfter, cue.after) !== null;
}

/** Whether `seq` occurs in `list` (as `findSeq(list, 0, list.length, [seq])`: an empty sequence, with no first word, never does). */
function occursIn(list: Word[], seq: string[]): boolean {
  if (!seq.length) return false;
  for (let i = 0; i < list.length; i++) if (seqAt(list, i, seq)) return true;
  return false;
}

function modeOf(words: Word[], last: number, cue: Cue): string | null {
  if (cue.spec.mode) return cue.spec.mode;
  if (!cue.modeAfter.length) return null;
  const after = plain(words, last, last + 12).slice(0, 8);
  for (const [seq, mode] of cue.modeAfter) if (occursIn(after, seq)) return mode;
  return null;
}

/** Words after which a form shared by a noun and a verb ("rencontre") is the verb. */
const VERBAL_CONTEXT = new Set(['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'est', 'sont', 'etait', 'etaient', 'ete', 's', 'se', 'pas', 'jamais', 'plus',
  'aurait', 'auraient', 'serait', 'seraient',
  'il', 'elle', 'ils', 'elles', 'on', 'qui', 'va', 'vont', 'doit', 'doivent', 'pourrait', 'pourraient', 'devrait', 'devraient', 'n', 'ne', 'lui', 'leur', 'nous', 'vous']);

/** Pronouns that are also articles ("la", "les", "le"): before a verb when a subject or negation stands before them. */
const OBJECT_PRONOUNS = new Set(['le', 'la', 'les', 'l']);
const BEFORE_OBJECT = new Set(['ne', 'n', 'qui', 'que', 'qu']);

/** The word before `i` is a determiner opening a noun phrase, not an object pronoun. */
function determinerBefore(words: Word[], i: number, lex: EventLexicon): boolean {
  const prev = words[i - 1];
  if (!prev || prev.punct || !lex.nonVerbDeterminers.has(prev.text)) return false;
  if (!OBJECT_PRONOUNS.has(prev.text)) return true;
  const before = words[i - 2]?.text ?? '';
  return !lex.subjectPronouns.has(before) && !BEFORE_OBJECT.has(before);
}

/** Whether the word after a cue (date words aside) may open a person's name. */
function nameMayFollow(words: Word[], last: number, lex: EventLexicon): boolean {
  let j = last;
  while (j < words.length && lex.dateWords.has(words[j].text)) j++;
  const w = words[j];
  return !!w && !w.punct && !lex.personObjectNonStarters.has(w.text);
}

export function findTriggers(words: Word[], lex: EventLexicon): Trigger[] {
  const found: Trigger[] = [];
  // which words are date words, looked up once per sentence (the context windows see through them)
  let dateMask: boolean[] | null = null;
  for (let i = 0; i < words.length; i++) {
    if (words[i].punct) continue;
    const cues = lex.cuesByFirst.get(words[i].text);
    if (!cues) continue;
    for (const cue of cues) {
      const last = matchesAt(words, i, cue, lex.dateWords);
      if (last < 0) continue;
      dateMask ??= skippedWords(words, { words: lex.dateWords, phrases: lex.datePhrases });
      if (!conditionsHold(words, i, last, cue, dateMask)) continue;
      // "La rencontre sportive entre…": a form the lexicon also has as a noun, right after a determiner, is the noun
      // (here excluded by its own conditions), not the verb; "il la rencontre", "qui les reçoit": an object pronoun before a verb
      if (cue.spec.pos === 'verb' && cues.some((c) => c.spec.pos === 'noun' && c.words.length === 1) && determinerBefore(words, i, lex)) continue;
      // "a accueilli jeudi Volodymyr Zelensky", not "avait accueilli en mars une rencontre": a cue needing a person as its
      // object is no trigger when the word after it (date words aside) opens no name
      if (cue.spec.personObject && !nameMayFollow(words, last, lex)) continue;
      const t: Trigger = {
        first: i, last, start: words[i].start, end: words[last - 1].end, cue,
        type: cue.spec.type, mode: modeOf(words, last, cue),
      };
      if (cue.spec.objectOrganisation && !(cue.after && afterHolds(words, last, cue))) t.needsOrganisation = true;
      found.push(t);
    }
  }
  // Longest first; at equal length a verb after an auxiliary or pronoun ("a rencontré"), else a
  // noun ("la rencontre"); a match overlapping a kept one is dropped (one trigger per word).
  if (found.length < 2) return found.filter((t) => !talkedAbout(words, t, lex));
  const verbalOf = new Map<Trigger, number>();
  for (const t of found) {
    let k = t.first - 1;
    while (k >= 0 && words[k].punct) k--;
    const prev = k >= 0 ? words[k].text : '';
    verbalOf.set(t, VERBAL_CONTEXT.has(prev) === (t.cue.spec.pos === 'verb') ? 0 : 1);
  }
  const verbal = (t: Trigger) => verbalOf.get(t)!;
  // …and a cue whose required words stand there before one still waiting for an organisation as its object
  // ("avait retiré son ambassadeur": the recall, not a withdrawal from some body)
  const waiting = (t: Trigger) => (t.needsOrganisation ? 1 : 0);
  found.sort((a, b) => (b.last - b.first) - (a.last - a.first) || a.first - b.first || verbal(a) - verbal(b) || waiting(a) - waiting(b));
  const kept: Trigger[] = [];
  for (const t of found) if (!kept.some((k) => t.first < k.last && k.first < t.last)) kept.push(t);
  return kept.filter((t) => !talkedAbout(words, t, lex)).sort((a, b) => a.first - b.first);
}

/** How far back from a trigger the "que" of a counted or wished clause may stand, in words. */
const THAT_CLAUSE_WORDS = 10;
/** How many words may stand between "fois" and its "que" ("la deuxième fois cette année qu'Israël frappe"). */
const TIMES_THAT_WORDS = 3;

/** The index of the "que"/"qu" opening the clause a trigger stands in, a few words before it with no punctuation but quote marks between (-1: none). */
function thatBefore(words: Word[], first: number): number {
  for (let k = first - 1, seen = 0; k >= 0 && seen < THAT_CLAUSE_WORDS; k--) {
    const w = words[k];
    if (w.punct) { if (w.text === '"') continue; return -1; }
    if (w.text === 'que' || w.text === 'qu') return k;
    seen++;
  }
  return -1;
}

/** The word before `i`, date words and quote marks aside. */
function wordBefore(words: Word[], i: number, lex: EventLexicon): number {
  let k = i - 1;
  while (k >= 0 && (words[k].text === '"' || lex.dateWords.has(words[k].text))) k--;
  return k;
}

/**
 * Event words that tell no event of their own: a clause counting or generalising occurrences ("C'est la deuxième fois
 * cette année qu'Israël frappe le sol iranien", "chaque fois que"), a wish ("a souhaité que ces frappes soient la fin",
 * "a dit espérer que les deux pays parviennent à un accord"), a definite event noun judged by the verb before it ("a
 * justifié la frappe", "ni exagérer ni minimiser l'attaque", "jugeait lundi la trêve symbolique").
 */
function talkedAbout(words: Word[], t: Trigger, lex: EventLexicon): boolean {
  const that = thatBefore(words, t.first);
  if (that > 0) {
    for (let k = that - 1; k >= Math.max(0, that - 1 - TIMES_THAT_WORDS) && !words[k].punct; k--) {
      if (lex.countedMentionNouns.has(words[k].text)) { if (lex.countedMentionWords.has(words[k - 1]?.text ?? '')) return true; break; }
    }
    // (the verb wished, or a demonstrative resuming an event told before; "espérer que l'entente trouvée lors de pourparlers
    // en Alaska pourra conduire à la paix" takes the talks for granted)
    const verb = wordBefore(words, that, lex);
    const wished = t.cue.spec.pos !== 'noun' || lex.demonstratives.has(words[t.first - 1]?.text ?? '');
    if (wished && verb >= 0 && lex.wishVerbs.has(words[verb].text)) return true;
  }
  if (t.cue.spec.pos === 'verb') return false;
  // "libérés grâce à une médiation des Émirats", "un échange sous médiation émiratie": the means of the clause's event
  if (t.cue.spec.mode === 'third-party' && lex.meansMarkers.some((m) => m.length <= t.first && m.every((x, k) => words[t.first - m.length + k].text === x))) return true;
  const det = t.first - 1;
  if (det < 0 || !lex.talkedAboutDeterminers.has(words[det].text)) return false;
  const verb = wordBefore(words, det, lex);
  return verb >= 0 && lex.evaluationVerbs.has(words[verb].text);
}
