// The entities component: people, organisations and places with their mentions, linked to the
// knowledge base, with role descriptions and reporting pronouns resolved to people.
import type { Document, Entity, EntityMention } from '../../core/document.ts';
import { foldForm, matchForm } from '../../core/normalize.ts';
import { cachedNameKey as nameKey } from './name-key.ts';
import { resource, type Component, type Context } from '../../core/pipeline.ts';
import { knowledgeBase, namesOf, roleActiveOn, type KbEntry, type KnowledgeBase } from '../../kb/index.ts';
import { frenchLexicon, type FrenchLexicon, type PersonKind } from './lexicon.ts';
import { bestEntry, recognizeNames, type Gender, type NameHit } from './recognize.ts';
import { findRolePhrases, type RolePhrase } from './roles.ts';
import { resolveReferences } from './coref.ts';
import { linkCollectives } from './collectives.ts';
import { resolveDescriptions } from './descriptions.ts';
import { isGazetteerPlace } from '../../kb/gazetteer.ts';
import { tokenize, type Tok } from './tokens.ts';


/** A referent being built: one per KB entry or local person. */
export interface Referent {
  id: string;
  entry: KbEntry | null;
  name: string;
  type: 'PER' | 'ORG' | 'LOC';
  gender: Gender;
  mentions: EntityMention[];
  /** Roles stated in the text ("porte-parole du Kremlin"), as written. */
  statedRoles: string[];
  /** Stated roles as keys, for descriptions later in the article. */
  statedKeys: Array<{ role: string; of: string[]; kind: PersonKind | null }>;
  /** Offsets of mentions that introduce reported speech (speaker positions). */
  speakerAt: number[];
  /** Other names the article gives it (an acronym's long name). */
  aliases?: string[];
}

const KIND_OF_ROLE: Record<string, PersonKind> = {
  head_of_state: 'leader', head_of_government: 'leader', leader: 'leader', president_of_org: 'leader',
  foreign_minister: 'diplomat', envoy: 'diplomat', chief_negotiator: 'diplomat', secretary_general: 'diplomat',
  diplomatic_adviser: 'adviser', spokesperson: 'spokesperson', defence_minister: 'minister', interior_minister: 'minister',
  finance_minister: 'minister', minister: 'minister',
};

export const entitiesComponent: Component = {
  name: 'entities',
  reads: ['text', 'sentences', 'tokens', 'meta'],
  adds: ['entities'],
  run(doc, ctx) {
    const kb = knowledgeBase(ctx);
    const lex = frenchLexicon();
    doc.entities = findEntities(doc, kb, lex);
  },
};

/** The article's date for role resolution: its publication date, or today. */
export function articleDate(doc: Document): string {
  const p = doc.meta.published;
  return p && /^\d{4}-\d{2}-\d{2}/.test(p) ? p.slice(0, 10) : new Date().toISOString().slice(0, 10);
}

export function findEntities(doc: Document, kb: KnowledgeBase, lex: FrenchLexicon): Entity[] {
  const text = doc.norm;
  const folded = doc.fold ?? foldForm(doc.text);
  const date = articleDate(doc);
  const toks = tokenize(doc, folded);
  const roles = findRolePhrases(folded, kb, lex);
  const adLines = adLineSpans(folded, lex, adFollowers(doc, lex));
  const hits = recognizeNames({ text, folded, toks, kb, lex, date, roleEnds: roles.map((r) => r.end) })
    .filter((h) => !adLines.some(([a, b]) => h.start >= a && h.end <= b));
  const refs = new Map<string, Referent>();
  linkHits(hits, toks, text, kb, lex, date, refs);
  linkCollectives({ text, folded, refs, kb, lex, date });
  resolveReferences({ doc, folded, refs, roles, kb, lex, date, kindOfRole: KIND_OF_ROLE });
  resolveDescriptions({ text: doc.text, folded, refs, kb, lex, date });
  const found = [...refs.values()]
    .filter((r) => r.mentions.some((m) => m.kind === 'name' || m.kind === 'title'))
    .map((r) => toEntity(r, kb, date))
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  const inTitle = titleOnlyEntities(doc, kb, lex, date, found);
  return [...found, ...inTitle, ...creditedSources(doc, kb, [...found, ...inTitle], date)];
}

