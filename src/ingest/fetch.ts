// Fetching a URL the user gave (the only network access Vigie makes): bounded in size and time.
export type Fetched =
  | { ok: true; bytes: Uint8Array; contentType: string | null; url: string }
  | { ok: false; reason: string };

export interface FetchOptions { maxBytes: number; timeoutMs?: number }

export function isHttpUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

export async function fetchBytes(url: string, { maxBytes, timeoutMs = 30_000 }: FetchOptions): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'user-agent': 'Vigie/0.1 (news analysis; fetches only URLs its user gives)',
        accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
        'accept-language': 'fr,en;q=0.5',
      },
    });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const why = e.name === 'TimeoutError' ? `timed out after ${timeoutMs / 1000} s` : e.cause?.code ?? e.cause?.message ?? e.message;
    return { ok: false, reason: `fetch failed (${why})` };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    return { ok: false, reason: `HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}` };
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    return { ok: false, reason: `response of ${declared} bytes is over the ${maxBytes}-byte limit` };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    if (response.body) {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        size += chunk.length;
        if (size > maxBytes) break; // leaving the loop cancels the stream
        chunks.push(chunk);
      }
    }
  } catch (err) {
    return { ok: false, reason: `fetch failed while reading (${(err as Error).message})` };
  }
  if (size > maxBytes) return { ok: false, reason: `response is over the ${maxBytes}-byte limit` };
  return { ok: true, bytes: Buffer.concat(chunks), contentType: response.headers.get('content-type'), url: response.url || url };
}
