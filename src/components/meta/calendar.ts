// French month and weekday words, read from src/lang/fr/months.json.
import { langData } from '../../core/lang.ts';

interface MonthsFile { months: Record<string, number>; weekdays: string[] }

let loaded: MonthsFile | null = null;

export function frenchCalendar(): MonthsFile {
  if (!loaded) loaded = langData<MonthsFile>('months.json');
  return loaded;
}

/** Longest words first so that alternations prefer "juillet" over "juil". */
export function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
