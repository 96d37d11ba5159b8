// Country actors for demonyms ("les délégations russe et ukrainienne") and country names.
// Names and French demonyms come from the knowledge base when it provides them, else from the
// `world-countries` package (ODbL: name.common, translations.fra, demonyms.fra).
import { createRequire } from 'node:module';
import { nameKey } from '../../core/normalize.ts';
import type { ActorRef } from '../../core/document.ts';
import { namesOf, type KnowledgeBase } from '../../kb/index.ts';

const require = createRequire(import.meta.url);

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings?: string[];
  translations?: Record<string, { common: string; official: string }>;
  demonyms?: Record<string, { f: string; m: string }>;
  unMember?: boolean;
}

export interface CountryTable {
  /** ISO alpha-2 → actor reference (id `country:XX`, English name, French and English aliases). */
  byCode: Map<string, ActorRef>;
  /** Folded demonym form (all genders and numbers) → ISO code. */
  byDemonym: Map<string, string>;
  /** Folded country name → ISO code. */
  byName: Map<string, string>;
}

function plurals(form: string): string[] {
  return /[sx]$/.test(form) ? [form] : [form, form + 's'];
}

/** The country table, with the knowledge base's names and demonyms when it is given (same ids and aliases as the entities layer). */
export function loadCountryTable(kb: KnowledgeBase | null = null): CountryTable {
  const wc = require('world-countries') as WorldCountry[] | { default: WorldCountry[] };
  const list = Array.isArray(wc) ? wc : wc.default;
  const byCode = new Map<string, ActorRef>();
  const byDemonym = new Map<string, string>();
  const byName = new Map<string, string>();
  // UN members first, so "américaine" is the United States, not the Northern Mariana Islands
  const ambiguous = new Set<string>();
  const ordered = [...list].sort((a, b) => Number(!!b.unMember) - Number(!!a.unMember));
  for (const c of ordered) {
    const fr = c.translations?.fra;
    const aliases = [...new Set([fr?.common, fr?.official, c.name.official, ...(c.altSpellings ?? []).filter((s) => s.length > 3)]
      .filter((s): s is string => !!s && s !== c.name.common))];
    byCode.set(c.cca2, { entity: `country:${c.cca2}`, name: c.name.common, aliases });
    for (const n of [c.name.common, fr?.common, fr?.official, c.name.official]) if (n) byName.set(nameKey(n), c.cca2);
    const d = c.demonyms?.fra;
    if (d) for (const f of [d.m, d.f]) if (f) for (const p of plurals(nameKey(f))) {
      const had = byDemonym.get(p);
      if (had === undefined) byDemonym.set(p, c.cca2);
      else if (had !== c.cca2 && c.unMember) ambiguous.add(p); // congolais: two UN members
    }
  }
  for (const p of ambiguous) byDemonym.delete(p);
  if (kb) {
    for (const [form, id] of kb.byDemonym) if (id.startsWith('country:')) byDemonym.set(nameKey(form), id.slice(8));
    for (const [code, ref] of byCode) {
      const e = kb.byId.get(`country:${code}`);
      if (!e) continue;
      const names = namesOf(e);
      byCode.set(code, { entity: e.id, name: e.name, aliases: [...new Set([...names.filter((n) => n !== e.name), ...(ref.aliases ?? [])])] });
      for (const n of names) byName.set(nameKey(n), code);
    }
  }
  return { byCode, byDemonym, byName };
}