/**
 * Knowledge-base names of a headline that cleaning moved out of the text ("Guerre en Ukraine :
 * Moscou et Kiev signent…") and the body never repeats: entities of the article without a mention.
 */
function titleOnlyEntities(doc: Document, kb: KnowledgeBase, lex: FrenchLexicon, date: string, found: Entity[]): Entity[] {
  const title = doc.meta.title;
  if (!title || !doc.removed.some((r) => r.reason === 'title') || doc.text.includes(title)) return [];
  const titleDoc = { text: title, norm: matchForm(title), sentences: [{ start: 0, end: title.length }] } as unknown as Document;
  const folded = foldForm(title);
  const toks = tokenize(titleDoc, folded);
  const out: Entity[] = [];
  for (const h of recognizeNames({ text: titleDoc.norm, folded, toks, kb, lex, date })) {
    // "Kosovo et Serbie s'entendent à Ohrid": a place outside the KB only when GeoNames knows it.
    const place = !h.entry && h.localType === 'LOC' && h.personName && isGazetteerPlace(h.personName) ? h.personName : null;
    if (place) {
      if ([...found, ...out].some((e) => [e.name, ...e.aliases].some((n) => nameKey(n) === nameKey(place)))) continue;
      out.push(toEntity(refForLocal(new Map(), place, 'LOC'), kb, date));
      continue;
    }
    if (!h.entry || h.entry.type === 'PER' && h.kind !== 'name') continue;
    if ([...found, ...out].some((e) => e.id === h.entry!.id)) continue;
    const ref: Referent = { id: h.entry.id, entry: h.entry, name: h.entry.name, type: h.entry.type, gender: h.entry.gender ?? null, mentions: [], statedRoles: [], statedKeys: [], speakerAt: [] };
    out.push(toEntity(ref, kb, date));
  }
  return out;
}

/**
 * The outlet and agencies the byline credits ("Par Le Figaro avec AFP"), which cleaning removed
 * from the text: organisations of the article without a mention in `text` (listed last).
 */
function creditedSources(doc: Document, kb: KnowledgeBase, found: Entity[], date: string): Entity[] {
  const out: Entity[] = [];
  let raw: string | undefined;
  for (const name of [doc.meta.outlet, ...doc.meta.agencies, ...bylineSources(doc, kb)]) {
    // Only a source the page itself credits (byline, credit line), not one guessed from a URL.
    if (!name || !(raw ??= foldForm(doc.raw)).includes(foldForm(name))) continue;
    const entries = (kb.byName.get(nameKey(name)) ?? kb.byAcronym.get(name) ?? []).filter((e) => e.type === 'ORG');
    const entry = entries.length ? bestEntry(entries, nameKey(name), date) : null;
    const id = entry?.id ?? `local:org:${nameKey(name).replace(/ /g, '-')}`;
    if ([...found, ...out].some((e) => e.id === id)) continue;
    const ref: Referent = { id, entry, name: entry?.name ?? name, type: 'ORG', gender: null, mentions: [], statedRoles: [], statedKeys: [], speakerAt: [] };
    const e = toEntity(ref, kb, date);
    if (!e.aliases.includes(name) && e.name !== name) e.aliases.push(name);
    e.subtype ??= 'media';
    out.push(e);
  }
  return out;
}

function refFor(refs: Map<string, Referent>, entry: KbEntry | null, localName: string | null, gender: Gender): Referent {
  const id = entry ? entry.id : `local:per:${nameKey(localName!).replace(/ /g, '-')}`;
  let r = refs.get(id);
  if (!r) {
    r = {
      id, entry, name: entry ? entry.name : localName!, type: entry ? entry.type : 'PER', gender: entry?.gender ?? gender,
      mentions: [], statedRoles: [], statedKeys: [], speakerAt: [],
    };
    refs.set(id, r);
  }
  if (!r.gender && gender) r.gender = gender;
  return r;
}

const BYLINE_REASONS = new Set(['byline', 'agency', 'credit', 'dateline']);

