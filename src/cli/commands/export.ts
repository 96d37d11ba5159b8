// vigie export --db FILE --format F [--out FILE] [--from D --to D --actor A --type T --status S --place P --q W]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ApiData, exportInput } from '../../api/data.ts';
import { isExportFormat, renderExport, exportFormats } from '../../export/index.ts';
import { openStore } from '../../store/index.ts';
import { ExportQuery } from '../../api/schemas.ts';
import type { Command } from '../main.ts';
import { dbOption, existingDb, timelineFilterOf, timelineFilterOptions } from '../options.ts';

export const command: Command = {
  summary: `export the timeline and articles (--format ${Object.keys(exportFormats).join('|')}, --out FILE)`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        ...dbOption,
        ...timelineFilterOptions,
        format: { type: 'string' },
        out: { type: 'string', short: 'o' },
      },
    });
    const format = values.format;
    if (!format || !isExportFormat(format)) throw new Error(`--format ${format ?? '(missing)'}: one of ${Object.keys(exportFormats).join(', ')}`);
    // The same checks as the API's export query (dates, types, statuses).
    const filter = timelineFilterOf(values);
    const checked = ExportQuery.safeParse({ ...filter, format });
    if (!checked.success) throw new Error(checked.error.issues.map((i) => `--${i.message}`).join('; '));
    const store = openStore(existingDb(values), { readonly: true });
    try {
      const input = await exportInput(new ApiData(store), filter);
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
