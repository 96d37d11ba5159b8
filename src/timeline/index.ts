// Cross-article timeline: fuses the mentions of one real event reported by several articles
// (a summit announced on the 7th, held on the 15th, recalled on the 24th) into one timeline
// event with its provenance and status history. Pure: documents in, timeline out.
import { hash } from 'node:crypto';
import type { EventActor, EventRecord, EventStatus, TextSpan } from '../core/document.ts';
import { foldForm, nameKey } from '../core/normalize.ts';
import { actorIdentity, actorSlot, matchedActors, matchSlots, plainKeys, sameActorCount, type KeyMaker, type ActorSlot, type CountryResolver, type TimelineEntity } from './actors.ts';
import { intersectRanges, publishedDay, rangeDistance, rangesOverlap, rangeWidth, timexRange, type DayRange } from './dates.ts';
import { defaultCountryResolver } from './kb.ts';
import { modeConflict, typeFamily } from './families.ts';
import { DateShelves } from './shelves.ts';
import { FormCache } from './signatures.ts';

export type { CountryResolver, TimelineEntity } from './actors.ts';

/** What the timeline reads from a document: a Document or its contract JSON both fit. */
export interface TimelineDoc {
  id: string;
  source: { name: string };
  meta: { published: string | null };
  entities?: TimelineEntity[];
  events: EventRecord[];
}

export interface TimelineMention {
  doc: string;
  source: string;
  /** The per-article event id. */
  event: string;
  status: EventStatus;
  /** The date value this article gives the event (TIMEX3), or null. */
  date: string | null;
  evidence: TextSpan;
  published: string | null;
}

export interface StatusChange { status: EventStatus; date: string | null; doc: string }

export interface TimelineEvent {
  id: string;
  type: string;
  mode: string | null;
  status: EventStatus;
  date: { value: string; text: string } | null;
  place: { entity: string | null; name: string; aliases?: string[] } | null;
  /** The actors the best report names and most reports agree on (see eventActors). */
  actors: EventActor[];
  /** Actors only some reports name (an extractor's extra people, a planned guest): kept for reading, not for matching. */
  otherActors?: EventActor[];
  mentions: TimelineMention[];
  statusHistory: StatusChange[];
  contradiction: boolean;
  reason?: string;
}

export interface Timeline { events: TimelineEvent[] }

export interface TimelineFilter {
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD): events whose date reaches this day or later. */
  from?: string;
  /** ISO date: events whose date starts on or before this. */
  to?: string;
  /** Actor name, alias or entity id (accents and case ignored; part of a name is enough). */
  actor?: string;
  /** PLOVER type, or several comma-separated. */
  type?: string;
  /** Status, or several comma-separated. */
  status?: string;
  place?: string;
  /** Words the evidence of one of the mentions contains. */
  q?: string;
  /**
   * Events no report dates: true keeps them all, false none; by default only the placed facts
   * (see `isPlacedFact`), listed after the dated events.
   */
  undated?: boolean;
  limit?: number;
  offset?: number;
}

export interface TimelineOptions {
  /** Country of an entity (people → their country); defaults to the knowledge base when present. */
  countryOf?: CountryResolver;
  /**
   * Compare every mention with every event formed so far instead of only the indexed candidates:
   * the slow reference the indexed fusion must equal (tests).
   */
  exhaustive?: boolean;
}

interface Mention {
  doc: string;
  source: string;
  published: string | null;
  pubDay: number | null;
  event: EventRecord;
  family: string;
  range: DayRange | null;
  /** rangeWidth(range), Infinity when undated. */
  width: number;
  slots: ActorSlot[];
  /** Index keys of the actors, prefixed with the family (see slotIndexKeys). */
  indexKeys: string[];
  /** Per actor, the index keys of who it is, without its countries (what a vague report must share). */
  actorIndexKeys: string[][];
  /** Per actor, its actorIdentity. */
  identities: string[];
  placeKeys: ReadonlySet<string>;
  /** Index keys of the place, prefixed with the family. */
  placeIndexKeys: string[];
  /** What the place is, to count reports giving the same one (its entity id, else its name key). */
  placeGroup: string;
  entities: Map<string, TimelineEntity>;
  /** For an undated mention, the days its status allows: what happened is before the article, what is planned after. */
  implied: DayRange | null;
  /** Undated or open-ended (FUTURE_REF, PAST_REF): joins only on strong agreement. */
  vague: boolean;
  /** Vague or dated more loosely than a week ("en mai"): joins an event without widening it. */
  rider: boolean;
}

