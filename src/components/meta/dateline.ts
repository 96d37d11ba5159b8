// Datelines: lines that only state when an article was published or updated, in the French
// and Swiss forms news sites print ("Publié le 7 août 2025 à 10h27", "07.08.2025, 10:27",
// "7.8.2025 - 10:27", "date 2025-08-07", "Il y a 2 heures", "Mis à jour le …").
import { foldForm } from '../../core/normalize.ts';
import { alternation, frenchCalendar } from './calendar.ts';

export interface DateStamp {
  kind: 'published' | 'updated';
  /** YYYY-MM-DD when the line gives a full date. */
  date: string | null;
  /** HH:MM local time. */
  time: string | null;
  /** "Il y a 2 heures": minutes before the crawl time. */
  agoMinutes?: number;
  /** "aujourd'hui" 0, "hier" 1, "avant-hier" 2: days before the crawl date. */
  daysAgo?: number;
}

export interface DatelineParse {
  stamps: DateStamp[];
  /** Characters of the line the dateline covers (from 0). */
  end: number;
  /** The dateline started with an explicit label ("date", "Publié le"…). */
  labelled: boolean;
}

interface Grammar {
  sep: RegExp; label: RegExp; iso: RegExp; numeric: RegExp; textual: RegExp;
  relative: RegExp; dayWord: RegExp; time: RegExp; zone: RegExp; months: Record<string, number>;
}

let grammar: Grammar | null = null;

function build(): Grammar {
  const cal = frenchCalendar();
  const months = Object.fromEntries(Object.entries(cal.months).map(([k, v]) => [foldForm(k), v]));
  const monthAlt = alternation(Object.keys(months));
  const dayAlt = alternation(cal.weekdays.map(foldForm));
  return {
    sep: /(?:[\s|,;/·•*–—().-]|\bet\b)+/y,
    label: /(?:derniere mise a jour|mis en ligne|mise? a jour|maj|publiee?|modifiee?|actualisee?|creee?|editee?|updated|posted|published|date|le)(?![a-z])(?:\s+le(?![a-z]))?\s*:?/y,
    iso: /(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?(?![\d])/y,
    // Same separator twice: 07/07/2025, 07.07.2025, Belgian 07-07-2025 (dashes only with a four-digit year).
    numeric: /(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d./])|(\d{1,2})-(\d{1,2})-(\d{4})(?![\d./-])/y,
    textual: new RegExp(`(?:(?:${dayAlt})\\.?\\s+)?(1er|\\d{1,2})\\s+(${monthAlt})\\.?(?:\\s+(\\d{4}))?(?![a-z\\d])`, 'y'),
    relative: /il y a\s+(\d+|une?|quelques)\s*(secondes?|sec|s|minutes?|mins?|mn|heures?|h|jours?|j|semaines?)(?![a-z])/y,
    dayWord: /(aujourd'hui|avant-hier|hier)(?![a-z])/y,
    time: /(?:a\s+)?(\d{1,2})\s*(?:h|:|heures?)\s*(\d{2})?(?:\s*min)?(?![a-z\d])/y,
    // Time zones printed after the hour: European, Canadian (HAE, HNE…), "GMT+2", "heure locale".
    zone: /\(?(?:cest|cet|utc|gmt|hec|hae|hne|hac|hnc|hap|hnp|hat|hnt|heure de paris|heure locale|heure suisse|heure de l'est)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?(?![a-z])/y,
    months,
  };
}

function at(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const UNIT_MINUTES: Record<string, number> = { s: 0, sec: 0, seconde: 0, secondes: 0, min: 1, mins: 1, mn: 1, minute: 1, minutes: 1, h: 60, heure: 60, heures: 60, j: 1440, jour: 1440, jours: 1440, semaine: 10080, semaines: 10080 };

/**
 * Reads a dateline from the start of `line`. Returns null when the line does not start with
 * one; `end` tells how far it goes (the whole line is a dateline when `end === line.length`).
 */
export function parseDateline(line: string): DatelineParse | null {
  const g = (grammar ??= build());
  const s = foldForm(line);
  const stamps: DateStamp[] = [];
  let kind: DateStamp['kind'] = 'published';
  let labelled = false;
  let pos = 0;
  let end = 0;
  let lastWasLabel = false;
  let sawDate = false;
  while (pos < s.length) {
    let m: RegExpExecArray | null;
    if ((m = at(g.sep, s, pos)) && m[0].length) { pos += m[0].length; continue; }
    if ((m = at(g.label, s, pos))) {
      const word = m[0];
      // "Mis en ligne" is the publication; "mis à jour", "modifié"… are updates.
      if (/^(mis a|mise a|maj|modif|actualis|derniere|updated)/.test(word)) kind = 'updated';
      else if (!/^le\b/.test(word)) kind = 'published';
      if (pos === 0 && !/^le\b/.test(word)) labelled = true;
      pos += word.length; lastWasLabel = true; continue;
    }
    let stamp: DateStamp | null = null;
    if ((m = at(g.iso, s, pos))) {
      stamp = { kind, date: validDate(+m[1], +m[2], +m[3]), time: m[4] ? `${m[4]}:${m[5]}` : null };
    } else if ((m = at(g.numeric, s, pos))) {
      const [d, mo, ys] = m[1] ? [m[1], m[3], m[4]] : [m[5], m[6], m[7]];
      const y = ys.length === 2 ? 2000 + +ys : +ys;
      stamp = { kind, date: validDate(y, +mo, +d), time: null };
      if (!stamp.date) m = null;
    } else if ((m = at(g.textual, s, pos))) {
      const day = m[1] === '1er' ? 1 : +m[1];
      stamp = { kind, date: m[3] ? validDate(+m[3], g.months[m[2]], day) : null, time: null };
    } else if ((m = at(g.relative, s, pos))) {
      const n = /^\d+$/.test(m[1]) ? +m[1] : m[1] === 'quelques' ? 3 : 1;
      stamp = { kind, date: null, time: null, agoMinutes: n * (UNIT_MINUTES[m[2]] ?? 0) };
    } else if ((m = at(g.dayWord, s, pos))) {
      stamp = { kind, date: null, time: null, daysAgo: m[1] === 'hier' ? 1 : m[1] === 'avant-hier' ? 2 : 0 };
    }
    if (m && stamp) {
      stamps.push(stamp); sawDate = true;
      pos += m[0].length; end = pos; lastWasLabel = false; continue;
    }
    if ((m = at(g.time, s, pos)) && (sawDate || lastWasLabel) && +m[1] < 24 && (!m[2] || +m[2] < 60)) {
      const time = `${pad(+m[1])}:${m[2] ?? '00'}`;
      const last = stamps[stamps.length - 1];
      if (last && !last.time && !lastWasLabel) last.time = time;
      else stamps.push({ kind, date: last?.date ?? null, time, daysAgo: last?.daysAgo });
      // A bare hour after an explicit label ("Mis à jour à 16h20") is a dateline without a date.
      if (labelled) sawDate = true;
      pos += m[0].length; end = pos; lastWasLabel = false; continue;
    }
    if (sawDate && (m = at(g.zone, s, pos))) { pos += m[0].length; end = pos; continue; }
    break;
  }
  if (!sawDate) return null;
  // A final period or closing bracket belongs to the dateline.
  const tail = /^[\s.)]*$/.test(s.slice(pos)) ? s.length : end;
  return { stamps, end: tail, labelled };
}

/** True when the whole line is a dateline. */
export function isDateline(line: string): boolean {
  const p = parseDateline(line.trim());
  return p !== null && p.end === line.trim().length;
}
