// French month and weekday words, read from src/lang/fr/months.json.
import { readFileSync } from 'node:fs';

interface MonthsFile { months: Record<string, number>; weekdays: string[] }

let loaded: MonthsFile | null = null;

export function frenchCalendar(): MonthsFile {
  if (!loaded) loaded = JSON.parse(readFileSync(new URL('../../lang/fr/months.json', import.meta.url), 'utf8')) as MonthsFile;
  return loaded;
}

/** Longest words first so that alternations prefer "juillet" over "juil". */
export function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
