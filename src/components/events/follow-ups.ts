// A meeting told as the sequel of talks just told ("Une nouvelle rencontre est prévue le 25 octobre à Istanbul", "le
// prochain cycle de pourparlers") names no side of its own: it is held by the sides of those talks
// (lang/fr/event-sides.json, followUpAdjectives).
import type { Mention } from './extract.ts';
import { readEventData } from './lexicon.ts';
import { tokenize } from './words.ts';

/** How many sentences back the talks a sequel follows may be told. */
const FOLLOW_UP_SENTENCES = 2;
/** How many words before the meeting noun its sequel adjective may stand ("un nouveau cycle de pourparlers"). */
const ADJECTIVE_WORDS = 3;

let adjectives: Set<string> | null = null;

/** Gives a sideless sequel meeting the sides of the last two-sided talks told just before it. */
export function followUpMeetings(mentions: Mention[], folded: string, sentences: { start: number; end: number }[]): void {
  adjectives ??= new Set(readEventData('event-sides.json').followUpAdjectives as string[]);
  mentions.forEach((m, i) => {
    if (m.record.type !== 'CONSULT' || m.record.actors.length || m.trigger.cue.spec.pos === 'verb' || m.quoted || m.absorbed) return;
    const s = sentences[m.sentence];
    const before = tokenize(folded, s.start, m.trigger.start).slice(-ADJECTIVE_WORDS);
    const at = before.findIndex((w) => adjectives!.has(w.text));
    if (at < 0 || before.slice(at + 1).some((w) => w.punct)) return;
    const talks = mentions.slice(0, i).reverse().find((o) => o.record.type === 'CONSULT' && m.sentence - o.sentence <= FOLLOW_UP_SENTENCES && !o.absorbed);
    if (!talks || talks.record.actors.length < 2) return;
    m.record.actors = talks.record.actors.map((a) => ({ ...a, role: 'participant' }));
  });
}
