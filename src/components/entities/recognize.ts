// Name mentions: knowledge-base names and acronyms, and people found by their shape
// (title + name, known first name + capitalised name, all-caps photo credits).
import { cachedNameKey as nameKey } from './name-key.ts';
import type { KbEntry, KnowledgeBase } from '../../kb/index.ts';
import { roleActiveOn } from '../../kb/index.ts';
import type { FrenchLexicon } from './lexicon.ts';
import { nameGapBetween, type Tok } from './tokens.ts';
import { acronymHits, mediaHits, personContextHits, placeContextHits } from './contexts.ts';
import { companyHits, placeListHits } from './place-lists.ts';
import { indexable, phraseStarts, selfOverlaps, wordStarts } from './word-starts.ts';

export type Gender = 'm' | 'f' | null;

/** A recognised name in the text, before entities are assembled. */
export interface NameHit {
  start: number;
  end: number;
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  kind: 'name' | 'title';
  /** Linked KB entry, if any. */
  entry: KbEntry | null;
  /** For names outside the KB: the name as written (title-cased when all caps). */
  personName: string | null;
  /** Type of a name outside the KB (people by default; organisations and places by their cue). */
  localType?: 'PER' | 'ORG' | 'LOC';
  gender: Gender;
  /** How it was found, for ranking overlaps (higher wins at equal length). */
  rank: number;
  /** For an acronym defined in parentheses: its long name ("Front de libération du peuple du Tigré"). */
  longName?: string;
}

const SUBTYPE_RANK: Record<string, number> = {
  country: 9, io: 8, institution: 7, agency: 6, media: 6, city: 5, region: 4, armed_group: 4, party: 4, place: 3, company: 2, person: 5, other: 1,
};

/** Picks one entry among those sharing a name: French names first, then subtype, then people holding an office on `date`. */
export function bestEntry(entries: KbEntry[], key: string, date: string): KbEntry {
  if (entries.length === 1) return entries[0];
  // Same entries, key and date: same pick (the KB's arrays are stable, so remembered per array).
  let picks = bestPicks.get(entries);
  if (!picks) bestPicks.set(entries, picks = new Map());
  const memo = `${key}|${date}`;
  let pick = picks.get(memo);
  if (!pick) picks.set(memo, pick = scoreEntries(entries, key, date));
  return pick;
}

const bestPicks = new WeakMap<KbEntry[], Map<string, KbEntry>>();

function scoreEntries(entries: KbEntry[], key: string, date: string): KbEntry {
  let best = entries[0];
  let bestScore = -1;
  for (const e of entries) {
    const fr = [e.name, ...(e.names.fr ?? [])].some((n) => nameKey(n) === key) ? 20 : 0;
    const active = e.roles?.some((r) => roleActiveOn(r, date)) ? 1 : 0;
    const score = fr + (SUBTYPE_RANK[e.subtype] ?? 0) + active;
    if (score > bestScore) { best = e; bestScore = score; }
  }
  return best;
}

/** Letters of `text` whose counterpart in `kbName` is upper case must be upper case too ("le monde" is not Le Monde). */
function capsCompatible(text: string, kbNames: string[], key: string): boolean {
  // The answer depends on the span and its key only (the key picks the KB names): remembered.
  const memo = `${text}\u0000${key}`;
  let ok = capsAnswers.get(memo);
  if (ok === undefined) {
    if (capsAnswers.size >= 50_000) capsAnswers.clear();
    capsAnswers.set(memo, ok = capsCompatibleUncached(text, kbNames, key));
  }
  return ok;
}

const capsAnswers = new Map<string, boolean>();

function capsCompatibleUncached(text: string, kbNames: string[], key: string): boolean {
  const letters = text.replace(/[^\p{L}\p{N}]/gu, '');
  let sawSameLength = false;
  for (const n of kbNames) {
    if (nameKey(n) !== key) continue;
    const kl = n.replace(/[^\p{L}\p{N}]/gu, '');
    if (kl.length !== letters.length) continue;
    sawSameLength = true;
    let ok = true;
    for (let i = 0; i < kl.length && ok; i++) {
      const k = kl[i];
      if (k !== k.toLowerCase() && letters[i] === letters[i].toLowerCase() && letters[i] !== letters[i].toUpperCase()) ok = false;
    }
    if (ok) return true;
  }
  // Names written differently (D.C. / DC): only the first letter's case is compared.
  if (!sawSameLength) return /^\p{Lu}|^\p{N}/u.test(text) || kbNames.some((n) => nameKey(n) === key && /^\p{Ll}/u.test(n));
  return false;
}

