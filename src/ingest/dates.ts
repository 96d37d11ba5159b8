// Publication dates as containers state them (HTML meta, JSON-LD, RSS pubDate, API records) → ISO 8601.
// The writer's own offset is kept ("+02:00"), never converted to UTC: the local date is what matters.
import { isValidDate } from '../core/calendar.ts';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const RFC822 = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|UT|UTC|GMT|[A-Z]{3}|[+-]\d{4})?$/;
// English month abbreviations are RFC 822 syntax (RSS pubDate), not French language data.
const RFC822_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RFC822_ZONES: Record<string, string> = { EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00', CET: '+01:00', CEST: '+02:00' };

const pad = (n: number | string) => String(n).padStart(2, '0');


function isoOffset(zone: string | undefined): string {
  if (!zone) return '';
  const z = zone.toUpperCase();
  if (z === 'Z' || z === 'UT' || z === 'UTC' || z === 'GMT') return 'Z';
  if (RFC822_ZONES[z]) return RFC822_ZONES[z];
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : '';
}

/**
 * An ISO 8601 date or date-time for a container-stated date, or null when the value is not one.
 * Accepts ISO (with or without seconds/offset, "+0200" style offsets) and RFC 822 (RSS).
 */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  let m = ISO.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, sec, zone] = m;
    if (!isValidDate(+y, +mo, +d)) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    if (+h > 23 || +mi > 59 || (sec !== undefined && +sec > 59)) return null;
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${isoOffset(zone)}`;
  }
  m = RFC822.exec(s);
  if (m) {
    const [, d, monthName, y, h, mi, sec, zone] = m;
    const mo = RFC822_MONTHS.indexOf(monthName.toLowerCase()) + 1;
    if (!mo || !isValidDate(+y, mo, +d)) return null;
    if (h === undefined) return `${y}-${pad(mo)}-${pad(d)}`;
    if (+h > 23 || +mi > 59) return null;
    return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${mi}:${sec ?? '00'}${isoOffset(zone)}`;
  }
  return null;
}
