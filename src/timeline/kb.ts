// Country of a knowledge-base entity (a person's country, a city's or institution's country),
// read straight from the KB data files (src/kb/data/*.json, KbEntry arrays) once, on first use.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { KbEntry } from '../kb/types.ts';
import type { CountryResolver } from './actors.ts';

const dataDir = new URL('../kb/data/', import.meta.url);
let countries: Map<string, string> | null = null;

function load(): Map<string, string> {
  const map = new Map<string, string>();
  if (!existsSync(dataDir)) return map;
  for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.json')).sort()) {
    let entries: unknown;
    try {
      entries = JSON.parse(readFileSync(new URL(file, dataDir), 'utf8'));
    } catch {
      continue; // a data file being written or broken must not stop the timeline
    }
    if (!Array.isArray(entries)) continue;
    for (const e of entries as Partial<KbEntry>[]) {
      const country = e?.metonymOf ?? e?.country;
      if (e?.id && typeof country === 'string' && country.startsWith('country:') && !map.has(e.id)) map.set(e.id, country);
    }
  }
  return map;
}

/** Resolves entity ids to country ids with the knowledge base's data files. */
export function defaultCountryResolver(): CountryResolver {
  return (id) => {
    countries ??= load();
    return countries.get(id) ?? null;
  };
}