interface Cluster {
  /** Creation order: the tie-break between equally good candidates. */
  order: number;
  mentions: Mention[];
  /** Documents of the mentions; null while the founder's is the only one (most events have one report). */
  docs: Set<string> | null;
  family: string;
  type: string;
  /** The days every dated mention agrees on. */
  range: DayRange | null;
  /**
   * Actors, places and modes others can join through. Until `owned`, the founder's own (shared,
   * read only): copied when a second report adds to them, as few events are reported twice.
   */
  slots: ActorSlot[];
  placeKeys: ReadonlySet<string>;
  modes: ReadonlySet<string>;
  owned: boolean;
  dateConflict: boolean;
  /** Index keys the event is filed under; null: its founder's (indexKeys and placeIndexKeys). */
  filed: Set<string> | null;
  /** The last mention (fusion step) that looked at this event: dedupes candidates. */
  seenAt: number;
  /** Founded by a mention with a bounded date: vague reports are then measured against its dates. */
  anchored: boolean;
  /** Publication day of the founding report (the reference for vague reports of an unanchored event). */
  foundedPub: number | null;
}

const STATUS_RANK: EventStatus[] = ['cancelled', 'denied', 'occurred', 'ongoing', 'planned', 'proposed', 'requested', 'hypothetical'];
const HAPPENED = new Set<EventStatus>(['occurred', 'ongoing']);

/**
 * Days between a vague report's publication and the event it joins (the event's dates, or the
 * founding report's publication): "dans les prochains jours" written in May is not the summit of
 * December, and "les pourparlers" recalled a year later need a date to be placed.
 */
const VAGUE_WINDOW_DAYS = 30;
/** A bounded date wider than this (a season, a year) needs the pair of actors to join. */
const WIDE_RANGE_DAYS = 31;
/**
 * Reports dated to the day or the week say which event they mean; looser ones ("en mai", "dans les
 * prochains jours", none) join an event without adding actors or places others could join through:
 * otherwise a month of loosely dated reports chains every meeting of two countries into one.
 */
const PRECISE_RANGE_DAYS = 7;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const cmpNullable = (a: number | null, b: number | null) => (a ?? -Infinity) - (b ?? -Infinity);

/** Shared by every mention without a place (a mention's place keys are never modified). */
const NO_PLACE: ReadonlySet<string> = new Set();

function addNameKey(keys: Set<string>, n: string | undefined, keyOf: KeyMaker): void {
  const k = n ? keyOf.name(n) : '';
  if (k) keys.add(k);
}

function placeKeys(place: EventRecord['place'], entities: Map<string, TimelineEntity>, keyOf: KeyMaker): ReadonlySet<string> {
  if (!place) return NO_PLACE;
  const keys = new Set<string>();
  addNameKey(keys, place.name, keyOf);
  for (const a of place.aliases ?? []) addNameKey(keys, a, keyOf);
  if (place.entity) {
    keys.add(keyOf.id(place.entity));
    const e = entities.get(place.entity);
    addNameKey(keys, e?.name, keyOf);
    for (const a of e?.aliases ?? []) addNameKey(keys, a, keyOf);
  }
  return keys;
}

