// Hash routes: `#/<view>/<id>?<params>`. Pure (no DOM) so it is unit-tested in Node.
export interface Route {
  view: string;
  /** The decoded second path segment (an article, actor or event id), or null. */
  id: string | null;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const [view = '', ...rest] = path.split('/');
  const id = rest.length ? safeDecode(rest.join('/')) : null;
  return { view: safeDecode(view) || 'timeline', id: id || null, params };
}

function safeDecode(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

/** `#/view/id?k=v`; empty and undefined params are left out so URLs stay short. */
export function hashFor(view: string, id?: string | null, params?: Record<string, string | number | null | undefined> | URLSearchParams): string {
  let out = `#/${encodeURIComponent(view)}`;
  if (id) out += `/${encodeURIComponent(id)}`;
  const search = new URLSearchParams();
  if (params instanceof URLSearchParams) params.forEach((v, k) => { if (v) search.append(k, v); });
  else if (params) for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') search.set(k, String(v));
  const qs = search.toString();
  return qs ? `${out}?${qs}` : out;
}

/** Link to an article with the evidence span highlighted. */
export function articleHref(doc: string, span?: { start: number; end: number } | null): string {
  return hashFor('article', doc, span ? { hl: `${span.start}-${span.end}` } : undefined);
}

/** `hl=120-180` → the span, or null when absent or malformed. */
export function parseHighlight(value: string | null): { start: number; end: number } | null {
  const m = value?.match(/^(\d+)-(\d+)$/);
  if (!m) return null;
  const start = Number(m[1]), end = Number(m[2]);
  return end > start ? { start, end } : null;
}
