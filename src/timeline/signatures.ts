// One comparable form per distinct actor or place: equal actors (same fields, same document entity
// fields) give equal forms (actorSlot, placeKeys), so a fusion builds one per distinct actor or
// place instead of one per mention (the same few hundred recur in thousands of articles).
// Compared field by field, without building a key string per mention (that was the cost).
import type { EventRecord } from '../core/document.ts';
import type { ActorLike, TimelineEntity } from './actors.ts';

type Place = NonNullable<EventRecord['place']>;

/** Past this many variants of one id and name, forms are built anew (never a long scan). */
const MAX_VARIANTS = 8;

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  const n = a?.length ?? 0;
  if (n !== (b?.length ?? 0)) return false;
  for (let i = 0; i < n; i++) if (a![i] !== b![i]) return false;
  return true;
}

/** Every field of the entity that actorSlot or placeKeys reads. */
function sameEntity(a: TimelineEntity | undefined, b: TimelineEntity | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.name === b.name && sameList(a.aliases, b.aliases) && a.type === b.type && (a.subtype ?? null) === (b.subtype ?? null)
    && (a.actor?.entity ?? null) === (b.actor?.entity ?? null) && (a.actor?.name ?? null) === (b.actor?.name ?? null)
    && (a.country ?? null) === (b.country ?? null);
}

interface Variant<V> { entity: string | null | undefined; aliases: readonly string[] | undefined; docEntity: TimelineEntity | undefined; value: V }

/**
 * Interns the forms of actors or places: `find(x, docEntity)` gives the form `add`ed for an equal
 * one before (same id, name, aliases and document entity), if any.
 */
export class FormCache<V> {
  private readonly byName = new Map<string, Variant<V>[]>();

  private variants(x: ActorLike | Place): Variant<V>[] {
    const key = (x.entity ?? '') + '\u0000' + x.name;
    let variants = this.byName.get(key);
    if (!variants) this.byName.set(key, (variants = []));
    return variants;
  }

  find(x: ActorLike | Place, docEntity: TimelineEntity | undefined): V | undefined {
    for (const v of this.variants(x)) {
      if (v.entity === x.entity && sameList(v.aliases, x.aliases) && sameEntity(v.docEntity, docEntity)) return v.value;
    }
    return undefined;
  }

  add(x: ActorLike | Place, docEntity: TimelineEntity | undefined, value: V): V {
    const variants = this.variants(x);
    if (variants.length < MAX_VARIANTS) variants.push({ entity: x.entity, aliases: x.aliases, docEntity, value });
    return value;
  }
}
