// The French language data files under src/lang/fr/, each parsed once per process.
import { readFileSync } from 'node:fs';

const loaded = new Map<string, unknown>();

/** A data file of src/lang/fr/ by its path there ("months.json", "timex/units.json"). */
export function langData<T>(file: string): T {
  let data = loaded.get(file);
  if (data === undefined) {
    data = JSON.parse(readFileSync(new URL(`../lang/fr/${file}`, import.meta.url), 'utf8'));
    loaded.set(file, data);
  }
  return data as T;
}
