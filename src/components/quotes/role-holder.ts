// Role descriptions as speakers ("le chef de l'État", "le chef de la diplomatie russe"): which
// office the description names, read from the shared role phrases (src/lang/fr/roles.json), and
// whether a knowledge-base person held it on the article's date. The quotes resolver uses it when
// the entities layer left such a description unlinked.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { langData } from '../../core/lang.ts';
import { foldForm, nameKey } from '../../core/normalize.ts';
import { roleActiveOn, type KnowledgeBase, type RoleKey } from '../../kb/index.ts';

interface RolePattern { pattern: string; role: RoleKey; of?: string; onlyOf?: string[] }

/** Whether an entity holds the office a description names: null when the description names no office. */
export type RoleHolderTest = (entityId: string, description: string) => boolean | null;

interface CompiledRole { re: RegExp; role: RoleKey; of: string | null; hasAdj: boolean; onlyOf: string[] | null }

let compiled: CompiledRole[] | null = null;
function rolePatterns(): CompiledRole[] {
  if (compiled) return compiled;
  const path = join(dirname(fileURLToPath(import.meta.url)), '../../lang/fr/roles.json');
  const data = JSON.parse(readFileSync(path, 'utf8')) as { roles: RolePattern[] };
  compiled = data.roles.map((p) => {
    const body = p.pattern.split('{adj}').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('([a-z]+(?:-[a-z]+)?)');
    const hasAdj = p.pattern.includes('{adj}');
    // A pattern without slot may still take a trailing nationality adjective ("le chef de l'État russe").
    return { re: new RegExp(`^${body}${hasAdj ? '' : '(?:\\s+([a-z]+(?:-[a-z]+)?))?'}$`), role: p.role, of: p.of ?? null, hasAdj, onlyOf: p.onlyOf ?? null };
  });
  return compiled;
}

const DETERMINER = /^(?:le|la|l')\s*/;

let qualifiers: RegExp | null = null;
/** Folded adjectives before an office that say it is held now (src/lang/fr/quote-speakers.json). */
function currentQualifiers(): RegExp {
  if (qualifiers) return qualifiers;
  const words = (langData<{ currentOfficeQualifiers?: string[] }>('quote-speakers.json').currentOfficeQualifiers ?? []).map((w) => foldForm(w).toLowerCase());
  qualifiers = words.length ? new RegExp(`^(?:${words.join('|')})\\s+`) : /^\b\B/;
  return qualifiers;
}

/** The office a definite description names exactly: role key and, when it says so, the country or organisation
 * (`onlyOf`: the countries whose office the title names at all, "le secrétaire d'État" being only the American one). */
export function officeOf(kb: KnowledgeBase, description: string): { role: RoleKey; of: string | null; onlyOf?: string[] } | null {
  const folded = foldForm(description).toLowerCase().replace(/[’]/g, "'").trim();
  if (!DETERMINER.test(folded)) return null;
  // "le nouveau chancelier", "l'actuel président": a qualifier saying the office is held now.
  const bare = folded.replace(DETERMINER, '').replace(currentQualifiers(), '');
  for (const p of rolePatterns()) {
    const m = p.re.exec(bare);
    if (!m) continue;
    if (!m[1]) return { role: p.role, of: p.of, ...(p.onlyOf ? { onlyOf: p.onlyOf } : {}) };
    const country = kb.byDemonym.get(nameKey(m[1]));
    if (!country) continue; // "le président élu": no nationality, no office of a country
    if (p.onlyOf && !p.onlyOf.includes(country)) continue; // "le secrétaire d'État russe" names no office
    return { role: p.role, of: country };
  }
  return null;
}

/** A test bound to the knowledge base and the article's date (YYYY-MM-DD). */
export function roleHolderTest(kb: KnowledgeBase, date: string): RoleHolderTest {
  const offices = new Map<string, ReturnType<typeof officeOf>>();
  return (entityId, description) => {
    if (!offices.has(description)) offices.set(description, officeOf(kb, description));
    const office = offices.get(description);
    const entry = kb.byId.get(entityId);
    if (!office) {
      // "le ministre": held by the speaker when one of the roles it may stand for is theirs; unknown
      // (null) when the knowledge base gives them no current role.
      const roles = bareOffices().get(foldForm(description).toLowerCase().replace(DETERMINER, '').trim());
      const current = entry?.roles?.filter((r) => roleActiveOn(r, date)) ?? [];
      return roles && current.length ? current.some((r) => roles.has(r.role)) : null;
    }
    // "le secrétaire d'État" is the American foreign minister: Sergueï Lavrov holds no such office
    return !!entry?.roles?.some((r) => r.role === office.role && (!office.of || r.of === office.of) && (!office.onlyOf || office.onlyOf.includes(r.of ?? ''))
      && roleActiveOn(r, date));
  };
}

let bare: Map<string, Set<string>> | null = null;
/** One-word offices and the roles each may stand for (src/lang/fr/quote-speakers.json), folded. */
function bareOffices(): Map<string, Set<string>> {
  if (bare) return bare;
  const data = langData<{ bareOffices?: Record<string, string[]> }>('quote-speakers.json').bareOffices ?? {};
  bare = new Map(Object.entries(data).map(([noun, roles]) => [foldForm(noun).toLowerCase(), new Set(roles)]));
  return bare;
}
