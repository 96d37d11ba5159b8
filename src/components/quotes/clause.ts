// Reporting clauses over tokens: the verb group of a cue ("a-t-il ajouté", "a encore souligné",
// "s'est dit", "estimant", "selon") and the speaker phrase before or after it.
import type { QuoteLexicon, VerbForm } from './lexicon.ts';
import type { Tok } from './tokens.ts';

export interface VerbGroup {
  /** Token index of the first token of the group (a se/s' clitic for pronominal verbs). */
  first: number;
  /** Token index just after the group. */
  next: number;
  cueStart: number;
  cueEnd: number;
  lemma: string;
  kind: 'compound' | 'finite' | 'ppr' | 'prep';
  weak: boolean;
  /** The inverted subject pronoun's offsets ("a-t-il" → il), when there is one. */
  inverted: { start: number; end: number; text: string } | null;
}

export interface SpeakerPhrase {
  kind: 'name' | 'pronoun' | 'description';
  start: number;
  end: number;
  text: string;
  /** A name introduced by a determiner ("le Kremlin", "la Russie"): an institution or place. */
  determined?: boolean;
  /** The subject of a subordinate clause ("qu'elle a lancé"), not of the sentence. */
  subordinate?: boolean;
}

const INVERSION = /^(.+?)-(?:t-)?(il|elle|ils|elles|on)$/;

/** Whether the tokens from k read seq (from its index `from` on: a form's tokens after the first). */
function matchSequence(toks: Tok[], k: number, seq: string[], from = 0): boolean {
  for (let n = from; n < seq.length; n++) if (toks[k + n - from]?.fold !== seq[n]) return false;
  return true;
}

/** Length in tokens of an insertion phrase ("de son côté", "encore", "jeudi") at k, or 0. */
export function insertionAt(lex: QuoteLexicon, toks: Tok[], k: number): number {
  const t = toks[k];
  if (!t || !lex.insertionStarts.has(t.fold)) return 0;
  for (const seq of lex.insertions) if (matchSequence(toks, k, seq)) return seq.length;
  return 0;
}

function isPronominalClitic(t: Tok | undefined): boolean {
  return !!t && (t.fold === 'se' || t.fold === "s'");
}

/** The form at k; of two homographs ("dit" of dire and of se dire), the one agreeing with `pronominal`. */
function formAt(lex: QuoteLexicon, toks: Tok[], k: number, base: string, kind: VerbForm['kind'], pronominal?: boolean): VerbForm | null {
  let found: VerbForm | null = null;
  const forms = lex.forms.get(base);
  if (!forms) return null;
  for (const f of forms) {
    if (f.kind !== kind) continue;
    if (f.tokens.length !== 1 && !matchSequence(toks, k + 1, f.tokens, 1)) continue;
    if (pronominal === undefined || f.pronominal === pronominal) return f;
    found ??= f;
  }
  return found;
}

