// The knowledge base: countries from npm packages merged with the data files under
// src/kb/data/ (and any user file), with indexes for fast lookup by name, surname, role and demonym.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { langData } from '../core/lang.ts';
import { foldForm, nameKey } from '../core/normalize.ts';
import { resource, type Context } from '../core/pipeline.ts';
import { countriesFromPackages } from './countries.ts';
import type { KbEntry, KbRole, RoleKey } from './types.ts';

export type { KbEntry, KbRole, RoleKey } from './types.ts';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), 'data');

export interface RoleHolder { entry: KbEntry; role: KbRole }

export interface KnowledgeBase {
  entries: KbEntry[];
  byId: Map<string, KbEntry>;
  /** nameKey(name) → entries having that name (full names, French and English forms). */
  byName: Map<string, KbEntry[]>;
  /** Acronyms, matched case-sensitively (OTAN, UE, FSB). */
  byAcronym: Map<string, KbEntry[]>;
  /** nameKey(last word of a person's name) → people. */
  bySurname: Map<string, KbEntry[]>;
  /** `${role}|${of}` → holders with their dated role. */
  byRole: Map<string, RoleHolder[]>;
  /** folded demonym (russe, ukrainiennes) → country id. */
  byDemonym: Map<string, string>;
  /** Demonyms several countries share ("congolais": RDC and Congo-Brazzaville) → every country id. */
  demonymSenses?: Map<string, string[]>;
  /** Files that failed to load, with the reason (the rest still loads). */
  problems: string[];
  /** Longest name in words, to bound n-gram lookups. */
  maxNameWords: number;
  /** Every proper word prefix of a name key ("maison", for "maison blanche"), so n-gram lookups stop early. */
  namePrefixes: Set<string>;
}

/** Every name an entry is known by (canonical first), without duplicates. */
export function namesOf(e: KbEntry): string[] {
  const all = [e.name, ...(e.names.fr ?? []), ...(e.names.en ?? []), ...(e.names.other ?? [])];
  return [...new Set(all.filter(Boolean))];
}

function readEntries(path: string, problems: string[]): KbEntry[] {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    const list = Array.isArray(data) ? data : (data as { entries?: unknown }).entries;
    if (!Array.isArray(list)) { problems.push(`${path}: not an array of entries`); return []; }
    return list.filter((e): e is KbEntry => !!e && typeof (e as KbEntry).id === 'string');
  } catch (err) {
    problems.push(`${path}: ${(err as Error).message}`);
    return [];
  }
}

function union(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a?.length && !b?.length) return a ?? b;
  return [...new Set([...(a ?? []), ...(b ?? [])])];
}

/** Later records add names, acronyms, demonyms and roles to an id; scalar fields fill gaps only, except `metonymOf`, which a later record replaces. */
function merge(into: KbEntry, add: Partial<KbEntry>): void {
  into.name ||= add.name ?? into.name;
  into.type ||= add.type!;
  into.subtype ||= add.subtype!;
  into.names = {
    fr: union(into.names?.fr, add.names?.fr), en: union(into.names?.en, add.names?.en), other: union(into.names?.other, add.names?.other),
  };
  into.acronyms = union(into.acronyms, add.acronyms);
  if (add.demonyms) into.demonyms = { fr: union(into.demonyms?.fr, add.demonyms.fr), en: union(into.demonyms?.en, add.demonyms.en) };
  for (const k of ['wikidata', 'country', 'gender'] as const) if (into[k] == null && add[k] != null) (into as unknown as Record<string, unknown>)[k] = add[k];
  // A later record may redirect a metonym: a capital built from the packages stands for its
  // country, but a data file can say the seat stands for an organisation (Bruxelles → the EU).
  if (add.metonymOf != null) into.metonymOf = add.metonymOf;
  if (add.roles?.length) {
    const seen = new Set((into.roles ?? []).map((r) => `${r.role}|${r.of}|${r.start}`));
    into.roles = [...(into.roles ?? []), ...add.roles.filter((r) => !seen.has(`${r.role}|${r.of}|${r.start}`))];
  }
  into.sources = union(into.sources, add.sources);
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (!l) m.set(k, [v]);
  else if (!l.includes(v)) l.push(v);
}