/** Agencies and outlets named in removed bylines and credits ("Par Marc Delvaux (avec AFP)"). */
function bylineSources(doc: Document, kb: KnowledgeBase): string[] {
  const out: string[] = [];
  for (const r of doc.removed) {
    if (!BYLINE_REASONS.has(r.reason)) continue;
    const words = r.text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
    for (let i = 0; i < words.length; i++) {
      // Every phrase from here starts with this word: capitalised, or none is a source.
      if (!/^\p{Lu}/u.test(words[i])) continue;
      for (let n = Math.min(4, words.length - i); n >= 1; n--) {
        const phrase = n === 1 ? words[i] : words.slice(i, i + n).join(' ');
        // Not an all-caps photographer's name ("JIM WATSON / AFP").
        if (phrase === phrase.toUpperCase() && !kb.byAcronym.has(phrase)) continue;
        const isSource = (e: KbEntry) => e.subtype === 'agency' || e.subtype === 'media';
        if (kb.byAcronym.get(phrase)?.some(isSource) || ((n > 1 || phrase.length > 3) && kb.byName.get(nameKey(phrase))?.some(isSource))) { out.push(phrase); i += n - 1; break; }
      }
    }
  }
  return out;
}

/** Lines of the text that are advertisements the cleaning left in ("Croisières en Méditerranée : jusqu'à -30%…"). */
function adLineSpans(folded: string, lex: FrenchLexicon, followers: Set<string> = new Set()): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const line of folded.split('\n')) {
    if (lex.isAdLine(line) || followers.has(line.trim())) out.push([start, start + line.length]);
    start += line.length + 1;
  }
  return out;
}

/**
 * The lines the cleaning kept right after an ad marker it removed ("Publicité" then "Le Crédit Agricole
 * vous accompagne dans vos projets") that read as the ad itself, folded and trimmed.
 */
function adFollowers(doc: Document, lex: FrenchLexicon): Set<string> {
  const out = new Set<string>();
  for (const r of doc.removed) {
    if (r.reason !== 'ad' || r.end === undefined || !doc.raw) continue;
    const rest = doc.raw.slice(r.end);
    const line = /^[^\n]*\n\s*([^\n]*)/.exec(rest)?.[1];
    if (!line) continue;
    const f = foldForm(line).trim();
    if (lex.isAdFollower(f)) out.add(f);
  }
  return out;
}

/** An organisation or place outside the KB, one referent per name. */
function refForLocal(refs: Map<string, Referent>, name: string, type: 'ORG' | 'LOC'): Referent {
  const id = `local:${type.toLowerCase()}:${nameKey(name).replace(/ /g, '-')}`;
  let r = refs.get(id);
  if (!r) {
    r = { id, entry: null, name, type, gender: null, mentions: [], statedRoles: [], statedKeys: [], speakerAt: [] };
    refs.set(id, r);
  }
  return r;
}

/** The person named in the article one of whose name words is `word`, when exactly one is. */
function namedWith(refs: Map<string, Referent>, word: string): Referent | undefined {
  const found = [...refs.values()].filter((r) => r.type === 'PER' && r.mentions.some((m) => m.kind === 'name' && nameKey(m.text).split(' ').includes(word)));
  return found.length === 1 ? found[0] : undefined;
}

// Names and surname keys of KB entries, listed once per entry (the KB's entries do not change).
const entryNamesCache = new WeakMap<KbEntry, readonly string[]>();
function entryNames(e: KbEntry): readonly string[] {
  let names = entryNamesCache.get(e);
  if (!names) entryNamesCache.set(e, names = namesOf(e));
  return names;
}

const entrySurnamesCache = new WeakMap<Set<string>, WeakMap<KbEntry, readonly string[]>>();
/** surnameKey of each of the entry's names, in order. */
function entrySurnames(e: KbEntry, lex: FrenchLexicon): readonly string[] {
  let byEntry = entrySurnamesCache.get(lex.particles);
  if (!byEntry) entrySurnamesCache.set(lex.particles, byEntry = new WeakMap());
  let keys = byEntry.get(e);
  if (!keys) byEntry.set(e, keys = entryNames(e).map((n) => surnameKey(n, lex)));
  return keys;
}

