// Test fixtures: a Document with hand-made entity, timex and quote layers, so the events
// component can be tested on real French sentences without the other components.
import { createDocument, type Document, type Entity, type EntityType, type EventRecord, type Timex } from '../../core/document.ts';
import { foldForm } from '../../core/normalize.ts';
import { createContext } from '../../core/pipeline.ts';
import { extractEvents } from './index.ts';

export interface EntitySpec {
  name: string;
  type: EntityType;
  id?: string;
  subtype?: string;
  /** Surface forms searched in the text (default: the name). */
  forms?: string[];
  aliases?: string[];
  /** Metonymy: the actor this entity stands for, e.g. { entity: 'country:RU', name: 'Russia' }. */
  actor?: { entity: string; name: string; aliases?: string[] };
}

export interface FixtureSpec {
  published?: string | null;
  entities?: EntitySpec[];
  /** [text, value] in order of appearance; each is searched after the previous one. */
  timexes?: [string, string][];
  quotes?: { text: string; speaker: string; entity?: string }[];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function findAll(text: string, form: string): { start: number; end: number }[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(foldForm(form))}(?![\\p{L}\\p{N}])`, 'gu');
  return [...foldForm(text).matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + form.length }));
}

export function buildEntities(text: string, specs: EntitySpec[]): Entity[] {
  const taken: { start: number; end: number }[] = [];
  const entities: Entity[] = [];
  // longest forms first so "Vladimir Poutine" wins over "Poutine"
  const forms = specs.flatMap((s, i) => (s.forms ?? [s.name]).map((f) => ({ f, i }))).sort((a, b) => b.f.length - a.f.length);
  const mentions = new Map<number, { start: number; end: number; text: string }[]>();
  for (const { f, i } of forms) {
    for (const m of findAll(text, f)) {
      if (taken.some((t) => m.start < t.end && t.start < m.end)) continue;
      taken.push(m);
      mentions.set(i, [...(mentions.get(i) ?? []), { ...m, text: text.slice(m.start, m.end) }]);
    }
  }
  specs.forEach((s, i) => {
    const ms = (mentions.get(i) ?? []).sort((a, b) => a.start - b.start);
    if (!ms.length) return;
    entities.push({
      id: s.id ?? `local:${s.name}`, name: s.name, type: s.type, aliases: s.aliases ?? (s.forms ?? []).filter((f) => f !== s.name),
      mentions: ms.map((m) => ({ ...m, kind: 'name' as const })), subtype: s.subtype ?? null, actor: s.actor ? { aliases: [], ...s.actor } : null,
    });
  });
  return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

export function buildTimexes(text: string, specs: [string, string][]): Timex[] {
  const out: Timex[] = [];
  let from = 0;
  for (const [t, value] of specs) {
    const hit = findAll(text, t).find((m) => m.start >= from);
    if (!hit) throw new Error(`timex "${t}" not found after ${from}`);
    from = hit.end;
    const type = /^P/.test(value) ? 'DURATION' : 'DATE';
    out.push({ start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), type, value });
  }
  return out;
}

/** Sentences split at . ! ? followed by a space or the end (fixtures are clean single paragraphs). */
export function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // not after the abbreviations M. MM. Mme. (M. Zelensky)
  const re = /(?:[^.!?\n]|(?<=\b(?:M|MM|Mme|Dr))\.)+(?:[.!?]+["»]?|$)/g;
  for (const m of text.matchAll(re)) if (m[0].trim()) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

export function fixtureDoc(text: string, spec: FixtureSpec = {}): Document {
  const doc = createDocument({ source: { name: 'fixture.txt', path: null, url: null }, raw: text, published: spec.published ?? null });
  doc.sentences = splitSentences(text);
  doc.entities = buildEntities(text, spec.entities ?? []);
  doc.timexes = buildTimexes(text, spec.timexes ?? []);
  for (const q of spec.quotes ?? []) {
    const hit = findAll(text, q.text)[0];
    if (hit) doc.quotes.push({ ...hit, text: q.text, kind: 'direct', speaker: { entity: q.entity ?? null, name: q.speaker, aliases: [], start: null, end: null }, cue: null });
  }
  return doc;
}

/** Common actors for fixtures: countries with their metonyms. */
export const COUNTRY = {
  RU: { entity: 'country:RU', name: 'Russia', aliases: ['Russie'] },
  UA: { entity: 'country:UA', name: 'Ukraine', aliases: [] },
  US: { entity: 'country:US', name: 'United States', aliases: ['États-Unis'] },
  FR: { entity: 'country:FR', name: 'France', aliases: [] },
  CN: { entity: 'country:CN', name: 'China', aliases: ['Chine'] },
  IL: { entity: 'country:IL', name: 'Israel', aliases: ['Israël'] },
};

/** A person for fixtures, found by its name or the given forms. */
export const person = (name: string, forms?: string[]): EntitySpec => ({ name, type: 'PER', forms });

/** A country for fixtures (see COUNTRY), found by the given forms. */
export const country = (code: keyof typeof COUNTRY, forms: string[]): EntitySpec => ({ ...COUNTRY[code], id: COUNTRY[code].entity, type: 'LOC', subtype: 'country', forms });

/** The events of a fixture article published on `published` (knowledge base left out: fixtures bring their entities). */
export function fixtureEvents(published: string): (text: string, spec?: FixtureSpec) => EventRecord[] {
  const ctx = createContext({ eventsWithoutKb: true });
  return (text, spec = {}) => extractEvents(fixtureDoc(text, { published, ...spec }), ctx);
}

/** An event's actor names, sorted. */
export const actorNames = (e: EventRecord | undefined): string[] => (e?.actors ?? []).map((a) => a.name).sort();
