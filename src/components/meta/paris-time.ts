// Europe/Paris civil time without a time-zone database: CET (+01:00) in winter, CEST (+02:00)
// from the last Sunday of March to the last Sunday of October (EU rule since 1996).

function lastSundayOf(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0)); // day 0 of next month = last day of `month`
  return last.getUTCDate() - last.getUTCDay();
}

/** UTC instants (ms) at which summer time starts and ends in `year` (01:00 UTC both). */
function summerBounds(year: number): [number, number] {
  return [Date.UTC(year, 2, lastSundayOf(year, 3), 1), Date.UTC(year, 9, lastSundayOf(year, 10), 1)];
}

/** Offset of Paris local time for a local date (and time) in that zone. */
export function parisOffsetForLocal(date: string, time: string | null): '+01:00' | '+02:00' {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = (time ?? '12:00').split(':').map(Number);
  const [start, end] = summerBounds(y);
  // Local wall time read as UTC minus one hour (winter offset) approximates the instant.
  const instant = Date.UTC(y, m - 1, d, hh, mm) - 3600_000;
  return instant >= start && instant < end ? '+02:00' : '+01:00';
}

/** Paris local date and time of a UTC instant. */
export function parisLocal(instantMs: number): { date: string; time: string; offset: '+01:00' | '+02:00' } {
  const year = new Date(instantMs).getUTCFullYear();
  const [start, end] = summerBounds(year);
  const offset = instantMs >= start && instantMs < end ? '+02:00' : '+01:00';
  const local = new Date(instantMs + (offset === '+02:00' ? 2 : 1) * 3600_000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16), offset };
}

/** ISO date-time with the Paris offset, or the bare date when no time is known. */
export function parisISO(date: string, time: string | null): string {
  return time ? `${date}T${time}:00${parisOffsetForLocal(date, time)}` : date;
}
