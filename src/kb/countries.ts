// Countries and their capitals built at load time from npm packages:
// world-countries (ODbL 1.0, © Mohammed Le Doze) and i18n-iso-countries (MIT) for French names.
import { createRequire } from 'node:module';
import type { KbEntry } from './types.ts';

const require = createRequire(import.meta.url);

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  capital?: string[];
  altSpellings?: string[];
  unMember?: boolean;
  independent?: boolean;
  translations?: Record<string, { common: string; official: string }>;
}

/** Stable slug for ids built from names ("Washington D.C." → "washington-d-c"). */
function slugOf(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function capitalId(cca2: string, capital: string): string {
  return `city:${cca2}:${slugOf(capital)}`;
}

/** One LOC/country entry per country of world-countries, plus one LOC/city per capital (metonymOf the country). */
export function countriesFromPackages(): KbEntry[] {
  const world = require('world-countries') as WorldCountry[];
  const iso = require('i18n-iso-countries') as {
    registerLocale(l: unknown): void;
    getName(code: string, lang: string, o?: { select: 'all' }): string[] | string | undefined;
  };
  iso.registerLocale(require('i18n-iso-countries/langs/fr.json'));
  iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const out: KbEntry[] = [];
  for (const c of world) {
    // Territories that are not states (and have no news weight) stay out: fewer false matches.
    if (!c.unMember && !c.independent && !['PS', 'XK', 'TW', 'VA', 'EH', 'GL', 'HK'].includes(c.cca2)) continue;
    const id = `country:${c.cca2}`;
    const fr = new Set<string>();
    const frT = c.translations?.fra;
    if (frT) { fr.add(frT.common); fr.add(frT.official); }
    const isoFr = iso.getName(c.cca2, 'fr', { select: 'all' });
    for (const n of Array.isArray(isoFr) ? isoFr : isoFr ? [isoFr] : []) fr.add(n);
    const en = new Set<string>([c.name.common, c.name.official]);
    const isoEn = iso.getName(c.cca2, 'en', { select: 'all' });
    for (const n of Array.isArray(isoEn) ? isoEn : isoEn ? [isoEn] : []) en.add(n);
    // Two-letter codes and native-script spellings are not names a French article uses.
    const other = (c.altSpellings ?? []).filter((s) => s.length > 3 && /^[\p{Script=Latin}\s'’.,()-]+$/u.test(s));
    out.push({
      id, type: 'LOC', subtype: 'country', name: c.name.common,
      names: { fr: [...fr].filter(cleanName), en: [...en].filter(cleanName), other: other.filter(cleanName) },
      sources: ['world-countries (ODbL)', 'i18n-iso-countries (MIT)'],
    });
    const capital = c.capital?.[0];
    if (capital) {
      out.push({
        id: capitalId(c.cca2, capital), type: 'LOC', subtype: 'city', name: capital,
        names: { en: [capital] }, country: id, metonymOf: id, sources: ['world-countries (ODbL): capital'],
      });
    }
  }
  return out;
}

/** Drops forms with brackets ("Congo (Rép. dém.)") that never appear as such in text. */
function cleanName(n: string): boolean {
  return !/[()]/.test(n) && n.length > 1;
}
