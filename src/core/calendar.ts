// Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so no time zone can shift a date.

export type DayNumber = number;

// Civil-date arithmetic (H. Hinnant's days_from_civil / civil_from_days): the publication-date
// search calls these thousands of times per article, and a Date object per call is the cost.
// Inputs Date.UTC treats specially (two-digit years, months out of 1–12, non-integers) go to it.

export function dayNumber(y: number, m: number, d: number): DayNumber {
  if (!(Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && y >= 100 && y <= 200000 && m >= 1 && m <= 12 && Math.abs(d) <= 1e6)) {
    return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
  }
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: DayNumber): { y: number; m: number; d: number } {
  if (!(Number.isInteger(n) && Math.abs(n) <= 7e7)) {
    const dt = new Date(n * 86400000);
    return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
  }
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** The year of a day (fromDayNumber(n).y without building the triple). */
export function yearOf(n: DayNumber): number {
  if (!(Number.isInteger(n) && Math.abs(n) <= 7e7)) return fromDayNumber(n).y;
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  return yoe + era * 400 + (doy >= 306 ? 1 : 0); // days from 1 March: 306 and on are January–February
}

/** ISO weekday: Monday 1 … Sunday 7 (day 0, 1970-01-01, was a Thursday). */
export function isoWeekday(n: DayNumber): number {
  if (!Number.isInteger(n)) {
    const w = new Date(n * 86400000).getUTCDay();
    return w === 0 ? 7 : w;
  }
  return (((n + 3) % 7) + 7) % 7 + 1;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  if (!(Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && y >= 100 && y <= 200000)) return fromDayNumber(dayNumber(y, m, d)).d === d;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function formatDay(n: DayNumber): string {
  const { y, m, d } = fromDayNumber(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** ISO 8601 week of a day: "2025-W33". */
export function isoWeek(n: DayNumber): string {
  const wd = isoWeekday(n);
  const thursday = n + 4 - wd; // the week belongs to the year of its Thursday
  const { y } = fromDayNumber(thursday);
  const week = Math.floor((thursday - dayNumber(y, 1, 1)) / 7) + 1;
  return `${pad(y, 4)}-W${pad(week)}`;
}

/** Parses "YYYY-MM-DD…" (first 10 characters) to a day number, or null. */
export function parseDay(iso: string | null | undefined): DayNumber | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? dayNumber(y, mo, d) : null;
}

/** Easter Sunday of year y (Gregorian calendar, anonymous computus). */
export function easterSunday(y: number): DayNumber {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(y, month, day);
}

/** The day-month in the year among y-1, y, y+1 nearest to `ref`, biased by the clause's direction. */
export function nearestYear(ref: DayNumber, m: number, d: number, direction: 'past' | 'future' | 'any'): number {
  return nearestOccurrence(ref, (cy) => (isValidDate(cy, m, d) ? dayNumber(cy, m, d) : null), direction);
}

/** The year among y-1, y, y+1 whose day (`dayIn(year)`) is nearest to `ref`, biased by direction. */
export function nearestOccurrence(ref: DayNumber, dayIn: (y: number) => DayNumber | null, direction: 'past' | 'future' | 'any'): number {
  const y = yearOf(ref);
  let best = y, bestScore = Infinity;
  for (const cy of [y - 1, y, y + 1]) {
    const day = dayIn(cy);
    if (day === null) continue;
    const delta = day - ref;
    // A past clause tolerates a date a few days ahead (loose tense), not more; same for the future.
    let score = Math.abs(delta);
    if (direction === 'past' && delta > 3) score += 400;
    if (direction === 'future' && delta < -3) score += 400;
    if (score < bestScore) { bestScore = score; best = cy; }
  }
  return best;
}

/** The year (y-1, y, y+1) putting month m nearest to `ref`'s month, biased by direction. */
export function nearestYearForMonth(ref: DayNumber, m: number, direction: 'past' | 'future' | 'any'): number {
  const { y, m: rm } = fromDayNumber(ref);
  let best = y, bestScore = Infinity;
  for (const cy of [y - 1, y, y + 1]) {
    const delta = (cy * 12 + m) - (y * 12 + rm);
    let score = Math.abs(delta);
    if (direction === 'past' && delta > 0) score += 40;
    if (direction === 'future' && delta < 0) score += 40;
    if (score < bestScore) { bestScore = score; best = cy; }
  }
  return best;
}
