// "La France a condamné mardi la frappe russe contre Odessa": an accusation whose object is an act told right after
// its verb accuses who did that act. The act stays an event of its own.
import type { Mention } from './extract.ts';

/** How far (characters) the act's noun may stand after the accusation's trigger: a date, an article, an adverb. */
const OBJECT_GAP = 32;
const ACCUSED_ACTS = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'THREATEN', 'MOBILIZE']);

/** Gives an accusation with no side accused the doers of the act it condemns. */
export function accuseDoersOfCondemnedActs(mentions: Mention[], text: string): void {
  for (const m of mentions) {
    if (m.record.type !== 'ACCUSE' || m.record.actors.some((a) => a.role === 'target')) continue;
    const act = mentions.find((o) => o.sentence === m.sentence && ACCUSED_ACTS.has(o.record.type)
      && o.trigger.start > m.trigger.end && o.trigger.start - m.trigger.end <= OBJECT_GAP
      && !/[.;:!?«»"]/.test(text.slice(m.trigger.end, o.trigger.start)));
    if (!act) continue;
    const accusers = new Set(m.record.actors.map((a) => a.entity ?? a.name));
    for (const doer of act.record.actors.filter((a) => a.role === 'source' && !accusers.has(a.entity ?? a.name))) {
      m.record.actors.push({ ...doer, role: 'target' });
    }
  }
}
