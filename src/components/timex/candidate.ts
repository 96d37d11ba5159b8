// What the parsers find: a span and what it means, before resolution against a reference date.
import type { Tense } from './tense.ts';

export type Part = 'MO' | 'AF' | 'MI' | 'EV' | 'NI';
export type Cue = 'next' | 'last' | 'this' | null;

export type Meaning =
  | { kind: 'absolute'; y: number; m: number; d: number; time?: string }
  /** cue: "le 1er avril prochain", "le 4 mars dernier". */
  | { kind: 'dayMonth'; m: number; d: number; y?: number; part?: string; time?: string; wd?: number; cue?: Cue }
  /** yearFrom: "septembre de la même année" (0), "de l'année suivante" (1): the last year named, plus this. */
  | { kind: 'month'; m: number; y?: number; cue?: Cue; yearFrom?: number }
  | { kind: 'year'; y: number }
  | { kind: 'season'; season: string; y?: number; cue?: Cue }
  /** "second semestre 2024" (H2), "premier trimestre" (Q1). */
  | { kind: 'yearPart'; part: string; n: number; y?: number }
  /** "à Noël", "la veille de Pâques": a fixed day (m, d) or a day counted from Easter, plus an offset. */
  | { kind: 'holiday'; m?: number; d?: number; easter?: number; offset: number; y?: number }
  | { kind: 'weekday'; wd: number; cue: Cue; part?: string; time?: string }
  | { kind: 'relDay'; offset: number; part?: string; time?: string }
  | { kind: 'anchoredDay'; offset: number; part?: string }
  | { kind: 'relUnit'; unit: 'W' | 'WE' | 'M' | 'Y'; offset: number }
  | { kind: 'time'; time: string }
  | { kind: 'duration'; value: string }
  | { kind: 'shift'; n: number; unit: string; sign: 1 | -1 }
  | { kind: 'fixed'; type: 'DATE' | 'TIME' | 'DURATION' | 'SET'; value: string };

export interface Candidate {
  start: number;
  end: number;
  meaning: Meaning;
  /** Which parser found it (debugging, tie-breaks). */
  parser: string;
  tense?: Tense | null;
  /** A stamp (dateline, "07.08.2025, 10:27" on its own line): evidence of publication, not an event. */
  stamp?: boolean;
  /** Attached to an event noun ("l'élection du 12 octobre"): its year ignores the verb's tense. */
  nounAttached?: boolean;
}