// The names of a KB name's entries, listed once per entries array (the KB's arrays are stable).
const entryNames = new WeakMap<KbEntry[], string[]>();
function namesOfEntries(entries: KbEntry[]): string[] {
  let names = entryNames.get(entries);
  if (!names) {
    names = entries.flatMap((e) => [e.name, ...(e.names.fr ?? []), ...(e.names.en ?? []), ...(e.names.other ?? [])]);
    entryNames.set(entries, names);
  }
  return names;
}

function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-' ])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

export interface RecognizeInput {
  text: string;
  /** foldForm of the text (same offsets). */
  folded: string;
  /** Ends of role phrases ("le Premier ministre pakistanais"): a name right after one is a person's. */
  roleEnds?: number[];
  toks: Tok[];
  kb: KnowledgeBase;
  lex: FrenchLexicon;
  date: string;
}

/** Every name hit, overlaps resolved (longest first, then rank), sorted by offset. */
export function recognizeNames(inp: RecognizeInput): NameHit[] {
  const cues = inp.lex.contextCues;
  const cands = [...kbHits(inp), ...personHits(inp), ...cueHits(inp),
    ...personContextHits(inp, cues), ...acronymHits(inp), ...mediaHits(inp, cues), ...placeContextHits(inp, cues),
    ...placeListHits(inp, cues), ...companyHits(inp, cues)];
  cands.sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.rank - a.rank || a.start - b.start);
  const taken: NameHit[] = [];
  const used = new Uint8Array(inp.toks.length);
  for (const c of cands) {
    let free = true;
    for (let t = c.t0; t < c.t1 && free; t++) if (used[t]) free = false;
    if (!free) continue;
    for (let t = c.t0; t < c.t1; t++) used[t] = 1;
    taken.push(c);
  }
  // "le Conseil de sécurité de l'ONU": a body named with its parent organisation names the parent too.
  const parents: NameHit[] = [];
  for (const c of taken) {
    if (c.entry?.type !== 'ORG') continue;
    const p = cands.find((x) => x.entry?.type === 'ORG' && x.entry.id !== c.entry!.id && x.end === c.end && x.start > c.start
      && /(?:^|\s)(?:de la|de l'|de l’|du|des|de|d'|d’)\s*$/i.test(inp.text.slice(c.start, x.start)));
    if (p && !taken.some((x) => x.entry?.id === p.entry!.id && x.start === p.start)) parents.push(p);
  }
  return [...taken, ...parents].sort((a, b) => a.start - b.start);
}

/**
 * The KB's name keys as a tree of words: walking tokens through it finds the names starting at a
 * token without building a key string per n-gram. A node stands for a name or a name's prefix.
 */
interface NameNode {
  key: string; entries?: KbEntry[]; next?: Map<string, NameNode>;
  /** This node or one below names an entry with a name a lower-case span may match (capsCompatible). */
  lowerReach?: boolean;
  /** The node's names as capsCompatible reads them, listed on first need. */
  caps?: CapsNames;
}

/** The names of a node's entries having its key: letters and digits only, with their capitals marked. */
interface CapsNames {
  names: Array<{ length: number; upper: Uint8Array }>;
  /** One of them starts with a lower-case letter ("mer Noire"). */
  lowerInitial: boolean;
}

