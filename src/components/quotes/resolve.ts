// Who a speaker phrase is: the entity whose mention covers it (the entities component resolves
// names, titles, descriptions and pronouns), else the article's own evidence — the full name a
// surname was introduced with, the name a description was given in apposition ("le président
// russe Vladimir Poutine"), the previous speaker for a pronoun — else the literal phrase.
import type { Document, Entity, Speaker } from '../../core/document.ts';
import { nameKey } from '../../core/normalize.ts';
import type { SpeakerPhrase } from './clause.ts';

export interface ResolveContext {
  doc: Document;
  /** nameKey(description without determiner) → name given in apposition. */
  descriptions: Map<string, string>;
  /** nameKey(surname) → the fullest name seen for it. */
  fullNames: Map<string, string>;
  lastSpeaker: Speaker | null;
  /** The latest named sentence subject before an offset, for a pronoun with no previous speaker. */
  recentSubject?: (pos: number) => SpeakerPhrase | null;
}

const TITLE = /^(?:M\.|MM\.|Mme|Mmes|Mlle|Dr\.?|Pr\.?|Me|Mgr)\s+/u;
const DETERMINER = /^(?:(?:les|le|la|une|un|des|ces|cette|cet|ce|son|sa|ses|leur|leurs)\s+|l['’]\s*)/iu;

function speakerOf(e: Entity, start: number, end: number): Speaker {
  return { entity: e.id, name: e.name, aliases: [...e.aliases], start, end };
}

/** The entity mention covering a phrase; inside a description, a person named in apposition. */
export function entityFor(doc: Document, start: number, end: number): Entity | null {
  let best: { e: Entity; score: number } | null = null;
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      if (m.end <= start || m.start >= end) continue;
      const exact = m.start === start && m.end === end;
      const before = doc.text.slice(Math.max(0, m.start - 4), m.start);
      // "du président russe" inside "le conseiller diplomatique du président russe" is a complement.
      const complement = !exact && /(?:\bd[eu]s?|d['’]|\bà|\bau)\s*$/iu.test(before);
      if (complement && m.start > start) continue;
      const score = (exact ? 4 : 0) + (e.type === 'PER' ? 2 : 0) + (m.kind === 'name' || m.kind === undefined ? 1 : 0) + m.start / 1e7;
      if (!best || score > best.score) best = { e, score };
    }
  }
  return best?.e ?? null;
}

function entityByName(doc: Document, name: string): Entity | null {
  const key = nameKey(name);
  if (!key) return null;
  for (const e of doc.entities) if ([e.name, ...e.aliases].some((n) => nameKey(n) === key)) return e;
  return null;
}

export function stripTitle(name: string): string {
  return name.replace(TITLE, '').trim();
}

/** A speaker's name form drops its article: "le ministère chinois du Commerce" → "ministère chinois du Commerce". */
export function stripDeterminer(name: string): string {
  const bare = name.replace(DETERMINER, '').trim();
  return bare || name;
}

export function resolveSpeaker(ctx: ResolveContext, p: SpeakerPhrase): Speaker | null {
  const { doc } = ctx;
  const e = entityFor(doc, p.start, p.end);
  if (e) return speakerOf(e, p.start, p.end);
  if (p.kind === 'pronoun') {
    if (/^(?:ils|elles)$/iu.test(p.text)) return null;
    if (ctx.lastSpeaker) return { ...ctx.lastSpeaker, start: p.start, end: p.end };
    const recent = ctx.recentSubject?.(p.start);
    return recent ? resolveSpeaker({ ...ctx, recentSubject: undefined }, recent) : null;
  }
  if (p.kind === 'name') {
    const bare = stripDeterminer(stripTitle(p.text));
    const known = entityByName(doc, bare);
    if (known) return speakerOf(known, p.start, p.end);
    const parts = bare.split(/\s+/);
    const full = parts.length === 1 ? ctx.fullNames.get(nameKey(bare)) : undefined;
    if (full) return { entity: null, name: full, aliases: [bare], start: p.start, end: p.end };
    return { entity: null, name: bare, aliases: [], start: p.start, end: p.end };
  }
  // A description: the name it was given in apposition, else the previous speaker for a short
  // anaphoric one ("le diplomate"), else the description itself ("un diplomate occidental").
  const key = nameKey(p.text.replace(DETERMINER, ''));
  const named = ctx.descriptions.get(key);
  if (named) {
    const known = entityByName(doc, named);
    if (known) return speakerOf(known, p.start, p.end);
    return { entity: null, name: named, aliases: [], start: p.start, end: p.end };
  }
  const definite = /^(?:le|la|l['’])\s*/iu.test(p.text);
  if (definite && key.split(' ').length === 1 && ctx.lastSpeaker) return { ...ctx.lastSpeaker, start: p.start, end: p.end };
  return { entity: null, name: stripDeterminer(p.text), aliases: [], start: p.start, end: p.end };
}
