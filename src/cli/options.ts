// Options several commands share: the database, the timeline filters, what ingestion is told.
import { existsSync } from 'node:fs';
import type { ParseArgsConfig } from 'node:util';
import type { IngestOptions } from '../ingest/index.ts';
import { DEFAULT_DB } from '../store/index.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export const dbOption = { db: { type: 'string', default: DEFAULT_DB } } as const satisfies Options;

/** The database a reading command opens; it must exist (reading never creates one). */
export function existingDb(values: { db?: string }): string {
  const db = values.db ?? DEFAULT_DB;
  if (!existsSync(db)) throw new Error(`${db}: no such database (create it with vigie ingest --db ${db} FILES…, or run vigie demo)`);
  return db;
}

/** The timeline filters, named as the API's query parameters. */
export const timelineFilterOptions = {
  from: { type: 'string' },
  to: { type: 'string' },
  actor: { type: 'string' },
  type: { type: 'string' },
  status: { type: 'string' },
  place: { type: 'string' },
  q: { type: 'string' },
} as const satisfies Options;

type FilterKey = keyof typeof timelineFilterOptions;

export function timelineFilterOf(values: Partial<Record<FilterKey, string>>): Partial<Record<FilterKey, string>> {
  const { from, to, actor, type, status, place, q } = values;
  return { from, to, actor, type, status, place, q };
}

/** What the user may tell ingestion about every input. */
export const readOptions = {
  published: { type: 'string' },
  crawled: { type: 'string' },
  'max-bytes': { type: 'string' },
} as const satisfies Options;

export function readOptionsOf(values: { published?: string; crawled?: string; 'max-bytes'?: string }): IngestOptions {
  return {
    published: values.published ?? null,
    crawled: values.crawled ?? null,
    maxBytes: values['max-bytes'] ? Number(values['max-bytes']) : undefined,
  };
}
