// "au lendemain d'une attaque d'une rare violence de Donald Trump contre le dirigeant ukrainien": an attack noun whose
// sides are all people tells words, not arms (lang/fr/event-sides.json, verbalAttackNouns): an accusation.
import type { EventActor } from '../../core/document.ts';
import type { Mention } from './extract.ts';
import { readEventData } from './lexicon.ts';

let nouns: Set<string> | null = null;

/** Retypes as ACCUSE the attack nouns told between two people only. */
export function verbalAttacks(mentions: Mention[], folded: string, isPerson: (a: EventActor) => boolean): void {
  nouns ??= new Set(readEventData('event-sides.json').verbalAttackNouns as string[]);
  for (const m of mentions) {
    const { record, trigger } = m;
    if (record.type !== 'ASSAULT' || trigger.cue.spec.pos !== 'noun' || !nouns.has(folded.slice(trigger.start, trigger.end))) continue;
    if (record.actors.length !== 2 || !record.actors.every(isPerson)) continue;
    record.type = 'ACCUSE';
    record.mode = null;
    // told "de X contre Y": the attacker first
    record.actors[0].role = 'source';
    record.actors[1].role = 'target';
  }
}
