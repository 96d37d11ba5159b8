// Publication-date inference: the day that makes the text's weekday and date mentions consistent,
// using journalistic conventions (news is fresh; the past week is named by weekday, older or
// future events by explicit dates). Returns null when the text does not pin the date down.
import { dayNumber, fromDayNumber, isoWeekday, nearestYear, type DayNumber } from '../../core/calendar.ts';
import type { Candidate } from './candidate.ts';
import { resolveWeekday } from './resolve.ts';

const PAST = new Set(['PAST', 'PLUPERFECT', 'REPORT']);

export interface InferOptions {
  clock: DayNumber;
  /** Days allowed by the officeholders the text names with their title (see era.ts). */
  era?: ((d: DayNumber) => boolean) | null;
}

export function inferPublication(cands: Candidate[], opts: InferOptions): DayNumber | null {
  // A date stamp on its own line ("07.08.2025, 10:27") is the publication (or update) time.
  const stamps = cands.filter((c) => c.stamp && c.meaning.kind === 'absolute')
    .map((c) => { const m = c.meaning as { y: number; m: number; d: number }; return dayNumber(m.y, m.m, m.d); })
    .filter((d) => d <= opts.clock + 1);
  if (stamps.length) return Math.min(...stamps);

  const full = cands.filter((c) => c.meaning.kind === 'absolute' && !c.stamp);
  const fullDay = (c: Candidate) => { const m = c.meaning as { y: number; m: number; d: number }; return dayNumber(m.y, m.m, m.d); };
  const fullPast = full.filter((c) => c.tense !== 'FUTURE').map(fullDay).filter((d) => d <= opts.clock);
  const fullFuture = full.filter((c) => c.tense === 'FUTURE').map(fullDay);
  // Bounded, so a very long text keeps the day-by-day search cheap (the first mentions carry the news).
  const dayMonths = cands.filter((c) => c.meaning.kind === 'dayMonth' && (c.meaning as { y?: number }).y === undefined).slice(0, 40);
  const weekdays = cands.filter((c) => c.meaning.kind === 'weekday').slice(0, 40);
  const relDays = cands.filter((c) => c.meaning.kind === 'relDay');
  // Plain "hier"/"aujourd'hui" only: "la nuit dernière" or "ce soir" name no day as firmly.
  const plainDay = (c: Candidate, offset: number) => { const m = c.meaning as { offset: number; part?: string }; return m.offset === offset && !m.part; };
  const hasYesterday = relDays.some((c) => plainDay(c, -1));
  const hasToday = relDays.some((c) => plainDay(c, 0));
  const years = cands.filter((c) => c.tense !== 'FUTURE').flatMap((c) => {
    const m = c.meaning as { kind: string; y?: number };
    return (m.kind === 'year' || m.kind === 'month' || m.kind === 'season' || m.kind === 'absolute') && m.y ? [m.y] : [];
  }).filter((y) => y <= fromDayNumber(opts.clock).y);
  if (!weekdays.length && !dayMonths.length && !fullPast.length) return null;

  const lo = fullPast.length ? Math.max(...fullPast) : dayNumber(years.length ? Math.max(...years) : fromDayNumber(opts.clock).y - 5, 1, 1);
  const hi = opts.clock;
  if (lo > hi) return null;

  const score = (d: DayNumber): number => {
    let s = 0;
    const dated: DayNumber[] = [];
    const pastEvents: DayNumber[] = fullPast.slice();
    for (const c of dayMonths) {
      const m = c.meaning as { m: number; d: number };
      const day = dayNumber(nearestYear(d, m.m, m.d, 'any'), m.m, m.d);
      dated.push(day);
      const wd = (c.meaning as { wd?: number }).wd;
      if (wd !== undefined && isoWeekday(day) !== wd) s -= 5; // "jeudi 21 août" names a Thursday
      if (PAST.has(c.tense ?? '') && day > d) s -= 5;
      else if (c.tense !== 'FUTURE' && day <= d) {
        pastEvents.push(day);
        if (d - day < 6) s -= 1; // explicit dates mostly name what is more than a few days old
      }
      if (c.tense === 'FUTURE' && day < d) s -= 5;
    }
    for (const f of fullFuture) if (f < d) s -= 5;
    dated.push(...full.map(fullDay));
    const latestEvent = pastEvents.length ? Math.max(...pastEvents) : null;
    const linked = new Set<string>();
    for (const c of weekdays) {
      const m = c.meaning as { wd: number; cue: 'next' | 'last' | 'this' | null };
      const day = resolveWeekday(d, m.wd, m.cue, c.tense);
      const past = day <= d;
      // The past week is named by weekday: such an event comes after the explicitly dated ones.
      if (past && latestEvent !== null && day <= latestEvent) s -= 2;
      if (past && hasYesterday && m.cue !== 'this' && c.tense !== 'PLUPERFECT' && day === d - 1) linked.add(`y${m.wd}`);
      if ((hasToday || m.cue === 'this') && day === d && isoWeekday(d) === m.wd) linked.add(`t${m.wd}`);
      if (dated.includes(day)) linked.add(`d${m.wd}:${day}`);
    }
    return s + 3 * linked.size;
  };

  let best = -Infinity;
  let top: DayNumber[] = [];
  for (let d = lo; d <= hi; d++) {
    if (opts.era && !opts.era(d)) continue;
    const s = score(d);
    if (s > best) { best = s; top = [d]; } else if (s === best) top.push(d);
  }
  if (!top.length) return null;
  // Anchored by a recent full date (a caption, "créées le 18 août 2025"): the earliest consistent
  // day, news being fresh; a full date long before ("depuis le 7 octobre 2023") anchors nothing.
  if (fullPast.length && top[0] - Math.max(...fullPast) <= 7) return top[0];
  // Otherwise the evidence must link mentions together and leave a single day (or two)…
  if (best <= 0) return null;
  if (top[top.length - 1] - top[0] <= 1) return top[0];
  // …or a titled officeholder's term bounds the era, and the earliest consistent day comes
  // within three weeks of an explicitly dated past event (news is fresh).
  if (!opts.era) return null;
  const first = top[0];
  const recentDated = dayMonths.some((c) => {
    if (c.tense === 'FUTURE') return false;
    const m = c.meaning as { m: number; d: number };
    const day = dayNumber(nearestYear(first, m.m, m.d, 'past'), m.m, m.d);
    return day < first && first - day <= 21;
  });
  return recentDated ? first : null;
}
