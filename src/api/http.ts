// HTTP plumbing shared by the routes: JSON errors, security headers, weak ETags from the data
// version, bearer-token check.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';

export class ApiError extends Error {
  constructor(readonly status: 400 | 401 | 403 | 404 | 413 | 422 | 500, message: string) {
    super(message);
  }
}

export function errorBody(status: number, message: string) {
  return { error: { status, message } };
}

export function errorResponse(c: Context, status: ApiError['status'], message: string): Response {
  return c.json(errorBody(status, message), status);
}

/** The UI loads only its own files; nothing inline, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
].join('; ');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const h = c.res.headers;
  h.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  h.set('X-Content-Type-Options', 'nosniff');
  h.set('Referrer-Policy', 'no-referrer');
  h.set('X-Frame-Options', 'DENY');
};

/** Whether an If-None-Match header names this tag (weak comparison, `*` matches all). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || bare(t) === bare(etag));
}

/** Weak ETag of a GET answer: same data version and same URL (path and query) → same answer. */
export function etagFor(version: string, pathAndQuery: string): string {
  return `W/"${version}-${createHash('sha1').update(pathAndQuery).digest('base64url').slice(0, 16)}"`;
}

/** An answer's bytes: sent as they are on a hit (no encoding again). */
interface CachedAnswer { body: Uint8Array<ArrayBuffer>; type: string; disposition: string | null }

/** Bodies handlers gave as text or bytes (see `jsonAnswer`), so the cache need not read them back from the Response. */
const answerBodies = new WeakMap<Context, string | Uint8Array<ArrayBuffer>>();

/** A 200 JSON answer from its text or UTF-8 bytes; the answer cache keeps it without reading the Response back. */
export function jsonAnswer(c: Context, body: string | Uint8Array<ArrayBuffer>): Response {
  answerBodies.set(c, body);
  return c.body(body as string, 200, { 'Content-Type': 'application/json' });
}

/**
 * Recent GET answers by ETag (data version + URL): the same question on unchanged data is answered
 * from memory. Bounded in entries and bytes; a new data version makes old entries unreachable.
 */
export class AnswerCache {
  private entries = new Map<string, CachedAnswer>();
  private bytes = 0;
  constructor(readonly maxEntries = 2000, readonly maxBytes = 128 * 1024 * 1024, readonly maxAnswerBytes = 4 * 1024 * 1024) {}

  get(etag: string): CachedAnswer | undefined {
    const hit = this.entries.get(etag);
    if (hit) { this.entries.delete(etag); this.entries.set(etag, hit); }
    return hit;
  }

  set(etag: string, answer: CachedAnswer): void {
    if (answer.body.byteLength > this.maxAnswerBytes || this.entries.has(etag)) return;
    this.entries.set(etag, answer);
    this.bytes += answer.body.byteLength;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const [oldest, old] = this.entries.entries().next().value!;
      this.entries.delete(oldest);
      this.bytes -= old.body.byteLength;
    }
  }
}

/** GET answers are revalidated every time (no-cache), answered 304 when nothing changed, and served from the answer cache. */
export function conditionalGet(version: () => Promise<string>, cache?: AnswerCache): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const url = new URL(c.req.url);
    const etag = etagFor(await version(), url.pathname + url.search);
    const headers: Record<string, string> = { ETag: etag, 'Cache-Control': 'no-cache' };
    if (etagMatches(c.req.header('If-None-Match'), etag)) return c.body(null, 304, headers);
    const hit = cache?.get(etag);
    if (hit) {
      return c.body(hit.body, 200, { ...headers, 'Content-Type': hit.type, ...(hit.disposition ? { 'Content-Disposition': hit.disposition } : {}) });
    }
    await next();
    // A new Response: headers set on the one the handler made do not always reach the wire.
    const res = c.res;
    const type = res.headers.get('Content-Type') ?? '';
    const length = Number(res.headers.get('Content-Length') ?? NaN);
    const cacheable = cache && res.status === 200 && (!Number.isFinite(length) || length <= cache.maxAnswerBytes) && /json|text|xml|calendar/.test(type);
    // Reading a Response's text back costs a copy and two conversions of a body that can be a
    // megabyte: handlers that answer with jsonAnswer hand their text over directly.
    const given = answerBodies.get(c);
    const body = cacheable ? (given instanceof Uint8Array ? given : new TextEncoder().encode(given ?? await res.text())) : res.body;
    if (cacheable) cache.set(etag, { body: body as Uint8Array<ArrayBuffer>, type, disposition: res.headers.get('Content-Disposition') });
    const out = new Headers(res.headers);
    out.set('Cache-Control', 'no-cache');
    if (res.status === 200) out.set('ETag', etag);
    c.res = undefined;
    c.res = new Response(body, { status: res.status, headers: out });
  };
}

/** Constant-time comparison of the Authorization header with `Bearer <token>`. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (!m) return false;
  const given = createHash('sha256').update(m[1].trim()).digest();
  const expected = createHash('sha256').update(token).digest();
  return timingSafeEqual(given, expected);
}