function shares(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

const BEFORE_REPORT = new Set<EventStatus>(['occurred', 'ongoing', 'denied']);
const AFTER_REPORT = new Set<EventStatus>(['planned', 'proposed', 'requested']);

function impliedRange(status: EventStatus, pubDay: number | null): DayRange | null {
  if (pubDay === null) return null;
  if (BEFORE_REPORT.has(status)) return { start: -Infinity, end: pubDay };
  if (AFTER_REPORT.has(status)) return { start: pubDay, end: Infinity };
  return null;
}

/** Name and id keys with a memory: the same names recur in thousands of articles (one string each). */
function memoKeys(): KeyMaker {
  const names = new Map<string, string>(), ids = new Map<string, string>();
  return {
    name(n) {
      let k = names.get(n);
      if (k === undefined) names.set(n, (k = plainKeys.name(n)));
      return k;
    },
    id(id) {
      let k = ids.get(id);
      if (k === undefined) ids.set(id, (k = plainKeys.id(id)));
      return k;
    },
  };
}

/** timexRange with a memory for absolute values (ranges are never mutated, so they can be shared). */
function memoTimexRange(): (value: string | null | undefined, published: string | null | undefined) => DayRange | null {
  const known = new Map<string, DayRange | null>();
  return (value, published) => {
    // Only values starting with a year are absolute; PRESENT_REF & co. depend on the article.
    if (!value || !(value.charCodeAt(0) >= 48 && value.charCodeAt(0) <= 57)) return timexRange(value, published);
    let r = known.get(value);
    if (r === undefined) known.set(value, (r = timexRange(value, published)));
    return r;
  };
}

/** One string per (family, key): the same index keys recur in every mention of an actor. */
function memoIndexKey(): (prefix: string, key: string) => string {
  const known = new Map<string, Map<string, string>>();
  return (prefix, key) => {
    let byKey = known.get(prefix);
    if (!byKey) known.set(prefix, (byKey = new Map()));
    let k = byKey.get(key);
    if (k === undefined) byKey.set(key, (k = prefix + '\u0000' + key));
    return k;
  };
}

/** What the mentions of the same actors (and type family) share: built once, never modified. */
interface ActorsShape { slots: ActorSlot[]; indexKeys: string[]; actorIndexKeys: string[][]; identities: string[] }

function toMentions(docs: TimelineDoc[], countryOf?: CountryResolver): Mention[] {
  const out: Mention[] = [];
  const keyOf = memoKeys(), rangeOf = memoTimexRange(), indexKey = memoIndexKey();
  // One comparable form per distinct actor, place and list of actors (see signatures.ts).
  const actorForms = new FormCache<{ slot: ActorSlot; id: number }>();
  let formCount = 0;
  const shapes = new Map<string, ActorsShape>();
  const placeForms = new FormCache<{ keys: ReadonlySet<string>; group: string; byFamily: Map<string, string[]> }>();
  const noPlace = { keys: NO_PLACE, group: '', byFamily: new Map<string, string[]>() };
  for (const doc of docs) {
    const entities = new Map<string, TimelineEntity>();
    for (const e of doc.entities ?? []) entities.set(e.id, e);
    const pubDay = publishedDay(doc.meta?.published);
    for (const event of doc.events ?? []) {
      const family = typeFamily(event.type);
      const range = rangeOf(event.date?.value, doc.meta?.published);
      let shapeKey = family;
      const forms: ActorSlot[] = [];
      for (const a of event.actors ?? []) {
        const entity = a.entity ? entities.get(a.entity) : undefined;
        const form = actorForms.find(a, entity) ?? actorForms.add(a, entity, { slot: actorSlot(a, entities, countryOf, keyOf), id: formCount++ });
        forms.push(form.slot);
        shapeKey += ',' + form.id;
      }
      let shape = shapes.get(shapeKey);
      if (!shape) {
        const slots = forms;
        const indexKeys = slotIndexKeys(slots).map((k) => indexKey(family, k));
        const actorIndexKeys = slots.map((slot) => [...slot.keys].map((k) => indexKey(family, k)));
        const identities = (event.actors ?? []).map(actorIdentity);
        shapes.set(shapeKey, (shape = { slots, indexKeys, actorIndexKeys, identities }));
      }
      let place = noPlace;
      const where = event.place;
      if (where) {
        const entity = where.entity ? entities.get(where.entity) : undefined;
        place = placeForms.find(where, entity)
          ?? placeForms.add(where, entity, { keys: placeKeys(where, entities, keyOf), group: where.entity ? 'id:' + where.entity : 'n:' + nameKey(where.name), byFamily: new Map() });
      }
      let placeIndexKeys = place.byFamily.get(family);
      if (!placeIndexKeys) place.byFamily.set(family, (placeIndexKeys = [...place.keys].map((k) => indexKey('place\u0000' + family, k))));
      out.push({
        doc: doc.id,
        source: doc.source?.name ?? '',
        published: doc.meta?.published ?? null,
        pubDay,
        event,
        family,
        range,
        width: range ? rangeWidth(range) : Infinity,
        slots: shape.slots,
        indexKeys: shape.indexKeys,
        actorIndexKeys: shape.actorIndexKeys,
        identities: shape.identities,
        placeKeys: place.keys,
        placeIndexKeys,
        placeGroup: place.group,
        entities,
        implied: impliedRange(event.status, pubDay),
        vague: !range || !Number.isFinite(range.start) || !Number.isFinite(range.end),
        rider: !range || rangeWidth(range) > PRECISE_RANGE_DAYS,
      });
    }
  }
  return out;
}

/** Report order: publication day, then document id, then event id (unknown dates first). */
function byReport(a: Mention, b: Mention): number {
  return cmpNullable(a.pubDay, b.pubDay) || cmp(a.published ?? '', b.published ?? '') || cmp(a.doc, b.doc) || cmp(a.event.id, b.event.id);
}

/** Fusion order: precise dates first so they form the events vaguer mentions then join. */
function byPrecision(a: Mention, b: Mention): number {
  const wa = a.width, wb = b.width;
  if (!a.range !== !b.range) return a.range ? -1 : 1;
  return (wa === wb ? 0 : wa < wb ? -1 : 1) || byReport(a, b);
}

/** Merges actors into an owned event's (a slot the same as one it has widens that one). */
function addSlots(cluster: Cluster, slots: ActorSlot[]): void {
  for (const s of slots) {
    const same = cluster.slots.find((t) => matchSlots(s, t) === 'same');
    if (same) {
      for (const k of s.keys) same.keys.add(k);
      for (const c of s.countries) same.countries.add(c);
      same.isCountry ||= s.isCountry;
    } else cluster.slots.push({ keys: new Set(s.keys), countries: new Set(s.countries), isCountry: s.isCountry });
  }
}

/** Whether two of the actors are the same actor (founding an event then merges them: addSlots). */
function hasSamePair(slots: ActorSlot[]): boolean {
  for (let i = 0; i < slots.length; i++) for (let j = i + 1; j < slots.length; j++) if (matchSlots(slots[i], slots[j]) === 'same') return true;
  return false;
}

/** Gives the event its own copies of its actors, places and modes before a report adds to them. */
function own(c: Cluster): void {
  if (c.owned) return;
  c.owned = true;
  const founder = c.slots;
  c.slots = [];
  addSlots(c, founder);
  c.placeKeys = new Set(c.placeKeys);
  c.modes = new Set(c.modes);
}

const NO_MODE: ReadonlySet<string> = new Set();

interface Fit { score: number; dateConflict: boolean; distance: number }

/** A vague report's publication is close enough to the event: its dates, or its founding report's publication. */
function withinWindow(m: Mention, c: Cluster): boolean {
  if (m.pubDay === null) return false;
  if (c.anchored && c.range) return rangeDistance({ start: m.pubDay, end: m.pubDay }, c.range) <= VAGUE_WINDOW_DAYS;
  return c.foundedPub !== null && Math.abs(m.pubDay - c.foundedPub) <= VAGUE_WINDOW_DAYS;
}

/** Can this mention be a report of the cluster's event? Null when not; else how well it fits. */
function fit(m: Mention, c: Cluster): Fit | null {
  if (m.family !== c.family || (c.docs ? c.docs.has(m.doc) : c.mentions[0].doc === m.doc)) return null;
  if (m.event.mode) for (const mode of c.modes) if (modeConflict(m.event.type, m.event.mode, mode)) return null;
  // Cheap date test first: most candidates sharing an actor are on other days.
  if (m.range && c.range && !rangesOverlap(m.range, c.range) && rangeDistance(m.range, c.range) > 1) return null;
  // A vague report (undated, "dans les prochains jours", "par le passé") joins only the same pair
  // of actors named as such, reported within a month of the event (no drifting over a year of news).
  // (Tested before the actor agreement: most vague candidates fail here, and cheaply.)
  if (m.vague && !(withinWindow(m, c) && sameActorCount(m.slots, c.slots) >= 2)) return null;
  const samePlace = m.placeKeys.size > 0 && shares(m.placeKeys, c.placeKeys);
  // Without two dates to compare, the place is needed (see below): tested before the actors too.
  if (!(m.range && c.range) && !samePlace) return null;
  const matched = matchedActors(m.slots, c.slots);
  if (matched < 0) return null;
  let dateConflict = false, distance = 0, dateScore = 0;
  if (m.range && c.range) {
    if (rangesOverlap(m.range, c.range)) {
      const exactDay = rangeWidth(m.range) === 1 && rangeWidth(c.range) === 1;
      // A vague date ("la semaine prochaine", FUTURE_REF) needs the pair of actors or the place;
      // a season or a year, the pair; an open-ended one, the place unless the event has a date.
      if (!exactDay && matched < 2 && !samePlace) return null;
      if (m.width > WIDE_RANGE_DAYS && Number.isFinite(m.width) && matched < 2) return null;
      if (m.vague && !samePlace && !c.anchored) return null;
      dateScore = exactDay ? 4 : 1;
      // An open start ("PAST_REF") is no distance (and never NaN: the ranking must not depend on visiting order).
      distance = Number.isFinite(m.range.start) ? Math.max(0, c.range.start - m.range.start) : 0;
    } else {
      // Two day-precise reports one day apart, same place and actors: one event, dates disputed.
      const oneDayApart = rangeWidth(m.range) === 1 && rangeWidth(c.range) === 1 && rangeDistance(m.range, c.range) === 1;
      if (!(oneDayApart && samePlace && matched >= 2)) return null;
      dateConflict = true;
      distance = 1;
    }
  } else {
    // An undated mention merges only with strong actor + place agreement, and never with an
    // event its status rules out (held after the article reporting it as held).
    if (!(matched >= 2 && samePlace)) return null;
    // Undated in an undated article: nothing anchors it in time.
    if (!m.range && m.pubDay === null) return null;
    const implied = m.range ? null : m.implied;
    if (implied && c.range && !rangesOverlap(implied, c.range)) return null;
  }
  const sameMode = m.event.mode ? c.modes.has(m.event.mode) : false;
  return { score: dateScore + (samePlace ? 2 : 0) + Math.min(matched, 3) + (sameMode ? 1 : 0) - (dateConflict ? 2 : 0), dateConflict, distance };
}

/** Index keys of a set of actors: who they are and the countries they belong to or stand for. */
function slotIndexKeys(slots: ActorSlot[]): string[] {
  const keys = new Set<string>();
  for (const s of slots) {
    for (const k of s.keys) keys.add(k);
    for (const c of s.countries) keys.add('c:' + c);
  }
  return [...keys];
}

/** How many events are filed under these keys. */
function load(keys: string[], filed: (key: string) => number): number {
  let n = 0;
  for (const k of keys) n += filed(k);
  return n;
}

/**
 * Where `fit` can find an event for the mention: the index keys to look under, the days an
 * anchored event must come within (null: none can take it) and the publication day an unanchored
 * event's window must hold (null: any); null when no event can take it. A superset: `fit` decides.
 * `filed(key)` tells how many events a key holds, to look under the fewest.
 */
function candidatesOf(m: Mention, filed: (key: string) => number): { keys: string[]; days: DayRange | null; founded: DayRange | null } | null {
  const days = m.range ? { start: m.range.start - 1, end: m.range.end + 1 } : m.implied;
  // Dated: an event sharing an actor, at most one day apart (day-precise reports of disputed dates).
  // (Unanchored events only appear once every dated report is placed: the `founded` query finds none.)
  if (!m.vague) return { keys: m.indexKeys, days, founded: null };
  // Vague: the same pair of actors (sameActorCount ≥ 2, by name or id: a country is not enough),
  // near its publication (withinWindow): an anchored event's dates within the window of it, an
  // unanchored event founded within the window of it.
  if (m.pubDay === null || m.slots.length < 2) return null;
  const near = { start: m.pubDay - VAGUE_WINDOW_DAYS, end: m.pubDay + VAGUE_WINDOW_DAYS };
  const within = days ? intersectRanges(days, near) : near;
  const founded = { start: m.pubDay, end: m.pubDay };
  // An event with two of the actors shares a name with every actor but one: leave out the most
  // filed one (a country, most often). An undated report also needs the place: look there if fewer.
  const loads = m.actorIndexKeys.map((keys) => load(keys, filed));
  const skipped = loads.indexOf(Math.max(...loads));
  const keys = m.actorIndexKeys.flatMap((k, i) => (i === skipped ? [] : k));
  if (m.range) return { keys, days: within, founded };
  if (m.placeKeys.size === 0) return null;
  return { keys: load(m.placeIndexKeys, filed) < loads.reduce((a, b) => a + b, 0) - loads[skipped] ? m.placeIndexKeys : keys, days: within, founded };
}

function better(f: Fit, c: Cluster, bestFit: Fit | null, best: Cluster | null): boolean {
  return !bestFit || f.score > bestFit.score || (f.score === bestFit.score && (f.distance < bestFit.distance || (f.distance === bestFit.distance && c.order < best!.order)));
}

function fuse(mentions: Mention[], exhaustive = false): Cluster[] {
  const clusters: Cluster[] = [];
  // Candidates share the type family and an actor key or country (an undated mention: a place),
  // as fit requires, and come within the mention's days: no all-pairs scan. Mentions go precise
  // dates first and an event's range only narrows, so the range it was filed with covers it.
  // Anchored events are filed by their dates. An unanchored one (founded by a vague report, so
  // only vague reports remain to join it) is filed by its founder's publication ± the window: the
  // publication days of the reports that may join it (withinWindow). Filed by its dates, an undated
  // or open-ended event would meet every later query, and the candidates grow with the store.
  const anchored = new DateShelves<Cluster>(), unanchored = new DateShelves<Cluster>();
  const filedUnder = (key: string) => anchored.size(key) + unanchored.size(key);
  const shelve = (c: Cluster, key: string) => {
    if (c.anchored) anchored.add(key, c, c.range);
    else unanchored.add(key, c, { start: c.foundedPub! - VAGUE_WINDOW_DAYS, end: c.foundedPub! + VAGUE_WINDOW_DAYS });
  };
  // No publication day: no report is ever within an unanchored event's window (withinWindow), nothing can join it.
  const fileable = (c: Cluster) => c.anchored || c.foundedPub !== null;
  const file = (c: Cluster, keys: string[]) => {
    if (!fileable(c)) return;
    if (!c.filed) {
      const founder = c.mentions[0];
      c.filed = new Set([...founder.indexKeys, ...founder.placeIndexKeys]);
    }
    for (const key of keys) {
      if (c.filed.has(key)) continue;
      c.filed.add(key);
      shelve(c, key);
    }
  };
  // One read-only set per mode, shared by the events founded with it.
  const modeSets = new Map<string, ReadonlySet<string>>();
  const modeSet = (mode: string) => {
    let set = modeSets.get(mode);
    if (!set) modeSets.set(mode, (set = new Set([mode])));
    return set;
  };
  const sorted = [...mentions].sort(byPrecision);
  // The current step's mention and its best event so far (one visitor for all steps: no closure per mention).
  let step = -1, m: Mention = sorted[0];
  let best: Cluster | null = null, bestFit: Fit | null = null;
  const lists: Cluster[][] = [];
  const consider = (c: Cluster) => {
    if (c.seenAt === step) return;
    c.seenAt = step;
    const f = fit(m, c);
    if (f && better(f, c, bestFit, best)) {
      best = c;
      bestFit = f;
    }
  };
  for (step = 0; step < sorted.length; step++) {
    m = sorted[step];
    best = null;
    bestFit = null;
    if (exhaustive) clusters.forEach(consider);
    else {
      const where = candidatesOf(m, filedUnder);
      if (where) {
        lists.length = 0;
        for (const key of where.keys) {
          if (where.days) anchored.collect(key, where.days, lists);
          unanchored.collect(key, where.founded, lists);
        }
        // An event sharing several keys with the mention is in several lists: fit it once.
        for (const list of lists) for (const c of list) if (c.seenAt !== step) consider(c);
      }
    }
    const chosen = best as Cluster | null, chosenFit = bestFit as Fit | null;
    if (chosen && chosenFit) {
      chosen.docs ??= new Set([chosen.mentions[0].doc]);
      chosen.mentions.push(m);
      chosen.docs.add(m.doc);
      if (m.range) chosen.range = chosen.range ? (intersectRanges(chosen.range, m.range) ?? chosen.range) : m.range;
      chosen.dateConflict ||= chosenFit.dateConflict;
      // A loosely dated report rides along: it adds no actor, place or mode others could join through (no chains).
      if (m.rider) continue;
      own(chosen);
      addSlots(chosen, m.slots);
      for (const k of m.placeKeys) (chosen.placeKeys as Set<string>).add(k);
      if (m.event.mode) (chosen.modes as Set<string>).add(m.event.mode);
      // The event's keys grew by exactly the mention's (addSlots merges or appends its slots).
      file(chosen, m.indexKeys);
      file(chosen, m.placeIndexKeys);
    } else {
      const c: Cluster = {
        order: clusters.length, mentions: [m], docs: null, family: m.family, type: m.event.type, range: m.range,
        slots: m.slots, placeKeys: m.placeKeys, modes: m.event.mode ? modeSet(m.event.mode) : NO_MODE, owned: false,
        dateConflict: false, filed: null, seenAt: step, anchored: !m.vague, foundedPub: m.pubDay,
      };
      // Two of the founder's actors being one, the event has them merged: its own slots from the start.
      if (hasSamePair(m.slots)) own(c);
      clusters.push(c);
      // The founder's keys are distinct (sets, and place keys have their own prefix): no `filed` check.
      if (fileable(c)) {
        for (const key of m.indexKeys) shelve(c, key);
        for (const key of m.placeIndexKeys) shelve(c, key);
      }
    }
  }
  return clusters;
}

/** The most frequent value (ties: the first seen in `values` order). */
function mostSupported<T>(values: T[], key: (v: T) => string): T | null {
  const counts = new Map<string, { v: T; n: number; first: number }>();
  values.forEach((v, i) => {
    const k = key(v);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { v, n: 1, first: i });
  });
  let best: { v: T; n: number; first: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n || (c.n === best.n && c.first < best.first)) best = c;
  return best ? best.v : null;
}

