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

/** Builds the comparable form of one actor, using the document's entities and an optional resolver. */
export function actorSlot(actor: ActorLike, entities: Map<string, TimelineEntity>, countryOf?: CountryResolver): ActorSlot {
  const keys = new Set<string>();
  const countries = new Set<string>();
  let isCountry = false;
  const addName = (n: string | undefined | null) => {
    const k = n ? nameKey(n) : '';
    if (k) keys.add('n:' + k);
  };
  addName(actor.name);
  for (const a of actor.aliases ?? []) addName(a);
  const id = actor.entity ?? null;
  if (id) {
    keys.add('id:' + id);
    const e = entities.get(id);
    if (e) {
      addName(e.name);
      for (const a of e.aliases ?? []) addName(a);
    }
    if (isCountryId(id) || e?.subtype === 'country') {
      isCountry = true;
      countries.add(id);
    }
    // Metonymy: "Moscou" stands for Russia, so it is that country as an actor.
    if (e?.actor?.entity && e.actor.entity !== id && isCountryId(e.actor.entity)) {
      isCountry = isCountry || (e.type !== 'PER' && e.subtype !== 'person');
      countries.add(e.actor.entity);
      keys.add('id:' + e.actor.entity);
      addName(e.actor.name);
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
  for (const k of a.keys) if (b.keys.has(k)) return 'same';
  if (a.isCountry || b.isCountry) {
    for (const c of a.countries) if (b.countries.has(c)) return 'country';
  }
  return null;
}

export interface ActorAgreement {
  /** Every actor of one side matches an actor of the other side. */
  compatible: boolean;
  /** How many actors of the smaller covered side are matched. */
  matched: number;
}

/** Compares two actor lists: compatible when one is covered by the other (at least one match). */
export function actorAgreement(a: ActorSlot[], b: ActorSlot[]): ActorAgreement {
  if (!a.length || !b.length) return { compatible: false, matched: 0 };
  const covered = (x: ActorSlot[], y: ActorSlot[]) => x.filter((s) => y.some((t) => matchSlots(s, t))).length;
  const aIn = covered(a, b), bIn = covered(b, a);
  const compatible = (aIn === a.length || bIn === b.length) && Math.max(aIn, bIn) > 0;
  return { compatible, matched: Math.max(aIn === a.length ? aIn : 0, bIn === b.length ? bIn : 0) };
}

/** Identity key of an actor in a fused event (to build the actors union). */
export function actorIdentity(actor: ActorLike): string {
  return actor.entity ? 'id:' + actor.entity : 'n:' + nameKey(actor.name);
}
