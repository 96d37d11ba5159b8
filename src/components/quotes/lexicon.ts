// The reporting-verb lexicon: lemmas from src/lang/fr/quote-cues.json conjugated by rule into
// every form a reporting clause uses (past participle, present, imperfect, passé simple, future,
// conditional, present participle), plus the function-word lists of quote-speakers.json.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { foldForm, matchForm } from '../../core/normalize.ts';

const LANG_DIR = fileURLToPath(new URL('../../lang/fr/', import.meta.url));

interface VerbEntry {
  lemma: string; group?: number; pronominal?: boolean; weak?: boolean; object?: boolean;
  pp?: string; p3s?: string; p3p?: string; impf?: string; ps3s?: string; ps3p?: string; fut?: string; ppr?: string;
}

export type FormKind = 'pp' | 'finite' | 'ppr';

export interface VerbForm {
  /** Folded tokens of the form ("fait valoir" is two). */
  tokens: string[];
  lemma: string;
  kind: FormKind;
  pronominal: boolean;
  weak: boolean;
}

export interface QuoteLexicon {
  /** Forms by their first folded token. */
  forms: Map<string, VerbForm[]>;
  /** Lemmas that report only the quote they take as object ("a rejeté ces « accusations »"). */
  objectCues: Set<string>;
  auxiliaries: Set<string>;
  pronominalAuxiliaries: Set<string>;
  invertedPronouns: Set<string>;
  /** Prepositional cues as folded token sequences ("selon", "d' apres"). */
  prepositions: string[][];
  /** First tokens of the prepositional cues: a token that is none of them opens none. */
  prepositionStarts: Set<string>;
  /** Every word a verb group can start with (preposition, auxiliary, verb form): others start none. */
  verbGroupStarts: Set<string>;
  determiners: Set<string>;
  titles: Set<string>;
  subjectPronouns: string[][];
  /** First tokens of the subject pronouns. */
  subjectPronounStarts: Set<string>;
  /** "la première", "le second": which person of the pair named last (1 or 2), keyed by folded words joined by a space. */
  ordinalPronouns: Map<string, number>;
  indefinitePronouns: Set<string>;
  objectClitics: Set<string>;
  nameParticles: Set<string>;
  phraseBreakers: Set<string>;
  insertions: string[][];
  /** First tokens of the insertions: a token that is none of them opens none. */
  insertionStarts: Set<string>;
  /** The one-token insertions ("encore", "jeudi"). */
  singleInsertions: Set<string>;
  speakerHeads: Set<string>;
  namingCues: Set<string>;
  /** Nouns of texts that "say" things (un communiqué, le texte): their author is the speaker. */
  documentHeads: Set<string>;
  /** Speaker heads that name an institution, not a person: "le ministère" is no "il". */
  institutionHeads: Set<string>;
  /** Conjunctions opening a clause with its own subject and verb ("tandis que"). */
  clauseLinks: string[][];
  /** Stressed pronouns set off by commas after a subject ("Le président, lui, a affirmé"). */
  dislocatedPronouns: Set<string>;
  /** Bare heads standing for the government of the place a sentence opens on ("À Ankara, le pouvoir"). */
  seatGovernments: Set<string>;
  /** Prepositions that attribute an opinion only at the head of a sentence ("Pour X, …"). */
  framingPrepositions: string[][];
  /** Infinitives of the strong (non-weak), one-word, non-pronominal reporting verbs ("annoncer"). */
  infinitives: Set<string>;
  /** One-word forms of verbs of hosting or meeting peers ("réunissait", "reçu"), folded. */
  meetingForms: Set<string>;
  /** Peer nouns after a possessive ("ses homologues"), folded. */
  peerNouns: Set<string>;
  /** Social networks a statement is posted on ("le réseau social X"), folded: never a speaker. */
  platformNames: Set<string>;
  /** folded head noun of an anaphoric organisation description ("organisation") → KB subtypes. */
  organisationAnaphors: Map<string, string[]>;
  /** Heads that after "son", "sa", "ses" stand for the person named last ("son bureau", "son entourage"). */
  possessiveOffices: Set<string>;
  /** le, la, les, nous, vous: clitics only before an auxiliary (else a determiner or a subject). */
  ambiguousClitics: Set<string>;
  /** ne, se: particles a verb may carry before it ("ne s'est pas dit"). */
  preverbalParticles: Set<string>;
  /** Clitics that may open an incise after a quotation ("», lui a répondu X", "», y a déclaré X"). */
  inciseClitics: Set<string>;
  /** "lui-même" after a name. */
  emphaticPronouns: Set<string>;
  /** "est", "était" of "C'est X qui". */
  cleftCopulas: Set<string>;
  /** "son", "sa", "ses" of "son bureau". */
  possessiveDeterminers: Set<string>;
  /** Words that make a conjunction with "que" ("depuis que"): no cleft relative. */
  conjunctionHeads: Set<string>;
  /** Adjectives of a past office ("ancien", "ex" of "l'ex-président"). */
  formerQualifiers: Set<string>;
  /** Naming cues whose names take a capital: a lower-case quote after them is no name. */
  capitalisedNamingCues: Set<string>;
}

