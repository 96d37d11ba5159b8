// Quotes of an article: quoted spans paired from their marks, filtered (scare quotes, titles),
// each attributed to a speaker by the first strategy that finds one, in document order so a
// pronoun or a follow-up quote can fall back on the previous speaker. Reported speech without
// marks ("X a déclaré que …") is collected separately as indirect quotes.
import type { Document, Quote, Speaker } from '../../core/document.ts';
import { foldForm, nameKey } from '../../core/normalize.ts';
import { speakerAfter, speakerBefore, speakerLike, verbGroupAt, type SpeakerPhrase, type VerbGroup } from './clause.ts';
import { collectiveKind, collectiveSpeaker, groupOrganisation } from './collective.ts';
import type { DemonymCountry } from './counterpart.ts';
import { phraseTokens, type QuoteLexicon } from './lexicon.ts';
import { findQuotedSpans, quotedText, type QuotedSpan } from './marks.ts';
import { entityFor, resolveSpeaker, speakerGender, stripTitle, type OfficeMention, type ResolveContext } from './resolve.ts';
import type { RoleHolderTest } from './role-holder.ts';
import { sentenceUnits, unitAt, unitIndexAt, type Unit } from './sentences.ts';
import { tokenize, type Tok } from './tokens.ts';

interface Found { phrase: SpeakerPhrase; cue: string | null }

interface Item {
  start: number; end: number; text: string; kind: Quote['kind'];
  /** Speaker strategies in priority order, tried lazily (a pronoun needs the previous speaker). */
  found: Found | null;
  /** Attributed only to a document that names no author ("précise le communiqué"). */
  anonymousDocument?: Found | null;
  followUp: boolean;
  paragraph: number;
  /** Sentence unit of the quote's opening mark (quotes only). */
  unit?: number;
}

export interface Extracted { quotes: Quote[]; reported: Quote[] }

const WORD_RUN = /[\p{L}\p{N}'’]+/gu;
const ELIDED_CLITIC = /^[cdjlmnst]['’]|^qu['’]/iu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** How many content words a quote has: elided clitics (l', d') do not count. */
function contentWordCount(text: string): number {
  let n = 0;
  for (const m of text.matchAll(WORD_RUN)) {
    const clitic = ELIDED_CLITIC.exec(m[0]);
    if (LETTER_OR_DIGIT.test(clitic ? m[0].slice(clitic[0].length) : m[0])) n++;
  }
  return n;
}

/** Per token: does it start inside a quoted span (from its opening mark to its closing one)? */
/** "se", "s'": the clitic of a pronominal verb. */
function reflexive(t: Tok | undefined): boolean { return t?.fold === 'se' || t?.fold === "s'"; }

function quotedTokens(toks: Tok[], spans: QuotedSpan[]): boolean[] {
  const quoted = new Array<boolean>(toks.length).fill(false);
  for (const s of spans) {
    const last = s.close ?? s.end - 1;
    // First token starting at or after the opening mark (tokens are in text order).
    let lo = 0, hi = toks.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid].start < s.open) lo = mid + 1; else hi = mid; }
    for (let k = lo; k < toks.length && toks[k].start <= last; k++) quoted[k] = true;
  }
  return quoted;
}

const DE_LIKE_WORDS = new Set(['de', 'du', 'des', "d'"]);
/** Articles fused with a preposition: "du", "au" open a complement, not a description. */
const CONTRACTED_ARTICLES = new Set(['du', 'des', 'au', 'aux']);
const DEFINITE_SINGULAR = new Set(['le', 'la', "l'"]);
// Unicode-property tests shared by the functions below: built once here, since tsx compiles a
// literal with \p{…} outside a character class into a `new RegExp` evaluated at each use.
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;
const HAS_LOWER = /\p{Ll}/u;
/** "al-Hayya", "el-Sissi": a lower-case particle joined to a capitalised name. */
const PARTICLE_JOINED_NAME = /^(\p{Ll}+)-\p{Lu}/u;

class Analysis {
  readonly toks: Tok[];
  readonly units: Unit[];
  readonly spans: QuotedSpan[];
  /** Per token: inside a quoted span (marks included). */
  readonly quoted: boolean[];
  /** Per token: its verb group once asked for (undefined: not yet, null: none). */
  private readonly groupAt: (VerbGroup | null | undefined)[];

  constructor(readonly doc: Document, readonly lex: QuoteLexicon) {
    this.spans = findQuotedSpans(doc.text);
    this.toks = tokenize(doc.text, 0, doc.text.length, doc.norm);
    // "al-Hayya", "el-Sissi", "ben-Gvir": a lower-case particle joined to a capitalised name is a name word.
    for (const t of this.toks) {
      if (!t.text.includes('-')) continue;
      const m = PARTICLE_JOINED_NAME.exec(t.text);
      if (m && lex.nameParticles.has(m[1].toLowerCase())) t.cap = true;
    }
    this.units = sentenceUnits(doc.text, this.spans);
    this.quoted = quotedTokens(this.toks, this.spans);
    this.groupAt = new Array(this.toks.length);
  }

  /** The reporting verb group starting at token k, computed once per token (the strategies ask again and again). */
  verbGroupAt(k: number): VerbGroup | null {
    if (k < 0 || k >= this.toks.length) return null;
    let g = this.groupAt[k];
    if (g === undefined) g = this.groupAt[k] = verbGroupAt(this.lex, this.toks, k);
    return g;
  }

