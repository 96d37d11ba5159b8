// News records as an API or a crawler exports them — `{ name?, text | html, url?, title?,
// published?, outlet?, crawled?, authors? }` — one per JSON Lines line or in a JSON array.
import type { RawArticle } from '../core/document.ts';
import { normalizeText } from './decode.ts';
import { toIsoDate } from './dates.ts';
import { extractHtml } from './html.ts';
import { nameFromUrl, positionName } from './names.ts';

export type RecordResult = { ok: true; article: RawArticle } | { ok: false; reason: string };

/** Where a record came from: its file (or '-'), and its line (JSONL) or index (JSON array), 1-based. */
export interface RecordPlace { input: string; path: string | null; position: number }

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function authorsOf(v: unknown): string[] | undefined {
  if (typeof v === 'string' && v.trim()) return [v.trim()];
  if (Array.isArray(v)) {
    const names = v.map((a) => str(a) ?? str((a as { name?: unknown } | null)?.name)).filter((a): a is string => !!a);
    return names.length ? names : undefined;
  }
  return undefined;
}

export function articleFromRecord(value: unknown, place: RecordPlace): RecordResult {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, reason: `record is ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}, not an object` };
  }
  const r = value as Record<string, unknown>;
  const url = str(r.url);
  const name = str(r.name) ?? (url ? nameFromUrl(url) : null) ?? positionName(place.input, place.position);
  const source = { name, path: place.path, url };
  const given = toIsoDate(r.published);
  const common = {
    source,
    title: str(r.title),
    published: given,
    publishedFrom: given ? ('given' as const) : null,
    outlet: str(r.outlet),
    authors: authorsOf(r.authors ?? r.author),
    crawled: toIsoDate(r.crawled),
  };

  if (typeof r.text === 'string') {
    const text = normalizeText(r.text);
    if (!text.trim()) return { ok: false, reason: 'record text is empty' };
    return { ok: true, article: { ...common, raw: text } };
  }
  if (typeof r.html === 'string') {
    if (!r.html.trim()) return { ok: false, reason: 'record html is empty' };
    const extracted = extractHtml(normalizeText(r.html), url);
    if (!extracted.ok) return { ok: false, reason: extracted.reason };
    const page = extracted.page;
    const published = given ?? page.published;
    return {
      ok: true,
      article: {
        ...common,
        raw: page.text,
        title: common.title ?? page.title,
        published,
        publishedFrom: given ? 'given' : published ? 'header' : null,
        outlet: common.outlet ?? page.outlet,
        authors: common.authors ?? page.authors,
      },
    };
  }
  return { ok: false, reason: 'record has no "text" or "html" string' };
}

/** JSON.parse with the reason shortened for a one-line message. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const msg = (err as Error).message.replace(/\s+/g, ' ');
    return { ok: false, reason: `not JSON (${msg.length > 100 ? msg.slice(0, 100) + '…' : msg})` };
  }
}
