// An attack on the ground an armed group holds, told by a nationality-free group adjective ("L'Azerbaïdjan a lancé des
// frappes sur les positions séparatistes", "une offensive contre les bastions rebelles"), hits that group: the adjective,
// as written, names the actor struck (lang/fr/event-sides.json, groupTargetNouns / groupTargetAdjectives).
import type { Mention } from './extract.ts';
import { readEventData } from './lexicon.ts';
import { tokenize } from './words.ts';

/** How many words after the trigger the preposition opening its target may stand ("des frappes d'artillerie et de drones sur"). */
const TARGET_WORDS = 8;
/** How many determiner words may stand between the preposition and the ground noun ("sur les", "contre plusieurs"). */
const DETERMINER_WORDS = 2;

let cues: { nouns: Set<string>; adjectives: Record<string, string[]>; prepositions: Set<string> } | null = null;

/** Adds the armed group whose ground an attack strikes as its target. */
export function groupTargets(mentions: Mention[], text: string, folded: string, sentences: { start: number; end: number }[]): void {
  if (!cues) {
    const file = readEventData('event-sides.json');
    cues = {
      nouns: new Set(file.groupTargetNouns as string[]),
      adjectives: file.groupTargetAdjectives as Record<string, string[]>,
      prepositions: new Set(file.groupTargetPrepositions as string[]),
    };
  }
  for (const m of mentions) {
    if (m.record.type !== 'ASSAULT' || m.absorbed || m.quoted) continue;
    const s = sentences[m.sentence];
    const words = tokenize(folded, m.trigger.end, s.end);
    // the target is told in the trigger's own clause: stop at the first comma or other punctuation
    const cut = words.findIndex((w) => w.punct);
    const clause = cut < 0 ? words : words.slice(0, cut);
    const prep = clause.findIndex((w, i) => i <= TARGET_WORDS && cues!.prepositions.has(w.text));
    if (prep < 0) continue;
    for (let k = prep + 1; k <= prep + 1 + DETERMINER_WORDS && k + 1 < clause.length; k++) {
      if (!cues.nouns.has(clause[k].text)) continue;
      const adjective = clause[k + 1];
      const aliases = cues.adjectives[adjective.text];
      if (!aliases) break;
      const name = text.slice(adjective.start, adjective.end);
      if (!m.record.actors.some((a) => a.name === name || (a.aliases ?? []).includes(name))) m.record.actors.push({ entity: null, name, aliases: aliases.filter((x) => x !== name), role: 'target' });
      break;
    }
  }
}
