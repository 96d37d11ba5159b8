// iCalendar (RFC 5545) of planned and proposed events, for an analyst's calendar.
import { calendarDate, isoDay } from './dates.ts';
import type { ExportInput } from './types.ts';

const FORWARD = new Set(['planned', 'proposed', 'requested']);

function text(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence. */
function fold(line: string): string {
  const out: string[] = [];
  let cur = '', bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > (out.length ? 74 : 75)) { out.push(cur); cur = ''; bytes = 0; }
    cur += ch; bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

export function ics({ timeline }: ExportInput): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Vigie//Diplomatic timeline//FR', 'CALSCALE:GREGORIAN'];
  for (const e of timeline) {
    if (!FORWARD.has(e.status ?? '')) continue;
    const d = calendarDate(e.date?.value);
    if (!d || !d.month) continue;
    const start = isoDay(d).replace(/-/g, '');
    const stamp = (e.mentions?.map((m) => m.published).filter(Boolean).sort()[0] ?? '1970-01-01').slice(0, 10).replace(/-/g, '');
    const actors = (e.actors ?? []).map((a) => a.name).join(', ');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.id}@vigie`,
      `DTSTAMP:${stamp}T000000Z`,
      `DTSTART;VALUE=DATE:${start}`,
      fold(`SUMMARY:${text(`${e.type}${e.mode ? `/${e.mode}` : ''} (${e.status}): ${actors}`)}`),
      ...(e.place ? [fold(`LOCATION:${text(e.place.name)}`)] : []),
      fold(`DESCRIPTION:${text((e.mentions ?? []).map((m) => `${m.source ?? m.doc}: ${m.evidence?.text ?? ''}`).join('\n'))}`),
      `STATUS:TENTATIVE`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}

/** Unfolds and splits an iCalendar text into components with their properties (for tests and checks). */
export function parseIcs(textIn: string): { name: string; props: Record<string, string> }[] {
  const unfolded = textIn.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  const stack: { name: string; props: Record<string, string> }[] = [];
  const done: { name: string; props: Record<string, string> }[] = [];
  for (const line of unfolded) {
    const i = line.indexOf(':');
    if (i < 0) throw new Error(`not a content line: ${line}`);
    const [key, value] = [line.slice(0, i), line.slice(i + 1)];
    if (key === 'BEGIN') stack.push({ name: value, props: {} });
    else if (key === 'END') {
      const c = stack.pop();
      if (!c || c.name !== value) throw new Error(`END:${value} closes ${c?.name ?? 'nothing'}`);
      done.push(c);
    } else if (stack.length) stack[stack.length - 1].props[key.split(';')[0]] = value;
  }
  if (stack.length) throw new Error(`unclosed ${stack[stack.length - 1].name}`);
  return done;
}
