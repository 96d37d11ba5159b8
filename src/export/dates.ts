// Calendar readings of TIMEX3 values, for formats that want a concrete day.
export interface CalendarDate { year: number; month?: number; day?: number }

const SEASON_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, AU: 9, WI: 12 };

function isoWeekMonday(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const dow = jan4.getUTCDay() || 7;
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - dow + 1 + (week - 1) * 7);
  return monday;
}

/** The first calendar day a TIMEX3 value covers, at the precision it has; null for vague refs and durations. */
export function calendarDate(value: string | null | undefined): CalendarDate | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return { year: +m[1], month: +m[2], day: +m[3] };
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    const d = isoWeekMonday(+m[1], +m[2]);
    if (m[3]) d.setUTCDate(d.getUTCDate() + 5);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value);
  if (m) return { year: +m[1], month: SEASON_MONTH[m[2]] };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { year: +m[1], month: +m[2] };
  m = /^(\d{4})$/.exec(value);
  if (m) return { year: +m[1] };
  return null;
}

export function isoDay(d: CalendarDate): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.year}-${p(d.month ?? 1)}-${p(d.day ?? 1)}`;
}
