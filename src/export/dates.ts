// Calendar readings of TIMEX3 values, for formats that want a concrete day.
import { dayToISO, timexRange } from '../timeline/dates.ts';

export interface CalendarDate { year: number; month?: number; day?: number }

// How precise each TIMEX3 value shape is; other shapes (quarters, decades, vague refs) have no calendar reading here.
const DAY_PRECISION = /^\d{4}-(?:\d{2}-\d{2}(?:T.*)?|W\d{2}(?:-WE)?)$/;
const MONTH_PRECISION = /^\d{4}-(?:\d{2}|SP|SU|FA|AU|WI)$/;
const YEAR_PRECISION = /^\d{4}$/;

/** The first calendar day a TIMEX3 value covers, at the precision it has; null for vague refs and durations. */
export function calendarDate(value: string | null | undefined): CalendarDate | null {
  if (!value) return null;
  const precision = DAY_PRECISION.test(value) ? 3 : MONTH_PRECISION.test(value) ? 2 : YEAR_PRECISION.test(value) ? 1 : 0;
  const range = precision ? timexRange(value) : null;
  if (!range) return null;
  const [year, month, day] = dayToISO(range.start).split('-').map(Number);
  return precision === 3 ? { year, month, day } : precision === 2 ? { year, month } : { year };
}

export function isoDay(d: CalendarDate): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.year}-${p(d.month ?? 1)}-${p(d.day ?? 1)}`;
}
