// Resolution: turns a candidate's meaning into a TIMEX3 type and value, against the reference
// (publication) date, the clause's tense, and the last day the narrative mentioned (its anchor).
import {
  dayNumber, easterSunday, formatDay, formatMonth, fromDayNumber, isoWeek, isoWeekday, isValidDate, nearestOccurrence, nearestYear,
  nearestYearForMonth, type DayNumber,
} from '../../core/calendar.ts';
import type { Candidate, Cue } from './candidate.ts';
import type { Tense } from './tense.ts';

export interface Resolved { type: 'DATE' | 'TIME' | 'DURATION' | 'SET'; value: string; day?: DayNumber }

export function direction(tense: Tense | null | undefined, cue?: Cue): 'past' | 'future' | 'any' {
  if (cue === 'last') return 'past';
  if (cue === 'next') return 'future';
  if (tense === 'PAST' || tense === 'PLUPERFECT' || tense === 'REPORT') return 'past';
  if (tense === 'FUTURE') return 'future';
  return 'any'; // PRESENT, FUTURE_IN_PAST, unknown: the nearest
}

/** The day a weekday names, seen from `ref`, given its cue word and the clause's tense. */
export function resolveWeekday(ref: DayNumber, wd: number, cue: Cue, tense: Tense | null | undefined): DayNumber {
  const rw = isoWeekday(ref);
  const back = (rw - wd + 7) % 7;
  const fwd = (wd - rw + 7) % 7;
  if (cue === 'next') return ref + (fwd === 0 ? 7 : fwd);
  if (cue === 'last') return ref - (back === 0 ? 7 : back);
  if (tense === 'PLUPERFECT') return ref - (back === 0 ? 7 : back); // "Vendredi, il avait assuré": strictly before
  if (tense === 'PAST' || tense === 'REPORT') return ref - back;
  if (tense === 'FUTURE') return ref + fwd;
  if (tense === 'FUTURE_IN_PAST') return back <= fwd ? ref - back : ref + fwd;
  if (tense === 'PRESENT') return back === 0 ? ref : ref + fwd;
  return ref - back; // no verb found: news mostly reports what happened
}

const yearOfDay = (n: DayNumber): number => fromDayNumber(n).y;

