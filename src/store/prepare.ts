// An analysed article turned into the rows a store inserts: a pure function, so the analysis
// worker threads run it and the thread that writes only binds parameters. Tuples are positional
// (cheap to send between threads, cheap to bind); their column order is the insert statements'.
import type { Entity, EventRecord, Quote } from '../core/document.ts';
import { foldForm, nameKey } from '../core/normalize.ts';
import { dayToISO, timexRange } from '../timeline/dates.ts';
import type { ContractDocument } from './types.ts';

/** source_name, source_path, source_url, title, text, published, published_day, outlet, n_entities, n_mentions, n_timexes, n_quotes, n_events, json */
export type DocumentTuple = [string, string | null, string | null, string | null, string, string | null, string | null, string | null, number, number, number, number, number, string];
/** entity_id, entity_key, name, type, subtype, aliases, names, name_keys, actor_entity, country, n_mentions */
export type EntityTuple = [string, string, string, string, string | null, string, string, string, string | null, string | null, number];
/** entity_id, start, end, text, kind */
export type MentionTuple = [string, number, number, string, string | null];
/** start, end, text, type, value */
export type TimexTuple = [number, number, string, string, string];
/** seq, start, text, speaker_entity, speaker, speaker_keys, json */
export type QuoteTuple = [number, number, string, string | null, string, string, string];
/** seq, id, type, mode, status, date_value, date_start, date_end, place_entity, place_keys, actor_entities, actor_keys, evidence_key, json */
export type EventTuple = [number, string, string, string | null, string, string | null, string | null, string | null, string | null, string, string, string, string, string];

/** What a store writes for one article (the contract JSON without its text, serialised once). */
export interface PreparedDocument {
  id: string;
  document: DocumentTuple;
  entities: EntityTuple[];
  mentions: MentionTuple[];
  timexes: TimexTuple[];
  quotes: QuoteTuple[];
  events: EventTuple[];
}

/** Name keys already computed: the same knowledge-base names and aliases recur in every article. */
const keyMemo = new Map<string, string>();

function memoKey(name: string): string {
  let key = keyMemo.get(name);
  if (key === undefined) {
    if (keyMemo.size >= 50_000) keyMemo.clear();
    keyMemo.set(name, (key = nameKey(name)));
  }
  return key;
}

/** |key|key|… so `LIKE '%|key|%'` finds a whole name and `LIKE '%part%'` part of one. */
export function keyList(names: (string | null | undefined)[]): string {
  const keys = new Set<string>();
  for (const n of names) {
    if (!n) continue;
    const key = memoKey(n);
    if (key) keys.add(key);
  }
  return keys.size ? `|${[...keys].join('|')}|` : '';
}

function dayOrOpen(day: number): string {
  if (day === Infinity) return '9999-12-31';
  if (day === -Infinity) return '0000-01-01';
  return dayToISO(day);
}

/** The key an entity is merged on across articles: its KB id, or `<doc id>/<local id>`. */
export function entityKey(docId: string, entityId: string): string {
  return entityId.startsWith('local:') ? `${docId}/${entityId}` : entityId;
}

export function prepareDocument(doc: ContractDocument): PreparedDocument {
  if (!doc.id) throw new Error('document has no id (analyse it first)');
  const entities = doc.entities ?? [], timexes = doc.timexes ?? [], quotes = doc.quotes ?? [], events = doc.events ?? [];
  const { text, ...withoutText } = doc;
  const published = doc.meta?.published ?? null;
  const pubRange = timexRange(published?.slice(0, 10));
  const byId = new Map<string, Entity>();
  const entityRows: EntityTuple[] = [], mentionRows: MentionTuple[] = [];
  for (const e of entities) {
    byId.set(e.id, e);
    const names = [e.name, ...(e.aliases ?? [])];
    entityRows.push([
      e.id, entityKey(doc.id, e.id), e.name, e.type, e.subtype ?? null, JSON.stringify(e.aliases ?? []), names.join(' ; '), keyList(names),
      e.actor?.entity ?? null, (e as Entity & { country?: string | null }).country ?? null, e.mentions?.length ?? 0,
    ]);
    for (const m of e.mentions ?? []) mentionRows.push([e.id, m.start, m.end, m.text, m.kind ?? null]);
  }
  const quoteRows = quotes.map((q: Quote, seq): QuoteTuple => {
    const entity = q.speaker?.entity ? byId.get(q.speaker.entity) : undefined;
    const speakerNames = q.speaker ? [q.speaker.name, ...(q.speaker.aliases ?? []), ...(entity ? [entity.name, ...entity.aliases] : [])] : [];
    return [seq, q.start, q.text, q.speaker?.entity ?? null, [...new Set(speakerNames)].join(' ; '), keyList(speakerNames), JSON.stringify(q)];
  });
  const eventRows = events.map((ev: EventRecord, seq): EventTuple => {
    const range = timexRange(ev.date?.value, published);
    const actorNames: string[] = [];
    for (const a of ev.actors ?? []) {
      actorNames.push(a.name, ...(a.aliases ?? []));
      const e = a.entity ? byId.get(a.entity) : undefined;
      if (e) actorNames.push(e.name, ...e.aliases);
    }
    const place = ev.place ? [ev.place.name, ...(ev.place.aliases ?? [])] : [];
    const placeEntity = ev.place?.entity ? byId.get(ev.place.entity) : undefined;
    if (placeEntity) place.push(placeEntity.name, ...placeEntity.aliases);
    const actorIds = (ev.actors ?? []).map((a) => a.entity).filter((x): x is string => !!x);
    return [
      seq, ev.id, ev.type, ev.mode ?? null, ev.status, ev.date?.value ?? null,
      range ? dayOrOpen(range.start) : null, range ? dayOrOpen(range.end) : null, ev.place?.entity ?? null,
      keyList(place), actorIds.length ? `|${actorIds.join('|')}|` : '', keyList(actorNames), foldForm(ev.evidence?.text ?? ''),
      JSON.stringify(ev),
    ];
  });
  return {
    id: doc.id,
    document: [
      doc.source?.name ?? '', doc.source?.path ?? null, doc.source?.url ?? null, doc.meta?.title ?? null, text, published,
      pubRange ? dayToISO(pubRange.start) : null, doc.meta?.outlet ?? null,
      entities.length, mentionRows.length, timexes.length, quotes.length, events.length, JSON.stringify(withoutText),
    ],
    entities: entityRows,
    mentions: mentionRows,
    timexes: timexes.map((t) => [t.start, t.end, t.text, t.type, t.value]),
    quotes: quoteRows,
    events: eventRows,
  };
}
