import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { readHead, walk } from './files.ts';

const dir = mkdtempSync(join(tmpdir(), 'vigie-files-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('walk: sorted, recursive, dotfiles skipped, symlink loops visited once', () => {
  mkdirSync(join(dir, 'b'));
  writeFileSync(join(dir, 'b', '2.txt'), 'deux');
  writeFileSync(join(dir, '1.txt'), 'un');
  writeFileSync(join(dir, '.hidden.txt'), 'caché');
  symlinkSync(dir, join(dir, 'b', 'loop'));
  const files = [...walk(dir)].map((w) => (w.ok ? w.path.slice(dir.length + 1) : `!${w.reason}`));
  assert.deepEqual(files, ['1.txt', 'b/2.txt']);
});

test('walk: a missing path is one failure', () => {
  assert.deepEqual([...walk(join(dir, 'absent'))], [{ ok: false, input: join(dir, 'absent'), reason: 'no such file or directory' }]);
});

test('readHead reads only the first bytes', () => {
  writeFileSync(join(dir, 'long.txt'), 'Le Conseil de sécurité'.repeat(100));
  const head = readHead(join(dir, 'long.txt'), 10);
  assert.ok(head.ok);
  assert.equal(head.bytes.toString('latin1'), 'Le Conseil');
});
