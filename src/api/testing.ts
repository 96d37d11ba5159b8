// Test helper: a temporary SQLite store filled with the analysed demo corpus (once per test file).
import { after, before } from 'node:test';
import { serve, type RunningServer } from './server.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyzer, type Analyzer } from '../analyze.ts';
import { readInputs } from '../ingest/index.ts';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/index.ts';

export const DEMO_CORPUS = new URL('../../corpus/demo/', import.meta.url).pathname;

export interface DemoStore { store: SqliteStore; file: string; analyzer: Analyzer; dispose(): Promise<void> }

export async function demoStore(): Promise<DemoStore> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-api-'));
  const file = join(dir, 'demo.db');
  const store = openSqliteStore(file);
  const analyzer = createAnalyzer();
  for await (const item of readInputs([DEMO_CORPUS])) {
    if (item.ok) await store.putDocument(analyzer.analyze(item.article));
  }
  return {
    store, file, analyzer,
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ServedDemo { demo: DemoStore; server: RunningServer }

/** Hooks for one test file: the demo store served on a free loopback port, closed afterwards. */
export function serveDemo(): ServedDemo {
  const served = {} as ServedDemo;
  before(async () => {
    served.demo = await demoStore();
    served.server = await serve({ db: served.demo.store, port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await served.server.close();
    await served.demo.dispose();
  });
  return served;
}