function capsNames(node: NameNode): CapsNames {
  if (node.caps) return node.caps;
  const names: CapsNames['names'] = [];
  let lowerInitial = false;
  for (const n of namesOfEntries(node.entries ?? [])) {
    if (nameKey(n) !== node.key) continue;
    const kl = n.replace(/[^\p{L}\p{N}]/gu, '');
    const upper = new Uint8Array(kl.length);
    for (let i = 0; i < kl.length; i++) upper[i] = kl[i] !== kl[i].toLowerCase() ? 1 : 0;
    names.push({ length: kl.length, upper });
    if (/^\p{Ll}/u.test(n)) lowerInitial = true;
  }
  return (node.caps = { names, lowerInitial });
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** capsCompatible(span, names of the node, its key), compared in place for an ASCII span. */
function capsCompatibleAt(span: string, node: NameNode): boolean {
  let count = 0;
  for (let i = 0; i < span.length; i++) {
    const c = span.charCodeAt(i);
    if (c >= 128) return capsCompatible(span, namesOfEntries(node.entries!), node.key);
    if (isAsciiAlnum(c)) count++;
  }
  const { names, lowerInitial } = capsNames(node);
  let sawSameLength = false;
  for (const n of names) {
    if (n.length !== count) continue;
    sawSameLength = true;
    let ok = true;
    for (let i = 0, k = 0; i < span.length && ok; i++) {
      const c = span.charCodeAt(i);
      if (!isAsciiAlnum(c)) continue;
      if (n.upper[k++] && c >= 97 && c <= 122) ok = false;
    }
    if (ok) return true;
  }
  // Names written differently (D.C. / DC): only the first letter's case is compared.
  if (!sawSameLength) { const c = span.charCodeAt(0); return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || lowerInitial; }
  return false;
}
interface NameTrie {
  root: NameNode;
  /** Bloom filter of the first words from which a span starting in lower case can reach a name. */
  lowerFirstWords: Uint8Array;
  /** Bloom filter of the acronyms (as written). */
  acronyms: Uint8Array;
}
const nameTries = new WeakMap<KnowledgeBase, NameTrie>();

const BLOOM_SIZE = 4096;
/** A cheap hash of a word for the Bloom filters: its length and first and last code units. */
function bloomSlot(w: string): number {
  return (w.length * 131 + w.charCodeAt(0) * 31 + w.charCodeAt(w.length - 1)) & (BLOOM_SIZE - 1);
}

/**
 * Could capsCompatible accept a span starting with a lower-case letter for this node's names? Only
 * when one of them starts (its first letter or digit) without a capital, or with a lower-case letter.
 */
function lowerCaseMayMatch(node: NameNode): boolean {
  if (!node.entries) return false;
  return namesOfEntries(node.entries).some((n) => {
    if (nameKey(n) !== node.key) return false;
    const kl = n.replace(/[^\p{L}\p{N}]/gu, '');
    return (kl.length > 0 && kl[0] === kl[0].toLowerCase()) || /^\p{Ll}/u.test(n);
  });
}

function markLowerReach(node: NameNode): boolean {
  let reach = lowerCaseMayMatch(node);
  if (node.next) for (const child of node.next.values()) if (markLowerReach(child)) reach = true;
  node.lowerReach = reach;
  return reach;
}

function nameTrie(kb: KnowledgeBase): NameTrie {
  let trie = nameTries.get(kb);
  if (trie) return trie;
  const root: NameNode = { key: '' };
  const nodeFor = (key: string): NameNode => {
    let node = root;
    for (const w of key.split(' ')) {
      node.next ??= new Map();
      let child = node.next.get(w);
      if (!child) node.next.set(w, child = { key: node === root ? w : `${node.key} ${w}` });
      node = child;
    }
    return node;
  };
  for (const key of kb.namePrefixes) nodeFor(key);
  for (const [key, entries] of kb.byName) nodeFor(key).entries = entries;
  markLowerReach(root);
  const lowerFirstWords = new Uint8Array(BLOOM_SIZE);
  for (const [w, child] of root.next ?? []) if (child.lowerReach && w) lowerFirstWords[bloomSlot(w)] = 1;
  const acronyms = new Uint8Array(BLOOM_SIZE);
  for (const a of kb.byAcronym.keys()) if (a) acronyms[bloomSlot(a)] = 1;
  nameTries.set(kb, trie = { root, lowerFirstWords, acronyms });
  return trie;
}

// Per code unit: does a span starting with it fail capsCompatible against a name starting with a
// capital? (a cased lower-case letter: \p{Ll}, its own lower case, not its own upper case). 0 unknown, 1 no, 2 yes.
const lowerStartTable = new Uint8Array(65536);
const LOWER_LETTER = /^\p{Ll}$/u;
function startsLowerCased(t: string): boolean {
  const u = t.charCodeAt(0);
  if (u >= 97 && u <= 122) return true;
  if (u < 128) return false;
  let v = lowerStartTable[u];
  if (v === 0) {
    const c = t[0];
    lowerStartTable[u] = v = LOWER_LETTER.test(c) && c === c.toLowerCase() && c !== c.toUpperCase() ? 2 : 1;
  }
  return v === 2;
}

/** Knowledge-base names (longest n-gram at each token) and case-sensitive acronyms. */
function kbHits({ text, toks, kb, lex, date }: RecognizeInput): NameHit[] {
  const out: NameHit[] = [];
  const maxN = Math.min(kb.maxNameWords, 10);
  const { root, lowerFirstWords, acronyms } = nameTrie(kb);
  for (let i = 0; i < toks.length; i++) {
    const first = toks[i];
    const acr = acronyms[bloomSlot(first.text)] ? kb.byAcronym.get(first.text) : undefined;
    if (acr && !(first.sentStart && lex.functionWords.has(first.key) && first.text.length > 3)) {
      out.push({ start: first.start, end: first.end, t0: i, t1: i + 1, kind: 'name', entry: bestEntry(acr, first.key, date), personName: null, gender: acr[0].gender ?? null, rank: 3 });
    }
    // A span starting with a lower-case letter matches only names that may start so ("mer Noire").
    const lowerFirst = startsLowerCased(first.text);
    if (lowerFirst && !lowerFirstWords[bloomSlot(first.nk)]) continue;
    let node: NameNode | undefined = root;
    for (let n = 1; n <= maxN && i + n - 1 < toks.length; n++) {
      const t = toks[i + n - 1];
      if (n > 1 && !nameGapBetween(text, toks[i + n - 2], t)) break;
      node = node.next?.get(t.nk);
      // Neither a KB name nor the start of one.
      if (!node || (lowerFirst && !node.lowerReach)) break;
      const { entries, key } = node;
      if (!entries) continue;
      if (!capsCompatibleAt(text.slice(first.start, t.end), node)) continue;
      // A lone capitalised function word ("Selon", "Cette") is never a name, whatever the KB says.
      if (n === 1 && lex.functionWords.has(first.key)) continue;
      // Lower-case KB names ("mer Noire") must not start inside a word group like "la mer".
      const entry = bestEntry(entries, key, date);
      // "l'Assemblée générale de la FIFA": the bare name of a body ("Assemblée générale", also "…de l'ONU")
      // followed by another complement is another organisation's body.
      if (otherBodysComplement(text, t.end, entry, key)) continue;
      out.push({ start: first.start, end: t.end, t0: i, t1: i + n, kind: 'name', entry, personName: null, gender: entry.gender ?? null, rank: 4 });
    }
  }
  return out;
}

/** Whether the KB name `key` of `entry` is the bare form of its own longer names ("Assemblée générale" of "Assemblée générale de l'ONU"). */
const bareOfLonger = new WeakMap<KbEntry, Map<string, boolean>>();
function isBareOfLonger(entry: KbEntry, key: string): boolean {
  let memo = bareOfLonger.get(entry);
  if (!memo) bareOfLonger.set(entry, memo = new Map());
  let v = memo.get(key);
  if (v === undefined) {
    v = [...(entry.names.fr ?? [])].some((n) => nameKey(n).startsWith(`${key} `));
    memo.set(key, v);
  }
  return v;
}

function otherBodysComplement(text: string, end: number, entry: KbEntry, key: string): boolean {
  if (entry.type !== 'ORG' || !isBareOfLonger(entry, key)) return false;
  return /^\s+(?:de\s+la|de\s+l'|de\s+l’|du|des|de|d'|d’)\s*\p{Lu}/u.test(text.slice(end, end + 40));
}

// The first code units of the lexicon's titles ("M", "Mme"…): most tokens cannot be one.
const titleUnits = new WeakMap<Map<string, unknown>, Set<number>>();
function titleFirstUnits(lex: FrenchLexicon): Set<number> {
  let units = titleUnits.get(lex.titles);
  if (!units) titleUnits.set(lex.titles, units = new Set([...lex.titles.keys()].map((k) => k.charCodeAt(0))));
  return units;
}

// The words closing a spouse cue ("epouse" of "son epouse"): a cue is two tokens, its second one of these.
const spouseEnds = new WeakMap<Map<string, unknown>, Set<string>>();
function spouseCueEnds(lex: FrenchLexicon): Set<string> {
  let ends = spouseEnds.get(lex.spouseCues);
  if (!ends) spouseEnds.set(lex.spouseCues, ends = new Set([...lex.spouseCues.keys()].map((k) => k.slice(k.indexOf(' ') + 1))));
  return ends;
}

function isNameWord(t: Tok, lex: FrenchLexicon): boolean {
  // A capitalised token starts with a letter (cap is \p{Lu}).
  return t.cap && !lex.functionWords.has(t.key);
}

/**
 * People by shape: "M./Mme/MM. Name", a known first name followed by capitalised words,
 * all-caps credits ("ANDREW CABALLERO-REYNOLDS"). KB links come later (by name and surname).
 */
function personHits({ text, toks, kb, lex, date, roleEnds = [] }: RecognizeInput): NameHit[] {
  const out: NameHit[] = [];
  const afterRole = new Set<number>();
  for (const end of roleEnds) {
    const m = /^,?\s/.exec(text.slice(end, end + 3));
    if (m) afterRole.add(end + m[0].length);
  }
  const titleUnits = titleFirstUnits(lex), spouseCueWords = spouseCueEnds(lex);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // The first-name gender of a capitalised token, looked up once (only capitalised tokens need it below).
    const fg = t.cap ? lex.firstNames.get(t.key) : undefined;
    // A role phrase then two or more name words: "le Premier ministre pakistanais, Shehbaz Sharif".
    if (afterRole.has(t.start) && isNameWord(t, lex) && fg === undefined) {
      const j = chunkEnd(text, toks, i, lex);
      const raw = text.slice(t.start, toks[j - 1].end);
      if (j - i >= 2 && j - i <= 4 && !kb.byName.has(nameKey(raw)) && !kb.byName.has(t.nk)) {
        const caps = toks.slice(i, j).every((x) => x.allCaps || !x.cap);
        out.push({ start: t.start, end: toks[j - 1].end, t0: i, t1: j, kind: 'name', entry: null, personName: caps ? titleCase(raw) : raw, gender: null, rank: 1 });
      }
    }
    // Title + name.
    const title = titleUnits.has(t.text.charCodeAt(0)) ? lex.titles.get(t.text) : undefined;
    if (title && i + 1 < toks.length) {
      const gap = text.slice(t.end, toks[i + 1].start);
      // "Mme Le Pen", "M. de Villepin": a particle may open the name after a title.
      const particleFirst = i + 2 < toks.length && lex.particles.has(toks[i + 1].key) && text.slice(toks[i + 1].end, toks[i + 2].start) === ' ' && isNameWord(toks[i + 2], lex);
      if ((gap === '. ' || (gap === ' ' && t.text.length > 1 && t.text !== 'Me')) && (isNameWord(toks[i + 1], lex) || particleFirst)) {
        let j = particleFirst ? chunkEnd(text, toks, i + 2, lex) : chunkEnd(text, toks, i + 1, lex);
        const hits: Array<[number, number]> = [[i + 1, j]];
        // "MM. Trump, Poutine et Zelensky": every name of the list carries the title.
        while (title === 'plural' && j < toks.length) {
          const g = text.slice(toks[j - 1].end, toks[j].start);
          if ((g === ', ' || g === ' et ') && isNameWord(toks[j], lex)) { const k = chunkEnd(text, toks, j, lex); hits.push([j, k]); j = k; }
          else break;
        }
        hits.forEach(([a, b], n) => {
          const start = n === 0 ? t.start : toks[a].start;
          out.push({ start, end: toks[b - 1].end, t0: n === 0 ? i : a, t1: b, kind: 'title', entry: null,
            personName: text.slice(toks[a].start, toks[b - 1].end), gender: title === 'm' || title === 'f' ? title : null, rank: 6 });
        });
        continue;
      }
    }
    // A rank or office noun, then a name: "la reine Maxima", "le sénateur Graham".
    if (i + 1 < toks.length && toks[i + 1].cap && (!t.cap || t.sentStart) && lex.titleWords.has(t.key) && text.slice(t.end, toks[i + 1].start) === ' ' && isNameWord(toks[i + 1], lex) && !toks[i + 1].allCaps) {
      const j = chunkEnd(text, toks, i + 1, lex);
      const raw = text.slice(toks[i + 1].start, toks[j - 1].end);
      if (j - (i + 1) <= 4 && !kb.byName.get(nameKey(raw))?.some((e) => e.type !== 'PER')) {
        out.push({ start: toks[i + 1].start, end: toks[j - 1].end, t0: i + 1, t1: j, kind: 'name', entry: null, personName: raw, gender: null, rank: 1 });
      }
    }
    // "son épouse, Usha Vance", "son mari Joachim Sauer": a full name after a spouse cue is a person,
    // whatever its first name.
    if (i >= 2 && t.cap && !t.sentStart && spouseCueWords.has(toks[i - 1].key) && fg === undefined && lex.spouseCues.has(`${toks[i - 2].key} ${toks[i - 1].key}`)
      && /^,? $/.test(text.slice(toks[i - 1].end, t.start)) && isNameWord(t, lex)) {
      const j = chunkEnd(text, toks, i, lex);
      if (j - i >= 2 && j - i <= 3 && toks.slice(i, j).every((x) => x.cap) && !kb.byName.get(nameKey(text.slice(t.start, toks[j - 1].end)))?.some((e) => e.type !== 'PER')) {
        out.push({ start: t.start, end: toks[j - 1].end, t0: i, t1: j, kind: 'name', entry: null, personName: text.slice(t.start, toks[j - 1].end), gender: lex.spouseCues.get(`${toks[i - 2].key} ${toks[i - 1].key}`) ?? null, rank: 2 });
        continue;
      }
    }
    // "Emmanuel Macron et son épouse Brigitte": a lone first name takes the spouse's surname.
    const spouse = t.cap && !t.sentStart && fg !== undefined ? spouseOf(text, toks, i, lex) : null;
    if (spouse) {
      out.push({ start: t.start, end: t.end, t0: i, t1: i + 1, kind: 'name', entry: null, personName: `${t.text} ${spouse.surname}`, gender: spouse.gender, rank: 2 });
      continue;
    }
    // First name + capitalised surname(s).
    if (fg && t.cap && i + 1 < toks.length && nameGapBetween(text, t, toks[i + 1]) && !(toks[i + 1].start - t.end === 1 && text.charCodeAt(t.end) === 39)) {
      let j = chunkEnd(text, toks, i, lex);
      // "l'aéroport Maya-Maya de Brazzaville": "de" + a known place ends the name (the place is no surname).
      for (let p = i + 1; p + 1 < j; p++) {
        if ((toks[p].key === 'de' || toks[p].key === 'd') && !toks[p].cap
          && kb.byName.get(nameKey(text.slice(toks[p + 1].start, toks[j - 1].end)))?.some((e) => e.type === 'LOC')) { j = p; break; }
      }
      if (j - i >= 2 && toks[j - 1].cap) {
        const caps = toks.slice(i, j).every((x) => x.allCaps || !x.cap);
        const raw = text.slice(t.start, toks[j - 1].end);
        // A first name that is also a KB name opening a longer KB name ("Victoria Nuland" no, "France Inter" yes) is left to the KB.
        const inKb = kb.byName.has(nameKey(raw));
        if (!inKb) out.push({ start: t.start, end: toks[j - 1].end, t0: i, t1: j, kind: 'name', entry: null,
          personName: caps ? titleCase(raw) : raw, gender: fg === 'u' ? null : fg, rank: 2 });
      }
    }
  }
  void date;
  return out;
}