/** A reporting verb group starting exactly at token k (its auxiliary or verb form). */
export function verbGroupAt(lex: QuoteLexicon, toks: Tok[], k: number): VerbGroup | null {
  const t = toks[k];
  if (!t || !t.word) return null;
  // Most words start no verb group: one look-up says so (an inverted "-t-il" is read below).
  if (!lex.verbGroupStarts.has(t.fold) && !t.fold.includes('-')) return null;
  if (lex.prepositionStarts.has(t.fold)) for (const seq of lex.prepositions) {
    if (matchSequence(toks, k, seq)) {
      const last = toks[k + seq.length - 1];
      return { first: k, next: k + seq.length, cueStart: t.start, cueEnd: last.end, lemma: seq.join(' '), kind: 'prep', weak: false, inverted: null };
    }
  }
  const inv = t.fold.includes('-') ? INVERSION.exec(t.fold) : null;
  const base = inv ? inv[1] : t.fold;
  const inverted = inv ? { start: t.end - inv[2].length, end: t.end, text: t.text.slice(t.text.length - inv[2].length) } : null;
  const pronominal = isPronominalClitic(toks[k - 1]);
  const first = pronominal ? k - 1 : k;
  if (lex.auxiliaries.has(base) || (pronominal && lex.pronominalAuxiliaries.has(base))) {
    let q = k + 1;
    for (let n = 0; n < 6 && q < toks.length; n++) {
      // "Son ministre, Abbas Araghchi, a, lui, jugé": a stressed pronoun set off between auxiliary and participle.
      const stressed = toks[q].fold === ',' && lex.dislocatedPronouns.has(toks[q + 1]?.fold ?? '') && toks[q + 2]?.fold === ',' ? 3 : 0;
      const len = stressed || insertionAt(lex, toks, q);
      if (!len) break;
      q += len;
    }
    const f = formAt(lex, toks, q, toks[q]?.fold ?? '', 'pp', pronominal && lex.pronominalAuxiliaries.has(base));
    if (f && f.pronominal === (pronominal && lex.pronominalAuxiliaries.has(base))) {
      const end = toks[q + f.tokens.length - 1].end;
      return { first, next: q + f.tokens.length, cueStart: toks[first].start, cueEnd: end, lemma: f.lemma, kind: 'compound', weak: f.weak, inverted };
    }
    return null;
  }
  // No reporting verb form starts with this word: neither a finite form nor a participle is there.
  if (!lex.forms.has(base)) return null;
  const finite = formAt(lex, toks, k, base, 'finite', pronominal);
  if (finite && finite.pronominal === pronominal && !(inv && finite.tokens.length > 1)) {
    const end = toks[k + finite.tokens.length - 1].end;
    return { first, next: k + finite.tokens.length, cueStart: toks[first].start, cueEnd: end, lemma: finite.lemma, kind: 'finite', weak: finite.weak, inverted };
  }
  const ppr = !inv ? formAt(lex, toks, k, base, 'ppr', pronominal) : null;
  if (ppr && ppr.pronominal === pronominal) {
    const gerund = toks[first - 1]?.fold === 'en' ? first - 1 : first;
    const end = toks[k + ppr.tokens.length - 1].end;
    return { first: gerund, next: k + ppr.tokens.length, cueStart: toks[gerund].start, cueEnd: end, lemma: ppr.lemma, kind: 'ppr', weak: ppr.weak, inverted: null };
  }
  return null;
}

const DE_LIKE = new Set(['de', 'du', 'des', "d'"]);
/** Prepositions opening the complement of an office before the name apposed to it. */
const OFFICE_COMPLEMENTS = new Set(['à', 'au', 'aux', 'pour']);
/** Subordinators that are themselves the subject or an object of their clause ("qui", "dont"). */
const CLAUSE_PRONOUNS = new Set(['qui', 'dont', 'ou', 'car']);
const SUBORDINATORS = new Set(['que', "qu'", 'qui', 'dont', 'ou', 'si', "s'", 'lorsque', "lorsqu'", 'quand', 'comme', 'puisque', "puisqu'", 'car']);

