// Completing the parties of talks and deals from the rest of the narrative. Talks have two sides
// at least: "Après huit heures de discussions, l'Ukraine s'est dite prête…" names one of them only.
import type { Document, Entity, EventActor } from '../../core/document.ts';
import type { Mention } from './extract.ts';
import type { EventLexicon } from './lexicon.ts';
import { tokenize } from './words.ts';
import { actorCues } from './actors.ts';

/** How many sentences back a mediated deal ("L'accord, conclu sous l'égide du Qatar") may find its parties. */
const PARTIES_SENTENCES = 2;
/** Mentions whose two sides a mediated deal or talks may take over. */
const PARTY_TYPES = new Set(['AGREE', 'CONCEDE', 'CONSULT']);

const key = (a: EventActor) => a.entity ?? a.name;
const parties = (m: Mention) => m.record.actors.filter((a) => a.role !== 'target');

/**
 * "L'accord, conclu mercredi sous l'égide du Qatar": once the mediator is set aside, a deal or
 * talks naming no party are those of the last two-sided deal or truce told just before.
 */
export function completeMediated(mentions: Mention[]): void {
  mentions.forEach((m, i) => {
    if (!m.mediated || m.record.actors.length || !PARTY_TYPES.has(m.record.type)) return;
    const earlier = mentions.slice(0, i).reverse().find((o) => m.sentence - o.sentence <= PARTIES_SENTENCES
      && PARTY_TYPES.has(o.record.type) && new Set(o.record.actors.map(key)).size >= 2);
    if (earlier) m.record.actors = earlier.record.actors.map((a) => ({ ...a, role: 'participant' }));
  });
}

/**
 * Talks with a single actor: "Au terme de douze heures de discussions, Josep Borrell a annoncé que
 * le Kosovo et la Serbie s'étaient entendus" — the parties of the agreement the sentence reports
 * held the talks (the announcer mediated: third-party). Talks still one-sided keep no date, since
 * the other side is unknown (precision), unless an organisation meets ("réunion d'urgence de l'OTSC").
 */
export function completeTalks(mentions: Mention[], entities: Entity[]): void {
  const isOrganisation = (a: EventActor) => !!a.entity && entities.some((e) => e.id === a.entity && e.type === 'ORG');
  for (const m of mentions) {
    if (m.record.type !== 'CONSULT' || m.record.actors.length !== 1) continue;
    const deal = mentions.find((o) => o !== m && o.sentence === m.sentence && o.record.type === 'AGREE' && o.record.status === 'occurred'
      && new Set(parties(o).map(key)).size >= 2 && !parties(o).some((a) => key(a) === key(m.record.actors[0])));
    if (deal) {
      m.record.actors = parties(deal).map((a) => ({ ...a, role: 'participant' }));
      m.record.mode = 'third-party';
      continue;
    }
    if (isOrganisation(m.record.actors[0])) continue;
    // "Le 16 mars, il s'était rendu à Tokyo, première visite d'un président sud-coréen au Japon": a side the verb leaves
    // to a pronoun is named by an undated mention of the same talks in the same sentence, which holds the same partner
    const only = key(m.record.actors[0]);
    const fellow = mentions.find((o) => o !== m && o.sentence === m.sentence && o.record.type === 'CONSULT' && o.record.mode === m.record.mode
      && !o.dates.length && !o.quoted && o.record.status === m.record.status && o.record.actors.some((a) => key(a) === only)
      && new Set(o.record.actors.map(key)).size === 2);
    if (fellow && m.dates.length) {
      for (const a of fellow.record.actors) if (key(a) !== only) m.record.actors.push({ ...a, role: 'participant' });
      continue;
    }
    m.dates = [];
    m.inherited = false;
  }
}

/** Types of the deal a truce with no named side belongs to: an agreement, a ceasefire. */
const TRUCE_SOURCES = new Set(['AGREE', 'CONCEDE']);

/**
 * "Israël et le Hamas sont parvenus à un accord de cessez-le-feu… La trêve doit entrer en vigueur dimanche": a
 * ceasefire named with a definite article ("la trêve", "le cessez-le-feu") and no side of its own is the truce of
 * the two-sided deal or truce told earlier in the article; its sides are that deal's parties. An indefinite one
 * ("une trêve", "la seule trêve conclue jusqu'ici") names another truce and stays without actors (no event).
 */
