// Abbreviations and elisions for segmentation and tokenisation, from src/lang/fr/.
import { langData } from '../../core/lang.ts';

interface AbbreviationsFile { titles: string[]; common: string[]; final: string[]; beforeNumber?: string[] }
interface ElisionsFile { elisions: string[]; invertedSubjects: string[] }

export interface SentenceLexicon {
  /** Words after which a period never ends a sentence ("M", "MM", "Mme", "p", "av"…). */
  noBreak: Set<string>;
  /** Abbreviations that may end a sentence ("etc", "J.-C"). */
  final: Set<string>;
  /** Abbreviations that never end a sentence before a number ("juil" in "7 juil. 2025", "art"). */
  beforeNumber: Set<string>;
  elisions: string[];
  invertedSubjects: string[];
}

let lexicon: SentenceLexicon | null = null;

const read = <T>(name: string): T => langData<T>(name);

export function sentenceLexicon(): SentenceLexicon {
  if (lexicon) return lexicon;
  const abbr = read<AbbreviationsFile>('abbreviations.json');
  const el = read<ElisionsFile>('elisions.json');
  const final = new Set(abbr.final);
  lexicon = {
    noBreak: new Set([...abbr.titles, ...abbr.common].filter((w) => !final.has(w))),
    final,
    beforeNumber: new Set(abbr.beforeNumber ?? []),
    elisions: el.elisions,
    invertedSubjects: el.invertedSubjects,
  };
  return lexicon;
}
