// Era evidence for publication-date inference: an officeholder named with their title
// ("le président Trump") dates the article within that person's term(s), read from the
// knowledge base's dated roles (src/kb, shared with the entities component).
import { foldForm } from '../../core/normalize.ts';
import type { KbEntry } from '../../kb/types.ts';
import { dayNumber, type DayNumber } from './calendar.ts';

interface Term { head: string; start: DayNumber; end: DayNumber | null }
interface Holder { names: string[]; surname: string; terms: Term[] }
export interface EraIndex { holders: Holder[] }

function dayOf(iso: string | null, end = false): DayNumber | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso ?? '');
  if (!m) return null;
  const y = Number(m[1]), mo = m[2] ? Number(m[2]) : end ? 12 : 1, d = m[3] ? Number(m[3]) : end ? 28 : 1;
  return dayNumber(y, mo, d);
}

/** The head of a French title: "président de la Russie" → "president", "Premier ministre" → "premier ministre". */
function titleHead(title: string): string {
  return foldForm(title).split(/\s+(?:de|des|du|d'|aupres|pour|a|au|aux|charge|chargee)\b|\s*\(|'/)[0].trim();
}

/** The titled officeholders among knowledge-base entries (people with dated, titled roles). */
export function eraIndexFromEntries(entries: Iterable<KbEntry>): EraIndex {
  const holders: Holder[] = [];
  for (const e of entries) {
    if (e.type !== 'PER' || !e.roles?.length) continue;
    const terms: Term[] = [];
    for (const r of e.roles) {
      const start = dayOf(r.start);
      const head = r.title?.fr ? titleHead(r.title.fr) : '';
      if (start === null || head.length < 4) continue;
      terms.push({ head, start, end: dayOf(r.end, true) });
    }
    if (!terms.length) continue;
    const names = [...new Set([e.name, ...(e.names?.fr ?? [])].map((n) => foldForm(n)).filter((n) => n.includes(' ')))];
    const surname = foldForm(e.name).split(' ').pop() ?? '';
    if (names.length) holders.push({ names, surname, terms });
  }
  return { holders };
}

/** The days allowed by every titled officeholder the text names: a predicate, or null when none. */
export function eraConstraint(fold: string, index: EraIndex): ((d: DayNumber) => boolean) | null {
  const unions: Term[][] = [];
  for (const h of index.holders) {
    if (!h.names.some((n) => fold.includes(n))) continue;
    const matched = h.terms.filter((t) => {
      // The title shortly before the full name ("le président américain Donald Trump") or the surname ("le président Trump").
      const re = new RegExp(`\\b${t.head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?\\b(?:[\\s\\p{L}'-]{0,40}\\s)?(?:${h.names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}|${h.surname})\\b`, 'u');
      return re.test(fold);
    });
    if (matched.length) unions.push(matched);
  }
  if (!unions.length) return null;
  return (d) => unions.every((terms) => terms.some((t) => d >= t.start && (t.end === null || d <= t.end)));
}