export function completeTruces(mentions: Mention[], folded: string, sentences: { start: number; end: number }[], lex: EventLexicon): void {
  mentions.forEach((m, i) => {
    if (m.record.actors.length || m.record.mode !== 'ceasefire' || m.absorbed) return;
    // "La trêve imposée par Washington est entrée en vigueur mardi": the truce the sentence named before is the one
    const named = mentions.slice(0, i).reverse().find((o) => o.sentence === m.sentence && o.record.mode === 'ceasefire' && o.record.actors.length);
    if (named) { m.record.actors = named.record.actors.map((a) => ({ ...a })); return; }
    const s = sentences[m.sentence];
    const words = tokenize(folded, s.start, s.end);
    // the definite ceasefire noun: the trigger itself ("la trêve"), before it ("la trêve doit entrer en vigueur") or
    // right after an "entrée en vigueur" ("l'entrée en vigueur du cessez-le-feu"); not a complement of another noun
    // ("au 16e jour de la trêve", "le respect du cessez-le-feu")
    const definite = lex.definiteTruces.some((seq) => words.some((_, k) => {
      if (!seq.every((x, n) => words[k + n]?.text === x)) return false;
      const complement = ['de', 'd', 'du'].includes(seq[0]) ? k : ['de', 'd', 'du'].includes(words[k - 1]?.text ?? '') ? k - 1 : -1;
      if (complement >= 0) return complement === m.trigger.last;
      return k <= m.trigger.first && k + seq.length >= m.trigger.first - TRUCE_NOUN_WORDS;
    }));
    if (!definite) return;
    const deal = mentions.slice(0, i).reverse().find((o) => TRUCE_SOURCES.has(o.record.type) && !o.quoted && o.record.status !== 'denied'
      && new Set(parties(o).map(key)).size >= 2);
    if (deal) m.record.actors = parties(deal).map((a) => ({ ...a, role: 'source' }));
  });
}

/** How many words may stand between the definite ceasefire noun and its trigger ("la trêve doit entrer en vigueur"). */
const TRUCE_NOUN_WORDS = 4;

/** How many sentences back the accusation a rejection answers may be told. */
const ACCUSATION_SENTENCES = 2;
/** How many date words may stand between a rejection verb and "ces accusations" ("a rejeté lundi ces accusations"). */
const CLAIM_GAP = 2;

/**
 * "La police moldave accuse le réseau d'Ilan Shor… Le Kremlin a rejeté lundi ces accusations": a rejection of "ces
 * accusations" naming no target answers the accusation told just before; who made it is the target.
 */
export function completeRejectedAccusations(mentions: Mention[], folded: string, sentences: { start: number; end: number }[], lex: EventLexicon): void {
  const claims = actorCues().rejectedClaims;
  mentions.forEach((m, i) => {
    if (m.record.type !== 'REJECT' || m.trigger.cue.spec.pos !== 'verb' || m.quoted || m.record.actors.some((a) => a.role === 'target')) return;
    const sources = new Set(parties(m).map(key));
    if (!sources.size) return;
    const s = sentences[m.sentence];
    const words = tokenize(folded, s.start, s.end);
    let k = m.trigger.last;
    for (let gap = 0; gap < CLAIM_GAP && k < words.length && lex.dateWords.has(words[k].text); gap++) k++;
    if (!claims.some((c) => c.every((x, n) => words[k + n]?.text === x))) return;
    const accusation = mentions.slice(0, i).reverse().find((o) => o.record.type === 'ACCUSE' && m.sentence - o.sentence <= ACCUSATION_SENTENCES
      && m.sentence > o.sentence && parties(o).length && !parties(o).some((a) => sources.has(key(a))));
    for (const a of accusation ? parties(accusation) : []) m.record.actors.push({ ...a, role: 'target' });
  });
}

/** How many words a claimant may take between "que" and its auxiliary ("que le Hamas a revendiqué"). */
const CLAIMANT_WORDS = 4;

/**
 * "Le chef du gouvernement a justifié la frappe par l'attentat commis la veille à Jérusalem-Est, qui avait fait six morts
 * et que le Hamas a revendiqué": an attack noun with a relative clause of claiming after it (no other event between) was
 * carried out by the claimant, not by the subject of the clause governing the noun. The claimant replaces the attack's
 * sources (targets stay).
 */
export function claimedAttacks(mentions: Mention[], doc: Document, folded: string): void {
  const c = actorCues();
  for (const m of mentions) {
    if (m.record.type !== 'ASSAULT' || m.trigger.cue.spec.pos === 'verb' || m.quoted) continue;
    const s = doc.sentences[m.sentence];
    const words = tokenize(folded, s.start, s.end);
    const next = mentions.find((o) => o !== m && o.sentence === m.sentence && o.trigger.first >= m.trigger.last);
    const end = next ? next.trigger.first : words.length;
    for (let k = m.trigger.last; k < end; k++) {
      if (words[k].text !== 'que' && words[k].text !== 'qu') continue;
      let a = k + 1;
      while (a < end && a - k <= CLAIMANT_WORDS + 1 && !words[a].punct && !c.claimAuxiliaries.has(words[a].text)) a++;
      if (!c.claimAuxiliaries.has(words[a]?.text ?? '') || !c.claimParticiples.has(words[a + 1]?.text ?? '')) continue;
      const from = words[k].end, to = words[a].start;
      const claimant = doc.entities.find((e) => e.type !== 'MISC' && e.mentions.some((x) => x.start >= from && x.end <= to && x.kind !== 'pronoun'));
      if (!claimant) break;
      const actor = claimant.actor ? { entity: claimant.actor.entity, name: claimant.actor.name, aliases: claimant.actor.aliases ?? [] }
        : { entity: claimant.id, name: claimant.name, aliases: claimant.aliases ?? [] };
      m.record.actors = [{ ...actor, role: 'source' }, ...m.record.actors.filter((x) => x.role === 'target' && key(x) !== (actor.entity ?? actor.name))];
      break;
    }
  }
}
