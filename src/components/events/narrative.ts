// Narrative time: news copy dates an occasion once and tells the rest of it undated
// ("Vladimir Poutine a fixé vendredi ses conditions : le président russe a exigé que…";
// "Les chefs d'État de la Cedeao ont donné dimanche… Dans le communiqué final du sommet,
// l'organisation exige…"). An undated event that directly continues a dated one — the clause
// after ":" / ";" or the next sentence — takes its date when the two share an actor or the
// continuation points back ("ce sommet", "à cette occasion"). A pluperfect ("avait exigé") or a
// "depuis" marks background and keeps it undated; only dates read in the text are passed on.
import type { Word } from './words.ts';
import type { EventLexicon } from './lexicon.ts';
import type { Mention } from './extract.ts';
import { seqAt } from './words.ts';
import { compareToPublished } from './status.ts';

/** Statuses a continuation may have to inherit a narrative date. */
const CONTINUING = new Set(['occurred', 'requested', 'proposed']);

/** Whether the trigger's verb is in the pluperfect ("avait exigé", "s'étaient entendus"). */
export function pluperfectAt(words: Word[], first: number, lex: EventLexicon): boolean {
  const before = words.slice(Math.max(0, first - 4), first).filter((w) => !w.punct).map((w) => w.text);
  return before.slice(-3).some((w) => lex.pluperfectAuxiliaries.has(w));
}

/** Whether the clause words before the trigger point back to an occasion already told. */
export function pointsBack(words: Word[], from: number, to: number, lex: EventLexicon): boolean {
  for (let i = from; i < to; i++) if (lex.narrativeAnaphora.some((s) => seqAt(words, i, s))) return true;
  return false;
}

const actorKeys = (m: Mention) => new Set(m.record.actors.map((a) => a.entity ?? a.name));

/** Host of a continuation: the first dated event of the earlier clause or of the previous sentence. */
function hostOf(m: Mention, mentions: Mention[], text: string): Mention | undefined {
  const dated = (o: Mention) => o.dates.length > 0 && !o.inherited && !o.background && CONTINUING.has(o.record.status);
  // same sentence: an earlier clause closed by ":" or ";"
  const earlier = mentions.filter((o) => o.sentence === m.sentence && o.trigger.start < m.trigger.start && dated(o)
    && /[:;]/.test(text.slice(o.trigger.end, m.trigger.start)));
  if (earlier.length) return earlier[0];
  // the previous sentence with an event at all must be the one right before
  const previous = mentions.filter((o) => o.sentence === m.sentence - 1);
  return previous.find(dated);
}

export function inheritNarrativeDates(mentions: Mention[], text: string, published: string | null): void {
  for (const m of mentions) {
    // a told action continues the narrative; a noun ("la réunion") or quoted speech often names another occasion
    if (m.dates.length || m.absorbed || m.background || m.demonstrative || m.quoted || m.trigger.cue.spec.pos === 'noun' || !CONTINUING.has(m.record.status)) continue;
    const host = hostOf(m, mentions, text);
    if (!host) continue;
    const date = host.dates[0];
    if (date.value === 'FUTURE_REF' || !/^\d{4}-\d{2}-\d{2}/.test(date.value)) continue;
    // a narrative date is a past occasion: never pass on one after publication
    if (published && compareToPublished(date.value, published) === 'after') continue;
    const shared = [...actorKeys(m)].some((k) => actorKeys(host).has(k));
    if (!shared && !m.pointsBack) continue;
    m.dates = [date];
    m.inherited = true;
  }
}

/** How far back the proposal a rejection answers may lie. */
const PROPOSAL_SENTENCES = 2;

/**
 * "Kiev dénonce un « ultimatum »", "a rejeté les conditions": a rejection or accusation of a proposal
 * targets the author of the last proposal, demand or threat told before it.
 */
export function targetProposalAuthors(mentions: Mention[], folded: string, lex: EventLexicon): void {
  mentions.forEach((m, i) => {
    if (!['REJECT', 'ACCUSE'].includes(m.record.type) || m.record.actors.some((a) => a.role === 'target')) return;
    const object = folded.slice(m.trigger.end, Math.min(m.record.evidence.end, m.trigger.end + 40)).split(/[^\p{L}]+/u).filter(Boolean).slice(0, 4);
    if (!object.some((w) => lex.proposalNouns.has(w))) return;
    const proposal = mentions.slice(0, i).reverse().find((o) => m.sentence - o.sentence <= PROPOSAL_SENTENCES
      && (['REQUEST', 'THREATEN'].includes(o.record.type) || o.record.status === 'proposed') && o.record.actors.some((a) => a.role === 'source'));
    if (!proposal) return;
    const own = new Set(m.record.actors.map((a) => a.entity ?? a.name));
    for (const a of proposal.record.actors) if (a.role === 'source' && !own.has(a.entity ?? a.name)) m.record.actors.push({ ...a, role: 'target' });
  });
}
