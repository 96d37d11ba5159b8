// Interface strings: French by default, English on request (kept in localStorage).
// Strings live in fr.json / en.json; `{name}` placeholders are filled from `vars`.
import fr from './fr.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

export type Lang = 'fr' | 'en';
const DICTS: Record<Lang, Record<string, string>> = { fr, en };
const STORAGE_KEY = 'vigie.lang';

let current: Lang = 'fr';

export function initLang(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === 'fr' || saved === 'en') current = saved;
  } catch { /* storage blocked: keep French */ }
  return current;
}

export function getLang(): Lang { return current; }

export function setLang(lang: Lang): void {
  current = lang;
  try { globalThis.localStorage?.setItem(STORAGE_KEY, lang); } catch { /* not persisted */ }
}

/** The string for `key` in the current language (French, then the key itself, as fallbacks). */
export function t(key: string, vars: Record<string, string | number> = {}, lang: Lang = current): string {
  const template = DICTS[lang][key] ?? DICTS.fr[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A count: `key.one` for 0 and 1 in French (1 only in English), `key.other` otherwise. */
export function tn(key: string, n: number, vars: Record<string, string | number> = {}, lang: Lang = current): string {
  const one = lang === 'fr' ? n < 2 : n === 1;
  return t(`${key}.${one ? 'one' : 'other'}`, { n, ...vars }, lang);
}

/** A translated label when one exists (PLOVER mode, removal reason…), else the raw value. */
export function label(prefix: string, value: string, lang: Lang = current): string {
  const key = `${prefix}.${value}`;
  return DICTS[lang][key] ?? DICTS.fr[key] ?? value;
}

export function locale(lang: Lang = current): string {
  return lang === 'fr' ? 'fr-FR' : 'en-GB';
}
