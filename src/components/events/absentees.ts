// Who stayed away from an event is no participant of it: "l'émissaire chinois Li Hui, absent d'une première réunion…",
// "l'Erythrée n'a pas participé aux discussions de Pretoria" (lang/fr/event-sides.json, absenceMarkers).
import type { Document } from '../../core/document.ts';
import type { CountryTable } from './countries.ts';
import type { Mention } from './extract.ts';
import { readEventData } from './lexicon.ts';
import { seqStartingAt, tokenize, type Word } from './words.ts';

/** How many words (determiners, adjectives) may stand between the marker and the event noun. */
const MARKER_WORDS = 4;

let markers: { apposed: string[][]; negated: string[][] } | null = null;

/** Removes from an event noun's actors those a marker of absence right before it describes. */
export function dropAbsentees(mentions: Mention[], doc: Document, folded: string, countries: CountryTable): void {
  if (!markers) {
    const m = readEventData('event-sides.json').absenceMarkers as { apposed: string[]; negated: string[] };
    markers = { apposed: m.apposed.map((s) => s.split(' ')), negated: m.negated.map((s) => s.split(' ')) };
  }
  for (const m of mentions) {
    if (m.trigger.cue.spec.pos === 'verb' || !m.record.actors.length) continue;
    const s = doc.sentences[m.sentence];
    const words = tokenize(folded, s.start, s.end);
    const region = absentRegion(words, m.trigger.first);
    if (!region) continue;
    const [from, to] = [words[region[0]].start, words[region[1] - 1].end];
    const absent = new Set<string>();
    for (const e of doc.entities) if (e.mentions.some((x) => x.start >= from && x.end <= to)) absent.add(e.id);
    for (const w of words.slice(region[0], region[1])) {
      const code = countries.byDemonym.get(w.text);
      const ref = code ? countries.byCode.get(code) : undefined;
      if (ref?.entity) absent.add(ref.entity);
    }
    m.record.actors = m.record.actors.filter((a) => !a.entity || !absent.has(a.entity));
  }
}

/** The words [from, to) naming who a marker of absence before the noun at `first` describes, or null. */
function absentRegion(words: Word[], first: number): [number, number] | null {
  for (let k = first - 1; k >= 0 && k >= first - MARKER_WORDS - 4; k--) {
    if (words[k].punct) return null;
    const apposed = seqStartingAt(words, k, markers!.apposed);
    const negated = apposed ? null : seqStartingAt(words, k, markers!.negated);
    const marker = apposed ?? negated;
    if (!marker) continue;
    if (first - (k + marker.length) > MARKER_WORDS) return null;
    if (apposed) {
      // "…, l'émissaire chinois Li Hui, absent d'une…": the phrase between the two commas before the marker
      if (words[k - 1]?.text !== ',') return null;
      let j = k - 2;
      while (j >= 0 && !words[j].punct) j--;
      return j + 1 < k - 1 ? [j + 1, k - 1] : null;
    }
    // "L'Erythrée n'a pas participé aux…": the subject before "n'a"
    let v = k - 1;
    while (v >= 0 && !words[v].punct && !['n', 'ne'].includes(words[v].text)) v--;
    if (v < 0 || words[v].punct) return null;
    let j = v - 1;
    while (j >= 0 && !words[j].punct) j--;
    return j + 1 < v ? [j + 1, v] : null;
  }
  return null;
}