/** Is the string made of ASCII lower-case letters and digits only (its own nameKey)? */
function plainKey(s: string): boolean {
  if (!s) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

// surnameKey answers for the particles last used (names repeat across articles); bounded.
const surnameKeys = new Map<string, string>();
let surnameParticles: Set<string> | null = null;

/** Last word(s) of a person's name, particles kept (von der Leyen). */
function surnameKey(name: string, lex: FrenchLexicon): string {
  if (surnameParticles !== lex.particles) { surnameKeys.clear(); surnameParticles = lex.particles; }
  let k = surnameKeys.get(name);
  if (k === undefined) {
    if (surnameKeys.size >= 50_000) surnameKeys.clear();
    surnameKeys.set(name, k = surnameKeyOf(name, lex));
  }
  return k;
}

function surnameKeyOf(name: string, lex: FrenchLexicon): string {
  const w = nameKey(name).split(' ');
  let i = w.length - 1;
  while (i > 1 && lex.particles.has(w[i - 1])) i--;
  return w.slice(i).join(' ');
}

/**
 * Turns name hits into referents: KB entries directly; shaped people by full KB name, by a KB
 * surname with a matching first name, or as local people. Then bare surnames of people already
 * named in the article become mentions of them.
 */
function linkHits(hits: NameHit[], toks: Tok[], text: string, kb: KnowledgeBase, lex: FrenchLexicon, date: string, refs: Map<string, Referent>): void {
  const bySurname = new Map<string, Referent>();
  const add = (h: NameHit, r: Referent) => {
    r.mentions.push({ start: h.start, end: h.end, text: text.slice(h.start, h.end), kind: h.kind });
    if (r.type === 'PER') {
      const sk = surnameKey(h.personName ?? text.slice(h.start, h.end), lex);
      if (sk && !bySurname.has(sk)) bySurname.set(sk, r);
      // "al-Burhane" is repeated as "Burhane"
      const bare = sk.split(' ');
      if (bare.length === 2 && lex.surnameArticles.has(bare[0]) && bare[1].length >= 3 && !bySurname.has(bare[1])) bySurname.set(bare[1], r);
      if (r.entry) for (const k of entrySurnames(r.entry, lex)) if (k.length >= 3 && !bySurname.has(k)) bySurname.set(k, r);
    }
  };
  const pending: NameHit[] = [];
  for (const h of hits) {
    if (h.entry) { add(h, refFor(refs, h.entry, null, h.gender)); continue; }
    if (h.localType && h.localType !== 'PER') { pending.push(h); continue; }
    const name = h.personName!;
    const key = nameKey(name);
    const full = kb.byName.get(key)?.filter((e) => e.type === 'PER');
    if (full?.length) { add(h, refFor(refs, bestEntry(full, key, date), null, h.gender)); continue; }
    const sk = surnameKey(name, lex);
    // "M. Xi" after "Xi Jinping": a family name written first is a name word of someone already named.
    const known = bySurname.get(sk) ?? (h.kind === 'title' && !sk.includes(' ') ? namedWith(refs, sk) : undefined);
    if (known && (h.kind === 'title' || key.split(' ').length === 1)) { add(h, known); continue; }
    const viaSurname = kb.bySurname.get(sk)?.filter((e) => e.type === 'PER') ?? [];
    const firstWord = key.split(' ')[0];
    const sameFirst = viaSurname.filter((e) => entryNames(e).some((n) => nameKey(n).split(' ')[0] === firstWord));
    if (sameFirst.length) { add(h, refFor(refs, bestEntry(sameFirst, nameKey(sameFirst[0].name), date), null, h.gender)); continue; }
    // "M. Poutine", "M. Xi": a title with a KB surname alone.
    if (h.kind === 'title' && key.split(' ').length === 1) {
      const bare = (kb.byName.get(key) ?? viaSurname).filter((e) => e.type === 'PER');
      if (bare.length) { add(h, refFor(refs, bestEntry(bare, key, date), null, h.gender)); continue; }
    }
    pending.push(h);
  }
  for (const h of pending) {
    const name = h.personName!;
    if (h.localType && h.localType !== 'PER') {
      const r = refForLocal(refs, name, h.localType);
      if (h.longName && !(r.aliases ??= []).includes(h.longName)) r.aliases.push(h.longName);
      add(h, r);
      continue;
    }
    const known = bySurname.get(surnameKey(name, lex));
    if (known && h.kind === 'title') { add(h, known); continue; }
    add(h, refFor(refs, null, name, h.gender));
  }
  // Bare surnames of people named in the article ("Bruce" after "Tammy Bruce"), or of KB people.
  const covered = new Uint8Array(toks.length);
  for (const h of hits) for (let t = h.t0; t < h.t1; t++) covered[t] = 1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (covered[i] || !t.cap || lex.functionWords.has(t.key) || t.text.length < 3) continue;
    // Try two-word surnames first ("von der Leyen" is handled by the KB; "Caballero Reynolds" here).
    const k1 = plainKey(t.key) ? t.key : nameKey(t.key);
    const r = bySurname.get(k1);
    if (r) { r.mentions.push({ start: t.start, end: t.end, text: t.text, kind: 'name' }); covered[i] = 1; continue; }
    if (t.sentStart || lex.firstNames.has(t.key) || kb.byName.has(k1)) continue;
    const people = kb.bySurname.get(k1)?.filter((e) => e.type === 'PER') ?? [];
    // A bare surname links to the KB only when one person in office (or one person at all) has it.
    const active = people.filter((e) => e.roles?.some((ro) => roleActiveOn(ro, date)));
    const pick = active.length === 1 ? active[0] : people.length === 1 ? people[0] : null;
    if (pick) {
      const ref = refFor(refs, pick, null, null);
      ref.mentions.push({ start: t.start, end: t.end, text: t.text, kind: 'name' });
      bySurname.set(k1, ref);
      covered[i] = 1;
    }
  }
}