/** The report that dates the event best: held rather than announced, the narrowest date, the most reported value. */
function bestDated(mentions: Mention[]): Mention | null {
  const dated = mentions.filter((m) => m.range && m.event.date);
  const happened = dated.filter((m) => HAPPENED.has(m.event.status));
  const pool = happened.length ? happened : dated;
  if (!pool.length) return null;
  const narrowest = Math.min(...pool.map((m) => rangeWidth(m.range!)));
  const candidates = pool.filter((m) => rangeWidth(m.range!) === narrowest);
  return mostSupported(candidates, (m) => m.event.date!.value)!;
}

interface UnionActor { actor: EventActor; slot: ActorSlot }

/**
 * Every actor the reports name, once per identity, with all the names they give it (a big event
 * has thousands of reports: each distinct form of an actor is read once).
 */
function unionActors(mentions: Mention[]): UnionActor[] {
  // `slot` and `from`: the actor forms already merged. Forms are shared by equal actors (toMentions),
  // whose names add nothing new: a big event's thousand reports name the same few actors the same way.
  // Aliases in a list (a few names each: `includes` beats a set there, and it is the result).
  const byKey = new Map<string, { actor: EventActor; slot: ActorSlot; aliases: string[]; from: Set<ActorSlot> | null }>();
  for (const m of mentions) {
    const actors = m.event.actors ?? [];
    for (let i = 0; i < actors.length; i++) {
      const a = actors[i];
      const key = m.identities[i];
      const entity = a.entity ? m.entities.get(a.entity) : undefined;
      const form = m.slots[i];
      let have = byKey.get(key);
      if (!have) {
        // Same fields, in the same order, as the contract's actor (aliases listed at the end).
        const actor: EventActor = { entity: a.entity ?? null, name: a.name, aliases: [], role: a.role };
        byKey.set(key, (have = { actor, slot: form, aliases: actor.aliases!, from: null }));
      } else {
        if (form === have.slot || have.from?.has(form)) continue;
        (have.from ??= new Set()).add(form);
      }
      // Every other name: the report's name, its aliases, its entity's name and aliases.
      const name = have.actor.name, aliases = have.aliases;
      if (a.name !== name && !aliases.includes(a.name)) aliases.push(a.name);
      for (const n of a.aliases ?? []) if (n && n !== name && !aliases.includes(n)) aliases.push(n);
      if (entity) {
        if (entity.name && entity.name !== name && !aliases.includes(entity.name)) aliases.push(entity.name);
        for (const n of entity.aliases ?? []) if (n && n !== name && !aliases.includes(n)) aliases.push(n);
      }
    }
  }
  const out: UnionActor[] = [];
  for (const { actor, slot } of byKey.values()) out.push({ actor, slot });
  return out;
}

