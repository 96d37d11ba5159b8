// Helpers for later components (quotes, events): who is at an offset, which actor an entity stands for.
import type { ActorRef, Document, Entity } from '../../core/document.ts';
import type { Context } from '../../core/pipeline.ts';
import { countryOfDemonym as demonymCountry, knowledgeBase } from '../../kb/index.ts';

/** The entity one of whose mentions covers [start, end) (the tightest one when several do), or null. */
export function entityAt(doc: Document, start: number, end: number = start + 1): Entity | null {
  let best: Entity | null = null;
  let bestLen = Infinity;
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      if (m.start <= start && m.end >= end && m.end - m.start < bestLen) { best = e; bestLen = m.end - m.start; }
    }
  }
  return best;
}

/** The political actor an entity stands for: its metonym ("Moscou", "le Kremlin" → Russia), else itself. */
export function actorOf(entity: Entity): ActorRef {
  if (entity.actor) return entity.actor;
  return { entity: entity.id, name: entity.name, aliases: entity.aliases };
}

/** The country a French demonym names in this pipeline's knowledge base ("russes" → country:RU), or null. Not an entity mention. */
export function countryOfDemonym(ctx: Context, word: string): string | null {
  return demonymCountry(knowledgeBase(ctx), word);
}
