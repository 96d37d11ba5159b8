// Event triggers: cue words and phrases of the lexicon found in a sentence's words, with their
// context conditions checked; overlapping matches keep the longest.
import type { Cue, EventLexicon } from './lexicon.ts';
import { findSeq, type Word } from './words.ts';

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

/** Words only (no punctuation), keeping their index in the full list. */
function wordIndexes(words: Word[]): number[] {
  const out: number[] = [];
  words.forEach((w, i) => { if (!w.punct) out.push(i); });
  return out;
}

function matchesAt(words: Word[], i: number, cue: Cue): number {
  // Multi-word cues match consecutive words, skipping no punctuation.
  let j = i;
  for (const w of cue.words) {
    if (j >= words.length || words[j].text !== w) return -1;
    j++;
  }
  return j;
}

/** The words (no punctuation) between sentence word indexes, as a compact array. */
function plain(words: Word[], from: number, to: number): Word[] {
  return words.slice(Math.max(0, from), Math.max(0, to)).filter((w) => !w.punct);
}

function conditionsHold(words: Word[], first: number, last: number, cue: Cue): boolean {
  const spec = cue.spec;
  const win = spec.window ?? 4;
  const winAfter = spec.windowAfter ?? win;
  const afterWords = plain(words, last, last + winAfter + 4).slice(0, winAfter + 3);
  const beforeWords = plain(words, first - win - 4, first).slice(-win - 2);
  const startsWithin = (list: Word[], seqs: string[][], n: number) => findSeq(list, 0, n, seqs) !== null;
  if (cue.after && !startsWithin(afterWords, cue.after, winAfter) && !spec.objectOrganisation) return false;
  if (cue.notAfter.length && startsWithin(afterWords, cue.notAfter, Math.min(2, winAfter))) return false;
  if (cue.before) {
    const tail = beforeWords.slice(-win);
    const hit = cue.before.some((s) => tail.some((_, k) => s.every((x, m) => tail[k + m]?.text === x)));
    if (!hit) return false;
  }
  if (cue.notBefore.length) {
    const tail = plain(words, first - (spec.notBeforeWindow ?? 2) - 4, first).slice(-(spec.notBeforeWindow ?? 2));
    const hit = cue.notBefore.some((s) => tail.some((_, k) => s.every((x, m) => tail[k + m]?.text === x)));
    if (hit) return false;
  }
  return true;
}

/** Whether the cue's `after` words follow it (the condition `objectOrganisation` cues may do without). */
function afterHolds(words: Word[], last: number, cue: Cue): boolean {
  const winAfter = cue.spec.windowAfter ?? cue.spec.window ?? 4;
  const afterWords = plain(words, last, last + winAfter + 4).slice(0, winAfter + 3);
  return !!cue.after && findSeq(afterWords, 0, winAfter, cue.after) !== null;
}

function modeOf(words: Word[], last: number, cue: Cue): string | null {
  if (cue.spec.mode) return cue.spec.mode;
  if (!cue.modeAfter.length) return null;
  const after = plain(words, last, last + 12).slice(0, 8);
  for (const [seq, mode] of cue.modeAfter) if (findSeq(after, 0, after.length, [seq])) return mode;
  return null;
}

/** Words after which a form shared by a noun and a verb ("rencontre") is the verb. */
const VERBAL_CONTEXT = new Set(['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'est', 'sont', 'etait', 'etaient', 'ete', 's', 'se', 'pas', 'jamais', 'plus',
  'il', 'elle', 'ils', 'elles', 'on', 'qui', 'va', 'vont', 'doit', 'doivent', 'pourrait', 'pourraient', 'devrait', 'devraient', 'n', 'ne', 'lui', 'leur', 'nous', 'vous']);

export function findTriggers(words: Word[], lex: EventLexicon): Trigger[] {
  const found: Trigger[] = [];
  for (const i of wordIndexes(words)) {
    const cues = lex.cuesByFirst.get(words[i].text);
    if (!cues) continue;
    for (const cue of cues) {
      const last = matchesAt(words, i, cue);
      if (last < 0 || !conditionsHold(words, i, last, cue)) continue;
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
  const verbal = (t: Trigger) => {
    const prev = words.slice(0, t.first).filter((w) => !w.punct).pop()?.text ?? '';
    return VERBAL_CONTEXT.has(prev) === (t.cue.spec.pos === 'verb') ? 0 : 1;
  };
  found.sort((a, b) => (b.last - b.first) - (a.last - a.first) || a.first - b.first || verbal(a) - verbal(b));
  const kept: Trigger[] = [];
  for (const t of found) if (!kept.some((k) => t.first < k.last && k.first < t.last)) kept.push(t);
  return kept.sort((a, b) => a.first - b.first);
}
