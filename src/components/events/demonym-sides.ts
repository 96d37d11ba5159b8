// The two sides of an armed act told by nationality adjectives (lang/fr/event-sides.json): "les forces talibanes ont
// attaqué plusieurs postes frontaliers pakistanais" (Afghanistan strikes Pakistan), "des frappes aériennes pakistanaises
// ont visé la province afghane de Paktika" (Pakistan strikes Afghanistan). An adjective on the noun that strikes (forces,
// frappes, troupes, drones…) names the attacker; one on the noun struck (postes, province, ville, navire…) the country hit.
import type { Document, EventActor } from '../../core/document.ts';
import type { CountryTable } from './countries.ts';
import type { Mention } from './extract.ts';
import { readEventData } from './lexicon.ts';
import { tokenize, type Word } from './words.ts';

interface SideCues {
  attackerHeads: Set<string>;
  targetHeads: Set<string>;
  modifierStops: Set<string>;
  subjectBoundaries: Set<string>;
  movements: Map<string, string>;
}

let cues: SideCues | null = null;

function sideCues(): SideCues {
  if (cues) return cues;
  const f = readEventData('event-sides.json');
  cues = {
    attackerHeads: new Set(f.attackerHeads), targetHeads: new Set(f.targetHeads), modifierStops: new Set(f.modifierStops),
    subjectBoundaries: new Set(f.subjectBoundaries), movements: new Map(Object.entries(f.movementDemonyms as Record<string, string>)),
  };
  return cues;
}

/** Modifiers a head may take before its nationality adjective ("postes frontaliers pakistanais", "frappes aériennes pakistanaises"). */
const MODIFIERS = 2;
/** How many words may stand between the attacker's group and the attack verb ("ont de nouveau attaqué"). */
const SUBJECT_GAP = 4;
/** How many words after the act its target may be sought. */
const TARGET_WORDS = 10;

/** The country a nationality (or ruling movement's) adjective at i names, or null. */
function sideOf(words: Word[], i: number, countries: CountryTable, c: SideCues): string | null {
  const w = words[i];
  if (!w || w.punct) return null;
  const code = countries.byDemonym.get(w.text);
  if (code) return code;
  const movement = c.movements.get(w.text);
  // "les talibans pakistanais": the movement's branch in another country, not the country it rules
  if (movement && !(words[i + 1] && countries.byDemonym.has(words[i + 1].text))) return movement;
  return null;
}

/** The adjective after the head at h (up to MODIFIERS modifiers between): its word index and country, or null. */
function adjectiveAfter(words: Word[], h: number, to: number, countries: CountryTable, c: SideCues): { at: number; code: string } | null {
  for (let k = h + 1, skipped = 0; k < to && k <= h + 1 + MODIFIERS; k++) {
    const code = sideOf(words, k, countries, c);
    if (code) return { at: k, code };
    const w = words[k];
    // ("les combattants talibans pakistanais": an armed movement's branch is no state's side)
    if (c.movements.has(w.text)) return null;
    if (w.punct || skipped >= MODIFIERS || !/^[a-z]+$/.test(w.text) || w.text.length <= 3 || c.modifierStops.has(w.text)
      || c.attackerHeads.has(w.text) || c.targetHeads.has(w.text)) return null;
    skipped++;
  }
  return null;
}

function setSide(actors: EventActor[], countries: CountryTable, code: string, role: 'source' | 'target'): void {
  const ref = countries.byCode.get(code);
  if (!ref) return;
  const had = actors.find((a) => a.entity === ref.entity);
  if (had) had.role = role;
  else if (role === 'source') actors.unshift({ entity: ref.entity, name: ref.name, aliases: ref.aliases ?? [], role });
  else actors.push({ entity: ref.entity, name: ref.name, aliases: ref.aliases ?? [], role });
}

/**
 * Sets the sides of attacks by the nationality adjectives of their attacker and target nouns: a verb's subject group
 * ("les forces talibanes ont attaqué") or the attack noun's own adjective ("des frappes aériennes pakistanaises") is the
 * source, the first struck noun with an adjective after the act ("la province afghane") the target. Acts only when it
 * finds both sides, two different countries.
 */
export function demonymSides(mentions: Mention[], doc: Document, folded: string, countries: CountryTable): void {
  const c = sideCues();
  const bySentence = new Map<number, Word[]>();
  for (const m of mentions) {
    if (m.record.type !== 'ASSAULT' || m.quoted) continue;
    const s = doc.sentences[m.sentence];
    if (!bySentence.has(m.sentence)) bySentence.set(m.sentence, tokenize(folded, s.start, s.end));
    const words = bySentence.get(m.sentence)!;
    const t = m.trigger;
    let source: string | null = null;
    let from = t.last;
    if (t.cue.spec.pos === 'verb') {
      // the subject: the clause's words before the verb, after the last punctuation or clause opener
      let open = t.first - 1;
      while (open >= 0 && !words[open].punct && !c.subjectBoundaries.has(words[open].text)) open--;
      for (let h = t.first - 1; h > open && !source; h--) {
        if (!c.attackerHeads.has(words[h].text)) continue;
        const adj = adjectiveAfter(words, h, t.first, countries, c);
        if (adj && t.first - adj.at - 1 <= SUBJECT_GAP) source = adj.code;
      }
    } else if (c.attackerHeads.has(words[t.last - 1]?.text ?? '')) {
      // "des frappes aériennes pakistanaises ont visé…": the attack noun's own adjective
      const adj = adjectiveAfter(words, t.last - 1, words.length, countries, c);
      if (adj) { source = adj.code; from = adj.at + 1; }
    }
    if (!source) continue;
    let target: string | null = null;
    for (let h = from; h < words.length && h < from + TARGET_WORDS && !words[h].punct && !target; h++) {
      if (!c.targetHeads.has(words[h].text)) continue;
      target = adjectiveAfter(words, h, words.length, countries, c)?.code ?? null;
    }
    if (!target || target === source) continue;
    setSide(m.record.actors, countries, source, 'source');
    setSide(m.record.actors, countries, target, 'target');
  }
}

/** Articles a capitalised demonym standing before a person's name takes ("le Pakistanais Khawaja Asif", "l'Afghan X"). */
const APPOSED_ARTICLES = new Set(readEventData('event-sides.json').apposedDemonymArticles as string[]);

/**
 * "les ministres de la Défense des deux pays, le Pakistanais Khawaja Asif et l'Afghan Mohammad Yaqoob": a capitalised
 * demonym with its article right before a person's name ties that person to the country (added to `affiliations`,
 * person key → country key, for people the article ties to no other country).
 */
export function apposedDemonyms(affiliations: Map<string, string>, doc: Document, folded: string, countries: CountryTable): Map<string, string> {
  for (const e of doc.entities) {
    if (e.type !== 'PER' || affiliations.has(e.id)) continue;
    const codes = new Set<string>();
    for (const m of e.mentions) {
      const before = tokenize(folded, Math.max(0, m.start - 40), m.start).slice(-2);
      const [article, demonym] = before;
      if (before.length < 2 || !APPOSED_ARTICLES.has(article.text) || folded.slice(demonym.end, m.start).trim() !== '') continue;
      const code = countries.byDemonym.get(demonym.text);
      if (code && /^\p{Lu}/u.test(doc.text[demonym.start] ?? '')) codes.add(code);
    }
    const ref = codes.size === 1 ? countries.byCode.get([...codes][0]) : undefined;
    if (ref?.entity) affiliations.set(e.id, ref.entity);
  }
  return affiliations;
}
