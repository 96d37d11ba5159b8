// A protest told by the noun of its protesters ("des centaines de milliers de manifestants ont envahi samedi le centre
// de Belgrade") is held by them: the noun names its actor (lang/fr/event-sides.json, protesterNouns).
import type { Mention } from './extract.ts';
import { readEventData } from './lexicon.ts';

let nouns: Set<string> | null = null;

/** Makes the protesters a protest noun names its source. */
export function protestersAsActors(mentions: Mention[], text: string, folded: string): void {
  nouns ??= new Set(readEventData('event-sides.json').protesterNouns as string[]);
  for (const m of mentions) {
    if (m.record.type !== 'PROTEST' || m.trigger.cue.spec.pos !== 'noun' || !nouns.has(folded.slice(m.trigger.start, m.trigger.end))) continue;
    const name = text.slice(m.trigger.start, m.trigger.end);
    if (!m.record.actors.some((a) => a.name === name)) m.record.actors.unshift({ entity: null, name, aliases: [], role: 'source' });
  }
}
