// Dates for display: TIMEX3 values and ISO publication dates in the interface language.
import { dayToISO, timexRange } from '../../timeline/dates.ts';
import { locale, t, type Lang, getLang } from '../i18n/index.ts';

const DAY_MS = 86_400_000;

function fmt(day: number, options: Intl.DateTimeFormatOptions, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), { timeZone: 'UTC', ...options }).format(new Date(day * DAY_MS));
}

const FULL: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/** "15 août 2025", "août 2025", "11 août 2025 – 17 août 2025", "après le 7 août 2025"… */
export function formatTimex(value: string | null | undefined, published?: string | null, lang: Lang = getLang()): string {
  if (!value) return t('common.noDate', {}, lang);
  const r = timexRange(value, published);
  if (!r) return value;
  if (r.end === Infinity && Number.isFinite(r.start)) return `≥ ${fmt(r.start, FULL, lang)}`;
  if (r.start === -Infinity && Number.isFinite(r.end)) return `≤ ${fmt(r.end, FULL, lang)}`;
  if (!Number.isFinite(r.start) || !Number.isFinite(r.end)) return value;
  if (r.start === r.end) return fmt(r.start, FULL, lang);
  const a = dayToISO(r.start), b = dayToISO(r.end);
  if (/^\d{4}-\d{2}$/.test(value)) return fmt(r.start, { month: 'long', year: 'numeric' }, lang);
  if (/^\d{4}$/.test(value) || (a.endsWith('-01-01') && b.endsWith('-12-31') && a.slice(0, 4) === b.slice(0, 4))) return a.slice(0, 4);
  return `${fmt(r.start, FULL, lang)} – ${fmt(r.end, FULL, lang)}`;
}

/** A publication date ("2025-08-07T10:27:00+02:00") as its calendar day. */
export function formatPublished(iso: string | null | undefined, lang: Lang = getLang()): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return t('common.noDate', {}, lang);
  return fmt(Math.floor(Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY_MS), FULL, lang);
}

/** The day range of an event date for placing it on the axis (finite bounds only), or null. */
export function axisRange(value: string | null | undefined, published?: string | null): { start: number; end: number } | null {
  const r = value ? timexRange(value, published) : null;
  if (!r) return null;
  const start = Number.isFinite(r.start) ? r.start : r.end;
  const end = Number.isFinite(r.end) ? r.end : start;
  return Number.isFinite(start) && Number.isFinite(end) ? { start, end } : null;
}