// The labels of an entry's roles active on a date ("Président (Russia)"), for the last date asked.
const roleLabelsCache = new WeakMap<KbEntry, { kb: KnowledgeBase; date: string; labels: string[] }>();
function activeRoleLabels(entry: KbEntry, kb: KnowledgeBase, date: string): string[] {
  if (!entry.roles?.length) return [];
  const hit = roleLabelsCache.get(entry);
  if (hit && hit.kb === kb && hit.date === date) return hit.labels;
  const labels: string[] = [];
  for (const role of entry.roles) {
    if (!roleActiveOn(role, date)) continue;
    const of = kb.byId.get(role.of)?.name ?? role.of;
    labels.push(`${role.title?.fr ?? role.role} (${of})`);
  }
  roleLabelsCache.set(entry, { kb, date, labels });
  return labels;
}

function toEntity(r: Referent, kb: KnowledgeBase, date: string): Entity {
  const mentions = dedupeMentions(r.mentions);
  const aliases = new Set<string>();
  if (r.entry) for (const n of entryNames(r.entry)) aliases.add(n);
  for (const m of mentions) if (m.kind === 'name') aliases.add(m.text);
  for (const a of r.aliases ?? []) aliases.add(a);
  // "région de Zaporijjia": the place name alone also names the region
  if (r.type === 'LOC' && r.entry?.subtype === 'region') {
    const lex = frenchLexicon();
    for (const a of [r.name, ...aliases]) { const p = lex.regionPlaceName(a); if (p) aliases.add(p); }
  }
  aliases.delete(r.name);
  const roles = [...r.statedRoles];
  if (r.entry) for (const label of activeRoleLabels(r.entry, kb, date)) if (!roles.includes(label)) roles.push(label);
  const metonym = r.entry?.metonymOf ? kb.byId.get(r.entry.metonymOf) : null;
  return {
    id: r.id,
    name: r.name,
    type: r.type,
    aliases: [...aliases],
    mentions,
    wikidata: r.entry?.wikidata ?? (r.entry && /^Q\d+$/.test(r.entry.id) ? r.entry.id : null),
    subtype: r.entry?.subtype ?? (r.type === 'PER' ? 'person' : null),
    roles,
    actor: metonym ? { entity: metonym.id, name: metonym.name, aliases: entryNames(metonym).filter((n) => n !== metonym.name) } : null,
  };
}

function dedupeMentions(ms: EntityMention[]): EntityMention[] {
  const sorted = [...ms].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: EntityMention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}
