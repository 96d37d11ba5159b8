// Streams text lines out of byte chunks (a file or stdin), so a 20,000-record JSON Lines file is
// never held whole. UTF-8 lines are split on bytes and decoded one by one (a line that is not
// UTF-8 falls back to the legacy-encoding guess); a UTF-16 stream (BOM) is decoded as a stream.
import iconv from 'iconv-lite';
import { bomOf, decodeBytes } from './decode.ts';

export type Line = { number: number; text: string } | { number: number; error: string };

async function* splitBytes(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of chunks) {
    let buf = rest.length ? Buffer.concat([rest, Buffer.from(chunk)]) : Buffer.from(chunk);
    let nl: number;
    while ((nl = buf.indexOf(0x0a)) >= 0) {
      yield buf.subarray(0, nl);
      buf = buf.subarray(nl + 1);
    }
    rest = buf;
  }
  if (rest.length) yield rest;
}

async function* utf16Lines(first: Uint8Array, rest: AsyncIterator<Uint8Array>, encoding: string): AsyncGenerator<string> {
  const decoder = iconv.getDecoder(encoding);
  let pending = decoder.write(Buffer.from(first.subarray(2)));
  for (;;) {
    let nl: number;
    while ((nl = pending.indexOf('\n')) >= 0) {
      yield pending.slice(0, nl);
      pending = pending.slice(nl + 1);
    }
    const next = await rest.next();
    if (next.done) break;
    pending += decoder.write(Buffer.from(next.value));
  }
  pending += decoder.end() ?? '';
  if (pending) yield pending;
}

/** Lines with their 1-based numbers; `maxBytes` bounds a single line, not the stream. */
export async function* readLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
  const it = chunks[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const bom = bomOf(first.value);
  const restIterable = { [Symbol.asyncIterator]: () => it };
  let number = 0;
  if (bom && bom.encoding !== 'utf-8') {
    for await (const text of utf16Lines(first.value, it, bom.encoding)) {
      number++;
      yield { number, text: text.replace(/\r$/, '').normalize('NFC') };
    }
    return;
  }
  async function* all() {
    yield first.value as Uint8Array;
    yield* restIterable;
  }
  for await (const bytes of splitBytes(all())) {
    number++;
    const body = number === 1 && bom ? bytes.subarray(bom.length) : bytes;
    if (body.length > maxBytes) {
      yield { number, error: `line of ${body.length} bytes is over the ${maxBytes}-byte limit` };
      continue;
    }
    const decoded = decodeBytes(body);
    yield decoded.ok ? { number, text: decoded.text.replace(/\n$/, '') } : { number, error: decoded.reason };
  }
}