/**
 * For a lone first name right after "son épouse", "sa femme", "son mari"…: the surname of the
 * person named just before the cue ("Emmanuel Macron et son épouse Brigitte", "M. Biden, accompagné de sa femme Jill",
 * "le président et son épouse, Jill, …" in apposition).
 */
function spouseOf(text: string, toks: Tok[], i: number, lex: FrenchLexicon): { surname: string; gender: Gender } | null {
  if (i + 1 < toks.length && toks[i + 1].cap && nameGapBetween(text, toks[i], toks[i + 1])) return null; // "son épouse Brigitte Macron"
  if (i < 3) return null;
  const cue = `${toks[i - 2].key} ${toks[i - 1].key}`;
  const gender = lex.spouseCues.get(cue);
  // "son épouse Brigitte", and in apposition "son épouse, Brigitte, …"
  const between = text.slice(toks[i - 1].end, toks[i].start);
  if (!gender || !(between === ' ' || (between === ', ' && /^\s*[,)]/.test(text.slice(toks[i].end))))) return null;
  // the last capitalised word in the few words before the cue, not itself a first name
  for (let k = i - 3; k >= Math.max(0, i - 7); k--) {
    const w = toks[k];
    if (/[.;:!?«»\n]/.test(text.slice(w.end, toks[k + 1].start))) return null;
    if (w.cap && !w.sentStart && !w.allCaps && !lex.functionWords.has(w.key) && !lex.firstNames.has(w.key)) return { surname: w.text, gender };
  }
  return null;
}

