// Publication date from the datelines cleaning removed, else from the article URL.
import type { DateStamp } from './dateline.ts';
import { parisISO, parisLocal } from './paris-time.ts';

interface Resolved { date: string; time: string | null }

/** A stamp as a local Paris date (and time), using the crawl time for relative forms. */
export function resolveStamp(stamp: DateStamp, crawled: string | null | undefined): Resolved | null {
  const crawledMs = crawled ? Date.parse(crawled) : NaN;
  if (stamp.agoMinutes !== undefined) {
    if (Number.isNaN(crawledMs)) return null;
    const local = parisLocal(crawledMs - stamp.agoMinutes * 60_000);
    return { date: local.date, time: local.time };
  }
  if (stamp.daysAgo !== undefined) {
    if (Number.isNaN(crawledMs)) return null;
    const day = parisLocal(crawledMs).date;
    const d = new Date(Date.parse(day) - stamp.daysAgo * 86_400_000).toISOString().slice(0, 10);
    return { date: d, time: stamp.time };
  }
  return stamp.date ? { date: stamp.date, time: stamp.time } : null;
}

/** The earliest publication stamp ("07.08.2025, 10:27" before "07.08.2025, 11:43"), as ISO. */
export function earliestPublished(stamps: DateStamp[], crawled: string | null | undefined): string | null {
  let best: Resolved | null = null;
  const sortKey = (r: Resolved) => `${r.date}T${r.time ?? '24:00'}`;
  for (const s of stamps) {
    if (s.kind !== 'published') continue;
    const r = resolveStamp(s, crawled);
    if (r && (!best || sortKey(r) < sortKey(best))) best = r;
  }
  return best ? parisISO(best.date, best.time) : null;
}

const URL_DATES: { re: RegExp; order: 'ymd' | 'dmy' }[] = [
  { re: /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/, order: 'ymd' },
  { re: /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?=[/_.-]|$)/, order: 'ymd' },
  { re: /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$|\d{2,6}(?:[/_.-]|$))/, order: 'ymd' },
  // "/07-08-2025/", Le Parisien "…-07-08-2025-ABCDEF.php".
  { re: /[/_-](\d{2})-(\d{2})-((?:19|20)\d{2})(?=[/_.-]|$)/, order: 'dmy' },
];

/** A publication date printed in the URL ("/2025/08/07/", "-20250807", "/07-08-2025/"). */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path = url;
  try { path = new URL(url).pathname; } catch { /* not absolute: use as is */ }
  for (const { re, order } of URL_DATES) {
    const m = re.exec(path);
    if (!m) continue;
    const [y, mo, d] = order === 'ymd' ? [+m[1], +m[2], +m[3]] : [+m[3], +m[2], +m[1]];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return null;
}
