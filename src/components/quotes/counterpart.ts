// Speakers named by a role and a nationality, resolved among the article's people: "son homologue
// chinois" (Biden's counterpart → Xi Jinping), "la ministre congolaise". The entities component
// gives each person its offices on the article's date from the knowledge base's role index
// ("président de la République populaire de Chine (China)"); the description's demonym names the
// country, and the one person of the article holding an office of that country is the speaker —
// with several, the one whose office matches the possessor's ("son homologue": same office).
import type { Document, Entity } from '../../core/document.ts';
import { foldForm } from '../../core/normalize.ts';

/** Country names (canonical and aliases) of a French demonym ("chinois" → China, Chine…), or null. */
export type DemonymCountry = (word: string) => string[] | null;

// The determiner may be missing ("du président fédéral allemand" cut after "du"), and one adjective
// may stand between the office and the demonym ("président fédéral allemand").
const HEAD = /^(?:(?:son|sa|leur|le|la|l['’])\s*)?(homologue|ministre|président|présidente|chef de l['’]État|chef de la diplomatie|dirigeant|dirigeante|premier ministre|première ministre)\s+(?:\p{Ll}+\s+)?(\p{L}+(?:-\p{L}+)?)$/iu;

/** The office noun of an entity's role label ("ministre des Affaires étrangères (Rwanda)" → "ministre"). */
function office(label: string): string {
  return foldForm(label).toLowerCase().split(/\s+/)[0] ?? '';
}

function countryOf(label: string): string {
  const m = /\(([^()]+)\)\s*$/.exec(label);
  return m ? m[1] : '';
}

/** The person a "son homologue chinois" / "la ministre congolaise" phrase names, or null. */
export function counterpartOf(doc: Document, phrase: { start: number; text: string }, demonymCountry: DemonymCountry): Entity | null {
  const m = HEAD.exec(phrase.text.trim());
  if (!m) return null;
  const countries = demonymCountry(m[2]);
  if (!countries) return null;
  const head = foldForm(m[1]).toLowerCase();
  const mentionedBefore = (e: Entity) => e.mentions.some((x) => x.start < phrase.start);
  const holders = doc.entities.filter((e) => e.type === 'PER' && mentionedBefore(e) && (e.roles ?? []).some((r) => countries.includes(countryOf(r))));
  if (holders.length <= 1) return holders[0] ?? null;
  // Several people of that country: the one holding the possessor's office ("homologue") or the named office.
  let wanted = head === 'homologue' ? '' : office(head);
  if (!wanted) {
    const possessor = latestOtherPerson(doc, phrase.start, countries);
    wanted = possessor ? office(possessor.roles?.[0] ?? '') : '';
  }
  const same = wanted ? holders.filter((e) => (e.roles ?? []).some((r) => countries.includes(countryOf(r)) && office(r) === wanted)) : [];
  return same.length === 1 ? same[0] : null;
}

/** The person with an office abroad mentioned last before `pos`: the "son" of "son homologue". */
function latestOtherPerson(doc: Document, pos: number, countries: string[]): Entity | null {
  let best: { e: Entity; at: number } | null = null;
  for (const e of doc.entities) {
    if (e.type !== 'PER' || !(e.roles ?? []).length || (e.roles ?? []).some((r) => countries.includes(countryOf(r)))) continue;
    for (const m of e.mentions) if (m.end <= pos && (!best || m.start > best.at)) best = { e, at: m.start };
  }
  return best?.e ?? null;
}

/**
 * Whether a person the entities layer linked to "le président fédéral allemand" holds no office of
 * that country while another person of the article does: that other person is returned.
 */
export function counterpartOverride(doc: Document, phrase: { start: number; text: string }, linked: Entity, demonymCountry: DemonymCountry): Entity | null {
  const m = HEAD.exec(phrase.text.trim());
  const countries = m ? demonymCountry(m[2]) : null;
  if (!countries || linked.type !== 'PER' || (linked.roles ?? []).some((r) => countries.includes(countryOf(r)))) return null;
  if (!(linked.roles ?? []).some((r) => countryOf(r))) return null;
  const other = counterpartOf(doc, phrase, demonymCountry);
  return other && other.id !== linked.id ? other : null;
}
