import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { demoStore, type DemoStore } from '../../api/testing.ts';
import { parseCsv } from '../../export/csv.ts';

const run = promisify(execFile);
const vigie = new URL('../../../bin/vigie.mjs', import.meta.url).pathname;

let demo: DemoStore;
const outputs = new Map<string, string>();

const checks: Record<string, (text: string) => void> = {
  jsonl: (t) => {
    const docs = t.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(docs.length, 5);
    assert.ok(docs.every((d) => typeof d.id === 'string' && typeof d.text === 'string'));
  },
  csv: (t) => assert.deepEqual(parseCsv(t)[0], ['id', 'date', 'type', 'mode', 'status', 'actors', 'place', 'sources', 'evidence']),
  'csv-quotes': (t) => {
    const rows = parseCsv(t);
    assert.deepEqual(rows[0], ['doc', 'source', 'published', 'speaker', 'kind', 'cue', 'text']);
    assert.ok(rows.slice(1).every((r) => r.length === 7));
  },
  plover: (t) => assert.ok(JSON.parse(t)),
  timelinejs: (t) => assert.ok(JSON.parse(t)),
  gexf: (t) => assert.match(t, /^<\?xml[^]*<gexf[^]*<\/gexf>\s*$/),
  ics: (t) => assert.match(t, /^BEGIN:VCALENDAR\r?\n[^]*END:VCALENDAR\r?\n?$/),
  timeml: (t) => assert.match(t, /^<\?xml/),
};

before(async () => {
  demo = await demoStore();
  await demo.store.close(); // the CLI opens the file itself
  const dir = join(demo.file, '..');
  await Promise.all(Object.keys(checks).map(async (format) => {
    const out = join(dir, `out.${format}`);
    await run(process.execPath, [vigie, 'export', '--db', demo.file, '--format', format, '--out', out]);
    outputs.set(format, readFileSync(out, 'utf8'));
  }));
});
after(async () => demo.dispose());

for (const format of Object.keys(checks)) {
  test(`vigie export --format ${format} writes a valid file`, () => {
    checks[format](outputs.get(format)!);
  });
}

test('vigie export refuses an unknown format and a bad date with exit code 2', async () => {
  for (const args of [['--format', 'pdf'], ['--format', 'csv', '--from', '2025-13']]) {
    await assert.rejects(run(process.execPath, [vigie, 'export', '--db', demo.file, ...args]), (err: { code: number; stderr: string }) => {
      assert.equal(err.code, 2);
      assert.match(err.stderr, /vigie export: --/);
      return true;
    });
  }
});