function withPart(day: string, part?: string, time?: string): string {
  if (time) return `${day}T${time}`;
  if (part) return `${day}T${part}`;
  return day;
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function dayResult(n: DayNumber, part?: string, time?: string): Resolved {
  return { type: time ? 'TIME' : 'DATE', value: withPart(formatDay(n), part, time), day: n };
}

function unknownDay(part?: string, time?: string): Resolved {
  return { type: time ? 'TIME' : 'DATE', value: withPart('XXXX-XX-XX', part, time) };
}

/**
 * Shifts `base` by n units; coarse or clock units give a vague reference. Weeks counted from a
 * narrative day ("le 2 avril … une semaine plus tard") land on a day, from the reference on an ISO week.
 */
function shifted(base: DayNumber | null, n: number, unit: string, sign: 1 | -1, weekAsDay = false): Resolved {
  const vague: Resolved = { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
  if (base === null || !Number.isInteger(n)) return vague;
  const { y, m } = fromDayNumber(base);
  switch (unit) {
    case 'D': return dayResult(base + sign * n);
    case 'W': return weekAsDay ? dayResult(base + sign * 7 * n) : { type: 'DATE', value: isoWeek(base + sign * 7 * n) };
    case 'M': { const t = y * 12 + (m - 1) + sign * n; return { type: 'DATE', value: formatMonth(Math.floor(t / 12), (t % 12) + 1) }; }
    case 'Y': return { type: 'DATE', value: String(y + sign * n) };
    default: return vague;
  }
}

export interface ResolveContext { ref: DayNumber | null; anchor: DayNumber | null }

export function resolve(c: Candidate, rc: ResolveContext): Resolved {
  const mean = c.meaning;
  const { ref } = rc;
  switch (mean.kind) {
    case 'absolute': return dayResult(dayNumber(mean.y, mean.m, mean.d), undefined, mean.time);
    case 'dayMonth': {
      let y = mean.y ?? (ref !== null ? nearestYear(ref, mean.m, mean.d, mean.cue ? direction(null, mean.cue) : c.nounAttached ? 'any' : direction(c.tense)) : null);
      // "mercredi 3 septembre" names a Wednesday: when the year the tense picks disagrees, the
      // nearest year whose date falls on that weekday wins.
      if (mean.y === undefined && y !== null && ref !== null && mean.wd !== undefined && isValidDate(y, mean.m, mean.d) && isoWeekday(dayNumber(y, mean.m, mean.d)) !== mean.wd) {
        const fits = [y - 1, y + 1, yearOfDay(ref), yearOfDay(ref) - 1, yearOfDay(ref) + 1]
          .filter((cy) => isValidDate(cy, mean.m, mean.d) && isoWeekday(dayNumber(cy, mean.m, mean.d)) === mean.wd)
          .sort((a, b) => Math.abs(dayNumber(a, mean.m, mean.d) - ref) - Math.abs(dayNumber(b, mean.m, mean.d) - ref));
        if (fits.length) y = fits[0];
      }
      if (y === null) return { type: mean.time ? 'TIME' : 'DATE', value: withPart(`XXXX-${String(mean.m).padStart(2, '0')}-${String(mean.d).padStart(2, '0')}`, mean.part, mean.time) };
      return dayResult(dayNumber(y, mean.m, mean.d), mean.part, mean.time);
    }
    case 'month': {
      const y = mean.y ?? (ref !== null ? nearestYearForMonth(ref, mean.m, c.nounAttached ? direction(null, mean.cue) : direction(c.tense, mean.cue)) : null);
      if (y !== null && mean.cue === 'last' && ref !== null && y * 12 + mean.m >= fromDayNumber(ref).y * 12 + fromDayNumber(ref).m) {
        return { type: 'DATE', value: formatMonth(y - 1, mean.m) };
      }
      return { type: 'DATE', value: y === null ? `XXXX-${String(mean.m).padStart(2, '0')}` : formatMonth(y, mean.m) };
    }
    case 'year': return { type: 'DATE', value: String(mean.y) };
    case 'yearPart': {
      const y = mean.y ?? (ref !== null ? fromDayNumber(ref).y : null);
      return { type: 'DATE', value: `${y ?? 'XXXX'}-${mean.part}${mean.n}` };
    }
    case 'holiday': {
      const dayIn = (y: number): DayNumber | null => mean.easter !== undefined ? easterSunday(y) + mean.easter + mean.offset
        : isValidDate(y, mean.m!, mean.d!) ? dayNumber(y, mean.m!, mean.d!) + mean.offset : null;
      const y = mean.y ?? (ref !== null ? nearestOccurrence(ref, dayIn, direction(c.tense)) : null);
      const day = y === null ? null : dayIn(y);
      return day === null ? { type: 'DATE', value: 'XXXX-XX-XX' } : dayResult(day);
    }
    case 'season': {
      if (mean.y !== undefined) return { type: 'DATE', value: `${mean.y}-${mean.season}` };
      if (ref === null) return { type: 'DATE', value: `XXXX-${mean.season}` };
      const { y, m } = fromDayNumber(ref);
      const start = SEASON_START[mean.season];
      let sy = y;
      if (mean.cue === 'last') sy = m >= start + 3 ? y : y - 1;
      else if (mean.cue === 'next') sy = m < start ? y : y + 1;
      return { type: 'DATE', value: `${sy}-${mean.season}` };
    }
    case 'weekday':
      if (ref === null) return unknownDay(mean.part, mean.time);
      return dayResult(resolveWeekday(ref, mean.wd, mean.cue, c.tense), mean.part, mean.time);
    case 'relDay':
      if (ref === null) return unknownDay(mean.part, mean.time);
      return dayResult(ref + mean.offset, mean.part, mean.time);
    case 'anchoredDay': {
      const base = rc.anchor ?? ref;
      if (base === null) return unknownDay(mean.part);
      return dayResult(base + mean.offset, mean.part);
    }
    case 'relUnit': {
      if (ref === null) return { type: 'DATE', value: mean.offset < 0 ? 'PAST_REF' : mean.offset > 0 ? 'FUTURE_REF' : 'PRESENT_REF' };
      const { y, m } = fromDayNumber(ref);
      if (mean.unit === 'W') return { type: 'DATE', value: isoWeek(ref + 7 * mean.offset) };
      if (mean.unit === 'WE') {
        // "le week-end dernier" is the weekend of the previous ISO week; "ce week-end"/"le week-end prochain" the coming one.
        // "ce week-end" in a past clause on a weekday is the one just past ("tenues ce week-end", said on Monday).
        // In a clause that may point either way (a reported present, a plan seen from the past), the nearest one:
        // the weekend just past early in the week.
        const pastThis = mean.offset === 0 && isoWeekday(ref) <= 5 && (c.tense === 'PAST' || c.tense === 'PLUPERFECT' || (c.tense === 'FUTURE_IN_PAST' && isoWeekday(ref) <= 2));
        const weekend = isoWeekday(ref) >= 6 && mean.offset > 0 ? ref + 7 : ref + (mean.offset < 0 || pastThis ? -7 : 0);
        return { type: 'DATE', value: `${isoWeek(weekend)}-WE` };
      }
      if (mean.unit === 'M') { const t = y * 12 + (m - 1) + mean.offset; return { type: 'DATE', value: formatMonth(Math.floor(t / 12), (t % 12) + 1) }; }
      return { type: 'DATE', value: String(y + mean.offset) };
    }
    case 'time': {
      const base = rc.anchor ?? ref;
      return { type: 'TIME', value: `${base === null ? 'XXXX-XX-XX' : formatDay(base)}T${mean.time}` };
    }
    case 'duration': return { type: 'DURATION', value: mean.value };
    case 'shift': return c.parser === 'durationShift' ? shifted(rc.anchor, mean.n, mean.unit, mean.sign, true) : shifted(ref, mean.n, mean.unit, mean.sign);
    case 'fixed': return { type: mean.type, value: mean.value };
  }
}