  tokenIndex(pos: number): number {
    let lo = 0, hi = this.toks.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.toks[mid].start < pos) lo = mid + 1; else hi = mid; }
    return lo;
  }

  cueText(vg: VerbGroup): string { return this.doc.text.slice(vg.cueStart, vg.cueEnd); }

  /** Unquoted verb groups in [from, to) token range. */
  verbGroups(from: number, to: number): VerbGroup[] {
    const out: VerbGroup[] = [];
    for (let k = from; k < to; k++) {
      if (this.quoted[k]) continue;
      const vg = this.verbGroupAt(k);
      if (vg && vg.next <= to) { out.push(vg); k = vg.next - 1; }
    }
    return out;
  }

  /** A postposed cue right at token k: "», a-t-il ajouté", "», lui a répondu X", "», selon X". */
  inciseAt(k: number, limit: number, allowPreposition: boolean): Found | null {
    const { lex, toks } = this;
    const comma = toks[k]?.fold === ',';
    if (comma) k++;
    // Without a comma only a compound or inverted cue reads as an incise ("?» a demandé X").
    // "», y a déclaré l'ambassadeur américain": the clitic "y" (there, at that meeting) too.
    while (k < limit && lex.inciseClitics.has(toks[k].fold)) k++;
    const vg = this.verbGroupAt(k);
    if (!vg || vg.kind === 'ppr' || (vg.kind === 'prep' && !allowPreposition)) return null;
    if (!comma && vg.kind === 'finite' && !vg.inverted) return null;
    if (vg.inverted) return { phrase: { kind: 'pronoun', ...vg.inverted }, cue: this.cueText(vg) };
    const p = speakerAfter(lex, this.doc.text, toks, vg.next, limit);
    if (p?.kind === 'description') {
      const named = this.namedBeforeApposition(vg.next, p.start) ?? this.loneNameBeforeApposition(vg.next, p);
      if (named) return { phrase: named, cue: this.cueText(vg) };
    }
    return p ? { phrase: p, cue: this.cueText(vg) } : null;
  }

  /**
   * "», a dénoncé devant le Parlement Nika Melia, l'un des chefs de l'opposition": the description
   * after the comma is an apposition to the person the entities layer names just before it, which
   * the prepositional phrase after the cue had swallowed.
   */
  namedBeforeApposition(from: number, descStart: number): SpeakerPhrase | null {
    const k = this.tokenIndex(descStart);
    const comma = this.toks[k - 1];
    if (!comma || comma.fold !== ',' || k - 1 <= from) return null;
    const lo = this.toks[from].start;
    for (const e of this.doc.entities) {
      if (e.type !== 'PER') continue;
      for (const m of e.mentions) {
        if (m.end !== comma.start || m.start < lo || (m.kind !== 'name' && m.kind !== undefined)) continue;
        if (!STARTS_UPPER.test(m.text ?? this.doc.text.slice(m.start, m.end))) continue;
        return { kind: 'name', start: m.start, end: m.end, text: this.doc.text.slice(m.start, m.end) };
      }
    }
    return null;
  }

  /**
   * "», a expliqué à l'AFP Jelena, une étudiante en droit de 22 ans", "a dénoncé devant le Parlement Nika
   * Melia, l'un des chefs de l'opposition": the capitalised words right before an indefinite apposition
   * headed by a person noun are the speaker's name, which the prepositional phrase after the cue had
   * swallowed; a word after a determiner ("l'AFP", "le Parlement"), a place or an organisation is not.
   */
  loneNameBeforeApposition(from: number, p: SpeakerPhrase): SpeakerPhrase | null {
    const { toks, lex, doc } = this;
    const k = this.tokenIndex(p.start);
    if (toks[k - 1]?.fold !== ',' || !this.indefinitePerson(k)) return null;
    const last = k - 2;
    let first = last;
    while (first - 1 > from && first > last - 3 && toks[first - 1].word && toks[first - 1].cap && toks[first].start - toks[first - 1].end <= 1) first--;
    // "devant le Parlement Nika Melia": the determined word belongs to the phrase before.
    if (lex.determiners.has(toks[first - 1]?.fold ?? '')) first++;
    if (first > last || first <= from) return null;
    for (let j = first; j <= last; j++) {
      const t = toks[j];
      if (!t.word || !t.cap || /['’]$/.test(t.text) || lex.determiners.has(t.fold) || lex.phraseBreakers.has(t.fold) || lex.titles.has(t.fold)) return null;
    }
    const start = toks[first].start, end = toks[last].end;
    if (doc.entities.some((e) => e.type !== 'PER' && e.mentions.some((m) => m.start < end && m.end > start))) return null;
    return { kind: 'name', start, end, text: doc.text.slice(start, end) };
  }

  /** "une étudiante en droit", "l'un des chefs de l'opposition": an indefinite person description at token k. */
  indefinitePerson(k: number): boolean {
    const { toks, lex } = this;
    const one = (f: string | undefined) => f === 'un' || f === 'une';
    let h: number;
    if (one(toks[k]?.fold)) h = k + 1;
    else if (toks[k]?.fold === "l'" && one(toks[k + 1]?.fold) && toks[k + 2]?.fold === 'des') h = k + 3;
    else return false;
    // The head, after at most one adjective ("un jeune étudiant"); a plural after "l'un des".
    for (const t of toks.slice(h, h + 2)) {
      if (!t.word) return false;
      if (lex.speakerHeads.has(t.fold) || (h > k + 1 && lex.speakerHeads.has(t.fold.replace(/s$/, '')))) return true;
    }
    return false;
  }

  /**
   * Where the clause holding a quote starts: after an earlier quote of the sentence (its own
   * reporting clause belongs to it), or at a linking "tandis que" that opens a clause with its own
   * subject: "…», a affirmé la ministre, tandis que son homologue reconnaissait « … »".
   */
  clauseStart(openTok: number, unitFrom: number): number {
    const { toks, lex } = this;
    for (let k = openTok - 1; k >= unitFrom; k--) {
      if (this.quoted[k]) return k + 1;
      const link = lex.clauseLinks.find((seq) => seq.every((w, n) => toks[k + n]?.fold === w));
      if (link) return k;
    }
    return unitFrom;
  }

  /**
   * Where the clause holding a quote ends: at a linking "tandis que" after it, which opens a clause
   * with its own subject and verb ("…« … », tandis que X s'était dit « … »").
   */
  clauseEnd(afterClose: number, unitTo: number): number {
    const { toks, lex } = this;
    for (let k = afterClose; k < unitTo; k++) {
      if (!this.quoted[k] && lex.clauseLinks.some((seq) => seq.every((w, n) => toks[k + n]?.fold === w))) return k;
    }
    return unitTo;
  }

  /** The leftmost reporting verb of the range with a subject; weak verbs only when no other. */
  preposed(from: number, to: number, unitFrom: number, unitTo: number, allowSubordinate = false, openTok = to): Found | null {
    const groups = this.laterOwnClause(this.verbGroups(from, to).filter((g) => g.kind !== 'prep'), openTok, unitFrom);
    for (const weak of [false, true]) {
      for (const g of groups) {
        if (g.weak !== weak) continue;
        // "ont rejeté le veto …, « … »": such a verb reports only its own object.
        if (this.lex.objectCues.has(g.lemma) && !(g.next <= openTok && openTok - g.next <= 1)) continue;
        if (g.kind === 'ppr') {
          // "…, le porte-parole du Kremlin, Dmitri Peskov, estimant que « … »": the participle's own subject.
          const own = g.first < openTok ? this.participleSubject(g, from, unitFrom) : null;
          if (own) return { phrase: own, cue: this.cueText(g) };
          const s = this.sentenceSubject(unitFrom, unitTo);
          if (s) return { phrase: s, cue: this.cueText(g) };
          continue;
        }
        if (g.inverted) {
          // "estime-t-il" before the quote: an incise of the previous clause.
          return { phrase: { kind: 'pronoun', ...g.inverted }, cue: this.cueText(g) };
        }
        const p = speakerBefore(this.lex, this.doc.text, this.toks, g.first, unitFrom);
        // "… est « peu probable » la semaine prochaine, a indiqué Iouri Ouchakov": what precedes the
        // comma is no speaker, so the name after the verb is its inverted subject, if any; else the
        // verb is coordinated with an earlier one ("Le texte interdit …, ajoute 74 navires").
        if (p && p.kind === 'description' && !speakerLike(this.lex, p, this.toks) && this.toks[g.first - 1]?.fold === ',') {
          const after = speakerAfter(this.lex, this.doc.text, this.toks, g.next, unitTo);
          if (after && after.kind === 'name' && !after.determined) return { phrase: after, cue: this.cueText(g) };
          continue;
        }
        if (p && (!p.subordinate || allowSubordinate || this.afterClauseLink(p))) return { phrase: p, cue: this.cueText(g) };
        if (!p) {
          const after = speakerAfter(this.lex, this.doc.text, this.toks, g.next, unitTo);
          // "…, a salué dans une allocution un accord « … »": the object is no speaker.
          if (after && this.toks[g.first - 1]?.fold === ',' && speakerLike(this.lex, after, this.toks)) return { phrase: after, cue: this.cueText(g) };
        }
      }
    }
    return null;
  }

  /**
   * "Le premier a promis des financements, le second a évoqué « … »", "X a promis …, Y a évoqué « … »": the
   * verb right before the quote has its own subject, set off from an earlier clause with a verb by a comma;
   * only that clause's verbs report the quote (a stronger cue of the earlier clause reports its own object).
   */
  laterOwnClause(groups: VerbGroup[], openTok: number, unitFrom: number): VerbGroup[] {
    const { toks } = this;
    for (let n = groups.length - 1; n > 0; n--) {
      const g = groups[n];
      if (g.next > openTok || g.kind === 'ppr' || g.inverted) continue;
      const p = speakerBefore(this.lex, this.doc.text, toks, g.first, unitFrom);
      if (!p || p.subordinate) return groups;
      const k = this.tokenIndex(p.start);
      if (k - 1 <= unitFrom || toks[k - 1].fold !== ',' || !groups.slice(0, n).some((e) => e.next <= k - 1 && e.kind !== 'ppr')) return groups;
      return groups.slice(n);
    }
    return groups;
  }

  /**
   * An absolute participle clause: a name (or a person description) set off by a comma right
   * before the participle, itself opening after a comma — "…, Dmitri Peskov, estimant que". A name
   * inside the main clause ("a appelé Vladimir Poutine, estimant") is its object, not this subject.
   */
  participleSubject(g: VerbGroup, from: number, unitFrom: number): SpeakerPhrase | null {
    const { toks } = this;
    if (toks[g.first - 1]?.fold !== ',') return null;
    const p = speakerBefore(this.lex, this.doc.text, toks, g.first, unitFrom);
    if (!p || p.subordinate || p.kind === 'pronoun') return null;
    if (p.kind === 'name' ? p.determined : this.descriptionHead(p) !== 'person') return null;
    const k = this.tokenIndex(p.start);
    return k > from && k - 1 >= unitFrom && toks[k - 1].fold === ',' ? p : null;
  }

  /**
   * "Donald Trump, qui n'exclut pas de le rencontrer « quand l'accord sera finalisé », a jugé …": the
   * quote closes a relative clause on the sentence's subject, so the verb after "»," is the main
   * clause's (no incise with a subject after it) and the antecedent is whose words they are.
   */
  relativeSubject(openTok: number, afterClose: number, from: number): Found | null {
    const { toks, lex } = this;
    if (toks[afterClose]?.fold !== ',') return null;
    let k = afterClose + 1;
    while (lex.preverbalParticles.has(toks[k]?.fold ?? '')) k++;
    const next = toks[k];
    if (!next) return null;
    const g = this.verbGroupAt(k);
    if (g ? g.inverted || g.kind === 'prep' || g.kind === 'ppr' : !lex.auxiliaries.has(next.fold) && !lex.pronominalAuxiliaries.has(next.fold)) return null;
    // The relative opens after a comma, with no other comma (nor quote) before the quote.
    let q = openTok - 1;
    while (q > from && !this.quoted[q] && toks[q].fold !== ',' && toks[q].fold !== 'qui') q--;
    if (q <= from || toks[q].fold !== 'qui' || toks[q - 1].fold !== ',') return null;
    const p = speakerBefore(lex, this.doc.text, toks, q + 1, from);
    if (!p || p.kind === 'pronoun' || p.subordinate || p.determined) return null;
    if (p.kind === 'description' && this.descriptionHead(p) !== 'person') return null;
    if (p.kind === 'name' && entityFor(this.doc, p.start, p.end)?.type !== 'PER') return null;
    // The antecedent is the subject: it opens the clause, or follows only a set-off opening phrase ("À Paris,").
    const start = this.tokenIndex(p.start);
    if (start !== from) {
      if (toks[start - 1]?.fold !== ',' || !lex.phraseBreakers.has(toks[from].fold)) return null;
      for (let j = from; j < start; j++) if (lex.auxiliaries.has(toks[j].fold) || this.verbGroupAt(j)) return null;
    }
    return { phrase: p, cue: null };
  }

  /** A subject right after "tandis que", "alors que": the subject of a clause of its own. */
  afterClauseLink(p: SpeakerPhrase): boolean {
    const k = this.tokenIndex(p.start);
    return this.lex.clauseLinks.some((seq) => seq.every((w, n) => this.toks[k - seq.length + n]?.fold === w));
  }

  /** The subject of the sentence's first finite verb that has a speaker-like subject. */
  sentenceSubject(unitFrom: number, unitTo: number): SpeakerPhrase | null {
    const { lex, toks } = this;
    for (let k = unitFrom; k < unitTo; k++) {
      if (this.quoted[k]) continue;
      const base = toks[k].fold.replace(/-(?:t-)?(?:il|elle|ils|elles|on)$/, '');
      if (!lex.auxiliaries.has(base) && !lex.pronominalAuxiliaries.has(base) && !this.verbGroupAt(k)) continue;
      const p = speakerBefore(lex, this.doc.text, toks, k, unitFrom);
      if (!p || p.subordinate || p.determined) continue;
      if (speakerLike(lex, p, toks) || (p.kind === 'description' && (this.namesGroup(p) || !!groupOrganisation(this.doc, p)))) return p;
    }
    return null;
  }

  /** "selon X", "d'après X" anywhere in the sentence, outside quotes. */
  prepositional(unitFrom: number, unitTo: number): Found | null {
    for (const g of this.verbGroups(unitFrom, unitTo)) {
      if (g.kind !== 'prep') continue;
      const p = speakerAfter(this.lex, this.doc.text, this.toks, g.next, unitTo);
      if (p) return { phrase: p, cue: this.cueText(g) };
    }
    return null;
  }

  /**
   * A document as speaker ("un communiqué du Hamas", "selon le texte"): undefined when the phrase
   * is no document, else its author ("Hamas"), or null when it names none ("des deux pays").
   */
  documentAuthor(p: SpeakerPhrase): SpeakerPhrase | null | undefined {
    if (p.kind !== 'description') return undefined;
    const { toks, lex } = this;
    const from = this.tokenIndex(p.start), to = this.tokenIndex(p.end);
    let h = from;
    while (h < to && lex.determiners.has(toks[h].fold)) h++;
    if (h >= to || !lex.documentHeads.has(toks[h].fold)) return undefined;
    let d = h + 1;
    while (d < to && !DE_LIKE_WORDS.has(toks[d].fold)) d++;
    let a = d + 1;
    while (a < to && lex.determiners.has(toks[a].fold)) a++;
    if (a >= to) return null;
    const text = this.doc.text;
    if (toks[a].cap) {
      const name = speakerAfter(lex, text, toks, a, to);
      return name && name.kind === 'name' ? { ...name, determined: a > d + 1 || toks[d].fold !== 'de' } : null;
    }
    const start = toks[d + 1].start;
    const author: SpeakerPhrase = { kind: 'description', start, end: p.end, text: text.slice(start, p.end) };
    return toks.slice(a, to).some((t) => lex.speakerHeads.has(t.fold)) ? author : null;
  }

  /**
   * What a description's words say it is: a role or person noun ("le diplomate"), an institution
   * ("le ministère"), a document ("le communiqué"), or, short and with no complement, an epithet
   * for someone already named ("le milliardaire républicain").
   */
  descriptionHead(p: SpeakerPhrase): 'person' | 'institution' | 'document' | 'epithet' | null {
    if (p.kind !== 'description') return null;
    const { lex } = this;
    const words = this.toks.slice(this.tokenIndex(p.start), this.tokenIndex(p.end)).filter((t) => t.word);
    let h = 0;
    while (h < words.length && lex.determiners.has(words[h].fold)) h++;
    if (h >= words.length) return null;
    // The head is the first listed noun before any complement: "le chef du gouvernement" is a person.
    for (const t of words.slice(h)) {
      if (DE_LIKE_WORDS.has(t.fold) || lex.phraseBreakers.has(t.fold)) break;
      if (lex.institutionHeads.has(t.fold)) return 'institution';
      if (lex.documentHeads.has(t.fold)) return 'document';
      if (lex.speakerHeads.has(t.fold)) return 'person';
    }
    const rest = words.slice(h);
    if (rest.length <= 3 && !rest.some((t) => t.cap || lex.phraseBreakers.has(t.fold) || DE_LIKE_WORDS.has(t.fold))) return 'epithet';
    return null;
  }

  /** "Pour David Lammy, le monde traverse un « moment de grand danger »": only at the head of the sentence, before a comma. */
  framing(unitFrom: number, unitTo: number): Found | null {
    const { toks, lex } = this;
    for (const seq of lex.framingPrepositions) {
      if (!seq.every((w, n) => toks[unitFrom + n]?.fold === w)) continue;
      const next = unitFrom + seq.length;
      const p = speakerAfter(lex, this.doc.text, toks, next, unitTo);
      if (!p || p.kind === 'pronoun' && p.start !== toks[next].start) return null;
      if (toks[this.tokenIndex(p.end)]?.fold !== ',') return null;
      if (p.kind === 'description' && this.descriptionHead(p) !== 'person') return null;
      return { phrase: p, cue: this.doc.text.slice(toks[unitFrom].start, toks[next - 1].end) };
    }
    return null;
  }

  /** "ont entendu Donald Trump annoncer que … « … »": a name right before a reporting infinitive is its subject. */
  infinitiveSubject(from: number, to: number): Found | null {
    const { toks, lex } = this;
    for (let k = from + 1; k < to; k++) {
      if (this.quoted[k] || !lex.infinitives.has(toks[k].fold) || !toks[k - 1].cap) continue;
      const p = speakerBefore(lex, this.doc.text, toks, k, from);
      if (p && p.kind === 'name' && !p.subordinate && !p.determined) return { phrase: p, cue: toks[k].text };
    }
    return null;
  }

  /**
   * "Selon lui, Moscou est prêt à … « … »", "Les deux présidents se sont, selon lui, « dit au revoir »": a
   * source opening the sentence or set off by commas before the quote, then a comma, speaks the quote
   * of a clause that has no reporting verb of its own (it wins over that clause's subject).
   */
  setOffSource(unitFrom: number, openTok: number, unitTo: number): Found | null {
    const { toks, lex } = this;
    for (const g of this.verbGroups(unitFrom, openTok)) {
      if (g.kind !== 'prep' || (g.first !== unitFrom && toks[g.first - 1]?.fold !== ',')) continue;
      const p = speakerAfter(lex, this.doc.text, toks, g.next, unitTo);
      if (!p || (p.kind === 'pronoun' && this.tokenIndex(p.start) !== g.next)) continue;
      // "Selon les termes de l'accord, …": no one who speaks (a document still names its author).
      if (p.kind === 'description' && !speakerLike(lex, p, toks) && this.documentAuthor(p) === undefined) continue;
      const after = this.tokenIndex(p.end);
      if (toks[after]?.fold !== ',' || after >= openTok) continue;
      return { phrase: p, cue: this.cueText(g) };
    }
    return null;
  }

  /** "Emmanuel Macron : « … »" — a name, a colon, the quote. */
  colonName(openTok: number, unitFrom: number): Found | null {
    if (this.toks[openTok - 1]?.fold !== ':') return null;
    const p = speakerBefore(this.lex, this.doc.text, this.toks, openTok - 1, unitFrom);
    return p && p.kind === 'name' && !p.determined ? { phrase: p, cue: null } : null;
  }

  /**
   * "Washington a salué l'accord, tout en prévenant qu'il faudrait « … », selon le secrétaire d'État
   * Antony Blinken": a place or institution as subject gives way to the person a later "selon" names.
   */
  preferSourceOverPlace(f: Found, afterClose: number, unitTo: number): Found {
    if (f.phrase.kind !== 'name') return f;
    const subject = entityFor(this.doc, f.phrase.start, f.phrase.end);
    if (!subject || subject.type === 'PER') return f;
    const later = this.laterIncise(afterClose, unitTo, true);
    if (!later || later.phrase.kind === 'pronoun') return f;
    const person = entityFor(this.doc, later.phrase.start, later.phrase.end);
    return person?.type === 'PER' ? later : f;
  }

  /**
   * "À Ankara, le pouvoir a salué « … »": a bare "le pouvoir", "le gouvernement" is the government
   * of the place the sentence opens on.
   */
  preferOpeningPlace(f: Found, unitFrom: number): Found {
    const { toks, lex } = this;
    if (f.phrase.kind !== 'description') return f;
    const k = this.tokenIndex(f.phrase.start);
    if (this.tokenIndex(f.phrase.end) !== k + 2 || !lex.determiners.has(toks[k].fold) || !lex.seatGovernments.has(toks[k + 1].fold)) return f;
    if (toks[unitFrom]?.fold !== 'a' && toks[unitFrom]?.fold !== 'à') return f;
    let e = unitFrom + 1;
    while (e < k && toks[e].word && toks[e].cap) e++;
    if (e === unitFrom + 1 || toks[e]?.fold !== ',' || e + 1 !== k) return f;
    const place = entityFor(this.doc, toks[unitFrom + 1].start, toks[e - 1].end);
    if (!place || place.type !== 'LOC') return f;
    return { phrase: { kind: 'name', start: toks[unitFrom + 1].start, end: toks[e - 1].end, text: this.doc.text.slice(toks[unitFrom + 1].start, toks[e - 1].end) }, cue: f.cue };
  }

  /**
   * "Selon lui, les deux dirigeants ont évoqué « … »": a group the source belongs to is no speaker
   * of its own; the source the sentence opens on is.
   */
  preferOpeningSource(f: Found, unitFrom: number, unitTo: number): Found {
    if (f.phrase.kind !== 'description' || !collectiveKind(f.phrase.text)) return f;
    const g = this.verbGroupAt(unitFrom);
    if (!g || g.kind !== 'prep') return f;
    const p = speakerAfter(this.lex, this.doc.text, this.toks, g.next, unitTo);
    if (!p || p.end > f.phrase.start || this.toks[this.tokenIndex(p.end)]?.fold !== ',') return f;
    return this.documentAuthor(p) === undefined ? { phrase: p, cue: this.cueText(g) } : f;
  }

  /**
   * "l'organisation prendra « toutes les mesures nécessaires »": with no reporting verb, the subject of
   * the one verb right before a partial quote, when it is a name or an organisation referred back to.
   */
  subjectOfVerbBefore(openTok: number, from: number): Found | null {
    const { toks, lex } = this;
    const verb = openTok - 1;
    const t = toks[verb];
    // "a qualifié M. Petro de « … »": a "de" before the quote closes an object, no verb.
    if (verb - 1 < from || !t?.word || t.cap || this.quoted[verb] || lex.determiners.has(t.fold) || lex.phraseBreakers.has(t.fold) || lex.objectClitics.has(t.fold) || t.fold === 'de' || t.fold === "d'") return null;
    const p = speakerBefore(lex, this.doc.text, toks, verb, from);
    if (!p || p.subordinate || p.kind === 'pronoun') return null;
    if (p.kind === 'name') return entityFor(this.doc, p.start, p.end) ? { phrase: p, cue: null } : null;
    const words = toks.slice(this.tokenIndex(p.start), this.tokenIndex(p.end)).filter((w) => w.word && !lex.determiners.has(w.fold));
    if (words.length && words.length <= 2 && lex.organisationAnaphors.has(foldForm(words[0].text))) return { phrase: p, cue: null };
    // "la diplomatie algérienne rejette « avec la plus grande fermeté »": a definite institution with its demonym.
    // Only as the clause's subject (at its start or after a comma): "accusent l'organisation d'être devenue « … »" has it as object.
    const k = this.tokenIndex(p.start);
    if (k !== from && toks[k - 1]?.fold !== ',') return null;
    return this.nationalInstitution(p) ? { phrase: p, cue: null } : null;
  }

  /**
   * "la diplomatie algérienne", "le ministère russe de la Défense": a definite description whose head
   * is an institution qualified by what follows it (a bare "le gouvernement" may be anyone's).
   */
  nationalInstitution(p: SpeakerPhrase): boolean {
    if (p.kind !== 'description' || this.descriptionHead(p) !== 'institution') return false;
    const { toks } = this;
    const from = this.tokenIndex(p.start), to = this.tokenIndex(p.end);
    if (!['le', 'la', "l'", 'les'].includes(toks[from]?.fold ?? '')) return false;
    const words = toks.slice(from + 1, to).filter((t) => t.word);
    // "l'organisation d'être": an infinitive after "de" is no complement.
    const last = words[words.length - 1], before = words[words.length - 2];
    if (before && !last.cap && ['de', "d'"].includes(before.fold)) return false;
    return words.length >= 2;
  }

  /**
   * A passive report whose agent follows the quote: "un échange jugé « franc et constructif » par
   * Dmitri Peskov", "un texte qualifié de « provocation » par Pékin".
   */
  passiveAgent(openTok: number, afterClose: number, unitFrom: number, unitTo: number): Found | null {
    const { toks, lex } = this;
    let v = openTok - 1;
    if (v > unitFrom && ['de', "d'", 'comme'].includes(toks[v].fold)) v--;
    if (v < unitFrom || this.quoted[v] || !(lex.forms.get(toks[v].fold) ?? []).some((f) => f.kind === 'pp' && f.tokens.length === 1 && !f.pronominal)) return null;
    if (toks[afterClose]?.fold !== 'par' || afterClose + 1 >= unitTo) return null;
    const p = speakerAfter(lex, this.doc.text, toks, afterClose + 1, unitTo);
    const head = toks[afterClose + 1];
    if (!head.cap && !lex.determiners.has(head.fold)) return null;
    if (!p || p.kind === 'pronoun' || !speakerLike(lex, p, toks)) return null;
    return { phrase: p, cue: this.doc.text.slice(toks[v].start, toks[v].end) };
  }

  /** "une relation que Joe Biden juge « … »": a reporting verb right before the quote, its named subject even in a relative clause. */
  cueRightBefore(openTok: number, from: number): Found | null {
    // "une attaque que Donald Trump a qualifiée de « très faible »": a de/comme between verb and quote.
    const bridged = openTok - 1 > from && ['de', "d'", 'comme'].includes(this.toks[openTok - 1].fold);
    // "une décision que Brasilia a dit avoir reçue « avec surprise »": a past infinitive between verb and quote.
    const pastInfinitive = openTok - 2 > from && ['avoir', 'etre'].includes(this.toks[openTok - 2].fold) && this.toks[openTok - 1].word && !this.toks[openTok - 1].cap && !this.lex.phraseBreakers.has(this.toks[openTok - 1].fold) && !this.lex.determiners.has(this.toks[openTok - 1].fold);
    for (const g of this.verbGroups(from, openTok)) {
      const adjacent = g.next === openTok || (bridged && g.next === openTok - 1) || (pastInfinitive && g.next === openTok - 2);
      if (!adjacent || g.kind === 'prep' || g.kind === 'ppr' || g.inverted || (g.weak && g.next === openTok)) continue;
      const p = speakerBefore(this.lex, this.doc.text, this.toks, g.first, from);
      if (p && p.kind === 'name' && !p.determined) return { phrase: p, cue: this.cueText(g) };
    }
    return null;
  }

  /**
   * "les États-Unis « lèveront immédiatement la pause … »": a named subject right before a partial
   * quote that opens with its verb (lower case): the quoted words are that subject's.
   */
  subjectRightBefore(openTok: number, from: number, qText: string): Found | null {
    if (!STARTS_LOWER.test(qText)) return null;
    const p = speakerBefore(this.lex, this.doc.text, this.toks, openTok, from);
    if (!p || p.subordinate || this.tokenIndex(p.end) !== openTok) return null;
    // "les deux ministres « soulignent … »": a collective description stands for the actors it groups.
    if (p.kind === 'description') return this.namesGroup(p) ? { phrase: p, cue: null } : null;
    // "Dans leur déclaration, ils « condamnent … »": a plural pronoun, for the group that spoke or is the subject just before.
    if (p.kind === 'pronoun') return /^(?:ils|elles)$/iu.test(p.text) ? { phrase: p, cue: null } : null;
    if (p.kind !== 'name') return null;
    return entityFor(this.doc, p.start, p.end) ? { phrase: p, cue: null } : null;
  }

  /**
   * "Les États-Unis « ont besoin » de ces missiles, a-t-il ajouté": a place or organisation subject
   * is what the words are about; a later "a-t-il ajouté" names who says them.
   */
  subjectOrLaterPronoun(openTok: number, from: number, qText: string, afterClose: number, unitTo: number): Found | null {
    const f = this.subjectRightBefore(openTok, from, qText);
    if (!f || f.phrase.kind !== 'name') return f;
    const e = entityFor(this.doc, f.phrase.start, f.phrase.end);
    if (!e || e.type === 'PER') return f;
    const later = this.laterIncise(afterClose, unitTo);
    return later && later.phrase.kind === 'pronoun' ? later : f;
  }

  /** "Les trois pays sahéliens, dirigés par …, accusent … « une menace »": a sentence opening on a collective description. */
  collectiveOpening(unitFrom: number, openTok: number): Found | null {
    const { toks } = this;
    let k = unitFrom;
    while (k < openTok && k - unitFrom < 4 && toks[k].word && (k === unitFrom || !toks[k].cap)) k++;
    if (k === unitFrom) return null;
    const p: SpeakerPhrase = { kind: 'description', start: toks[unitFrom].start, end: toks[k - 1].end, text: this.doc.text.slice(toks[unitFrom].start, toks[k - 1].end) };
    return this.namesGroup(p) ? { phrase: p, cue: null } : null;
  }

  /** Whether a collective description has a list of actors nearby to stand for. */
  namesGroup(p: SpeakerPhrase): boolean {
    const kind = collectiveKind(p.text);
    return !!kind && !!collectiveSpeaker(this.doc, p.start, kind);
  }

  /**
   * A quote that is a sentence of its own, attributed by the next sentence: "« Nous avons un accord. »
   * Au terme de …, Josep Borrell a annoncé que …", "« … » C'est ce qu'a déclaré Josep Borrell".
   */
  nextSentenceCue(unitIndex: number): Found | null {
    const next = this.units[unitIndex + 1];
    if (!next) return null;
    const from = this.tokenIndex(next.start), to = this.tokenIndex(next.end);
    const { toks, lex } = this;
    // "« … » C'est à la tribune qu'Emmanuel Macron a prononcé ces mots": a cleft puts the subject after "qu'".
    const cleft = toks[from]?.fold === "c'" && this.lex.cleftCopulas.has(toks[from + 1]?.fold ?? '');
    for (const g of this.verbGroups(from, to)) {
      if (g.kind === 'prep' || g.kind === 'ppr' || (g.weak && !cleft)) continue;
      // "C'est ce qu'a déclaré X": the inverted subject follows the verb.
      if (toks[g.first - 1]?.fold === "qu'" && toks[g.first - 2]?.fold === 'ce') {
        const after = speakerAfter(lex, this.doc.text, toks, g.next, to);
        return after && after.kind === 'name' ? { phrase: after, cue: this.cueText(g) } : null;
      }
      if (g.inverted) return null;
      const p = speakerBefore(lex, this.doc.text, toks, g.first, from);
      const cleftSubject = cleft && !!p && this.cleftQue(from, this.tokenIndex(p.start) - 1);
      return p && p.kind === 'name' && (!p.subordinate || cleftSubject) && !p.determined ? { phrase: p, cue: this.cueText(g) } : null;
    }
    return this.leadSubject(unitIndex, from, to);
  }

  /**
   * "« Une rencontre extraordinaire. » Donald Trump n'a pas ménagé ses superlatifs": a quote opening
   * its paragraph, then a sentence of the same paragraph opening on a person's name with a verb in a
   * compound tense — the lead's subject says the words, whatever the verb.
   */
  leadSubject(unitIndex: number, from: number, to: number): Found | null {
    const { toks, lex } = this;
    const quoteUnit = this.units[unitIndex];
    const text = this.doc.text;
    const opensParagraph = (pos: number) => { const line = text.lastIndexOf('\n', pos - 1) + 1; return /^\s*$/.test(text.slice(line, pos)); };
    const open = this.spans.find((sp) => sp.close !== null && sp.close < quoteUnit.end && sp.close >= quoteUnit.start)?.open;
    if (open === undefined || !opensParagraph(open) || text.slice(quoteUnit.end, toks[from]?.start ?? 0).includes('\n')) return null;
    for (let k = from + 1; k < to && k < from + 6; k++) {
      if (!toks[k].word) return null;
      if (!lex.auxiliaries.has(toks[k].fold)) continue;
      let s = k;
      while (s - 1 > from && lex.preverbalParticles.has(toks[s - 1].fold)) s--;
      const p = speakerBefore(lex, text, toks, s, from);
      if (!p || p.kind !== 'name' || p.determined || p.subordinate || p.start !== toks[from].start || this.tokenIndex(p.end) !== s) return null;
      return entityFor(this.doc, p.start, p.end)?.type === 'PER' ? { phrase: p, cue: null } : null;
    }
    return null;
  }

  /** Whether token k is the "que" of the cleft "C'est … que": the sentence's first relative word, no conjunction ("depuis que"). */
  cleftQue(from: number, k: number): boolean {
    const { toks } = this;
    if (!['que', "qu'"].includes(toks[k]?.fold ?? '') || this.lex.phraseBreakers.has(toks[k - 1]?.fold ?? '') || this.lex.conjunctionHeads.has(toks[k - 1]?.fold ?? '')) return false;
    for (let j = from + 2; j < k; j++) if (['que', "qu'", 'qui', 'dont'].includes(toks[j].fold)) return false;
    return true;
  }

  /** Later in the sentence, an incise whose subject follows: "…, a affirmé Tammy Bruce dans un communiqué." */
  laterIncise(from: number, to: number, allowPreposition = false): Found | null {
    for (let k = from; k < to; k++) {
      if (this.quoted[k] || this.toks[k].fold !== ',') continue;
      const f = this.inciseAt(k, to, allowPreposition);
      if (f) return f;
    }
    return null;
  }
}

/** Whether the entities layer linked a description ("le chef du gouvernement") to a person. */
function linkedPerson(doc: Document, p: SpeakerPhrase): boolean {
  return doc.entities.some((e) => e.type === 'PER' && e.mentions.some((m) => m.kind === 'description' && m.start >= p.start && m.end <= p.end));
}

/** A reporting verb in the third person plural: "ont appelé", "se sont dits", "jugent". */
const PLURAL_CUE = /^(?:(?:se|s['’])\s*)?(?:(?:ont|sont|avaient|étaient|auront|seront|auraient|seraient|eurent|furent)\s|\p{L}+(?:ent|ont)$)/u;

function isTitleLike(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => HAS_LETTER.test(w));
  return words.length > 0 && words.length <= 6 && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:de|du|des|la|le|les|et|d['’]|l['’])/u.test(w)) && words.some((w) => STARTS_UPPER.test(w));
}

export function extractQuotes(doc: Document, lex: QuoteLexicon, demonymCountry?: DemonymCountry, holdsRole?: RoleHolderTest): Extracted {
  const a = new Analysis(doc, lex);
  const { toks, units } = a;
  const text = doc.text;
  // Paragraph of an offset: how many line breaks come before it (found by bisection).
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  const paragraphOf = (pos: number) => { let lo = 0, hi = breaks.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (breaks[mid] < pos) lo = mid + 1; else hi = mid; } return lo; };
  const items: Item[] = [];
  const quotedUnits = new Set<Unit>();
  // Quoted words after their determiner, for quotes that are no title: "une Riviera du Moyen-Orient" → "riviera du moyen orient".
  const bareKey = (q: string) => nameKey(q.replace(/^\s*(?:(?:le|la|les|un|une|des|du|de la)\s+|l['’]\s*)/iu, '')).toLowerCase();
  // Each span's words and whether they read as a title, computed once for both passes.
  const spanTexts = a.spans.map((sp) => quotedText(text, sp));
  const titleLike = spanTexts.map(isTitleLike);
  // Built on first use: only a title-like quote asks whether its words are quoted elsewhere.
  let plainQuotes: Map<string, QuotedSpan[]> | null = null;
  const plainQuotesByKey = () => {
    if (plainQuotes) return plainQuotes;
    const byKey = new Map<string, QuotedSpan[]>();
    a.spans.forEach((sp, n) => {
      if (!titleLike[n]) { const key = bareKey(spanTexts[n]); byKey.set(key, [...(byKey.get(key) ?? []), sp]); }
    });
    return (plainQuotes = byKey);
  };
  const quotedElsewhere = (q: string, sp: QuotedSpan) => (plainQuotesByKey().get(bareKey(q)) ?? []).some((o) => o !== sp);

  for (let n = 0; n < a.spans.length; n++) {
    const s = a.spans[n];
    const qText = spanTexts[n];
    const words = contentWordCount(qText);
    if (words < 2) continue; // a scare quote («mémorandum»)
    const openTok = a.tokenIndex(s.open);
    const closeTok = s.close !== null ? a.tokenIndex(s.close) : a.tokenIndex(s.end);
    const before = toks[openTok - 1];
    // "ont appelé « au calme »" is a compound reporting verb, not a name given ("un groupe appelé «…»").
    const compoundCue = !!before && lex.auxiliaries.has(toks[openTok - 2]?.fold ?? '') && (lex.forms.get(before.fold) ?? []).some((f) => f.kind === 'pp');
    // "qui s'est dit « évidemment mécontent »", "se dit « prêt »": a pronominal reporting verb, not "la loi dite « … »".
    const pronominalCue = !!before && (reflexive(toks[openTok - 2]) || (lex.pronominalAuxiliaries.has(toks[openTok - 2]?.fold ?? '') && reflexive(toks[openTok - 3])))
      && (lex.forms.get(before.fold) ?? []).some((f) => f.pronominal);
    // "une opération « entièrement israélienne »": a lower-case quote after a cue whose names take a capital qualifies.
    const qualifies = !!before && lex.capitalisedNamingCues.has(before.fold) && STARTS_LOWER.test(qText.trim());
    if (before && lex.namingCues.has(before.fold) && !compoundCue && !pronominalCue && !qualifies && words <= 8) continue; // l'opération «Bouclier du désert»
    // «Le Monde», «Orgo-Life»; but «la Riviera du Moyen-Orient» is words someone said when the article
    // also quotes them after another determiner («une Riviera du Moyen-Orient»).
    if (titleLike[n] && !/[.!?,;:]/.test(qText) && !quotedElsewhere(qText, s)) continue;
    const u0 = unitAt(units, s.open), u1 = unitAt(units, s.close ?? s.end - 1);
    quotedUnits.add(u0); quotedUnits.add(u1);
    const unitFrom = a.tokenIndex(u0.start), unitTo = a.tokenIndex(u1.end);
    const afterClose = s.close !== null ? closeTok + 1 : closeTok;
    const prevChar = text.slice(u0.start, s.open).trim();
    const direct = prevChar === '' || /[:]$/.test(prevChar) || STARTS_UPPER.test(qText) && /[:.!?]$/.test(prevChar);
    const kind: Quote['kind'] = direct ? 'direct' : 'partial';

    const strategies: Array<() => Found | null> = [
      () => direct ? null : a.passiveAgent(openTok, afterClose, unitFrom, unitTo),
      () => direct ? null : a.relativeSubject(openTok, afterClose, a.clauseStart(openTok, unitFrom)),
      () => a.inciseAt(afterClose, unitTo, true),
      // "une relation que Joe Biden juge « … »": the verb right before a partial quote beats an earlier one.
      () => direct ? null : a.cueRightBefore(openTok, a.clauseStart(openTok, unitFrom)),
      // "Abdelmadjid Tebboune « a décidé de … »": a quote opening on an auxiliary has the name right before it as subject.
      () => !direct && lex.auxiliaries.has(toks[openTok + 1]?.fold ?? '') ? a.subjectOrLaterPronoun(openTok, a.clauseStart(openTok, unitFrom), qText, afterClose, unitTo) : null,
      () => a.preposed(a.clauseStart(openTok, unitFrom), direct ? openTok : a.clauseEnd(afterClose, unitTo), unitFrom, unitTo, false, openTok),
      () => a.colonName(openTok, unitFrom),
      () => a.laterIncise(afterClose, unitTo),
    ];
    strategies.push(() => a.framing(unitFrom, unitTo), () => a.infinitiveSubject(a.clauseStart(openTok, unitFrom), openTok));
    if (direct) strategies.push(() => a.prepositional(unitFrom, unitTo), () => { const p = a.sentenceSubject(unitFrom, unitTo); return p ? { phrase: p, cue: null } : null; });
    else strategies.push(() => a.setOffSource(unitFrom, openTok, unitTo), () => { const p = a.sentenceSubject(unitFrom, unitTo); return p ? { phrase: p, cue: null } : null; }, () => a.prepositional(unitFrom, unitTo));
    // An incise inside the quote: «Nous ne céderons pas, a martelé le ministre, jamais.»
    strategies.push(() => {
      for (let k = openTok + 1; k < closeTok; k++) if (toks[k].fold === ',') { const f = a.inciseAt(k, closeTok, false); if (f && toks[a.tokenIndex(f.phrase.end)]?.fold === ',') return f; }
      return null;
    });
    if (!direct) strategies.push(() => a.subjectOfVerbBefore(openTok, a.clauseStart(openTok, unitFrom)), () => a.subjectRightBefore(openTok, a.clauseStart(openTok, unitFrom), qText));
    // "que Pékin qualifie de « … »": a subordinate clause's subject, when the sentence gives no other.
    strategies.push(() => a.preposed(a.clauseStart(openTok, unitFrom), direct ? openTok : a.clauseEnd(afterClose, unitTo), unitFrom, unitTo, true, openTok));
    if (!direct) strategies.push(() => a.collectiveOpening(unitFrom, openTok));
    // A quote standing as a sentence of its own, with nothing after it: the next sentence may attribute it.
    if (s.close !== null && /[.!?…]$/.test(qText.trim()) && /^[\s.!?…]*$/.test(text.slice(s.close + 1, u1.end))) strategies.push(() => a.nextSentenceCue(unitIndexAt(units, u1.start)));
    let found: Found | null = null, anonymousDocument: Found | null = null;
    for (const st of strategies) {
      const f = st();
      if (!f) continue;
      // "…, a confirmé X sur le réseau social X, précisant que …": a social network is where, not who.
      if (f.phrase.kind === 'name' && lex.platformNames.has(phraseTokens(f.phrase.text).join(' '))) continue;
      // A document speaks for its author; one with no author leaves the other strategies a chance.
      const author = a.documentAuthor(f.phrase);
      if (author === undefined) { found = a.preferOpeningPlace(a.preferOpeningSource(a.preferSourceOverPlace(f, afterClose, unitTo), unitFrom, unitTo), unitFrom); break; }
      if (author) { found = { phrase: author, cue: f.cue }; break; }
      anonymousDocument ??= f;
    }
    items.push({ start: s.start, end: s.end, text: qText, kind, found, anonymousDocument, followUp: direct && prevChar === '', paragraph: paragraphOf(s.open), unit: unitIndexAt(units, u0.start) });
  }

  // Reported speech without marks, in sentences that have no quote.
  for (const u of units) {
    if (quotedUnits.has(u)) continue;
    const from = a.tokenIndex(u.start), to = a.tokenIndex(u.end);
    const reported = reportedIn(a, u, from, to);
    if (reported) items.push({ ...reported, kind: 'indirect', followUp: false, paragraph: paragraphOf(u.start) });
  }

  items.sort((x, y) => x.start - y.start);
  const recentSubject = (pos: number, back = 3): SpeakerPhrase | null => {
    const here = unitIndexAt(units, pos);
    for (let n = here; n >= 0 && n >= here - back; n--) {
      const u = units[n];
      // In the pronoun's own sentence, only what precedes the token holding it ("a-t-il").
      let to = n === here ? a.tokenIndex(pos) : a.tokenIndex(u.end);
      if (n === here && to > 0 && toks[to - 1].end > pos) to--;
      const p = a.sentenceSubject(a.tokenIndex(u.start), to);
      if (p && p.kind === 'name' && !p.determined && p.end <= pos) return p;
      // "Le chef du gouvernement s'en est pris à …": a description the entities layer linked to a person.
      if (p && p.kind === 'description' && p.end <= pos && linkedPerson(doc, p)) return p;
      // "Le nouveau chancelier s'était rendu à Paris": an office a person of the article holds.
      if (p && p.kind === 'description' && p.end <= pos && holdsRole && doc.entities.some((e) => e.type === 'PER' && holdsRole(e.id, p.text))) return p;
    }
    return null;
  };
  const collectiveSubject = (pos: number): SpeakerPhrase | null => {
    const here = unitIndexAt(units, pos);
    for (let n = here; n >= 0 && n >= here - 1; n--) {
      // The sentence opens on the description: "Les dirigeants du G7, réunis …, ont tenu …".
      const from = a.tokenIndex(units[n].start);
      let k = from;
      while (k < toks.length && k - from < 8 && toks[k].end <= pos && toks[k].word && !a.quoted[k]
        && (!lex.phraseBreakers.has(toks[k].fold) || DE_LIKE_WORDS.has(toks[k].fold) || lex.determiners.has(toks[k].fold))) k++;
      if (k - from < 2) continue;
      const start = toks[from].start, end = toks[k - 1].end;
      const p: SpeakerPhrase = { kind: 'description', start, end, text: doc.text.slice(start, end) };
      return collectiveKind(p.text) ? p : null;
    }
    return null;
  };
  const unitOf = (pos: number) => unitIndexAt(units, pos);
  /** "À Paris, Jean-Noël Barrot réunissait ses homologues …": the named host of the sentence before, when no one spoke since. */
  const meetingHost = (pos: number): SpeakerPhrase | null => {
    const n = unitOf(pos) - 1;
    if (n < 0) return null;
    const last = ctx.recent[ctx.recent.length - 1];
    if (last && last.unit >= n) return null;
    const from = a.tokenIndex(units[n].start), to = a.tokenIndex(units[n].end);
    for (let k = from + 1; k < to; k++) {
      if (a.quoted[k] || !lex.meetingForms.has(toks[k].fold)) continue;
      // Its peers as object, right after it or after "avec" and a few insertion words ("mercredi soir").
      let peers = false;
      for (let j = k + 1; j < Math.min(to, k + 7) && !peers && toks[j].word; j++) peers = lex.possessiveDeterminers.has(toks[j].fold) && lex.peerNouns.has(toks[j + 1]?.fold ?? '');
      if (!peers) return null;
      let s = k;
      if (lex.auxiliaries.has(toks[s - 1]?.fold ?? '') || lex.pronominalAuxiliaries.has(toks[s - 1]?.fold ?? '')) s--;
      if (['se', "s'"].includes(toks[s - 1]?.fold ?? '')) s--;
      const p = speakerBefore(lex, text, toks, s, from);
      if (!p || p.kind !== 'name' || p.determined || p.subordinate) return null;
      return entityFor(doc, p.start, p.end)?.type === 'PER' ? p : null;
    }
    return null;
  };
  // The article's own evidence, gathered on first use (many articles need only some of it).
  let descriptions: Map<string, string> | undefined, offices: OfficeMention[] | undefined;
  let names: Map<string, string> | undefined, familyFirst: Map<string, string> | undefined;
  const ctx: ResolveContext = {
    doc,
    get descriptions() { return (descriptions ??= appositions(a)); },
    get offices() { return (offices ??= officeMentions(a)); },
    get fullNames() { return (names ??= fullNames(a)); },
    get familyFirst() { return (familyFirst ??= familyFirstNames(a)); },
    recent: [], unitOf, recentSubject, collectiveSubject, meetingHost,
    isPersonNoun: (p) => a.descriptionHead(p) === 'person',
    isEpithet: (p) => a.descriptionHead(p) === 'epithet',
    inQuote: (pos) => a.spans.some((sp) => pos >= sp.start && pos < sp.end),
    organisationAnaphors: lex.organisationAnaphors, ordinalPronouns: lex.ordinalPronouns, possessiveOffices: lex.possessiveOffices, possessiveDeterminers: lex.possessiveDeterminers, formerQualifiers: lex.formerQualifiers, demonymCountry, holdsRole,
  };
  const quotes: Quote[] = [], reported: Quote[] = [];
  let previous: { item: Item; speaker: Speaker | null } | null = null;
  /** The latest speaker of any kind (institutions included): who an anonymous communiqué is from. */
  let lastSource: { speaker: Speaker; paragraph: number } | null = null;
  const seen = new Map<string, Quote>();
  for (const item of items) {
    let speaker: Speaker | null = null;
    let cue: string | null = null;
    ctx.quote = item.kind === 'indirect' ? undefined : { start: item.start, end: item.end };
    const prior = previous as { item: Item; speaker: Speaker | null } | null;
    if (item.found) {
      speaker = resolveSpeaker(ctx, item.found.phrase);
      cue = item.found.cue;
      // "Kaja Kallas et Marta Kos ont appelé « … ». Elles jugent …": a named subject with a plural
      // verb is a coordination, which a later "ils", "elles" refers back to.
      if (speaker && item.found.phrase.kind === 'name' && !item.found.phrase.determined && cue && PLURAL_CUE.test(cue)) ctx.lastCollective = { speaker, unit: unitOf(item.start) };
    } else if (item.kind === 'partial' && prior?.speaker && prior.item.kind !== 'indirect' && prior.item.unit === item.unit) {
      // "l'organisation prendra « … », qui « peuvent inclure … »": a second quote of the sentence with no cue of its own.
      speaker = { ...prior.speaker, start: null, end: null };
      cue = null;
    } else if (item.anonymousDocument) {
      cue = item.anonymousDocument.cue;
      const source = lastSource as { speaker: Speaker; paragraph: number } | null;
      if (source && item.paragraph - source.paragraph <= 1) speaker = { ...source.speaker, start: null, end: null };
    } else if (item.followUp && prior?.speaker && prior.item.kind !== 'indirect' && item.paragraph - prior.item.paragraph <= 1) {
      speaker = { ...prior.speaker, start: null, end: null }; // a follow-up quote paragraph
    } else if (item.kind === 'partial' && prior?.speaker && continuesReport(a, prior.item, item, unitOf)) {
      // "…, a indiqué Iouri Ouchakov. Moscou remettra en outre 23 soldats « en signe de bonne volonté »."
      speaker = { ...prior.speaker, start: null, end: null };
    }
    // An institution ("le Kremlin a indiqué") is not what a later "il" refers to.
    if (speaker && !item.found?.phrase.determined) {
      const gender = item.found ? speakerGender(item.found.phrase, speaker, ctx.recent) : ctx.recent.find((r) => r.speaker.name === speaker!.name)?.gender ?? null;
      ctx.recent.push({ speaker, gender, unit: unitOf(item.start) });
    }
    if (speaker) lastSource = { speaker, paragraph: item.paragraph };
    const q: Quote = { start: item.start, end: item.end, text: item.text, kind: item.kind, speaker, cue };
    previous = { item, speaker };
    if (item.kind === 'indirect') { reported.push(q); continue; }
    // The same words quoted twice (headline and body) are one quote.
    const key = nameKey(item.text);
    const dup = seen.get(key);
    if (dup) { if (!dup.speaker && speaker) { dup.speaker = speaker; dup.cue = cue; } continue; }
    seen.set(key, q);
    quotes.push(q);
  }
  return { quotes, reported };
}

/**
 * Whether a partial quote with no cue of its own carries on the reported speech of the sentence
 * right before it, in the same paragraph: no person is named in its sentence before the quote
 * (that person would be whom the sentence now reports).
 */
function continuesReport(a: Analysis, prior: Item, item: Item, unitOf: (pos: number) => number): boolean {
  if (prior.kind !== 'indirect' || prior.paragraph !== item.paragraph) return false;
  const here = unitOf(item.start);
  if (here - unitOf(prior.start) !== 1 || unitOf(prior.end - 1) !== here - 1) return false;
  const from = a.units[here].start;
  return !a.doc.entities.some((e) => e.type === 'PER' && e.mentions.some((m) => m.start >= from && m.start < item.start));
}

/**
 * "…, le conseiller du Kremlin, Iouri Ouchakov, a confirmé l'information": the comma before the verb
 * closes a name in apposition, so the verb has its subject before it and is no incise.
 */
function apposedSubject(a: Analysis, first: number, from: number): boolean {
  const p = speakerBefore(a.lex, a.doc.text, a.toks, first, from);
  if (!p || p.kind !== 'name' || p.subordinate || a.tokenIndex(p.end) !== first - 1) return false;
  const k = a.tokenIndex(p.start);
  return k > from && a.toks[k - 1].fold === ',';
}

/**
 * "Selon un haut responsable, il lui a fait savoir que …": after the source, a clause with its own
 * reporting verb, subject and "que" says who spoke; the source only reports it.
 */
function ownReport(a: Analysis, from: number, to: number): Found | null {
  const { toks, lex } = a;
  for (const g of a.verbGroups(from, to)) {
    if (g.kind === 'prep' || g.kind === 'ppr' || g.weak || g.inverted) return null;
    const next = toks[g.next];
    if (!next || (next.fold !== 'que' && next.fold !== "qu'")) return null;
    const p = speakerBefore(lex, a.doc.text, toks, g.first, from);
    if (!p || p.subordinate || (p.kind !== 'pronoun' && p.kind !== 'name') || a.tokenIndex(p.start) !== from) return null;
    return { phrase: p, cue: a.cueText(g) };
  }
  return null;
}

/** The reported words from s to e (trimmed) with their speaker, or null when they are too few. */
function reportedItem(a: Analysis, s: number, e: number, found: Found): Omit<Item, 'kind' | 'followUp' | 'paragraph'> | null {
  const text = a.doc.text;
  while (e > 0 && /[\s.;!?]/.test(text[e - 1])) e--;
  while (s < e && /\s/.test(text[s])) s++;
  const t = text.slice(s, e);
  if (contentWordCount(t) < 3) return null;
  // "selon le communiqué": the document's author, or no one named.
  const author = a.documentAuthor(found.phrase);
  if (author === undefined) return { start: s, end: e, text: t, found };
  if (author) return { start: s, end: e, text: t, found: { phrase: author, cue: found.cue } };
  return { start: s, end: e, text: t, found: null, anonymousDocument: found };
}

/** Indirect speech in one sentence: "X a déclaré que …", "…, a-t-il précisé", "Selon X, …". */
function reportedIn(a: Analysis, u: Unit, from: number, to: number): Omit<Item, 'kind' | 'followUp' | 'paragraph'> | null {
  const { toks, doc } = a;
  const text = doc.text;
  for (const g of a.verbGroups(from, to)) {
    if (g.weak) continue;
    if (g.kind === 'prep') {
      const p = speakerAfter(a.lex, text, toks, g.next, to);
      if (!p) continue;
      const pEnd = a.tokenIndex(p.end);
      if (g.first === from && toks[pEnd]?.fold === ',') return reportedItem(a, toks[pEnd].end, u.end, ownReport(a, pEnd + 1, to) ?? { phrase: p, cue: a.cueText(g) });
      if (toks[g.first - 1]?.fold === ',' && /^[\s.]*$/.test(text.slice(p.end, u.end))) return reportedItem(a, u.start, toks[g.first - 1].start, { phrase: p, cue: a.cueText(g) });
      continue;
    }
    if (toks[g.first - 1]?.fold === ',' && g.first > from + 2 && !apposedSubject(a, g.first, from)) {
      const f = a.inciseAt(g.first - 1, to, false);
      if (f) return reportedItem(a, u.start, toks[g.first - 1].start, f);
    }
    const next = toks[g.next];
    if (g.kind !== 'ppr' && next && (next.fold === 'que' || next.fold === "qu'")) {
      const p = speakerBefore(a.lex, text, toks, g.first, from);
      if (p && !p.subordinate && speakerLike(a.lex, p, toks)) return reportedItem(a, next.end, u.end, { phrase: p, cue: a.cueText(g) });
    }
  }
  return null;
}

/** Descriptions given a name in apposition: "le président russe Vladimir Poutine", "le porte-parole du Kremlin, Dmitri Peskov". */
function appositions(a: Analysis): Map<string, string> {
  const out = new Map<string, string>();
  const { toks, lex } = a;
  const text = a.doc.text;
  // The first speaker noun at or after each token: a description needs one before its name.
  const nextHead = new Int32Array(toks.length + 1).fill(toks.length);
  for (let k = toks.length - 1; k >= 0; k--) nextHead[k] = lex.speakerHeads.has(toks[k].fold) ? k : nextHead[k + 1];
  // And the first capitalised token: a name needs one.
  const nextCap = new Int32Array(toks.length + 1).fill(toks.length);
  for (let k = toks.length - 1; k >= 0; k--) nextCap[k] = toks[k].cap ? k : nextCap[k + 1];
  for (let k = 0; k < toks.length; k++) {
    if (!lex.determiners.has(toks[k].fold) || CONTRACTED_ARTICLES.has(toks[k].fold)) continue;
    // The name lies within the 16 tokens from k, and the speaker noun before it.
    if (nextHead[k] >= k + 15 || nextCap[k] >= k + 16) continue;
    const p = speakerAfter(lex, text, toks, k, Math.min(toks.length, k + 16));
    if (!p || p.kind !== 'name' || p.determined) continue;
    const descEnd = p.start;
    const desc = text.slice(toks[k + 1]?.start ?? descEnd, descEnd).replace(/[\s,]+$/, '');
    if (!desc || !HAS_LOWER.test(desc[0])) continue;
    // A speaker noun among the description's tokens (tokens are in text order: k onwards, before the name).
    let head = false;
    for (let j = k; j < toks.length && toks[j].start < descEnd && !head; j++) head = toks[j].end <= descEnd && lex.speakerHeads.has(toks[j].fold);
    if (!head) continue;
    out.set(nameKey(desc), stripTitle(p.text));
  }
  return out;
}

/**
 * Definite descriptions headed by a person noun, outside quotes, in text order: "le ministre de
 * l'Intérieur, Bruno Retailleau" (with the name given in apposition), "la ministre française de la
 * Transition écologique a annoncé" (no name). A later bare "le ministre" may stand for them.
 */
function officeMentions(a: Analysis): OfficeMention[] {
  const out: OfficeMention[] = [];
  const { toks, lex } = a;
  const text = a.doc.text;
  // Where persons are named (not by a pronoun), in order, gathered once: is one named in [from, to)?
  let personStarts: number[] | null = null;
  const personNamedIn = (from: number, to: number): boolean => {
    personStarts ??= a.doc.entities.filter((e) => e.type === 'PER')
      .flatMap((e) => e.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.start)).sort((x, y) => x - y);
    let lo = 0, hi = personStarts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (personStarts[mid] < from) lo = mid + 1; else hi = mid; }
    return lo < personStarts.length && personStarts[lo] < to;
  };
  for (let k = 0; k + 1 < toks.length; k++) {
    if (!DEFINITE_SINGULAR.has(toks[k].fold) || a.quoted[k] || !lex.speakerHeads.has(toks[k + 1].fold)) continue;
    const p = speakerAfter(lex, text, toks, k, Math.min(toks.length, k + 16));
    let name: string | null = null;
    if (p && p.kind === 'name' && !p.determined) {
      // Only an apposition: lower-case words of the description (no verb) up to the name.
      const n = a.tokenIndex(p.start);
      if (n - k > 12) continue;
      let verb = false;
      for (let j = k + 1; j < n && !verb; j++) verb = lex.auxiliaries.has(toks[j].fold) || !!a.verbGroupAt(j);
      if (verb) continue;
      name = stripTitle(p.text);
    } else if (!p || p.kind !== 'description') continue;
    // The description opens its clause, with no person named before it in the sentence: "Le même jour, le
    // ministre …, X, doit …" (the subject), not "Emmanuel Macron a reçu le président égyptien, X" (an object).
    const from = unitAt(a.units, toks[k].start).start;
    const opens = (k === 0 || toks[k - 1].start < from || toks[k - 1].fold === ',') && !personNamedIn(from, toks[k].start);
    out.push({ start: toks[k].start, end: toks[k + 1].end, head: toks[k + 1].fold, gender: toks[k].fold === 'la' ? 'f' : toks[k].fold === 'le' ? 'm' : null, name, opens });
  }
  return out;
}

/** Full names by surname ("Lavrov" → "Sergueï Lavrov"), from unbroken capitalised pairs in the text. */
function fullNames(a: Analysis): Map<string, string> {
  const out = new Map<string, string>();
  const { toks, lex } = a;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k], p = toks[k - 1];
    if (!t.cap || !p.cap || !t.word || !p.word || t.start - p.end !== 1) continue;
    if (lex.determiners.has(p.fold) || lex.phraseBreakers.has(p.fold) || lex.titles.has(p.fold)) continue;
    const prior = toks[k - 2];
    if (prior && prior.cap && prior.word && p.start - prior.end === 1 && !lex.determiners.has(prior.fold)) continue; // part of a longer run
    // "à l'AFP Jelena": an organisation or a place before a first name is no part of it.
    if (a.doc.entities.some((e) => e.type !== 'PER' && e.mentions.some((m) => m.start <= p.start && m.end >= p.end))) continue;
    const key = nameKey(t.text);
    if (!out.has(key)) out.set(key, `${p.text} ${t.text}`);
  }
  return out;
}

/**
 * Full names by their first word, for names written family name first ("Hong Lei" → "M. Hong"):
 * unbroken capitalised pairs as in fullNames, kept only when one pair opens on that word.
 */
function familyFirstNames(a: Analysis): Map<string, string> {
  const out = new Map<string, string>();
  const { toks, lex } = a;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k], p = toks[k - 1];
    if (!t.cap || !p.cap || !t.word || !p.word || t.start - p.end !== 1 || a.quoted[k]) continue;
    if (lex.determiners.has(p.fold) || lex.phraseBreakers.has(p.fold) || lex.titles.has(p.fold)) continue;
    const prior = toks[k - 2], after = toks[k + 1];
    if (prior && prior.cap && prior.word && p.start - prior.end === 1 && !lex.determiners.has(prior.fold)) continue;
    if (after && after.cap && after.word && after.start - t.end === 1) continue; // part of a longer run
    const key = nameKey(p.text), full = `${p.text} ${t.text}`;
    const seen = out.get(key);
    out.set(key, seen === undefined || seen === full ? full : '');
  }
  return out;
}
