// Exports for the tools analysts already use. Each format is one function of the same input.
import { eventsCsv, quotesCsv } from './csv.ts';
import { gexf } from './gexf.ts';
import { ics } from './ics.ts';
import { ploverEvents } from './plover.ts';
import { timelineJs } from './timelinejs.ts';
import { timeml } from './timeml.ts';
import type { ExportInput } from './types.ts';

export type { ExportInput } from './types.ts';

export const exportFormats = {
  jsonl: { mime: 'application/x-ndjson', ext: 'jsonl', render: (i: ExportInput) => i.docs.map((d) => JSON.stringify(d)).join('\n') + (i.docs.length ? '\n' : '') },
  csv: { mime: 'text/csv; charset=utf-8', ext: 'csv', render: eventsCsv },
  'csv-quotes': { mime: 'text/csv; charset=utf-8', ext: 'csv', render: quotesCsv },
  plover: { mime: 'application/json', ext: 'json', render: (i: ExportInput) => JSON.stringify(ploverEvents(i), null, 1) + '\n' },
  timelinejs: { mime: 'application/json', ext: 'json', render: (i: ExportInput) => JSON.stringify(timelineJs(i), null, 1) + '\n' },
  gexf: { mime: 'application/gexf+xml', ext: 'gexf', render: gexf },
  ics: { mime: 'text/calendar; charset=utf-8', ext: 'ics', render: ics },
  timeml: { mime: 'application/xml', ext: 'tml', render: timeml },
} as const;

export type ExportFormat = keyof typeof exportFormats;

export function isExportFormat(f: string): f is ExportFormat {
  return Object.hasOwn(exportFormats, f);
}

export function renderExport(format: ExportFormat, input: ExportInput): string {
  return exportFormats[format].render(input);
}
