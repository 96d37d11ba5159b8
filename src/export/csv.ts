// CSV (RFC 4180) for events and quotes, the form spreadsheets and pandas read.
import type { ExportInput } from './types.ts';

function field(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const row = (cells: unknown[]) => cells.map(field).join(',') + '\r\n';

export function eventsCsv({ timeline }: ExportInput): string {
  let out = row(['id', 'date', 'type', 'mode', 'status', 'actors', 'place', 'sources', 'evidence']);
  for (const e of timeline) {
    out += row([
      e.id, e.date?.value ?? '', e.type, e.mode ?? '', e.status ?? '',
      (e.actors ?? []).map((a) => a.name).join('; '), e.place?.name ?? '',
      [...new Set((e.mentions ?? []).map((m) => m.source ?? m.doc))].join('; '),
      e.mentions?.[0]?.evidence?.text ?? e.evidence?.text ?? '',
    ]);
  }
  return out;
}

export function quotesCsv({ docs }: ExportInput): string {
  let out = row(['doc', 'source', 'published', 'speaker', 'kind', 'cue', 'text']);
  for (const d of docs) {
    for (const q of d.quotes ?? []) {
      out += row([d.id, d.source.name, d.meta.published ?? '', q.speaker?.name ?? '', q.kind, q.cue ?? '', q.text]);
    }
  }
  return out;
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let cur: string[] = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { cur.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cur.push(cell); rows.push(cur); cur = []; cell = '';
    } else cell += c;
  }
  if (cell || cur.length) { cur.push(cell); rows.push(cur); }
  return rows;
}
