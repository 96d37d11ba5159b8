// vigie export --db FILE --format F [--out FILE] [--from D --to D --actor A --type T --status S --place P --q W]
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ApiData, exportInput } from '../../api/data.ts';
import { isExportFormat, renderExport, exportFormats } from '../../export/index.ts';
import { DEFAULT_DB, openStore } from '../../store/index.ts';
import { ExportQuery } from '../../api/schemas.ts';
import type { Command } from '../main.ts';

export const command: Command = {
  summary: `export the timeline and articles (--format ${Object.keys(exportFormats).join('|')}, --out FILE)`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        db: { type: 'string', default: DEFAULT_DB },
        format: { type: 'string' },
        out: { type: 'string', short: 'o' },
        from: { type: 'string' },
        to: { type: 'string' },
        actor: { type: 'string' },
        type: { type: 'string' },
        status: { type: 'string' },
        place: { type: 'string' },
        q: { type: 'string' },
      },
    });
    const format = values.format;
    if (!format || !isExportFormat(format)) throw new Error(`--format ${format ?? '(missing)'}: one of ${Object.keys(exportFormats).join(', ')}`);
    // The same checks as the API's export query (dates, types, statuses).
    const { out: _out, db: _db, ...query } = values;
    const checked = ExportQuery.safeParse(query);
    if (!checked.success) throw new Error(checked.error.issues.map((i) => `--${i.message}`).join('; '));
    if (!existsSync(values.db!)) throw new Error(`${values.db}: no such database (create it with vigie ingest --db ${values.db} FILES…)`);
    const store = openStore(values.db!, { readonly: true });
    try {
      const input = await exportInput(new ApiData(store), {
        from: values.from, to: values.to, actor: values.actor, type: values.type, status: values.status, place: values.place, q: values.q,
      });
      const body = renderExport(format, input);
      if (values.out && values.out !== '-') {
        writeFileSync(values.out, body);
        console.error(`${input.timeline.length} events, ${input.docs.length} articles → ${values.out}`);
      } else {
        process.stdout.write(body);
      }
    } finally {
      await store.close();
    }
    return 0;
  },
};
