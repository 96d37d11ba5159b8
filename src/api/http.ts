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

/** GET answers are revalidated every time (no-cache) and answered 304 when nothing changed. */
export function conditionalGet(version: () => Promise<string>): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const url = new URL(c.req.url);
    const etag = etagFor(await version(), url.pathname + url.search);
    if (etagMatches(c.req.header('If-None-Match'), etag)) {
      return c.body(null, 304, { ETag: etag, 'Cache-Control': 'no-cache' });
    }
    await next();
    c.res.headers.set('Cache-Control', 'no-cache');
    if (c.res.status === 200) c.res.headers.set('ETag', etag);
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
