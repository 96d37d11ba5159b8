// Releases told in the passive without an agent ("treize otages israéliens ont été libérés"): the
// captives' nationality is the receiving side; the holding party comes from the agent ("par les
// autorités israéliennes"), else from context (an earlier release of the same captives, or the
// other side of the two-party event the release is told with).
import type { ActorRef, EventActor } from '../../core/document.ts';
import type { CountryTable } from './countries.ts';
import type { ActorMention } from './actors.ts';
import type { Mention } from './extract.ts';
import type { Trigger } from './triggers.ts';
import type { Word } from './words.ts';

/** How many words back from the participle the captive noun may stand ("39 prisonniers palestiniens, 24 femmes et 15 mineurs, ont été relâchés"). */
const CAPTIVE_WORDS = 10;
/** How many words may separate "par" from the agent's name ("par les autorités israéliennes"). */
const AGENT_WORDS = 3;

/** The captive noun before a passive release participle (one of the cue's `before` words), singular. */
export function captiveNoun(words: Word[], t: Trigger): { index: number; noun: string } | null {
  const nouns = new Set((t.cue.before ?? []).map((s) => s.join(' ')));
  for (let i = t.first - 1, n = 0; i >= 0 && n < CAPTIVE_WORDS; i--) {
    if (words[i].punct) continue;
    n++;
    if (nouns.has(words[i].text)) return { index: i, noun: words[i].text.replace(/s$/, '') };
  }
  return null;
}

/** The country of the captives, named by a demonym right after their noun ("otages israéliennes"). */
function captiveCountry(words: Word[], captive: number, countries: CountryTable): ActorRef | null {
  for (let i = captive + 1; i < words.length && i <= captive + 2; i++) {
    const code = countries.byDemonym.get(words[i].text);
    if (code) return countries.byCode.get(code) ?? null;
  }
  return null;
}

/** Words allowed between "entre"/"et" and a name ("entre Israël et le Hamas"). */
const PAIR_DETERMINERS = new Set(['le', 'la', 'les', 'l']);

/** In an "entre X et Y" pair of the sentence naming `side`, the other one. */
function otherSideOf(words: Word[], mentions: ActorMention[], wordAt: (offset: number) => number, side: ActorRef): ActorRef | null {
  const named = mentions.filter((m) => !m.place || !m.placeOnly);
  const follows = (i: number, marker: string) => {
    let j = i - 1;
    if (PAIR_DETERMINERS.has(words[j]?.text ?? '')) j--;
    return words[j]?.text === marker;
  };
  for (let k = 0; k + 1 < named.length; k++) {
    const a = named[k], b = named[k + 1];
    const ia = wordAt(a.start), ib = wordAt(b.start);
    if (!follows(ia, 'entre') || !follows(ib, 'et') || ib - ia > 4) continue;
    if (a.actor.entity === side.entity) return b.actor;
    if (b.actor.entity === side.entity) return a.actor;
  }
  return null;
}

const toActor = (ref: ActorRef, role: EventActor['role']): EventActor => ({ entity: ref.entity, name: ref.name, aliases: ref.aliases ?? [], role });

/**
 * Actors of a passive release: the agent after "par" in the trigger's own words (source, the holder)
 * and the captives' country (target, the receiving side). Other names in the clause (the Red Cross
 * the captives were handed to, the place) are no party.
 */
export function passiveReleaseActors(words: Word[], t: Trigger, afterLimit: number, mentions: ActorMention[],
  wordAt: (offset: number) => number, countries: CountryTable): { actors: EventActor[]; captive: string | null } {
  const actors: EventActor[] = [];
  for (const m of mentions) {
    const i = wordAt(m.start);
    if (i < t.last || i >= afterLimit || m.place || m.placeOnly) continue;
    const lead = words.slice(Math.max(t.last, i - AGENT_WORDS), i).map((w) => w.text);
    if (lead.includes('par')) { actors.push(toActor(m.actor, 'source')); break; }
  }
  const captive = captiveNoun(words, t);
  const country = captive ? captiveCountry(words, captive.index, countries) : null;
  if (country && !actors.some((a) => a.entity === country.entity)) actors.push(toActor(country, 'target'));
  // "… après l'entrée en vigueur d'un cessez-le-feu entre Israël et le Hamas": the other side of the pair holds them
  if (country && !actors.some((a) => a.role === 'source')) {
    const holder = otherSideOf(words, mentions, wordAt, country);
    if (holder) actors.unshift(toActor(holder, 'source'));
  }
  return { actors, captive: captive?.noun ?? null };
}

const key = (a: EventActor) => a.entity ?? a.name;

/** Holders of agentless passive releases, from context; their date from the two-party event they are told with. */
export function completeReleases(mentions: Mention[]): void {
  mentions.forEach((m, i) => {
    if (!m.trigger.cue.spec.passive) return;
    if (!m.record.actors.some((a) => a.role === 'source')) holderFromContext(mentions, m, i);
    if (m.dates.length || !m.record.actors.some((a) => a.role === 'source')) return;
    // "une trêve est entrée en vigueur vendredi entre Israël et le Hamas, et treize otages ont été libérés"
    const own = new Set(m.record.actors.map(key));
    const told = mentions.find((o) => o !== m && o.sentence === m.sentence && o.dates.length && !o.trigger.cue.spec.passive
      && [...own].every((k) => o.record.actors.some((a) => key(a) === k)));
    if (told) { m.dates = [told.dates[0]]; m.inherited = true; }
  });
}

function holderFromContext(mentions: Mention[], m: Mention, i: number): void {
  const receivers = new Set(m.record.actors.filter((a) => a.role === 'target').map(key));
  // "un deuxième groupe d'otages doit être libéré samedi": the holder of the same captives, told before
  const earlier = mentions.slice(0, i).reverse().find((o) => o.trigger.cue.spec.passive && o.captive === m.captive
    && o.record.actors.some((a) => a.role === 'source')
    && o.record.actors.every((a) => a.role === 'source' || !receivers.size || receivers.has(key(a))));
  if (earlier) {
    for (const a of earlier.record.actors) if (!m.record.actors.some((x) => key(x) === key(a))) m.record.actors.push({ ...a });
    return;
  }
  // the other side of a two-party event of the same sentence holds them
  if (!receivers.size) return;
  const pair = mentions.find((o) => o !== m && o.sentence === m.sentence && !o.trigger.cue.spec.passive
    && new Set(o.record.actors.map(key)).size === 2 && o.record.actors.some((a) => receivers.has(key(a))));
  const holder = pair?.record.actors.find((a) => !receivers.has(key(a)));
  if (holder) m.record.actors.unshift({ ...holder, role: 'source' });
}