const fold = (s: string) => matchForm(s).toLowerCase();
/** Folded token sequence of a phrase, elisions split the way tokens.ts splits them. */
export function phraseTokens(phrase: string): string[] {
  return fold(phrase).replace(/\b([cdjlmnst]|qu)'/g, "$1' ").split(/\s+/).filter(Boolean);
}

/** Regular conjugation of a 1st-group (-er) or 2nd-group (-ir) verb, with -cer/-ger spelling. */
function conjugate(v: VerbEntry): Record<FormKind, string[]> {
  const lemma = v.lemma.replace(/^(se |s')/, '');
  const out: Record<FormKind, string[]> = { pp: [], finite: [], ppr: [] };
  const add = (k: FormKind, ...f: string[]) => out[k].push(...f);
  const participle = (pp: string) => {
    if (pp.includes(' ')) return add('pp', pp);
    add('pp', pp, pp + 'e', pp.endsWith('s') ? pp : pp + 's', pp.endsWith('s') ? pp + 'es' : pp + 'es');
  };
  if (v.group === 2 && lemma.endsWith('ir')) {
    const stem = lemma.slice(0, -2);
    participle(stem + 'i');
    add('finite', stem + 'it', stem + 'issent', stem + 'issait', stem + 'issaient', stem + 'irent', lemma + 'a', lemma + 'ont', lemma + 'ait', lemma + 'aient');
    add('ppr', stem + 'issant');
  } else if (lemma.endsWith('er')) {
    const stem = lemma.slice(0, -2);
    const soft = stem.endsWith('c') ? stem.slice(0, -1) + 'ç' : stem.endsWith('g') ? stem + 'e' : stem;
    participle(stem + 'é');
    const fut = v.fut ?? lemma;
    // "répéter", "s'inquiéter": the stressed stem opens its last é (répète, s'inquiètent).
    const open = stem.replace(/é([^aeiouyéè]+)$/u, 'è$1');
    add('finite', v.p3s ?? open + 'e', v.p3p ?? open + 'ent', soft + 'ait', soft + 'aient', soft + 'a', stem + 'èrent',
      fut + 'a', fut + 'ont', fut + 'ait', fut + 'aient');
    add('ppr', soft + 'ant');
  }
  if (v.pp) { out.pp = []; participle(v.pp); }
  if (v.p3s && !lemma.endsWith('er')) add('finite', v.p3s);
  if (v.p3p && !lemma.endsWith('er')) add('finite', v.p3p);
  if (v.impf && !lemma.endsWith('er')) {
    const tail = v.pp?.includes(' ') ? ' ' + v.pp.split(' ').slice(1).join(' ') : '';
    add('finite', v.impf + 'ait' + tail, v.impf + 'aient' + tail);
  }
  if (v.ps3s) add('finite', v.ps3s);
  if (v.ps3p) add('finite', v.ps3p);
  if (v.fut && !lemma.endsWith('er')) {
    const tail = v.pp?.includes(' ') ? ' ' + v.pp.split(' ').slice(1).join(' ') : '';
    add('finite', v.fut + 'a' + tail, v.fut + 'ont' + tail, v.fut + 'ait' + tail, v.fut + 'aient' + tail);
  }
  if (v.ppr) { out.ppr = []; add('ppr', v.ppr); }
  return out;
}

function readJson(name: string): any {
  return JSON.parse(readFileSync(LANG_DIR + name, 'utf8'));
}

let cached: QuoteLexicon | null = null;

export function loadQuoteLexicon(): QuoteLexicon {
  if (cached) return cached;
  const cues = readJson('quote-cues.json');
  const sp = readJson('quote-speakers.json');
  const forms = new Map<string, VerbForm[]>();
  const seen = new Set<string>();
  for (const v of cues.verbs as VerbEntry[]) {
    const conj = conjugate(v);
    for (const kind of ['pp', 'finite', 'ppr'] as FormKind[]) {
      for (const f of conj[kind]) {
        const tokens = phraseTokens(f);
        const key = `${tokens.join(' ')}|${kind}|${v.pronominal ? 1 : 0}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const form: VerbForm = { tokens, lemma: v.lemma, kind, pronominal: !!v.pronominal, weak: !!v.weak };
        const list = forms.get(tokens[0]) ?? [];
        list.push(form);
        forms.set(tokens[0], list);
      }
    }
  }
  const set = (xs: string[]) => new Set(xs.map(fold));
  // One-word finite forms and participles of the meeting verbs ("réunissait", "reçu").
  const meetingForms = new Set<string>();
  for (const v of (sp.meetingVerbs ?? []) as VerbEntry[]) {
    const conj = conjugate(v);
    for (const f of [...conj.finite, ...conj.pp]) if (!f.includes(' ')) meetingForms.add(fold(f));
  }
  const prepositions = (cues.prepositions as string[]).map(phraseTokens);
  const insertions = (sp.insertions as string[]).map(phraseTokens).sort((a, b) => b.length - a.length);
  const subjectPronouns = [...(sp.subjectPronouns as string[]), ...Object.keys(sp.ordinalPronouns ?? {})].map(phraseTokens);
  const starts = (seqs: string[][]) => new Set(seqs.map((s) => s[0]));
  cached = {
    forms,
    auxiliaries: set(cues.auxiliaries),
    pronominalAuxiliaries: set(cues.pronominalAuxiliaries),
    invertedPronouns: set(cues.invertedPronouns),
    prepositions,
    prepositionStarts: starts(prepositions),
    verbGroupStarts: new Set([...starts(prepositions), ...set(cues.auxiliaries), ...set(cues.pronominalAuxiliaries), ...forms.keys()]),
    determiners: set(sp.determiners),
    titles: new Set((sp.titles as string[]).map((t) => fold(t).replace(/\.$/, ''))),
    subjectPronouns,
    subjectPronounStarts: starts(subjectPronouns),
    ordinalPronouns: new Map(Object.entries((sp.ordinalPronouns ?? {}) as Record<string, number>).map(([k, v]) => [phraseTokens(k).join(' '), v])),
    indefinitePronouns: set(sp.indefinitePronouns),
    objectClitics: set(sp.objectClitics),
    nameParticles: set(sp.nameParticles),
    phraseBreakers: set(sp.phraseBreakers),
    insertions,
    insertionStarts: starts(insertions),
    singleInsertions: new Set(insertions.filter((s) => s.length === 1).map((s) => s[0])),
    speakerHeads: set(sp.speakerHeads),
    namingCues: set(sp.namingCues),
    documentHeads: set(sp.documentHeads ?? []),
    institutionHeads: set(sp.institutionHeads ?? []),
    clauseLinks: ((sp.clauseLinks ?? []) as string[]).map(phraseTokens),
    dislocatedPronouns: set(sp.dislocatedPronouns ?? []),
    seatGovernments: set(sp.seatGovernments ?? []),
    framingPrepositions: ((cues.framingPrepositions ?? []) as string[]).map(phraseTokens),
    organisationAnaphors: new Map(Object.entries((sp.organisationAnaphors ?? {}) as Record<string, string[]>).map(([k, v]) => [foldForm(k), v])),
    possessiveOffices: set(sp.possessiveOffices ?? []),
    ambiguousClitics: set(sp.ambiguousClitics ?? []),
    preverbalParticles: set(sp.preverbalParticles ?? []),
    inciseClitics: set(sp.inciseClitics ?? []),
    emphaticPronouns: set(sp.emphaticPronouns ?? []),
    cleftCopulas: set(sp.cleftCopulas ?? []),
    possessiveDeterminers: set(sp.possessiveDeterminers ?? []),
    conjunctionHeads: set(sp.conjunctionHeads ?? []),
    capitalisedNamingCues: set(sp.capitalisedNamingCues ?? []),
    formerQualifiers: set(sp.formerOfficeQualifiers ?? []),
    meetingForms,
    peerNouns: set(sp.peerNouns ?? []),
    platformNames: set(sp.platformNames ?? []),
    infinitives: set((cues.verbs as VerbEntry[]).filter((v) => !v.weak && !v.pronominal && !v.lemma.includes(' ')).map((v) => v.lemma)),
    objectCues: new Set((cues.verbs as VerbEntry[]).filter((v) => v.object).map((v) => v.lemma)),
  };
  return cached;
}
