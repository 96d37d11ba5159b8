// vigie timeline --db FILE [--from D --to D --actor NAME --type T --status S --place P --q WORDS --undated|--dated-only] [--format json|table]
// Undated events: by default the placed facts only (held, two actors, a place: isPlacedFact), after
// the dated ones; --undated lists them all, --dated-only none.
import { parseArgs } from 'node:util';
import { openStore } from '../../store/index.ts';
import { filterTimeline, type TimelineEvent } from '../../timeline/index.ts';
import type { Command } from '../main.ts';
import { dbOption, existingDb, timelineFilterOf, timelineFilterOptions } from '../options.ts';

/** One line per event: date, type/mode, status, actors, place, number of sources. */
export function timelineTable(events: TimelineEvent[]): string {
  const rows = events.map((e) => [
    e.date?.value ?? '—',
    e.mode ? `${e.type}/${e.mode}` : e.type,
    e.contradiction ? `${e.status}!` : e.status,
    e.actors.map((a) => a.name).join(', '),
    e.place?.name ?? '',
    String(new Set(e.mentions.map((m) => m.doc)).size),
  ]);
  const head = ['date', 'type', 'status', 'actors', 'place', 'sources'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(head), ...rows.map(line)].join('\n') + '\n';
}

export const command: Command = {
  summary: 'print the cross-article timeline fused from a database (--format json|table)',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        ...dbOption,
        ...timelineFilterOptions,
        undated: { type: 'boolean', default: false },
        'dated-only': { type: 'boolean', default: false },
        limit: { type: 'string' },
        offset: { type: 'string' },
        format: { type: 'string', default: 'json' },
      },
    });
    if (values.format !== 'json' && values.format !== 'table') throw new Error(`unknown --format ${values.format} (json or table)`);
    const db = existingDb(values);
    if (values.undated && values['dated-only']) throw new Error('--undated and --dated-only exclude each other');
    const limit = values.limit !== undefined ? Number(values.limit) : undefined;
    const offset = values.offset !== undefined ? Number(values.offset) : undefined;
    const explicit = values.undated || values['dated-only'];
    const store = openStore(db, { readonly: true });
    try {
      let timeline = await store.getTimeline({
        ...timelineFilterOf(values), undated: explicit ? values.undated : true,
        ...(explicit ? { limit, offset } : {}),
      });
      // The default undated policy and the page, applied here whatever the store's own default.
      if (!explicit) timeline = { events: filterTimeline(timeline.events, { limit, offset }) };
      process.stdout.write(values.format === 'json' ? JSON.stringify(timeline, null, 2) + '\n' : timelineTable(timeline.events));
    } finally {
      await store.close();
    }
    return 0;
  },
};
