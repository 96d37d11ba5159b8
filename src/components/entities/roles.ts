// Role phrases ("le président américain", "le porte-parole du Kremlin", "le ministre russe des
// Affaires étrangères"): where they are, which role, of which country or organisation.
import { cachedNameKey as nameKey } from './name-key.ts';
import { demonymIn, type KnowledgeBase, type RoleKey } from '../../kb/index.ts';
import type { FrenchLexicon, PersonKind, RolePattern } from './lexicon.ts';
import { indexable, phraseStarts, wordStarts, type WordStarts } from './word-starts.ts';

export interface RolePhrase {
  start: number;
  end: number;
  role: RoleKey;
  /** Country or organisation ids the role is held in (an institution adds the country it stands for). */
  of: string[];
  gender: 'm' | 'f' | null;
  kind: PersonKind | null;
  /** Preceded by "ancien", "ex-", "futur"…: not the current holder. */
  notCurrent: boolean;
  /** Preceded by a determiner (le, la, l', du, au…): a description that can stand alone. */
  determined: boolean;
  /** The countries the phrase can name at all ("secrétaire d'État": the US), when it names none itself. */
  onlyOf?: string[];
  /** No country, and nothing after it making it another office ("chargé de…", "de la commission"): the article's context says whose. */
  bare?: boolean;
}

interface Compiled {
  /** Sticky: tried only where the pattern's first word stands in the text. */
  re: RegExp; p: RolePattern; hasAdj: boolean;
  /** A literal word the text must contain. */ word: string;
  /** `word` is literal text of the pattern (not the {adj} slot's name): the pattern's regex checks it already. */
  wordInRegex: boolean;
  /** The pattern's opening word ("ministre", "porte-parole"): every match starts with it. */ head: string;
  /** What the pattern asks for right after its head: a space, an apostrophe, a letter ({adj}), or no letter (its end). */
  afterHead: 'space' | 'quote' | 'letter' | 'end';
}

const SPACE = /\s/;

/** Can a match of the pattern start at `at`, judging by the one character after its head? */
function headFollowed(folded: string, at: number, c: Compiled): boolean {
  const i = at + c.head.length;
  const u = folded.charCodeAt(i);
  const letter = u >= 97 && u <= 122;
  switch (c.afterHead) {
    case 'end': return !letter;
    case 'letter': return letter;
    case 'quote': return u === 39;
    default: return u === 32 || (i < folded.length && SPACE.test(folded[i]));
  }
}

const compiledCache = new WeakMap<RolePattern[], Compiled[]>();

