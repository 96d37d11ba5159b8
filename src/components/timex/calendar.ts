// Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so no time zone can shift a date.

export type DayNumber = number;

export function dayNumber(y: number, m: number, d: number): DayNumber {
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}

export function fromDayNumber(n: DayNumber): { y: number; m: number; d: number } {
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(n: DayNumber): number {
  const w = new Date(n * 86400000).getUTCDay();
  return w === 0 ? 7 : w;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  return fromDayNumber(dayNumber(y, m, d)).d === d;
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
  const { y } = fromDayNumber(ref);
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