/**
 * Loads the knowledge base: package countries, then every src/kb/data/*.json in name order,
 * then `extraFiles` (user files). Missing or broken files are reported in `problems`, not thrown.
 */
export function loadKnowledgeBase(extraFiles: string[] = []): KnowledgeBase {
  const problems: string[] = [];
  const byId = new Map<string, KbEntry>();
  const add = (e: KbEntry) => {
    const have = byId.get(e.id);
    if (have) merge(have, e);
    else byId.set(e.id, { ...e, names: { ...e.names } });
  };
  for (const e of countriesFromPackages()) add(e);
  const files = existsSync(dataDir) ? readdirSync(dataDir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dataDir, f)) : [];
  for (const f of [...files, ...extraFiles]) for (const e of readEntries(f, problems)) add(e);
  return indexEntries([...byId.values()].filter((e) => e.name && e.type), problems);
}

function indexEntries(entries: KbEntry[], problems: string[] = []): KnowledgeBase {
  const kb: KnowledgeBase = {
    entries, byId: new Map(), byName: new Map(), byAcronym: new Map(), bySurname: new Map(), byRole: new Map(),
    byDemonym: new Map(), problems, maxNameWords: 1, namePrefixes: new Set(),
  };
  // "von der Leyen", "ben Salmane": the surname keeps its particles.
  const particles = new Set(langData<{ particles: string[] }>('name-particles.json').particles);
  for (const e of entries) {
    kb.byId.set(e.id, e);
    for (const n of namesOf(e)) {
      const k = nameKey(n);
      if (!k) continue;
      push(kb.byName, k, e);
      const words = k.split(' ');
      kb.maxNameWords = Math.max(kb.maxNameWords, words.length);
      for (let i = 1; i < words.length; i++) kb.namePrefixes.add(words.slice(0, i).join(' '));
    }
    for (const a of e.acronyms ?? []) push(kb.byAcronym, a, e);
    if (e.type === 'PER') {
      for (const n of namesOf(e)) {
        const words = nameKey(n).split(' ');
        if (words.length < 2) continue;
        let i = words.length - 1;
        while (i > 1 && particles.has(words[i - 1])) i--;
        const surname = words.slice(i).join(' ');
        if (surname.length >= 4) push(kb.bySurname, surname, e);
      }
    }
    for (const r of e.roles ?? []) push(kb.byRole, `${r.role}|${r.of}`, { entry: e, role: r });
    for (const d of e.demonyms?.fr ?? []) {
      const k = nameKey(d), had = kb.byDemonym.get(k);
      if (had && had !== e.id) {
        kb.demonymSenses ??= new Map();
        const senses = kb.demonymSenses.get(k) ?? [had];
        if (!senses.includes(e.id)) senses.push(e.id);
        kb.demonymSenses.set(k, senses);
      }
      kb.byDemonym.set(k, e.id);
    }
  }
  return kb;
}

/** Does a role held from `start` to `end` (ISO prefixes, null = open) cover `date` (YYYY-MM-DD)? */
export function roleActiveOn(role: Pick<KbRole, 'start' | 'end'>, date: string): boolean {
  const d = date.slice(0, 10);
  if (role.start && role.start.slice(0, d.length) > d && !d.startsWith(role.start)) return false;
  // An end date is exclusive: the successor holds the office from that day.
  if (role.end && d >= padEnd(role.end)) return false;
  return true;
}

