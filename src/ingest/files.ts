// Expanding paths into files (directories recursively, sorted, dotfiles skipped) and reading them.
import { closeSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type WalkItem = { ok: true; path: string; size: number } | { ok: false; input: string; reason: string };

const errorReason = (err: unknown): string => {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file or directory';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  return e.code ? `${e.code}: ${e.message}` : String(e.message ?? err);
};

/** Every file under `path`; one failure per unreadable entry, the walk goes on. */
export function* walk(path: string, seen = new Set<string>()): Generator<WalkItem> {
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    yield { ok: false, input: path, reason: errorReason(err) };
    return;
  }
  if (!st.isDirectory()) {
    if (st.isFile()) yield { ok: true, path, size: st.size };
    else yield { ok: false, input: path, reason: 'not a regular file' };
    return;
  }
  let real: string;
  let entries: string[];
  try {
    real = realpathSync(path);
    entries = readdirSync(path);
  } catch (err) {
    yield { ok: false, input: path, reason: `unreadable directory (${errorReason(err)})` };
    return;
  }
  if (seen.has(real)) return; // a symbolic link loop
  seen.add(real);
  for (const entry of entries.filter((e) => !e.startsWith('.')).sort()) yield* walk(join(path, entry), seen);
}

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; reason: string };

export function readFileBytes(path: string): ReadResult {
  try {
    return { ok: true, bytes: readFileSync(path) };
  } catch (err) {
    return { ok: false, reason: errorReason(err) };
  }
}

/** The first `length` bytes of a file (to sniff its kind without reading it whole). */
export function readHead(path: string, length = 65536): ReadResult {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(length);
    const n = readSync(fd, buf, 0, length, 0);
    return { ok: true, bytes: buf.subarray(0, n) };
  } catch (err) {
    return { ok: false, reason: errorReason(err) };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
