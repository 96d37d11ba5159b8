// Occasions: "En marge du sommet, le président américain s'est entretenu avec Zelensky",
// "Au terme de douze heures de discussions, samedi soir, Borrell a annoncé que le Kosovo et la
// Serbie s'étaient entendus". An event told within an occasion (a meeting noun after "en marge
// de", "lors de", "à l'issue de", "au terme de", "après N heures de") happens when the occasion
// does: on the occasion's own date when the phrase gives one, else — for a definite noun ("du
// sommet", "de la réunion") — on the date of the same occasion told earlier in the article.
import type { EventLexicon } from './lexicon.ts';
import type { Mention } from './extract.ts';
import { seqStartingAt, tokenize, type Word } from './words.ts';
import { datePrecision } from './merge.ts';

/** How many words may stand between the marker and the occasion noun ("après plus de huit heures de discussions"). */
const OCCASION_WORDS = 6;
/** How far back from a pluperfect trigger its reporting verb and "que" may stand. */
const REPORTED_WORDS = 12;
/** Statuses an event told within an occasion may have to take its date. */
const WITHIN = new Set(['occurred', 'planned', 'ongoing']);
/** Types of occasions: gatherings, talks, visits. */
const OCCASION_TYPES = new Set(['CONSULT']);

interface Occasion { mention: Mention; definite: boolean }

/** The occasion mention a marker introduces in the sentence, if any. */
function occasionAt(words: Word[], i: number, mentions: Mention[], lex: EventLexicon): Occasion | null {
  const marker = seqStartingAt(words, i, lex.occasionMarkers);
  if (!marker) return null;
  const from = i + marker.length;
  const noun = mentions.find((o) => o.trigger.first >= from && o.trigger.first - from <= OCCASION_WORDS
    && OCCASION_TYPES.has(o.record.type) && o.trigger.cue.spec.pos !== 'verb');
  if (!noun) return null;
  const between = words.slice(from, noun.trigger.first);
  if (between.some((w) => w.punct)) return null;
  // "après la visite" orders two events; "après huit heures de discussions" names the talks the event closes
  const afterOnly = marker.length === 1 && marker[0] === 'apres';
  if (afterOnly && !between.some((w) => lex.occasionDurations.has(w.text))) return null;
  const det = words[noun.trigger.first - 1]?.text ?? '';
  const definite = (between.length === 0 && marker[marker.length - 1] !== 'd') || lex.occasionDefinites.has(det);
  return { mention: noun, definite };
}

const dayDated = (o: Mention) => o.dates.length > 0 && datePrecision(o.dates[0].value) >= 4;

/** The same occasion told earlier: the last dated mention of the same trigger lemma, else of the same type. */
function earlierOccasion(occasion: Mention, mentions: Mention[]): Mention | undefined {
  const earlier = mentions.filter((o) => o.sentence < occasion.sentence && dayDated(o) && !o.background && !o.quoted
    && o.record.type === occasion.record.type && WITHIN.has(o.record.status)).reverse();
  const place = occasion.record.place?.entity ?? occasion.record.place?.name;
  const samePlace = (o: Mention) => !place || !o.record.place || (o.record.place.entity ?? o.record.place.name) === place;
  return earlier.find((o) => o.trigger.cue.spec.lemma === occasion.trigger.cue.spec.lemma && samePlace(o))
    ?? earlier.find(samePlace);
}

/**
 * "Borrell a annoncé que le Kosovo et la Serbie s'étaient entendus": a pluperfect reported after "a annoncé que"
 * is the sequence of tenses, not background.
 */
function reportedPluperfect(words: Word[], m: Mention, lex: EventLexicon): boolean {
  const before = words.slice(Math.max(0, m.trigger.first - REPORTED_WORDS), m.trigger.first);
  const that = before.findIndex((w) => w.text === 'que' || w.text === 'qu');
  return that > 0 && before.slice(0, that).some((w) => lex.reportingVerbs.has(w.text)) && !before.slice(that).some((w) => lex.backgroundMarkers.has(w.text));
}

export function inheritOccasionDates(mentions: Mention[], folded: string, sentences: { start: number; end: number }[], lex: EventLexicon): void {
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  for (const [index, own] of bySentence) {
    const words = tokenize(folded, sentences[index].start, sentences[index].end);
    // ("après la visite de Pelosi": a noun of a temporal phrase is another occasion)
    const undated = own.filter((m) => !m.dates.length && !m.absorbed && !m.subordinate && (!m.background || reportedPluperfect(words, m, lex)) && !m.quoted && WITHIN.has(m.record.status));
    if (!undated.length) continue;
    for (let i = 0; i < words.length; i++) {
      const occasion = occasionAt(words, i, own, lex);
      if (!occasion) continue;
      const o = occasion.mention;
      const source = o.dates.length && !o.inherited ? o : occasion.definite ? earlierOccasion(o, mentions) : undefined;
      if (!source || !dayDated(source)) {
        // "sont convenus lundi d'un cessez-le-feu, a annoncé Anwar Ibrahim à l'issue de plusieurs heures de négociations":
        // a new, undated occasion was held on the day of the event it frames
        const framed = !o.dates.length && !occasion.definite && !o.quoted
          ? own.find((m) => m !== o && dayDated(m) && !m.inherited && !m.background && m.record.status === 'occurred') : undefined;
        if (framed && WITHIN.has(o.record.status)) {
          o.dates = [framed.dates[0]];
          o.inherited = true;
          // …and the sides of the deal it framed held it (whoever else is named hosted it)
          if (framed.record.type === 'AGREE') {
            const sides = framed.record.actors.filter((a) => a.role !== 'target');
            const known = new Set(o.record.actors.map((a) => a.entity ?? a.name));
            if (sides.length >= 2 && sides.some((a) => !known.has(a.entity ?? a.name))) {
              if (o.record.actors.length) o.record.mode = 'third-party';
              for (const a of sides) if (!known.has(a.entity ?? a.name)) o.record.actors.push({ ...a, role: 'participant' });
            }
          }
        }
        continue;
      }
      const date = source.dates[0];
      for (const m of undated) {
        if (m === o || m.dates.length) continue;
        m.dates = [date];
        m.inherited = true;
      }
      // the occasion itself, told again, is the earlier one: it makes no event of its own
      if (source !== o && !o.dates.length) o.absorbed = true;
    }
  }
}