/** Whether a report names this actor (by id or name: a country does not stand for its people here). */
function names(m: Mention, slot: ActorSlot): boolean {
  return m.slots.some((s) => s === slot || matchSlots(s, slot) === 'same');
}

/** How many of the reports name this actor. */
function supportOf(reports: Mention[], slot: ActorSlot): number {
  let n = 0;
  for (const m of reports) if (names(m, slot)) n++;
  return n;
}

/**
 * Whether the actor is a country one of the best report's people belongs to ("l'Ukraine" when the
 * best report names Zelensky): it names the side of an actor already kept, not a new party.
 */
function sideOfBest(best: Mention, slot: ActorSlot): boolean {
  return slot.isCountry && best.slots.some((s) => !s.isCountry && matchSlots(s, slot) === 'country');
}

/**
 * Splits the union of the reports' actors: the event's actors are those the best report names,
 * the countries of the people it names, and those a strict majority of the reports name (of the
 * reports that it happened, when some say so: who was to attend a planned summit is not who met);
 * the rest are `others`.
 */
function eventActors(reports: Mention[], best: Mention): { actors: EventActor[]; others: EventActor[] } {
  const happened = reports.filter((m) => HAPPENED.has(m.event.status));
  const pool = happened.length ? happened : reports;
  const actors: EventActor[] = [], others: EventActor[] = [];
  for (const { actor, slot } of unionActors(reports)) {
    // (The best report first: it names every actor of most events, no count needed then.)
    (names(best, slot) || sideOfBest(best, slot) || 2 * supportOf(pool, slot) > pool.length ? actors : others).push(actor);
  }
  return { actors, others };
}

