import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const vigie = new URL('../../../bin/vigie.mjs', import.meta.url).pathname;

test('vigie demo --no-serve ingests the demo corpus once, prints the timeline and where to look', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-demo-'));
  try {
    const first = await run(process.execPath, [vigie, 'demo', '--no-serve'], { cwd: dir });
    assert.match(first.stdout, /5 articles stored, 0 already there/);
    assert.match(first.stdout, /date\s+type\s+status\s+actors/);
    assert.match(first.stdout, /http:\/\/127\.0\.0\.1:8080\//);
    assert.match(first.stdout, new RegExp(join(dir, 'vigie.db').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
    const second = await run(process.execPath, [vigie, 'demo', '--no-serve'], { cwd: dir });
    assert.match(second.stdout, /0 articles stored, 5 already there/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
