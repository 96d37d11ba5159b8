// nameKey, memoised: the same knowledge-base names and text spans are keyed again and again
// (bestEntry, capsCompatible, surnames), and a key is a pure function of its string.
import { nameKey } from '../../core/normalize.ts';

const cache = new Map<string, string>();
/** Bound on remembered strings: past it the cache starts afresh (text spans are unbounded). */
const MAX_CACHED = 100_000;

/** nameKey(name), computed once per distinct string. */
export function cachedNameKey(name: string): string {
  let k = cache.get(name);
  if (k === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    k = nameKey(name);
    cache.set(name, k);
  }
  return k;
}
