// Signatures of what the timeline reads from an actor or a place: equal signatures give equal
// comparable forms (actorSlot, placeKeys), so a fusion builds one form per distinct actor or place
// instead of one per mention (the same few hundred actors recur in thousands of articles).
// Fields are joined with NUL, lists carry their length: names never contain NUL.
import type { EventRecord } from '../core/document.ts';
import type { ActorLike, TimelineEntity } from './actors.ts';

const SEP = '\u0000';

function listSignature(xs: readonly string[] | undefined): string {
  return xs?.length ? xs.length + SEP + xs.join(SEP) : '0';
}

/** Every field of the entity that actorSlot or placeKeys reads. */
function entitySignature(e: TimelineEntity): string {
  return 'e' + SEP + (e.name ?? '') + SEP + listSignature(e.aliases) + SEP + (e.type ?? '') + SEP + (e.subtype ?? '')
    + SEP + (e.actor?.entity ?? '') + SEP + (e.actor?.name ?? '') + SEP + (e.country ?? '');
}

/** The actor and its document entity (looked up by the actor's entity id, when it has one). */
export function actorSignature(actor: ActorLike, entity: TimelineEntity | undefined): string {
  const own = (actor.entity ?? '') + SEP + actor.name + SEP + listSignature(actor.aliases);
  return entity ? own + SEP + entitySignature(entity) : own;
}

/** The place and its document entity (looked up by the place's entity id, when it has one). */
export function placeSignature(place: NonNullable<EventRecord['place']>, entity: TimelineEntity | undefined): string {
  const own = (place.entity ?? '') + SEP + place.name + SEP + listSignature(place.aliases);
  return entity ? own + SEP + entitySignature(entity) : own;
}
