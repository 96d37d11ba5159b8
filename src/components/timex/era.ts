// Era evidence for publication-date inference: an officeholder named with their title
// ("le président Trump") dates the article within that person's term(s), read from the
// knowledge base's dated roles (src/kb, shared with the entities component).
import { foldForm } from '../../core/normalize.ts';
import type { KbEntry } from '../../kb/types.ts';
import { dayNumber, type DayNumber } from '../../core/calendar.ts';

interface Term { head: string; start: DayNumber; end: DayNumber | null; /** Built on first use. */ re?: RegExp }
interface Holder { names: string[]; surname: string; terms: Term[] }
/** A holder's full name, found by the last characters of its first word (see namedHolders). */
interface NameEntry { name: string; firstWordLength: number; holder: number }
export interface EraIndex {
  holders: Holder[];
  /** Names keyed by the last three characters of their first word, which a space follows in the text. */
  byFirstWordEnd?: Map<string, NameEntry[]>;
  /** Names whose first word is shorter than three characters: searched one by one. */
  shortFirstWord?: NameEntry[];
}

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
  const byFirstWordEnd = new Map<string, NameEntry[]>();
  const shortFirstWord: NameEntry[] = [];
  holders.forEach((h, holder) => {
    for (const name of h.names) {
      const firstWordLength = name.indexOf(' ');
      const entry = { name, firstWordLength, holder };
      if (firstWordLength < KEY_LENGTH) { shortFirstWord.push(entry); continue; }
      const key = name.slice(firstWordLength - KEY_LENGTH, firstWordLength);
      const list = byFirstWordEnd.get(key);
      if (list) list.push(entry);
      else byFirstWordEnd.set(key, [entry]);
    }
  });
  return { holders, byFirstWordEnd, shortFirstWord };
}

const KEY_LENGTH = 3;

/**
 * Indices of the holders one of whose full names occurs in `fold` (a plain substring test, as
 * `fold.includes(name)` for each name, but one pass over the text's spaces instead of one scan
 * per name: every full name has a space after its first word, so an occurrence has one there too).
 */
function namedHolders(fold: string, index: EraIndex): Set<number> {
  const found = new Set<number>();
  if (!index.byFirstWordEnd || !index.shortFirstWord) {
    index.holders.forEach((h, i) => { if (h.names.some((n) => fold.includes(n))) found.add(i); });
    return found;
  }
  for (let p = fold.indexOf(' ', KEY_LENGTH); p >= 0; p = fold.indexOf(' ', p + 1)) {
    const list = index.byFirstWordEnd.get(fold.slice(p - KEY_LENGTH, p));
    if (!list) continue;
    for (const e of list) {
      const at = p - e.firstWordLength;
      if (at >= 0 && !found.has(e.holder) && fold.startsWith(e.name, at)) found.add(e.holder);
    }
  }
  for (const e of index.shortFirstWord) if (!found.has(e.holder) && fold.includes(e.name)) found.add(e.holder);
  return found;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The title shortly before the full name ("le président américain Donald Trump") or the surname ("le président Trump"). */
function titledNameRe(t: Term, h: Holder): RegExp {
  t.re ??= new RegExp(`\\b${escapeRe(t.head)}s?\\b(?:[\\s\\p{L}'-]{0,40}\\s)?(?:${h.names.map(escapeRe).join('|')}|${h.surname})\\b`, 'u');
  return t.re;
}

/** The days allowed by every titled officeholder the text names: a predicate, or null when none. */
export function eraConstraint(fold: string, index: EraIndex): ((d: DayNumber) => boolean) | null {
  const unions: Term[][] = [];
  const named = namedHolders(fold, index);
  for (let i = 0; i < index.holders.length; i++) {
    if (!named.has(i)) continue;
    const h = index.holders[i];
    const matched = h.terms.filter((t) => titledNameRe(t, h).test(fold));
    if (matched.length) unions.push(matched);
  }
  if (!unions.length) return null;
  return (d) => unions.every((terms) => terms.some((t) => d >= t.start && (t.end === null || d <= t.end)));
}
