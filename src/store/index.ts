// Opening a store by location: a SQLite file now (a postgres:// URL later).
import { openSqliteStore, type SqliteStoreOptions } from './sqlite/index.ts';
import type { Store } from './types.ts';

export type { Store } from './types.ts';
export * from './types.ts';

export const DEFAULT_DB = './vigie.db';

export function openStore(location: string = DEFAULT_DB, options: SqliteStoreOptions = {}): Store {
  if (/^postgres(ql)?:\/\//.test(location)) throw new Error(`${location}: PostgreSQL stores are not supported yet (use a SQLite file)`);
  return openSqliteStore(location, options);
}
