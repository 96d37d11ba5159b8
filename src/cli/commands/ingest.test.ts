import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contractFixtures } from '../../store/contract.ts';
import { openSqliteStore } from '../../store/sqlite/index.ts';
import { generatedArticle, sourceSentences } from '../../store/testing/generate.ts';

const bin = fileURLToPath(new URL('../../../bin/vigie.mjs', import.meta.url));
const vigie = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

function withDir(body: (dir: string) => Promise<void> | void) {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-ingest-'));
    try {
      await body(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

function writeCorpus(dir: string, n: number): string {
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  const sentences = sourceSentences();
  for (let i = 0; i < n; i++) {
    const a = generatedArticle(i, sentences);
    writeFileSync(join(corpus, a.source.name), a.raw);
  }
  return corpus;
}

test('ingesting the same articles twice stores nothing new and leaves the timeline byte-identical', withDir((dir) => {
  const db = join(dir, 'v.db');
  const corpus = writeCorpus(dir, 6);
  const first = vigie('ingest', '--db', db, corpus);
  assert.equal(first.status, 0, first.stderr);
  const before = vigie('timeline', '--db', db).stdout;
  const second = vigie('ingest', '--db', db, corpus);
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stderr, /0 stored, 6 unchanged, 0 failed/);
  assert.equal(second.stdout.split('\n').filter((l) => l.startsWith('unchanged\t')).length, 6);
  assert.equal(vigie('timeline', '--db', db).stdout, before);
}));

test('bad inputs are reported one line each, the batch goes on and exits 1', withDir((dir) => {
  const db = join(dir, 'v.db');
  const corpus = writeCorpus(dir, 2);
  writeFileSync(join(corpus, 'vide.txt'), '   \n');
  const r = vigie('ingest', '--db', db, join(dir, 'absent.txt'), corpus);
  assert.equal(r.status, 1);
  const errors = r.stderr.split('\n').filter((l) => l.startsWith('vigie ingest:'));
  assert.equal(errors.length, 2, r.stderr);
  assert.ok(errors.some((l) => l.includes('absent.txt')) && errors.some((l) => l.includes('vide.txt')));
  assert.match(r.stderr, /2 stored, 0 unchanged, 2 failed/);
}));

test('a store with fused events prints the same timeline every time, as JSON or a table', withDir(async (dir) => {
  const db = join(dir, 'v.db');
  const store = openSqliteStore(db);
  for (const d of contractFixtures()) await store.putDocument(d);
  await store.close();
  const json = vigie('timeline', '--db', db);
  assert.equal(json.status, 0, json.stderr);
  const events = JSON.parse(json.stdout).events;
  assert.deepEqual(events.map((e: { date: { value: string } }) => e.date.value), ['2025-08-15', '2025-09-03']);
  assert.equal(vigie('timeline', '--db', db).stdout, json.stdout);
  const table = vigie('timeline', '--db', db, '--format', 'table', '--actor', 'Poutine').stdout.split('\n');
  assert.match(table[0], /^date\s+type\s+status\s+actors\s+place\s+sources$/);
  assert.match(table[1], /^2025-08-15\s+CONSULT\/visit\s+occurred\s+Donald Trump, Vladimir Putin\s+Alaska\s+2$/);
}));

test('an ingest killed with SIGKILL leaves whole articles only, and the next ingest finishes the batch', withDir(async (dir) => {
  const db = join(dir, 'v.db');
  const n = 150;
  const corpus = writeCorpus(dir, n);
  const child = spawn(process.execPath, [bin, 'ingest', '--db', db, corpus], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stored = 0;
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stored += chunk.toString().split('\n').filter((l) => l.startsWith('stored\t')).length;
      if (stored >= 3 && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('exit', () => resolve());
  });
  assert.equal(child.signalCode, 'SIGKILL', 'the ingest finished before it could be killed');
  const store = openSqliteStore(db);
  assert.equal(store.db.pragma('integrity_check', { simple: true }), 'ok');
  assert.deepEqual(store.incompleteDocuments(), []);
  const kept = (await store.stats()).documents;
  assert.ok(kept >= 3 && kept < n, `kept ${kept}`);
  await store.close();
  const rerun = vigie('ingest', '--db', db, corpus);
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.match(rerun.stderr, new RegExp(`${n - kept} stored, ${kept} unchanged, 0 failed`));
  const after = openSqliteStore(db, { readonly: true });
  assert.equal((await after.stats()).documents, n);
  assert.deepEqual(after.incompleteDocuments(), []);
  await after.close();
}));