/** Where a report comes from, for a reason: its source and publication day. */
function where(m: Mention): string {
  return `${m.source || m.doc}${m.published ? ` (${m.published.slice(0, 10)})` : ''}`;
}

function contradictions(mentions: Mention[], dateConflict: boolean): string[] {
  const reasons: string[] = [];
  const happened = mentions.filter((m) => HAPPENED.has(m.event.status));
  // (Most events are reported once, and not as denied: no list to build then.)
  if (happened.length) for (const s of ['denied', 'cancelled'] as const) {
    const against = mentions.filter((m) => m.event.status === s);
    if (against.length) {
      reasons.push(`reported as ${happened[0].event.status} by ${where(happened[0])} but ${s} by ${where(against[0])}`);
    }
  }
  if (dateConflict) {
    const dates = [...new Set(happened.filter((m) => m.range && rangeWidth(m.range) === 1).map((m) => `${m.event.date!.value} by ${where(m)}`))];
    reasons.push(`reports give different dates: ${dates.join(', ')}`);
  }
  return reasons;
}

function toTimelineEvent(c: Cluster): TimelineEvent {
  const reports = [...c.mentions].sort(byReport);
  const earliest = reports[0];
  // One-shot hash: no Hash object per event (tens of thousands of them).
  const id = 'tl-' + hash('sha1', `${earliest.doc}:${earliest.event.id}`, 'hex').slice(0, 16);
  const happened = reports.filter((m) => HAPPENED.has(m.event.status));
  const preferred = happened.length ? [...happened, ...reports.filter((m) => !HAPPENED.has(m.event.status))] : reports;
  const type = mostSupported(preferred.map((m) => m.event.type), (t) => t)!;
  const mode = mostSupported(preferred.map((m) => m.event.mode).filter((x): x is string => !!x), (x) => x);
  const placed = preferred.filter((m) => m.event.place);
  const placeOf = mostSupported(placed, (m) => m.placeGroup);
  const latestDay = reports[reports.length - 1].pubDay;
  const latest = reports.filter((m) => m.pubDay === latestDay)
    .sort((a, b) => STATUS_RANK.indexOf(a.event.status) - STATUS_RANK.indexOf(b.event.status))[0];
  const reasons = contradictions(reports, c.dateConflict);
  const place = placeOf?.event.place ?? null;
  const dated = bestDated(preferred);
  const { actors, others } = eventActors(reports, dated ?? preferred[0]);
  const out: TimelineEvent = {
    id,
    type,
    mode: mode ?? null,
    status: latest.event.status,
    date: dated ? { value: dated.event.date!.value, text: dated.event.date!.text } : null,
    place: place ? { entity: place.entity ?? null, name: place.name, ...(place.aliases?.length ? { aliases: place.aliases } : {}) } : null,
    actors,
    ...(others.length ? { otherActors: others } : {}),
    mentions: reports.map((m) => ({
      doc: m.doc,
      source: m.source,
      event: m.event.id,
      status: m.event.status,
      date: m.event.date?.value ?? null,
      evidence: { text: m.event.evidence?.text ?? '', start: m.event.evidence?.start ?? 0, end: m.event.evidence?.end ?? 0 },
      published: m.published,
    })),
    statusHistory: reports.map((m) => ({ status: m.event.status, date: m.published, doc: m.doc })),
    contradiction: reasons.length > 0,
  };
  if (reasons.length) out.reason = reasons.join('; ');
  return out;
}

