// Placeholder: the ingestion module (issue 3: encodings, HTML, JSON Lines, stdin, bad input) replaces this.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { RawArticle } from '../core/document.ts';

export interface InputFailure { input: string; reason: string }
export interface IngestOptions {
  /** Largest input accepted, in bytes (default 5 MB). */
  maxBytes?: number;
  /** A publication date the user gives for every input (--published). */
  published?: string | null;
  /** Crawl time, ISO (for "Il y a 2 heures"). */
  crawled?: string | null;
}
export type InputItem = { ok: true; article: RawArticle } | { ok: false; error: InputFailure };

function* walk(path: string): Generator<string> {
  if (statSync(path).isDirectory()) {
    for (const e of readdirSync(path).sort()) yield* walk(join(path, e));
  } else yield path;
}

export async function* readInputs(paths: string[], opts: IngestOptions = {}): AsyncGenerator<InputItem> {
  for (const p of paths) {
    for (const file of walk(p)) {
      const raw = readFileSync(file, 'utf8');
      yield { ok: true, article: { source: { name: basename(file), path: file, url: null }, raw, published: opts.published ?? null } };
    }
  }
}