/**
 * Names outside the KB told by their context: an organisation's head noun ("Institut Montaigne",
 * "Banque de France") or a place cue before a capitalised word ("la ville de Pokrovsk").
 */
function cueHits({ text, folded, toks, kb, lex }: RecognizeInput): NameHit[] {
  const out: NameHit[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (t.cap && !t.allCaps && lex.orgHeads.has(t.key) && text.slice(t.end, toks[i + 1].start) === ' ') {
      let k = i + 1;
      if (!toks[k].cap && (toks[k].key === 'de' || toks[k].key === 'du' || toks[k].key === 'des' || toks[k].key === 'd') && k + 1 < toks.length && /^['\s]$/.test(text.slice(toks[k].end, toks[k + 1].start))) k++;
      if (!isNameWord(toks[k], lex) || lex.firstNames.has(toks[k].key)) continue;
      const j = chunkEnd(text, toks, k, lex);
      // "la Haute Cour de Nairobi": a capitalised adjective before the head belongs to the name
      const adj = i > 0 && toks[i - 1].cap && !toks[i - 1].allCaps && lex.orgHeadAdjectives.has(toks[i - 1].key) && text.slice(toks[i - 1].end, t.start) === ' ';
      const s0 = adj ? i - 1 : i;
      const raw = text.slice(toks[s0].start, toks[j - 1].end);
      if (kb.byName.has(nameKey(raw))) continue;
      out.push({ start: toks[s0].start, end: toks[j - 1].end, t0: s0, t1: j, kind: 'name', entry: null, personName: raw, gender: null, rank: 0, localType: 'ORG' });
    }
  }
  // "la Stop Trump Coalition", "l'Atlantic Council": capitalised words ending with an English head, one organisation
  for (let j = 1; j < toks.length; j++) {
    const h = toks[j];
    if (!h.cap || h.allCaps || h.sentStart || !lex.orgHeadsLast.has(h.key)) continue;
    let i = j;
    while (i > 0 && text.slice(toks[i - 1].end, toks[i].start) === ' ' && isNameWord(toks[i - 1], lex) && !toks[i - 1].allCaps && !lex.orgHeads.has(toks[i - 1].key)) {
      i--;
      if (toks[i].sentStart) break;
    }
    if (i === j || toks[i].sentStart && lex.functionWords.has(toks[i].key)) continue;
    const raw = text.slice(toks[i].start, h.end);
    if (kb.byName.has(nameKey(raw))) continue;
    out.push({ start: toks[i].start, end: h.end, t0: i, t1: j + 1, kind: 'name', entry: null, personName: raw, gender: null, rank: 0, localType: 'ORG' });
  }
  const ws = wordStarts(folded);
  const fromIndex = indexedCues(lex.placeCues);
  for (let c = 0; c < lex.placeCues.length; c++) {
    const cue = lex.placeCues[c];
    // A cue after a letter is skipped below: only word starts can count (the index lists them all
    // when the cue cannot overlap itself, which the scan after each match would otherwise skip).
    const atStarts = fromIndex[c] ? phraseStarts(ws, cue) : null;
    let from = 0, next = 0;
    for (;;) {
      const at = atStarts ? (next < atStarts.length ? atStarts[next++] : -1) : folded.indexOf(cue, from);
      if (at < 0) break;
      from = at + cue.length;
      if (at > 0 && /[\p{L}]/u.test(text[at - 1])) continue;
      const startAt = cue.endsWith("'") ? from : from + 1;
      const i = tokenAt(toks, startAt);
      if (i < 0) continue;
      const t = toks[i];
      // "le temple de Ta Moan Thom": a capitalised function word may open the name when a name word follows
      const opener = t.cap && !t.sentStart && lex.functionWords.has(t.key) && i + 1 < toks.length
        && text.slice(t.end, toks[i + 1].start) === ' ' && isNameWord(toks[i + 1], lex) && !toks[i + 1].sentStart;
      if (!(isNameWord(t, lex) || opener) || t.allCaps || lex.firstNames.has(t.key)) continue;
      const j = opener ? chunkEnd(text, toks, i + 1, lex) : chunkEnd(text, toks, i, lex);
      if (j - i > 3) continue;
      const raw = text.slice(t.start, toks[j - 1].end);
      if (kb.byName.has(nameKey(raw))) continue;
      out.push({ start: t.start, end: toks[j - 1].end, t0: i, t1: j, kind: 'name', entry: null, personName: raw, gender: null, rank: 0, localType: 'LOC' });
    }
  }
  return out;
}

// Which place cues the word-start index can find (indexable, not overlapping themselves), per cue list.
const cueIndexability = new WeakMap<string[], boolean[]>();
function indexedCues(cues: string[]): boolean[] {
  let flags = cueIndexability.get(cues);
  if (!flags) cueIndexability.set(cues, flags = cues.map((cue) => indexable(cue) && !selfOverlaps(cue)));
  return flags;
}

function tokenAt(toks: Tok[], start: number): number {
  let lo = 0, hi = toks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start === start) return mid;
    if (toks[mid].start < start) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

const REGNAL_NUMBER = /^(?:[IVX]{1,5}|Ier|Ire)$/;

/** End (exclusive token index) of the run of name words starting at `i`, particles allowed inside. */
export function chunkEnd(text: string, toks: Tok[], i: number, lex: FrenchLexicon): number {
  let j = i + 1;
  while (j < toks.length) {
    const prev = toks[j - 1];
    const t = toks[j];
    if (!nameGapBetween(text, prev, t)) break;
    // "Múte B. Egede", "USS Gerald R. Ford": after a middle initial, the period opens no sentence.
    if (isNameWord(t, lex) && (!t.sentStart || (j - 1 > i && /^\p{Lu}$/u.test(prev.text) && isPeriodSpace(text, prev, t)))) { j++; continue; }
    // "le roi Abdallah II de Jordanie", "Felipe VI d'Espagne": after a regnal number, "de" names the realm.
    if (j - 1 > i && REGNAL_NUMBER.test(prev.text)) break;
    // Particles stay only when a capitalised word follows (von der Leyen, ben Salmane).
    if (!t.cap && lex.particles.has(t.key)) {
      let k = j;
      while (k < toks.length && !toks[k].cap && lex.particles.has(toks[k].key) && nameGapBetween(text, toks[k - 1], toks[k])) k++;
      if (k < toks.length && k - j <= 2 && isNameWord(toks[k], lex) && nameGapBetween(text, toks[k - 1], toks[k])) { j = k + 1; continue; }
    }
    break;
  }
  return j;
}

/** Is the gap between two adjacent tokens ". " exactly? */
function isPeriodSpace(text: string, a: Tok, b: Tok): boolean {
  return b.start - a.end === 2 && text.charCodeAt(a.end) === 46 && text.charCodeAt(a.end + 1) === 32;
}
