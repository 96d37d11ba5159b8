// Source names: what an article is called in output and messages when no name is given.
import { basename } from 'node:path';

/** Path segments that say nothing about which article this is. */
const EMPTY_SEGMENTS = /^(?:index\.[a-z]+|default\.[a-z]+|amp|amp\.html|print|article|articles|story|news|fr|en)$/i;

/**
 * The last meaningful path segment of a URL (`…/2025/08/07/trump-poutine_6627.html` →
 * `trump-poutine_6627.html`), the host name for a bare domain, null if not a URL.
 */
export function nameFromUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const segments = parsed.pathname.split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  for (let i = segments.length - 1; i >= 0; i--) {
    if (!EMPTY_SEGMENTS.test(segments[i]) && !/^\d{1,4}$/.test(segments[i])) return segments[i];
  }
  return parsed.hostname || null;
}

/** `<file>#<line>` (or `<file>#<n>` for the n-th record of an array / item of a feed). */
export function positionName(input: string, position: number): string {
  return `${input === '-' ? 'stdin' : basename(input)}#${position}`;
}
