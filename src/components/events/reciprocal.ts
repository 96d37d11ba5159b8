// Reciprocal talks: "Donald Trump et Vladimir Poutine se sont entretenus mardi" names both sides
// in its subject and no partner after the verb. Such a mention holds only with two participants,
// and takes the phone mode from the paragraph that says so ("Plus de deux heures au téléphone.").
import type { Document } from '../../core/document.ts';
import type { EventLexicon } from './lexicon.ts';
import type { Mention } from './extract.ts';
import { findSeq, tokenize, type Word } from './words.ts';
import { actorCues, type ActorMention } from './actors.ts';
import type { CountryTable } from './countries.ts';

/** How many sentences before a talking verb, within its paragraph, may tell the phone mode. */
const PHONE_SENTENCES_BACK = 2;

/** Whether a reciprocal mention lacks its second side (then it records nothing). */
export function oneSidedReciprocal(m: Mention): boolean {
  return !!m.trigger.cue.spec.reciprocal && new Set(m.record.actors.map((a) => a.entity ?? a.name)).size < 2;
}

/** A talking verb with no mode of its own takes phone from a marker in its sentence or the paragraph's sentences just before. */
export function phoneFromParagraph(mentions: Mention[], doc: Document, folded: string, lex: EventLexicon): void {
  for (const m of mentions) {
    const spec = m.trigger.cue.spec;
    if (m.record.type !== 'CONSULT' || m.record.mode || spec.pos !== 'verb') continue;
    const sentence = doc.sentences[m.sentence];
    let from = sentence.start;
    for (let k = m.sentence - 1; k >= 0 && m.sentence - k <= PHONE_SENTENCES_BACK; k--) {
      // a paragraph break ends the look-back
      if (doc.text.slice(doc.sentences[k].end, from).includes('\n')) break;
      from = doc.sentences[k].start;
    }
    const words = tokenize(folded, from, sentence.end);
    if (findSeq(words, 0, words.length, lex.phoneMarkers)) m.record.mode = 'phone';
  }
}

/** How many words after the marker of simultaneity may open on the other side ("tandis que l'Iran"). */
const OTHER_SIDE_WORDS = 2;

/**
 * "Israël a poursuivi vendredi ses frappes, tandis que l'Iran a lancé de nouveaux missiles sur le territoire israélien":
 * strikes naming no target, followed by a clause of simultaneity whose subject fires back at the attacker (a weapon and
 * the attacker named by name or demonym), strike that other side.
 */
export function returnFireTargets(out: Mention[], words: Word[], mentions: ActorMention[], wordAt: (offset: number) => number, countries: CountryTable, lex: EventLexicon): void {
  const fire = actorCues().returnFireWords;
  const key = (a: { entity?: string | null; name: string }) => a.entity ?? a.name;
  for (const m of out) {
    if (m.record.type !== 'ASSAULT' || m.record.actors.some((a) => a.role === 'target')) continue;
    const sources = m.record.actors.filter((a) => a.role === 'source');
    if (sources.length !== 1) continue;
    const source = sources[0];
    const marker = findSeq(words, m.trigger.last, words.length, lex.simultaneityMarkers);
    if (!marker) continue;
    const after = marker.at + marker.len;
    const other = mentions.find((x) => { const i = wordAt(x.start); return i >= after && i <= after + OTHER_SIDE_WORDS && !x.place && !x.placeOnly; });
    if (!other || key(other.actor) === key(source)) continue;
    const rest = words.slice(wordAt(other.end - 1) + 1);
    const code = source.entity?.startsWith('country:') ? source.entity.slice(8) : null;
    const namesSource = rest.some((w) => !!code && countries.byDemonym.get(w.text) === code)
      || mentions.some((x) => x.start >= other.end && key(x.actor) === key(source));
    if (!namesSource || !rest.some((w) => fire.has(w.text))) continue;
    m.record.actors.push({ entity: other.actor.entity, name: other.actor.name, aliases: other.actor.aliases ?? [], role: 'target' });
  }
}

/** How many words after an exchange marker the agent of the other release may stand ("en échange de 183 prisonniers palestiniens relâchés par Israël"). */
const EXCHANGE_AGENT_WORDS = 8;

/**
 * "Le Hamas a libéré trois otages en échange de 183 prisonniers palestiniens relâchés par Israël": the one releasing the
 * other half of an exchange, named after "par" a few words after "en échange de", is a party to the release as well.
 */
export function exchangeParties(out: Mention[], words: Word[], mentions: ActorMention[], wordAt: (offset: number) => number): void {
  const markers = actorCues().exchangeMarkers;
  const key = (a: { entity?: string | null; name: string }) => a.entity ?? a.name;
  for (const m of out) {
    if (m.record.type !== 'RETREAT' || m.record.mode !== 'release' || !m.record.actors.some((a) => a.role === 'source')) continue;
    const marker = findSeq(words, m.trigger.last, words.length, markers);
    if (!marker) continue;
    const from = marker.at + marker.len;
    let par = -1;
    for (let k = from; k < Math.min(words.length, from + EXCHANGE_AGENT_WORDS); k++) {
      if (words[k].punct) break;
      if (words[k].text === 'par') { par = k; break; }
    }
    if (par < 0) continue;
    const agent = mentions.find((x) => wordAt(x.start) === par + 1 || (wordAt(x.start) === par + 2 && ['le', 'la', 'l', 'les'].includes(words[par + 1].text)));
    if (!agent || agent.placeOnly || m.record.actors.some((a) => key(a) === key(agent.actor))) continue;
    m.record.actors.push({ entity: agent.actor.entity, name: agent.actor.name, aliases: agent.actor.aliases ?? [], role: 'source' });
  }
}
