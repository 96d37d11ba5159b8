// TIMEX3 values as day intervals, so dates of different precision can be compared:
// "2025-W33" contains 2025-08-15, "2025-08" contains "2025-08-06", FUTURE_REF written on D
// covers every day from D on.
import { dayNumber, isoWeekday } from '../core/calendar.ts';

/** An inclusive range of days (days since 1970-01-01, UTC); `end` may be Infinity. */
export interface DayRange { start: number; end: number }

export { dayNumber, formatDay as dayToISO } from '../core/calendar.ts';

/** The day of an ISO date or date-time ("2025-08-07T10:27:00+02:00" → its calendar day). */
export function publishedDay(published: string | null | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  return m ? dayNumber(+m[1], +m[2], +m[3]) : null;
}

function isoWeekMonday(year: number, week: number): number {
  const jan4 = dayNumber(year, 1, 4);
  return jan4 - (isoWeekday(jan4) - 1) + (week - 1) * 7;
}

// Meteorological seasons: enough to tell "spring 2022" from "autumn 2022".
const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], AU: [9, 11], WI: [12, 14] };

function monthRange(year: number, first: number, last: number): DayRange {
  return { start: dayNumber(year, first, 1), end: dayNumber(year, last + 1, 1) - 1 };
}

/**
 * The days a TIMEX3 value can denote. `published` anchors FUTURE_REF / PAST_REF / PRESENT_REF.
 * Durations, sets and unknown forms give null (not a date).
 */
export function timexRange(value: string | null | undefined, published?: string | null): DayRange | null {
  if (!value) return null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value))) {
    const d = dayNumber(+m[1], +m[2], +m[3]);
    return { start: d, end: d };
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = isoWeekMonday(+m[1], +m[2]);
    return m[3] ? { start: monday + 5, end: monday + 6 } : { start: monday, end: monday + 6 };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return monthRange(+m[1], +m[2], +m[2]);
  if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value))) {
    const [a, b] = SEASON_MONTHS[m[2]];
    return monthRange(+m[1], a, b);
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return monthRange(+m[1], (+m[2] - 1) * 3 + 1, +m[2] * 3);
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return monthRange(+m[1], +m[2] === 1 ? 1 : 7, +m[2] === 1 ? 6 : 12);
  if ((m = /^(\d{4})$/.exec(value))) return monthRange(+m[1], 1, 12);
  if ((m = /^(\d{3})X$/.exec(value))) return { start: dayNumber(+m[1] * 10, 1, 1), end: dayNumber(+m[1] * 10 + 10, 1, 1) - 1 };
  const anchor = publishedDay(published);
  if (anchor === null) return null;
  if (value === 'FUTURE_REF') return { start: anchor, end: Infinity };
  if (value === 'PAST_REF') return { start: -Infinity, end: anchor };
  if (value === 'PRESENT_REF') return { start: anchor, end: anchor };
  return null;
}

export function rangeWidth(r: DayRange): number {
  return r.end - r.start + 1;
}

export function rangesOverlap(a: DayRange, b: DayRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function intersectRanges(a: DayRange, b: DayRange): DayRange | null {
  const r = { start: Math.max(a.start, b.start), end: Math.min(a.end, b.end) };
  return r.start <= r.end ? r : null;
}

/** Days between two ranges (0 when they overlap). */
export function rangeDistance(a: DayRange, b: DayRange): number {
  if (rangesOverlap(a, b)) return 0;
  return a.end < b.start ? b.start - a.end : a.start - b.end;
}