function padEnd(iso: string): string {
  // "2024" ends at the start of 2025-…, kept simple: a year or month end is treated as its first day + period.
  if (iso.length === 4) return `${Number(iso) + 1}-01-01`;
  if (iso.length === 7) { const [y, m] = iso.split('-').map(Number); return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`; }
  return iso;
}

/** People holding `role` of `of` on `date`. */
export function roleHolders(kb: KnowledgeBase, role: RoleKey, of: string, date: string): KbEntry[] {
  const out: KbEntry[] = [];
  for (const h of kb.byRole.get(`${role}|${of}`) ?? []) if (roleActiveOn(h.role, date) && !out.includes(h.entry)) out.push(h.entry);
  return out;
}

/** The country a French demonym names ("russes" → country:RU), or null. */
export function countryOfDemonym(kb: KnowledgeBase, word: string): string | null {
  return kb.byDemonym.get(nameKey(word)) ?? null;
}

const senseCues = new WeakMap<KnowledgeBase, Map<string, RegExp | null>>();

/** A pattern finding, in a folded text, the names of a country, of the cities standing for it and of the people holding its offices. */
function senseCue(kb: KnowledgeBase, id: string): RegExp | null {
  let byId = senseCues.get(kb);
  if (!byId) senseCues.set(kb, byId = new Map());
  if (byId.has(id)) return byId.get(id)!;
  const names = new Set<string>();
  const addNames = (e: KbEntry) => { for (const n of namesOf(e)) { const f = foldForm(n).toLowerCase(); if (f.length >= 3) names.add(f); } for (const a of e.acronyms ?? []) names.add(foldForm(a).toLowerCase()); };
  for (const e of kb.entries) {
    if (e.id === id || e.metonymOf === id) addNames(e);
    else if (e.type === 'PER' && e.roles?.some((r) => r.of === id)) for (const n of namesOf(e)) if (n.includes(' ')) names.add(foldForm(n).toLowerCase());
  }
  const alt = [...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|');
  const re = alt ? new RegExp(`(?<![a-z0-9])(?:${alt})(?![a-z0-9])`, 'g') : null;
  byId.set(id, re);
  return re;
}

/**
 * The country a demonym names in a given (folded) text: for a demonym several countries share
 * ("le président congolais"), the one whose names, cities or office-holders the text mentions most
 * (Kinshasa, RDC, Tshisekedi → DR Congo); otherwise the usual one.
 */
export function demonymIn(kb: KnowledgeBase, word: string, folded: string): string | undefined {
  const k = nameKey(word);
  const senses = kb.demonymSenses?.get(k);
  if (!senses) return kb.byDemonym.get(k);
  let best = kb.byDemonym.get(k), bestCount = 0;
  for (const id of senses) {
    const re = senseCue(kb, id);
    const n = re ? (folded.match(re)?.length ?? 0) : 0;
    if (n > bestCount) { best = id; bestCount = n; }
  }
  return best;
}

/** Entries whose name (any language) is `name`, compared by nameKey. */
export function lookupName(kb: KnowledgeBase, name: string): KbEntry[] {
  return [...(kb.byName.get(nameKey(name)) ?? []), ...(kb.byAcronym.get(name.trim()) ?? [])].filter((e, i, a) => a.indexOf(e) === i);
}

/** Counts by type and subtype, for `vigie kb stats`. */
export function kbStats(kb: KnowledgeBase): { entries: number; byType: Record<string, number>; bySubtype: Record<string, number>; names: number; people: number; roles: number; problems: string[] } {
  const byType: Record<string, number> = {};
  const bySubtype: Record<string, number> = {};
  let roles = 0;
  for (const e of kb.entries) {
    byType[e.type] = (byType[e.type] ?? 0) + 1;
    bySubtype[e.subtype] = (bySubtype[e.subtype] ?? 0) + 1;
    roles += e.roles?.length ?? 0;
  }
  return { entries: kb.entries.length, byType, bySubtype, names: kb.byName.size, people: byType.PER ?? 0, roles, problems: kb.problems };
}

/**
 * The pipeline's shared knowledge base, loaded once per context with the user's files
 * (`--kb FILE`, `ctx.options.kb`), whichever component asks first.
 */
export function knowledgeBase(ctx: Context): KnowledgeBase {
  return resource(ctx, 'kb', () => {
    const extra = ctx.options.kb;
    const files = Array.isArray(extra) ? extra.map(String) : typeof extra === 'string' && extra ? [extra] : [];
    return loadKnowledgeBase(files);
  });
}