function isDet(lex: QuoteLexicon, t: Tok | undefined): boolean { return !!t && lex.determiners.has(t.fold); }
function isTitleAt(lex: QuoteLexicon, toks: Tok[], k: number): number {
  const t = toks[k];
  if (!t || !lex.titles.has(t.fold)) return 0;
  if (toks[k + 1]?.fold === '.' && toks[k + 1].start === t.end) return toks[k + 2]?.cap ? 2 : 0;
  return toks[k + 1]?.cap ? 1 : 0;
}
function isNameWord(lex: QuoteLexicon, t: Tok | undefined): boolean {
  // An elided clitic ("C'", "L'", "Qu'") opening a sentence is capitalised but no name.
  return !!t && t.word && t.cap && !/['’]$/.test(t.text) && !lex.determiners.has(t.fold) && !lex.phraseBreakers.has(t.fold) && !lex.singleInsertions.has(t.fold);
}

function pronounAt(lex: QuoteLexicon, toks: Tok[], k: number): number {
  if (!lex.subjectPronounStarts.has(toks[k]?.fold ?? '')) return 0;
  for (const seq of lex.subjectPronouns) {
    if (!matchSequence(toks, k, seq)) continue;
    // "la première" ends its phrase or comes before a verb; "le premier ministre" is no pronoun
    const next = toks[k + seq.length];
    if (lex.ordinalPronouns.has(seq.join(' ')) && next?.word && !lex.auxiliaries.has(next.fold) && !lex.forms.has(next.fold)) continue;
    return seq.length;
  }
  return 0;
}

/** A capitalised particle inside a name: "Le" in "Marine Le Pen", "Van" in "Dries Van Noten". */
function isCapParticle(lex: QuoteLexicon, t: Tok | undefined): boolean {
  return !!t && t.cap && t.word && lex.nameParticles.has(t.fold);
}

/** Initials written with full stops: "J.D", "W" (the dots between them are inside the token). */
const INITIALS = /^\p{Lu}(?:\.\p{Lu})*$/u;

/** Whether token k is the full stop of an initial inside a name: "J.D. Vance", "George W. Bush". */
function initialDotAt(lex: QuoteLexicon, toks: Tok[], k: number): boolean {
  const dot = toks[k], initial = toks[k - 1], next = toks[k + 1];
  return dot?.fold === '.' && !!initial && dot.start === initial.end && INITIALS.test(initial.text) && !lex.titles.has(initial.fold)
    && isNameWord(lex, next) && next.start - dot.end === 1;
}

/** A name run forward from k: optional title, capitalised words with particles. Returns the index after it. */
function nameRunForward(lex: QuoteLexicon, toks: Tok[], k: number, limit: number): number {
  const title = isTitleAt(lex, toks, k);
  let q = k + title;
  if (title && isCapParticle(lex, toks[q]) && isNameWord(lex, toks[q + 1])) q++; // M. Le Maire
  if (!isNameWord(lex, toks[q])) return k;
  const firstWord = q;
  q++;
  while (q < limit) {
    const t = toks[q];
    if (isNameWord(lex, t) && t.start - toks[q - 1].end <= 1) { q++; continue; }
    if (initialDotAt(lex, toks, q)) { q += 2; continue; }
    if (isCapParticle(lex, t) && isNameWord(lex, toks[q + 1])) { q += 2; continue; }
    // lower-case particles: "Ursula von der Leyen", "Charles de Gaulle" (de only after a first name)
    let p = q;
    while (p < limit && p - q < 2 && toks[p].word && !toks[p].cap && lex.nameParticles.has(toks[p].fold)) p++;
    if (p > q && isNameWord(lex, toks[p]) && (q - firstWord === 1 || !DE_LIKE.has(t.fold) && t.fold !== 'la' && t.fold !== 'le')) { q = p + 1; continue; }
    break;
  }
  return q;
}

function phrase(text: string, toks: Tok[], a: number, b: number, kind: SpeakerPhrase['kind'], determined = false): SpeakerPhrase {
  const start = toks[a].start, end = toks[b - 1].end;
  return { kind, start, end, text: text.slice(start, end), determined };
}

/** Skips a prepositional phrase ("dans la soirée", "lors d'une conférence de presse") from k. */
function skipPrepositionalPhrase(lex: QuoteLexicon, toks: Tok[], k: number, limit: number): number {
  // "a lu en turc Bese Hozat": "en" and one bare word (a language, a manner) before a name.
  if (toks[k].fold === 'en' && k + 2 < limit && toks[k + 1].word && !toks[k + 1].cap && !isDet(lex, toks[k + 1]) && !lex.phraseBreakers.has(toks[k + 1].fold) && isNameWord(lex, toks[k + 2])) return k + 2;
  let q = k + 1;
  let sawWord = false;
  while (q < limit) {
    const t = toks[q];
    if (!t.word && t.fold !== "'") return q;
    const prev = toks[q - 1];
    if (sawWord && (isDet(lex, t) || lex.titles.has(t.fold)) && !DE_LIKE.has(prev.fold) && !lex.phraseBreakers.has(prev.fold) && !isDet(lex, prev)) return q;
    if (t.word && !t.cap && !isDet(lex, t) && !DE_LIKE.has(t.fold)) sawWord = true;
    if (t.cap && !isDet(lex, t)) sawWord = true;
    q++;
  }
  return q;
}

/** The speaker phrase after an inverted cue: "a réagi dans la soirée le ministre …, Roustem Oumerov". */
export function speakerAfter(lex: QuoteLexicon, text: string, toks: Tok[], k: number, limit: number): SpeakerPhrase | null {
  let q = k;
  for (let steps = 0; steps < 12 && q < limit; steps++) {
    const t = toks[q];
    if (t.fold === ',') { q++; continue; }
    const ins = insertionAt(lex, toks, q);
    if (ins) { q += ins; continue; }
    if (lex.phraseBreakers.has(t.fold) && !isDet(lex, t)) {
      if (SUBORDINATORS.has(t.fold) || t.fold === 'et' || t.fold === 'mais') return null;
      q = skipPrepositionalPhrase(lex, toks, q, limit);
      continue;
    }
    break;
  }
  if (q >= limit) return null;
  const pro = pronounAt(lex, toks, q);
  if (pro) return phrase(text, toks, q, q + pro, 'pronoun');
  const nameEnd = nameRunForward(lex, toks, q, limit);
  if (nameEnd > q) return phrase(text, toks, q, nameEnd, 'name');
  if (isDet(lex, toks[q])) return descriptionForward(lex, text, toks, q, limit);
  return null;
}

/** A description from its determiner; an appositive name inside or after a comma wins. */
function descriptionForward(lex: QuoteLexicon, text: string, toks: Tok[], k: number, limit: number): SpeakerPhrase | null {
  let q = k + 1;
  let words = 0;
  while (q < limit && words < 12) {
    const t = toks[q];
    const prev = toks[q - 1];
    // "un conseiller de M. Ruto": the full stop of an abbreviated title before a name ends nothing
    if (t.fold === '.' && lex.titles.has(prev.fold) && prev.cap && toks[q + 1]?.cap && q + 1 < limit) { q += 2; words++; continue; }
    if (!t.word) break;
    if (t.cap || isTitleAt(lex, toks, q)) {
      const complement = DE_LIKE.has(prev.fold) || isDet(lex, prev) || prev.cap;
      if (!complement) {
        const end = nameRunForward(lex, toks, q, limit);
        if (end > q) return phrase(text, toks, q, end, 'name');
      }
      q++; words++; continue;
    }
    // "le secrétaire américain au Trésor", "la ministre déléguée aux Affaires européennes".
    if ((t.fold === 'au' || t.fold === 'aux') && toks[q + 1]?.cap) { q++; words++; continue; }
    // "le Premier ministre et ministre des Affaires étrangères qatari": one person, two offices.
    if (t.fold === 'et' && lex.speakerHeads.has(toks[q + 1]?.fold ?? '')) { q++; words++; continue; }
    if (lex.phraseBreakers.has(t.fold) && !DE_LIKE.has(t.fold)) break;
    q++; words++;
  }
  if (q === k + 1) return null;
  // "le conseiller à la sécurité nationale, Jake Sullivan": a complement in "à" of the office, then
  // the name in apposition (the description alone still stops at "à").
  let c = q;
  // "l'émissaire américain pour la Syrie, Tom Barrack": "pour" and its complement alike.
  if (c > k + 1 && OFFICE_COMPLEMENTS.has(toks[c]?.fold ?? '') && toks.slice(k + 1, c).some((t) => lex.speakerHeads.has(t.fold))) {
    c++;
    while (c < limit && c - q <= 6 && toks[c].word && (!lex.phraseBreakers.has(toks[c].fold) || DE_LIKE.has(toks[c].fold) || isDet(lex, toks[c]))) c++;
    if (toks[c]?.fold !== ',') c = q;
  }
  if (c > q && c + 1 < limit) {
    const end = nameRunForward(lex, toks, c + 1, limit);
    const closed = end >= limit || [',', '.', ';', ')'].includes(toks[end]?.fold ?? '.');
    if (end > c + 1 && closed) return phrase(text, toks, c + 1, end, 'name');
    const titled = titledNameAt(lex, toks, c + 1, limit);
    if (titled) return phrase(text, toks, titled[0], titled[1], 'name');
  }
  // "le porte-parole du Kremlin, Dmitri Peskov": the name in apposition is the speaker.
  if (toks[q]?.fold === ',' && q + 1 < limit) {
    const end = nameRunForward(lex, toks, q + 1, limit);
    if (end > q + 1) return phrase(text, toks, q + 1, end, 'name');
    // "le secrétaire d'Etat du Vatican, le cardinal Pietro Parolin,": a title noun before the name.
    const titled = titledNameAt(lex, toks, q + 1, limit);
    if (titled) return phrase(text, toks, titled[0], titled[1], 'name');
  }
  const head = toks[k + 1];
  if (head.cap && q === k + 2) return phrase(text, toks, k + 1, q, 'name', true); // "le Kremlin"
  return phrase(text, toks, k, q, 'description');
}

/**
 * ", le cardinal Pietro Parolin,", ", l'ancien ministre Jean Dupont.": an apposition made of a
 * determiner, a person noun (with at most two other lower-case words) and a name closing it.
 * Returns the name's token range.
 */
function titledNameAt(lex: QuoteLexicon, toks: Tok[], k: number, limit: number): [number, number] | null {
  if (!isDet(lex, toks[k]) || DE_LIKE.has(toks[k].fold)) return null;
  let q = k + 1, head = false;
  while (q < limit && q - k <= 3 && toks[q].word && !toks[q].cap && !lex.phraseBreakers.has(toks[q].fold)) {
    if (lex.speakerHeads.has(toks[q].fold)) head = true;
    q++;
  }
  if (!head || q === k + 1) return null;
  const end = nameRunForward(lex, toks, q, limit);
  if (end <= q) return null;
  const after = toks[end];
  return !after || end >= limit || [',', '.', ';', ')'].includes(after.fold) ? [q, end] : null;
}

/** The subject of a verb group, walking back from its first token ("Le porte-parole du Kremlin, Dmitri Peskov, a indiqué"). */
export function speakerBefore(lex: QuoteLexicon, text: string, toks: Tok[], first: number, floor: number): SpeakerPhrase | null {
  let k = first - 1;
  // "le", "la", "les" before a verb may be a determiner ("la note", "la demande"), and "nous", "vous"
  // a subject; before a third-person auxiliary all are clitics: "Il les a prévenus", "Elle nous a dit".
  const beforeAuxiliary = lex.auxiliaries.has(toks[first]?.fold ?? '') && toks[first].fold !== 'avoir';
  while (k >= floor && lex.objectClitics.has(toks[k].fold) && (beforeAuxiliary || !lex.ambiguousClitics.has(toks[k].fold))) k--;
  for (let level = 0; level < 3 && k >= floor && toks[k].fold === ','; level++) {
    // ", de son côté," or ", Dmitri Peskov," or ", qui …,": look at the segment before the comma.
    let pc = k - 1;
    while (pc >= floor && toks[pc].fold !== ',' && toks[pc].fold !== ':' && (!/[.;!?(]/.test(toks[pc].fold) || initialDotAt(lex, toks, pc))) pc--;
    // "tandis que Donald Trump, à l'issue de …, assurait": a segment opening on a clause link holds the subject after it.
    const link = lex.clauseLinks.find((seq) => matchSequence(toks, pc + 1, seq));
    const segStart = pc + 1 + (link?.length ?? 0);
    if (link) {
      if (segStart >= k) break;
      k = k - 1;
      break;
    }
    if (insertionAt(lex, toks, segStart) === k - segStart) { k = pc; continue; }
    // "Le président américain, lui, a affirmé": a stressed pronoun set off after its subject.
    if (k - segStart === 1 && lex.dislocatedPronouns.has(toks[segStart].fold) && pc > floor && toks[pc].fold === ',') { k = pc; continue; }
    if (SUBORDINATORS.has(toks[segStart]?.fold)) {
      // "quand Emmanuel Macron, devant les ambassadeurs, a estimé": the segment is the subordinate clause's subject.
      const named = !CLAUSE_PRONOUNS.has(toks[segStart].fold) && nameRunForward(lex, toks, segStart + 1, k);
      if (named === k && k > segStart + 1) return { ...phrase(text, toks, segStart + 1, k, 'name'), subordinate: true };
      k = pc; continue;
    }
    // ", sur la base militaire en Alaska,": a prepositional phrase set off by commas.
    if (lex.phraseBreakers.has(toks[segStart]?.fold) && !DE_LIKE.has(toks[segStart].fold)) { k = pc; continue; }
    const nameEnd = nameRunForward(lex, toks, segStart, k);
    if (nameEnd === k && nameEnd > segStart) return phrase(text, toks, segStart, k, 'name');
    // "Washington, principal soutien militaire de l'île, a exhorté": an apposition after a name.
    const head = toks[segStart];
    // Not after a set-off phrase ending on a name: "…, devant le Parlement, la dirigeante conservatrice, …, a estimé".
    if (pc > floor && toks[pc].fold === ',' && head?.word && !head.cap && !SUBORDINATORS.has(head.fold) && isNameWord(lex, toks[pc - 1]) && !prepositionalSegmentBefore(lex, toks, pc, floor)) { k = pc; continue; }
    // "Kirill Dmitriev, directeur du Fonds…, présent à Riyad, a estimé": appositions chained after a name.
    if (pc > floor && toks[pc].fold === ',' && head?.word && !head.cap && !SUBORDINATORS.has(head.fold) && appositionChainToName(lex, toks, pc, floor)) { k = pc; continue; }
    k = k - 1;
    break;
  }
  if (k < floor) return null;
  const t = toks[k];
  // two-token pronouns ("ce dernier")
  if (k - 1 >= floor && pronounAt(lex, toks, k - 1) === 2) return phrase(text, toks, k - 1, k + 1, 'pronoun');
  if (pronounAt(lex, toks, k) === 1) {
    if (SUBORDINATORS.has(toks[k - 1]?.fold) && k - 1 >= floor) return { ...phrase(text, toks, k, k + 1, 'pronoun'), subordinate: true };
    return phrase(text, toks, k, k + 1, 'pronoun');
  }
  if (lex.indefinitePronouns.has(t.fold)) return null;
  if (t.fold === 'qui' && k - 1 >= floor) return relativeAntecedent(lex, text, toks, k, floor);
  if (isNameWord(lex, t)) {
    const j = nameRunBack(lex, toks, k, floor);
    const p = toks[j - 1];
    // "le ministère taïwanais de la Défense": "de la" + name is the complement of a description.
    if (j - 2 >= floor && p && isDet(lex, p) && !DE_LIKE.has(p.fold) && DE_LIKE.has(toks[j - 2].fold)) return descriptionBack(lex, text, toks, j - 2, k + 1, floor);
    if (j - 1 >= floor && p && isDet(lex, p) && !DE_LIKE.has(p.fold)) return phrase(text, toks, j - 1, k + 1, 'name', true);
    if (j - 1 >= floor && p && DE_LIKE.has(p.fold)) return descriptionBack(lex, text, toks, j - 1, k + 1, floor);
    if (j - 1 >= floor && p && SUBORDINATORS.has(p.fold)) return { ...phrase(text, toks, j, k + 1, 'name'), subordinate: true };
    // "Emmanuel Macron et Olaf Scholz ont dénoncé": a plural verb after coordinated names has them
    // all as subject; the first stands for the pair.
    if (j - 1 >= floor && p?.fold === 'et' && PLURAL_VERB.test(toks[isPronominalClitic(toks[first]) ? first + 1 : first]?.fold ?? '')) {
      const c = firstConjunct(lex, text, toks, j - 1, floor);
      if (c) return c;
    }
    // "avec Donald Trump", "en Alaska", "et Vladimir Poutine": a complement or a coordination, not the subject.
    if (j - 1 >= floor && p && lex.phraseBreakers.has(p.fold)) return null;
    // "Hakan Fidan et son homologue russe Sergueï Lavrov se sont entretenus": the second conjunct carries a description
    // ("et son homologue russe"); the first name still stands for the pair.
    if (j - 1 >= floor && p?.word && !p.cap && PLURAL_VERB.test(toks[isPronominalClitic(toks[first]) ? first + 1 : first]?.fold ?? '')) {
      for (let q = j - 1, n = 0; q - 1 >= floor && n < DESCRIBED_CONJUNCT && toks[q].word && !toks[q].cap; q--, n++) {
        if (toks[q - 1].fold !== 'et' || !isDet(lex, toks[q])) continue;
        const c = firstConjunct(lex, text, toks, q - 1, floor);
        if (c) return c;
        break;
      }
    }
    return phrase(text, toks, j, k + 1, 'name');
  }
  if (t.word && !t.cap) return descriptionBack(lex, text, toks, k, k + 1, floor);
  return null;
}

/** How many words the description of a second conjunct may take ("et son homologue russe"). */
const DESCRIBED_CONJUNCT = 5;

/** A third-person plural verb or auxiliary: "ont", "sont", "jugent". */
const PLURAL_VERB = /^(?:ont|sont|\p{L}+ent)$/u;

/** The name coordinated before "et" at `et` ("Emmanuel Macron" in "Emmanuel Macron et Olaf Scholz"), when it opens the subject. */
function firstConjunct(lex: QuoteLexicon, text: string, toks: Tok[], et: number, floor: number): SpeakerPhrase | null {
  const k = et - 1;
  if (k < floor || !isNameWord(lex, toks[k])) return null;
  const j = nameRunBack(lex, toks, k, floor);
  const p = toks[j - 1];
  if (j - 1 < floor || !p || p.fold === ',') return phrase(text, toks, j, k + 1, 'name');
  if (DE_LIKE.has(p.fold)) return null;
  if (isDet(lex, p)) return phrase(text, toks, j - 1, k + 1, 'name', true);
  if (lex.phraseBreakers.has(p.fold) || SUBORDINATORS.has(p.fold) || !p.word) return null;
  return phrase(text, toks, j, k + 1, 'name');
}

/**
 * Whether, walking back from the comma at `comma` over lower-case appositions (", directeur du
 * Fonds russe d'investissement direct,"), a comma-bounded name run opening the clause is reached.
 */
function appositionChainToName(lex: QuoteLexicon, toks: Tok[], comma: number, floor: number): boolean {
  let k = comma;
  for (let level = 0; level < 3; level++) {
    let pc = k - 1;
    while (pc >= floor && toks[pc].fold !== ',' && toks[pc].fold !== ':' && (!/[.;!?(]/.test(toks[pc].fold) || initialDotAt(lex, toks, pc))) pc--;
    const segStart = pc + 1;
    const end = nameRunForward(lex, toks, segStart, k);
    if (end === k && end > segStart) return true;
    const head = toks[segStart];
    if (pc < floor || toks[pc].fold !== ',' || !head?.word || head.cap || SUBORDINATORS.has(head.fold)) return false;
    k = pc;
  }
  return false;
}

/** Whether the comma-bounded segment ending before the comma at `comma` opens on a preposition ("devant le Parlement"). */
function prepositionalSegmentBefore(lex: QuoteLexicon, toks: Tok[], comma: number, floor: number): boolean {
  let pc = comma - 1;
  while (pc >= floor && toks[pc].fold !== ',' && toks[pc].fold !== ':' && !/[.;!?(]/.test(toks[pc].fold)) pc--;
  const head = toks[pc + 1];
  return !!head && pc + 1 < comma && lex.phraseBreakers.has(head.fold) && !isDet(lex, head) && !DE_LIKE.has(head.fold) && !SUBORDINATORS.has(head.fold);
}

/** First token of the name run (title included) that ends at token k. */
function nameRunBack(lex: QuoteLexicon, toks: Tok[], k: number, floor: number): number {
  let j = k;
  while (j - 1 >= floor) {
    const p = toks[j - 1];
    if (isNameWord(lex, p) && toks[j].start - p.end <= 1) { j--; continue; }
    if (j - 2 >= floor && initialDotAt(lex, toks, j - 1)) { j -= 2; continue; }
    if (p.word && lex.nameParticles.has(p.fold) && isNameWord(lex, toks[j - 2]) && (p.cap || !DE_LIKE.has(p.fold))) { j -= 2; continue; }
    if (p.word && !p.cap && lex.nameParticles.has(p.fold) && lex.nameParticles.has(toks[j - 2]?.fold ?? '') && isNameWord(lex, toks[j - 3])) { j -= 3; continue; }
    if (isCapParticle(lex, p) && j - 2 >= floor && toks[j - 2].fold === '.' && lex.titles.has(toks[j - 3]?.fold ?? '')) { j--; continue; }
    break;
  }
  if (toks[j - 1]?.fold === '.' && j - 2 >= floor && lex.titles.has(toks[j - 2].fold)) j -= 2;
  else if (j - 1 >= floor && lex.titles.has(toks[j - 1].fold)) j--;
  return j;
}

/**
 * The antecedent of a subject relative "qui" at token k: "… par Nicolás Maduro, qui a salué",
 * "le ministre, qui a dénoncé". Whatever governs the antecedent (par, avec…) does not matter:
 * the relative clause has it as subject.
 */
function relativeAntecedent(lex: QuoteLexicon, text: string, toks: Tok[], k: number, floor: number): SpeakerPhrase | null {
  let e = k - 1;
  if (toks[e].fold === ',') e--;
  // "C'est Donald Trump lui-même qui a annoncé": an emphatic pronoun after the antecedent.
  if (e > floor && lex.emphaticPronouns.has(toks[e].fold)) e--;
  if (e < floor) return null;
  if (isNameWord(lex, toks[e])) {
    const j = nameRunBack(lex, toks, e, floor);
    const det = j - 1 >= floor && isDet(lex, toks[j - 1]) && !DE_LIKE.has(toks[j - 1].fold);
    return det ? phrase(text, toks, j - 1, e + 1, 'name', true) : phrase(text, toks, j, e + 1, 'name');
  }
  if (!toks[e].word || toks[e].cap) return null;
  const d = descriptionBack(lex, text, toks, e, e + 1, floor);
  if (!d || d.subordinate) return null;
  // "à la demande du président allemand, qui avait sollicité": a person complement of a noun that is no speaker is the antecedent.
  const words: number[] = [];
  for (let j = floor; j <= e; j++) if (toks[j].start >= d.start && toks[j].word) words.push(j);
  const head = words.find((j) => !isDet(lex, toks[j]));
  if (head !== undefined && !toks[head].cap && !lex.speakerHeads.has(toks[head].fold)) {
    const de = words.find((j) => j > head && DE_LIKE.has(toks[j].fold));
    if (de !== undefined && de < e && words.some((j) => j > de && lex.speakerHeads.has(toks[j].fold))) {
      return phrase(text, toks, de + 1, e + 1, isNameWord(lex, toks[de + 1]) ? 'name' : 'description');
    }
  }
  return speakerLike(lex, d, toks) ? d : null;
}

function descriptionBack(lex: QuoteLexicon, text: string, toks: Tok[], k: number, end: number, floor: number): SpeakerPhrase | null {
  for (let j = k, n = 0; j >= floor && n < 10; j--, n++) {
    const t = toks[j];
    // "les ministres de la Jordanie, de l'Arabie saoudite et du Qatar": complements listed with commas
    // (a list's items do not count towards the phrase's length).
    if (t.fold === ',' && DE_LIKE.has(toks[j + 1]?.fold ?? '') && j + 1 < k && !insertionAt(lex, toks, j + 1)) { n = -1; continue; }
    if (!t.word && t.fold !== "'") return null;
    if (isDet(lex, t) && !DE_LIKE.has(t.fold) && !DE_LIKE.has(toks[j - 1]?.fold ?? '')) {
      // "à la demande du président": a verb form right after a determiner is a noun, and a lone determiner no subject.
      if (j + 1 === end) return null;
      if (SUBORDINATORS.has(toks[j - 1]?.fold ?? '') && j - 1 >= floor) return { ...phrase(text, toks, j, end, 'description'), subordinate: true };
      return phrase(text, toks, j, end, 'description');
    }
    // "les délégations des États-Unis et de l'Ukraine": complements coordinated inside the phrase.
    if (t.fold === 'et' && DE_LIKE.has(toks[j + 1]?.fold ?? '')) continue;
    if (SUBORDINATORS.has(t.fold) || (lex.phraseBreakers.has(t.fold) && !DE_LIKE.has(t.fold) && t.fold !== 'la' && t.fold !== 'le')) return null;
  }
  return null;
}

/** Whether a description names a person or a speaking institution ("le diplomate", "le ministère"). */
export function speakerLike(lex: QuoteLexicon, p: SpeakerPhrase, toks: Tok[]): boolean {
  if (p.kind !== 'description') return true;
  // "La Banque mondiale", "Le Parlement européen": a named institution.
  const head = toks.find((t) => t.start > p.start && t.end <= p.end);
  if (head?.cap) return true;
  return toks.some((t) => t.start >= p.start && t.end <= p.end && lex.speakerHeads.has(t.fold));
}
