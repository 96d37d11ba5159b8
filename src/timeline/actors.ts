// Who an event mention involves, as comparable keys: the entity id and every name form, plus
// the country each actor belongs to or stands for, so "Russia" meets "Vladimir Medinsky".
import { nameKey } from '../core/normalize.ts';

/** Gives the country id (`country:RU`) an entity belongs to or stands for, when known. */
export type CountryResolver = (entityId: string) => string | null;

/** The entity fields the timeline reads from a document (Document or contract JSON). */
export interface TimelineEntity {
  id: string;
  name?: string;
  aliases?: string[];
  type?: string;
  subtype?: string | null;
  actor?: { entity: string | null; name: string } | null;
  /** Not in contract v1; read when an analysis provides it. */
  country?: string | null;
}

export interface ActorSlot {
  /** `id:<entity>` and `n:<name key>` for the name and every alias. */
  keys: Set<string>;
  /** Country ids the actor is (for a country) or belongs to / stands for. */
  countries: Set<string>;
  /** The actor is a country (or stands for one by metonymy: "Moscou", "le Kremlin"). */
  isCountry: boolean;
}

export interface ActorLike { entity?: string | null; name: string; aliases?: string[] }

function isCountryId(id: string | null | undefined): id is string {
  return !!id && id.startsWith('country:');
}

/** Makes the comparable keys of names and ids (`n:<name key>`, `id:<entity>`): plain, or memoised by a fusion. */
export interface KeyMaker {
  /** The key of a name, '' when the name has no letters or digits. */
  name(n: string): string;
  id(id: string): string;
}

export const plainKeys: KeyMaker = {
  name: (n) => {
    const k = nameKey(n);
    return k ? 'n:' + k : '';
  },
  id: (id) => 'id:' + id,
};

function addNameKey(keys: Set<string>, n: string | undefined | null, keyOf: KeyMaker): void {
  const k = n ? keyOf.name(n) : '';
  if (k) keys.add(k);
}

/** Builds the comparable form of one actor, using the document's entities and an optional resolver. */
export function actorSlot(actor: ActorLike, entities: Map<string, TimelineEntity>, countryOf?: CountryResolver, keyOf: KeyMaker = plainKeys): ActorSlot {
  const keys = new Set<string>();
  const countries = new Set<string>();
  let isCountry = false;
  addNameKey(keys, actor.name, keyOf);
  for (const a of actor.aliases ?? []) addNameKey(keys, a, keyOf);
  const id = actor.entity ?? null;
  if (id) {
    keys.add(keyOf.id(id));
    const e = entities.get(id);
    if (e) {
      addNameKey(keys, e.name, keyOf);
      for (const a of e.aliases ?? []) addNameKey(keys, a, keyOf);
    }
    if (isCountryId(id) || e?.subtype === 'country') {
      isCountry = true;
      countries.add(id);
    }
    // Metonymy: "Moscou" stands for Russia, so it is that country as an actor.
    if (e?.actor?.entity && e.actor.entity !== id && isCountryId(e.actor.entity)) {
      isCountry = isCountry || (e.type !== 'PER' && e.subtype !== 'person');
      countries.add(e.actor.entity);
      keys.add(keyOf.id(e.actor.entity));
      addNameKey(keys, e.actor.name, keyOf);
    }
    if (isCountryId(e?.country)) countries.add(e!.country!);
    const resolved = countryOf?.(id);
    if (resolved) countries.add(resolved);
  }
  return { keys, countries, isCountry };
}

export type SlotMatch = 'same' | 'country' | null;

/**
 * Two actors are the same when they share an id or a name; they agree at country level when one
 * of them IS a country and the other belongs to it (Russia ~ Medinsky). Two people of the same
 * country are not the same actor (Putin ≠ Lavrov).
 */
export function matchSlots(a: ActorSlot, b: ActorSlot): SlotMatch {
  if (intersects(a.keys, b.keys)) return 'same';
  if ((a.isCountry || b.isCountry) && intersects(a.countries, b.countries)) return 'country';
  return null;
}

/** Whether two sets share an element (walks the smaller: a fused event's keys grow large). */
function intersects(x: Set<string>, y: Set<string>): boolean {
  const small = x.size <= y.size ? x : y, large = small === x ? y : x;
  for (const k of small) if (large.has(k)) return true;
  return false;
}

export interface ActorAgreement {
  /** Every actor of one side matches an actor of the other side. */
  compatible: boolean;
  /** How many actors of the smaller covered side are matched. */
  matched: number;
}

/** How many actors of `x` match one of `y` (plain loops: this runs millions of times in a fusion). */
function coveredCount(x: ActorSlot[], y: ActorSlot[]): number {
  let n = 0;
  for (const s of x) {
    for (const t of y) {
      if (matchSlots(s, t)) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** Compares two actor lists: compatible when one is covered by the other (at least one match). */
export function actorAgreement(a: ActorSlot[], b: ActorSlot[]): ActorAgreement {
  const matched = matchedActors(a, b);
  return { compatible: matched >= 0, matched: Math.max(0, matched) };
}

/** actorAgreement as one number: `matched`, or -1 when not compatible (no object: a fusion calls it millions of times). */
export function matchedActors(a: ActorSlot[], b: ActorSlot[]): number {
  if (!a.length || !b.length) return -1;
  const aIn = coveredCount(a, b), bIn = coveredCount(b, a);
  if (!((aIn === a.length || bIn === b.length) && Math.max(aIn, bIn) > 0)) return -1;
  return Math.max(aIn === a.length ? aIn : 0, bIn === b.length ? bIn : 0);
}

/**
 * How many actors of `x` are the same actor (by id or name, not merely the same country) as one
 * of `y`: the agreement a vague report needs ("Poutine et Trump" meets "Poutine et Trump", but
 * "la Russie et les États-Unis" does not meet Lavrov and Rubio).
 */
export function sameActorCount(x: ActorSlot[], y: ActorSlot[]): number {
  let n = 0;
  for (const s of x) {
    for (const t of y) {
      if (intersects(s.keys, t.keys)) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** Identity key of an actor in a fused event (to build the actors union). */
export function actorIdentity(actor: ActorLike): string {
  return actor.entity ? 'id:' + actor.entity : 'n:' + nameKey(actor.name);
}
