// Grammatical gender of speakers and pronouns, so "a-t-elle ajouté" does not go to the previous
// male speaker. Evidence, strongest first: a title (M., Mme), the description's determiner or
// head ("la ministre"), the first name (src/lang/fr/first-names.json). Unknown is null and agrees
// with anything.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { foldForm } from '../../core/normalize.ts';

export type Gender = 'm' | 'f' | null;

// Built once (tsx turns a literal with \p{…} outside a class into a `new RegExp` at each use).
const STARTS_UPPER = /^\p{Lu}/u;

const FIRST_NAMES = fileURLToPath(new URL('../../lang/fr/first-names.json', import.meta.url));

let firstNames: Map<string, 'm' | 'f'> | null = null;
function firstNameGenders(): Map<string, 'm' | 'f'> {
  if (firstNames) return firstNames;
  const data = JSON.parse(readFileSync(FIRST_NAMES, 'utf8')) as { m: string[]; f: string[] };
  const out = new Map<string, 'm' | 'f'>();
  for (const g of ['m', 'f'] as const) for (const n of data[g]) out.set(fold(n), g);
  return (firstNames = out);
}

function fold(s: string): string { return foldForm(s).toLowerCase(); }

const MASCULINE_PRONOUN = /^(?:il|lui|lui-même|celui-ci|celui-là|ce dernier)$/u;
const FEMININE_PRONOUN = /^(?:elle|elle-même|celle-ci|celle-là|cette dernière)$/u;

/** "il", "a-t-elle" (its pronoun), "cette dernière". */
export function pronounGender(pronoun: string): Gender {
  const p = pronoun.toLowerCase().trim();
  if (MASCULINE_PRONOUN.test(p)) return 'm';
  if (FEMININE_PRONOUN.test(p)) return 'f';
  return null;
}

const MASCULINE_TITLE = /^(?:M\.|Monsieur|Sir|Lord|Prince|Roi|Pape|Cheikh|Mgr)\s/u;
const FEMININE_TITLE = /^(?:Mme|Madame|Mlle|Mademoiselle|Lady|Princesse|Reine)\s/u;
const MASCULINE_DETERMINER = /^(?:le|un|ce|cet)\s/iu;
const FEMININE_DETERMINER = /^(?:la|une|cette)\s/iu;

/** Gender told by a speaker phrase as written ("Mme Borne", "la ministre", "Kaja Kallas"). */
export function phraseGender(text: string): Gender {
  if (MASCULINE_TITLE.test(text)) return 'm';
  if (FEMININE_TITLE.test(text)) return 'f';
  if (FEMININE_DETERMINER.test(text)) return 'f';
  if (MASCULINE_DETERMINER.test(text)) return 'm';
  return nameGender(text);
}

/** Gender of a person's name from its first name; null for unknown or mixed names. */
export function nameGender(name: string): Gender {
  let g = genderByName.get(name);
  if (g === undefined) {
    if (genderByName.size >= GENDER_CACHE_SIZE) genderByName.clear();
    genderByName.set(name, (g = firstNameGender(name)));
  }
  return g;
}

// The same names are asked about again and again (each entity at each pronoun): answers are kept,
// in a cache emptied when full so memory stays flat over any number of articles.
const GENDER_CACHE_SIZE = 4096;
const genderByName = new Map<string, Gender>();

function firstNameGender(name: string): Gender {
  const first = name.trim().split(/[\s-]+/)[0];
  if (!first || !STARTS_UPPER.test(first)) return null;
  return firstNameGenders().get(fold(first)) ?? null;
}

export function agrees(a: Gender, b: Gender): boolean {
  return !a || !b || a === b;
}