function compile(patterns: RolePattern[]): Compiled[] {
  let c = compiledCache.get(patterns);
  if (c) return c;
  c = [...patterns]
    .sort((a, b) => b.pattern.length - a.pattern.length)
    .map((p) => {
      const body = p.pattern.split('{adj}').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('([a-z]+(?:-[a-z]+)?)');
      const word = p.pattern.split(/[\s{}']/).filter(Boolean).sort((a, b) => b.length - a.length)[0] ?? '';
      const head = /^[^\s{']*/.exec(p.pattern)![0];
      const next = p.pattern[head.length];
      const afterHead = next === undefined ? 'end' : next === ' ' ? 'space' : next === "'" ? 'quote' : 'letter';
      const wordInRegex = p.pattern.split('{adj}').join(' ').split(/[\s{}']/).includes(word);
      return { re: new RegExp(`(?<![a-z-])${body}(?![a-z])`, 'y'), p, hasAdj: p.pattern.includes('{adj}'), word, wordInRegex, head, afterHead } as Compiled;
    });
  compiledCache.set(patterns, c);
  return c;
}

const PREP = /^\s+(de la|de l'|du|des|de|d')\s*/;
const DETERMINER = /(?:^|[^a-z])(le|la|l'|du|au|un|une|son|sa|leur|ce|cet|cette|a la|de la|de l')\s*$/;
const NOT_CURRENT = /(?:ancien|ancienne|ex|futur|future|precedent|precedente|defunt|defunte|feu)[\s-]*$/;

/** Role phrases in `folded` (foldForm of the text), longest first, without overlaps. */
export function findRolePhrases(folded: string, kb: KnowledgeBase, lex: FrenchLexicon): RolePhrase[] {
  const found: RolePhrase[] = [];
  const taken: Array<[number, number]> = [];
  const present = new Map<string, boolean>();
  const headsAt = new Map<string, number[]>();
  const ws = wordStarts(folded);
  for (const c of compile(lex.roles)) {
    const { re, p, hasAdj, word, head } = c;
    // Where the head stands first (from the word-start index): most patterns' heads are absent.
    let starts = headsAt.get(head);
    if (!starts) headsAt.set(head, starts = occurrences(folded, head, ws));
    if (!starts.length) continue;
    // A word of the pattern's own text needs no search: without it the regex fails as surely.
    if (!c.wordInRegex) {
      let has = present.get(word);
      if (has === undefined) { has = folded.includes(word); present.set(word, has); }
      if (!has) continue;
    }
    // Same matches as a global scan: leftmost first, the next one searched after the previous end.
    let scannedTo = 0;
    for (const at of starts) {
      if (at < scannedTo || !headFollowed(folded, at, c)) continue;
      re.lastIndex = at;
      const m = re.exec(folded);
      if (!m) continue;
      scannedTo = at + m[0].length;
      const start = at;
      let end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const of = new Set<string>();
      if (p.of) of.add(p.of);
      if (hasAdj) {
        const c = demonymIn(kb, m[1], folded);
        if (!c) continue;
        of.add(c);
      } else if (!p.of) {
        // "le président russe": adjective after a pattern without slot; "le président fédéral
        // allemand": after a qualifier.
        let rest = folded.slice(end, end + 60), skipped = 0;
        const lead = /^\s+/.exec(rest)?.[0].length ?? 0;
        const qualifier = lead ? lex.roleQualifiers.find((q) => rest.startsWith(q, lead) && !/[a-z]/.test(rest[lead + q.length] ?? '')) : undefined;
        if (qualifier) { skipped = lead + qualifier.length; rest = rest.slice(skipped); }
        const adj = /^\s+([a-z]+(?:-[a-z]+)?)(?![a-z])/.exec(rest);
        const c = adj ? demonymIn(kb, adj[1], folded) : undefined;
        if (c) { of.add(c); end += skipped + adj![0].length; }
      }
      // "le secrétaire d'État français" is another office than the US one; bare, the context decides.
      if (p.onlyOf && of.size && ![...of].some((o) => p.onlyOf!.includes(o))) continue;
      // "… de la Russie", "… du Kremlin", "… de l'Otan": the complement names who.
      if (!p.of) {
        const comp = complement(folded, end, kb);
        if (comp) {
          for (const id of comp.ids) of.add(id);
          end = comp.end;
          // "le Premier ministre du Kurdistan irakien, X": a demonym closing the complement stays in the
          // phrase (it qualifies the complement, so it adds no country of its own).
          const adj = /^\s+([a-z]+(?:-[a-z]+)?)(?![a-z'-])/.exec(folded.slice(end, end + 30));
          if (adj && kb.byDemonym.has(nameKey(adj[1]))) end += adj[0].length;
        }
      }
      if (p.onlyOf && of.size && ![...of].some((o) => p.onlyOf!.includes(o))) continue;
      // "le Premier ministre thaïlandais par intérim, X": the modifier closes the phrase
      const tail = /^\s+([a-z]+(?: [a-z]+)?)/.exec(folded.slice(end, end + 24));
      if (tail) {
        const w = lex.roleTrailers.find((t) => tail[1] === t || tail[1].startsWith(`${t} `));
        if (w) end += tail[0].length - tail[1].length + w.length;
      }
      const before = folded.slice(Math.max(0, start - 20), start);
      taken.push([start, end]);
      const bare = of.size === 0 && !lex.notBareAfter.some((w) => startsWithWord(folded, end, w));
      found.push({
        start, end, role: p.role, of: [...of], gender: p.gender ?? null, kind: p.kind ?? null,
        notCurrent: NOT_CURRENT.test(before), determined: DETERMINER.test(before),
        ...(p.onlyOf && !of.size ? { onlyOf: p.onlyOf } : {}), ...(bare ? { bare } : {}),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Does `phrase` follow `at` in `folded` (after spaces), as whole words? */
function startsWithWord(folded: string, at: number, phrase: string): boolean {
  const lead = /^\s*/.exec(folded.slice(at, at + 8))![0].length;
  if (!lead && !phrase.endsWith("'")) return false;
  if (!folded.startsWith(phrase, at + lead)) return false;
  return phrase.endsWith("'") || !/[a-z]/.test(folded[at + lead + phrase.length] ?? '');
}

/** Offsets of `word` in `text` not preceded by a letter or hyphen (where a role match may start). */
function occurrences(text: string, word: string, ws: WordStarts): number[] {
  if (indexable(word)) {
    // The index holds the starts not preceded by a letter; a hyphen before is dropped here.
    const out = phraseStarts(ws, word);
    let n = 0;
    for (const at of out) if (at === 0 || text.charCodeAt(at - 1) !== 45) out[n++] = at;
    out.length = n;
    return out;
  }
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const c = at > 0 ? text.charCodeAt(at - 1) : 0;
    if ((c >= 97 && c <= 122) || c === 45) continue;
    out.push(at);
  }
  return out;
}

function complement(folded: string, at: number, kb: KnowledgeBase): { ids: string[]; end: number } | null {
  const prep = PREP.exec(folded.slice(at));
  if (!prep) return null;
  const from = at + prep[0].length;
  const words = /^[a-z0-9]+(?:[-' ][a-z0-9]+){0,5}/.exec(folded.slice(from));
  if (!words) return null;
  const parts = words[0].split(/(?=[-' ])/);
  // Longest prefix that is a KB name of a country, an organisation or an institution.
  for (let n = parts.length; n >= 1; n--) {
    const s = parts.slice(0, n).join('');
    const entries = kb.byName.get(nameKey(s)) ?? kb.byAcronym.get(s.toUpperCase());
    const e = entries?.find((x) => x.type !== 'PER');
    if (e) {
      const ids = [e.id];
      if (e.metonymOf) ids.push(e.metonymOf);
      return { ids, end: from + s.length };
    }
  }
  return null;
}
