// Completing the parties of talks and deals from the rest of the narrative. Talks have two sides
// at least: "Après huit heures de discussions, l'Ukraine s'est dite prête…" names one of them only.
import type { Entity, EventActor } from '../../core/document.ts';
import type { Mention } from './extract.ts';

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
    m.dates = [];
    m.inherited = false;
  }
}
