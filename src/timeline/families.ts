// Which event types may describe the same real event, and which modes rule that out.
import { readFileSync } from 'node:fs';

interface FamiliesFile {
  families: Record<string, string[]>;
  lenientModes: { types: string[]; remote: string[] };
}

const data = JSON.parse(readFileSync(new URL('./type-families.json', import.meta.url), 'utf8')) as FamiliesFile;
const familyOf = new Map<string, string>();
for (const [family, types] of Object.entries(data.families)) for (const t of types) familyOf.set(t, family);
const lenientTypes = new Set(data.lenientModes.types);
const remoteModes = new Set(data.lenientModes.remote);

/** The family of a PLOVER type (the type itself unless grouped). */
export function typeFamily(type: string): string {
  return familyOf.get(type) ?? type;
}

/**
 * Two modes that cannot be the same event: a phone call is not a summit. For loosely labelled
 * types only remote vs in-person conflicts; for the others any two different modes do.
 */
export function modeConflict(type: string, a: string, b: string): boolean {
  if (a === b) return false;
  if (lenientTypes.has(type)) return remoteModes.has(a) !== remoteModes.has(b);
  return true;
}
