// The two sides of the conflict or negotiation an article tells, for the events that name no party of their own:
// "Le conflit frontalier avait dégénéré le 24 juillet en affrontements armés", "un cessez-le-feu avait été conclu le
// 28 juillet à Putrajaya" in an article about the Thailand–Cambodia conflict.
import type { Document, EventActor } from '../../core/document.ts';
import type { Mention } from './extract.ts';

const key = (a: EventActor) => a.entity ?? a.name;

/** How many mentions at least must tell the pair together, and by how many more than any other pair. */
const PAIR_MIN = 2;

/**
 * The two sides the article's events keep naming together: the pair of non-person actors (countries, armed groups,
 * governments) that most mentions tell together, when it is told in two mentions at least and more often than any
 * other pair; otherwise none (the sides are not clear).
 */
export function articlePair(mentions: Mention[], isPerson: (a: EventActor) => boolean): [EventActor, EventActor] | null {
  const counts = new Map<string, { n: number; pair: [EventActor, EventActor] }>();
  for (const m of mentions) {
    if (m.quoted) continue;
    const sides = new Map<string, EventActor>();
    for (const a of m.record.actors) if (!isPerson(a) && !sides.has(key(a))) sides.set(key(a), a);
    const list = [...sides.values()].sort((a, b) => key(a).localeCompare(key(b)));
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const id = `${key(list[i])}\u0000${key(list[j])}`;
      const c = counts.get(id);
      if (c) c.n++;
      else counts.set(id, { n: 1, pair: [list[i], list[j]] });
    }
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  if (!ranked.length || ranked[0].n < PAIR_MIN || (ranked[1] && ranked[1].n === ranked[0].n)) return null;
  return ranked[0].pair;
}

/**
 * Events whose cue tells a two-sided act with no party in its clause (`conflictSides`: a truce "conclue", a conflict
 * that "a dégénéré en affrontements") and which name no actor, or only one of the two sides ("à l'artillerie côté
 * thaïlandais"), take the two sides of the article (see articlePair). Runs before truces take the parties of the deal
 * told before them.
 */
export function conflictSides(mentions: Mention[], isPerson: (a: EventActor) => boolean): void {
  const open = mentions.filter((m) => m.trigger.cue.spec.conflictSides && !m.quoted && !m.absorbed);
  if (!open.length) return;
  const pair = articlePair(mentions, isPerson);
  if (!pair) return;
  const sides = new Set(pair.map(key));
  // (a side the clause names by a demonym, "côté thaïlandais", is one of the two: the other completes it)
  for (const m of open) if (m.record.actors.every((a) => sides.has(key(a)))) m.record.actors = pair.map((a) => ({ ...a, role: 'participant' }));
}

/** How many sentences back "les deux pays" may find the pair told by "entre X et Y". */
const RELATION_SENTENCES = 3;
/** "entre Paris et Bakou", "entre la France et l'Algérie": the words around two countries told as a pair (folded). */
const BETWEEN_BEFORE = /(?:^|[^\p{L}])entre (?:la |le |l'|les )?$/u;
const BETWEEN_AND = /^ et (?:la |le |l'|les )?$/u;

/**
 * "Les relations entre Paris et Bakou sont au plus bas… En décembre 2023, les deux pays avaient expulsé chacun deux
 * diplomates": "les deux pays" told with no two-sided event before it are the two countries a sentence just before (or
 * its own, before it) names as a pair, "entre X et Y". The last such pair wins; none, nothing changes.
 */
export function dualFromPairs(mentions: Mention[], doc: Document, folded: string): void {
  for (const m of mentions) {
    if (!m.dualCountries || m.absorbed || m.quoted) continue;
    const trigger = m.trigger.start;
    let pair: [EventActor, EventActor] | null = null;
    for (let s = m.sentence; s >= Math.max(0, m.sentence - RELATION_SENTENCES) && !pair; s--) {
      const { start, end } = doc.sentences[s];
      const stop = s === m.sentence ? trigger : end;
      const named = countryMentions(doc, start, stop);
      for (let k = named.length - 2; k >= 0 && !pair; k--) {
        const [a, b] = [named[k], named[k + 1]];
        if (key(a.actor) === key(b.actor)) continue;
        if (BETWEEN_BEFORE.test(folded.slice(Math.max(start, a.start - 12), a.start)) && BETWEEN_AND.test(folded.slice(a.end, b.start))) pair = [a.actor, b.actor];
      }
    }
    if (!pair) continue;
    const sides = new Set(pair.map(key));
    if (m.record.actors.length >= 2 || !m.record.actors.every((a) => sides.has(key(a)))) continue;
    m.record.actors = pair.map((a) => ({ ...a, role: 'participant' }));
  }
}

/** Mentions of countries (by name or metonym: "Bakou" → Azerbaijan) within [from, to), in text order. */
function countryMentions(doc: Document, from: number, to: number): { start: number; end: number; actor: EventActor }[] {
  const out: { start: number; end: number; actor: EventActor }[] = [];
  for (const e of doc.entities) {
    const ref = e.actor?.entity?.startsWith('country:') ? e.actor : e.id.startsWith('country:') ? { entity: e.id, name: e.name, aliases: e.aliases ?? [] } : null;
    if (!ref) continue;
    for (const x of e.mentions) if (x.start >= from && x.end <= to && x.kind !== 'pronoun') out.push({ start: x.start, end: x.end, actor: { entity: ref.entity, name: ref.name, aliases: ref.aliases ?? [], role: 'participant' } });
  }
  return out.sort((a, b) => a.start - b.start);
}