/** Sort key of a fused event's date: its first possible day (undated last). */
function startDay(e: TimelineEvent): number {
  if (!e.date) return Infinity;
  const published = e.mentions.find((m) => m.date === e.date!.value)?.published ?? null;
  const r = timexRange(e.date.value, published);
  return r && Number.isFinite(r.start) ? r.start : Infinity;
}

function dateRangeOf(e: TimelineEvent): DayRange | null {
  if (!e.date) return null;
  const published = e.mentions.find((m) => m.date === e.date!.value)?.published ?? null;
  return timexRange(e.date.value, published);
}

/**
 * An undated event a timeline shows by default: reported as held, between two actors or more, at
 * a place ("Donald Trump a reçu Volodymyr Zelensky à la Maison-Blanche"). An analyst can place it
 * from its sources; an undated "les discussions" with one actor and no place is noise until dated.
 */
export function isPlacedFact(e: TimelineEvent): boolean {
  return !e.date && HAPPENED.has(e.status) && e.actors.length >= 2 && !!e.place;
}

function listOf(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
}

/** Keeps the events a filter asks for (same semantics in every store). */
export function filterTimeline(events: TimelineEvent[], filter: TimelineFilter = {}): TimelineEvent[] {
  const from = filter.from ? timexRange(filter.from) : null;
  const to = filter.to ? timexRange(filter.to) : null;
  if (filter.from && !from) throw new Error(`--from ${filter.from}: not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  if (filter.to && !to) throw new Error(`--to ${filter.to}: not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const types = listOf(filter.type), statuses = listOf(filter.status);
  const actor = filter.actor ? nameKey(filter.actor) : '';
  const place = filter.place ? nameKey(filter.place) : '';
  const q = filter.q ? foldForm(filter.q).trim() : '';
  const out = events.filter((e) => {
    if (!e.date && !(filter.undated ?? isPlacedFact(e))) return false;
    if (from || to) {
      const r = dateRangeOf(e);
      if (!r) return false;
      if (from && r.end < from.start) return false;
      if (to && r.start > to.end) return false;
    }
    if (types.length && !types.includes(e.type.toLowerCase())) return false;
    if (statuses.length && !statuses.includes(e.status)) return false;
    if (actor && !e.actors.some((a) => a.entity === filter.actor || [a.name, ...(a.aliases ?? [])].some((n) => nameKey(n).includes(actor)))) return false;
    if (place && !(e.place && (e.place.entity === filter.place || [e.place.name, ...(e.place.aliases ?? [])].some((n) => nameKey(n).includes(place))))) return false;
    if (q && !e.mentions.some((m) => foldForm(m.evidence.text).includes(q))) return false;
    return true;
  });
  const offset = Math.max(0, filter.offset ?? 0);
  return filter.limit !== undefined ? out.slice(offset, offset + Math.max(0, filter.limit)) : out.slice(offset);
}

/**
 * Fuses the events of several analysed articles into one timeline, ordered by date then id.
 * The result depends only on the set of documents, not on their order.
 */
export function buildTimeline(docs: TimelineDoc[], filter: TimelineFilter = {}, options: TimelineOptions = {}): Timeline {
  const countryOf = options.countryOf ?? defaultCountryResolver();
  // The same article given twice counts once.
  const unique = [...new Map(docs.map((d) => [d.id, d] as const)).values()];
  const events = fuse(toMentions(unique, countryOf), options.exhaustive).map(toTimelineEvent);
  const keyed = events.map((e) => ({ e, day: startDay(e) }));
  keyed.sort((a, b) => (a.day === b.day ? 0 : a.day < b.day ? -1 : 1) || cmp(a.e.id, b.e.id));
  return { events: filterTimeline(keyed.map((k) => k.e), filter) };
}
