// Name mentions: knowledge-base names and acronyms, and people found by their shape
// (title + name, known first name + capitalised name, all-caps photo credits).
import { cachedNameKey as nameKey } from './name-key.ts';
import type { KbEntry, KnowledgeBase } from '../../kb/index.ts';
import { roleActiveOn } from '../../kb/index.ts';
import type { FrenchLexicon } from './lexicon.ts';
import { nameGap, type Tok } from './tokens.ts';
import { acronymHits, mediaHits, personContextHits, placeContextHits } from './contexts.ts';
import { companyHits, placeListHits } from './place-lists.ts';

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
interface NameNode { key: string; entries?: KbEntry[]; next?: Map<string, NameNode> }
const nameTries = new WeakMap<Map<string, KbEntry[]>, NameNode>();

function nameTrie(kb: KnowledgeBase): NameNode {
  let root = nameTries.get(kb.byName);
  if (root) return root;
  root = { key: '' };
  const nodeFor = (key: string): NameNode => {
    let node = root!;
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
  nameTries.set(kb.byName, root);
  return root;
}

/** Knowledge-base names (longest n-gram at each token) and case-sensitive acronyms. */
function kbHits({ text, toks, kb, lex, date }: RecognizeInput): NameHit[] {
  const out: NameHit[] = [];
  const maxN = Math.min(kb.maxNameWords, 10);
  const trie = nameTrie(kb);
  for (let i = 0; i < toks.length; i++) {
    const first = toks[i];
    const acr = kb.byAcronym.get(first.text);
    if (acr && !(first.sentStart && lex.functionWords.has(first.key) && first.text.length > 3)) {
      out.push({ start: first.start, end: first.end, t0: i, t1: i + 1, kind: 'name', entry: bestEntry(acr, first.key, date), personName: null, gender: acr[0].gender ?? null, rank: 3 });
    }
    let node: NameNode | undefined = trie;
    for (let n = 1; n <= maxN && i + n - 1 < toks.length; n++) {
      const t = toks[i + n - 1];
      if (n > 1 && !nameGap(text.slice(toks[i + n - 2].end, t.start), toks[i + n - 2])) break;
      node = node.next?.get(t.nk);
      // Neither a KB name nor the start of one.
      if (!node) break;
      const { entries, key } = node;
      if (!entries) continue;
      const span = text.slice(first.start, t.end);
      const names = namesOfEntries(entries);
      if (!capsCompatible(span, names, key)) continue;
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

function isNameWord(t: Tok, lex: FrenchLexicon): boolean {
  return t.cap && !lex.functionWords.has(t.key) && /^\p{L}/u.test(t.text);
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
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // A role phrase then two or more name words: "le Premier ministre pakistanais, Shehbaz Sharif".
    if (afterRole.has(t.start) && isNameWord(t, lex) && !lex.firstNames.has(t.key)) {
      const j = chunkEnd(text, toks, i, lex);
      const raw = text.slice(t.start, toks[j - 1].end);
      if (j - i >= 2 && j - i <= 4 && !kb.byName.has(nameKey(raw)) && !kb.byName.has(t.nk)) {
        const caps = toks.slice(i, j).every((x) => x.allCaps || !x.cap);
        out.push({ start: t.start, end: toks[j - 1].end, t0: i, t1: j, kind: 'name', entry: null, personName: caps ? titleCase(raw) : raw, gender: null, rank: 1 });
      }
    }
    // Title + name.
    const title = lex.titles.get(t.text);
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
    if (lex.titleWords.has(t.key) && (!t.cap || t.sentStart) && i + 1 < toks.length && text.slice(t.end, toks[i + 1].start) === ' ' && isNameWord(toks[i + 1], lex) && !toks[i + 1].allCaps) {
      const j = chunkEnd(text, toks, i + 1, lex);
      const raw = text.slice(toks[i + 1].start, toks[j - 1].end);
      if (j - (i + 1) <= 4 && !kb.byName.get(nameKey(raw))?.some((e) => e.type !== 'PER')) {
        out.push({ start: toks[i + 1].start, end: toks[j - 1].end, t0: i + 1, t1: j, kind: 'name', entry: null, personName: raw, gender: null, rank: 1 });
      }
    }
    // "son épouse, Usha Vance", "son mari Joachim Sauer": a full name after a spouse cue is a person,
    // whatever its first name.
    if (i >= 2 && t.cap && !t.sentStart && !lex.firstNames.has(t.key) && lex.spouseCues.has(`${toks[i - 2].key} ${toks[i - 1].key}`)
      && /^,? $/.test(text.slice(toks[i - 1].end, t.start)) && isNameWord(t, lex)) {
      const j = chunkEnd(text, toks, i, lex);
      if (j - i >= 2 && j - i <= 3 && toks.slice(i, j).every((x) => x.cap) && !kb.byName.get(nameKey(text.slice(t.start, toks[j - 1].end)))?.some((e) => e.type !== 'PER')) {
        out.push({ start: t.start, end: toks[j - 1].end, t0: i, t1: j, kind: 'name', entry: null, personName: text.slice(t.start, toks[j - 1].end), gender: lex.spouseCues.get(`${toks[i - 2].key} ${toks[i - 1].key}`) ?? null, rank: 2 });
        continue;
      }
    }
    // "Emmanuel Macron et son épouse Brigitte": a lone first name takes the spouse's surname.
    const spouse = t.cap && !t.sentStart && lex.firstNames.has(t.key) ? spouseOf(text, toks, i, lex) : null;
    if (spouse) {
      out.push({ start: t.start, end: t.end, t0: i, t1: i + 1, kind: 'name', entry: null, personName: `${t.text} ${spouse.surname}`, gender: spouse.gender, rank: 2 });
      continue;
    }
    // First name + capitalised surname(s).
    const fg = lex.firstNames.get(t.key);
    if (fg && t.cap && i + 1 < toks.length && nameGap(text.slice(t.end, toks[i + 1].start), t) && text.slice(t.end, toks[i + 1].start) !== "'") {
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
  if (i + 1 < toks.length && toks[i + 1].cap && nameGap(text.slice(toks[i].end, toks[i + 1].start), toks[i])) return null; // "son épouse Brigitte Macron"
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
  for (const cue of lex.placeCues) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(cue, from);
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
    const gap = text.slice(toks[j - 1].end, toks[j].start);
    if (!nameGap(gap, toks[j - 1])) break;
    const t = toks[j];
    // "Múte B. Egede", "USS Gerald R. Ford": after a middle initial, the period opens no sentence.
    const afterInitial = t.sentStart && j - 1 > i && /^\p{Lu}$/u.test(toks[j - 1].text) && gap === '. ';
    if (isNameWord(t, lex) && (!t.sentStart || afterInitial)) { j++; continue; }
    // "le roi Abdallah II de Jordanie", "Felipe VI d'Espagne": after a regnal number, "de" names the realm.
    if (REGNAL_NUMBER.test(toks[j - 1].text) && j - 1 > i) break;
    // Particles stay only when a capitalised word follows (von der Leyen, ben Salmane).
    if (!t.cap && lex.particles.has(t.key)) {
      let k = j;
      while (k < toks.length && !toks[k].cap && lex.particles.has(toks[k].key) && nameGap(text.slice(toks[k - 1].end, toks[k].start), toks[k - 1])) k++;
      if (k < toks.length && k - j <= 2 && isNameWord(toks[k], lex) && nameGap(text.slice(toks[k - 1].end, toks[k].start), toks[k - 1])) { j = k + 1; continue; }
    }
    break;
  }
  return j;
}
