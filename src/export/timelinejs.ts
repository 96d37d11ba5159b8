// TimelineJS (Knight Lab) JSON: the format journalists embed.
import { calendarDate, type CalendarDate } from './dates.ts';
import type { ExportInput } from './types.ts';
import { xmlEscape as esc } from './xml.ts';

export interface TimelineJsSlide {
  start_date: CalendarDate;
  text: { headline: string; text: string };
  group?: string;
  unique_id?: string;
}
export interface TimelineJs { title: { text: { headline: string; text: string } }; events: TimelineJsSlide[] }

export function timelineJs({ timeline }: ExportInput, title = 'Vigie'): TimelineJs {
  const events: TimelineJsSlide[] = [];
  for (const e of timeline) {
    const d = calendarDate(e.date?.value);
    if (!d) continue;
    const actors = (e.actors ?? []).map((a) => a.name).join(', ');
    const sources = (e.mentions ?? []).map((m) => `<p>${esc(m.evidence?.text ?? '')} <em>(${esc(m.source ?? m.doc)})</em></p>`).join('');
    events.push({
      start_date: d,
      text: { headline: esc(`${e.type}${e.mode ? ` (${e.mode})` : ''} — ${actors}`), text: `<p><strong>${esc(e.status ?? '')}</strong>${e.place ? ` · ${esc(e.place.name)}` : ''}</p>${sources}` },
      group: e.type,
      unique_id: e.id,
    });
  }
  return { title: { text: { headline: esc(title), text: 'Chronologie extraite par Vigie' } }, events };
}
