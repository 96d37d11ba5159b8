// Ingestion: files, directories, stdin, URLs and feeds → RawArticles, one clear failure per bad
// input and the batch goes on. Never throws for a single input.
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { RawArticle } from '../core/document.ts';
import { binaryReason, charsetOfContentType, declaredHtmlCharset, decodeBytes } from './decode.ts';
import { parseFeed } from './feed.ts';
import { fetchBytes, isHttpUrl } from './fetch.ts';
import { readFileBytes, readHead, walk } from './files.ts';
import { extractHtml, htmlFragmentToText } from './html.ts';
import { readLines } from './lines.ts';
import { nameFromUrl, positionName } from './names.ts';
import { articleFromRecord, parseJson } from './records.ts';
import { kindFromContent, kindFromExtension, type InputKind } from './sniff.ts';

export interface InputFailure { input: string; reason: string }
export interface IngestOptions {
  /** Largest input accepted, in bytes (default 5 MB); for JSON Lines, the largest line. */
  maxBytes?: number;
  /** A publication date the user gives for every input (--published). */
  published?: string | null;
  /** Crawl time, ISO (for "Il y a 2 heures"). */
  crawled?: string | null;
  /** Fetch the page behind each feed item's link (else the item's description is the text). */
  fetchItems?: boolean;
  /** Source name for stdin (default "stdin"). */
  stdinName?: string | null;
  /** Where `-` reads from (default process.stdin); tests pass chunks. */
  stdin?: AsyncIterable<Uint8Array>;
  /** Per-request time limit for URLs (default 30 s). */
  fetchTimeoutMs?: number;
}
export type InputItem = { ok: true; article: RawArticle } | { ok: false; error: InputFailure };

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const SNIFF_BYTES = 65536;

interface Origin {
  /** How messages name the input: the path, URL or "-". */
  input: string;
  name: string;
  path: string | null;
  url: string | null;
  /** Charset a container declared (HTTP Content-Type). */
  charset?: string | null;
}

const fail = (input: string, reason: string): InputItem => ({ ok: false, error: { input, reason } });
const megabytes = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${n} bytes`);

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** Decoded start of an input, for sniffing its kind. */
function headText(bytes: Uint8Array): string {
  const d = decodeBytes(bytes);
  return d.ok ? d.text : Buffer.from(bytes).toString('latin1');
}

/** What positional names (`<file>#<line>`) start with: the file, or the name given to stdin. */
const namingInput = (origin: Origin) => (origin.input === '-' ? origin.name : origin.input);

type Settings = Required<Pick<IngestOptions, 'maxBytes' | 'fetchItems'>> & IngestOptions;

/** One whole (non-streamed) input of a known kind. */
async function* fromBytes(bytes: Uint8Array, kind: InputKind, origin: Origin, opts: Settings): AsyncGenerator<InputItem> {
  if (!bytes.length) return yield fail(origin.input, 'empty file');
  if (bytes.length > opts.maxBytes) return yield fail(origin.input, `${megabytes(bytes.length)}, over the ${megabytes(opts.maxBytes)} limit`);
  const binary = binaryReason(bytes);
  if (binary) return yield fail(origin.input, binary);
  const declared = origin.charset ?? (kind === 'html' ? declaredHtmlCharset(bytes) : null);
  const decoded = decodeBytes(bytes, declared);
  if (!decoded.ok) return yield fail(origin.input, decoded.reason);
  const text = decoded.text;
  if (!text.trim()) return yield fail(origin.input, 'empty file (whitespace only)');

  if (kind === 'text') {
    return yield { ok: true, article: { source: { name: origin.name, path: origin.path, url: origin.url }, raw: text } };
  }
  if (kind === 'html') {
    const extracted = extractHtml(text, origin.url);
    if (!extracted.ok) return yield fail(origin.input, extracted.reason);
    const page = extracted.page;
    return yield {
      ok: true,
      article: {
        source: { name: origin.name, path: origin.path, url: origin.url ?? page.url },
        raw: page.text,
        title: page.title,
        published: page.published,
        publishedFrom: page.published ? 'header' : null,
        outlet: page.outlet,
        authors: page.authors,
      },
    };
  }
  if (kind === 'feed') return yield* fromFeed(text, origin, opts);
  if (kind === 'jsonl') return yield* fromLines(once(bytes), origin, opts);
  // JSON: a record or an array of records (a mislabelled JSON Lines file is read as such).
  const parsed = parseJson(text);
  if (!parsed.ok) {
    if (kindFromContent(text) === 'jsonl') return yield* fromLines(once(bytes), origin, opts);
    return yield fail(origin.input, parsed.reason);
  }
  const records = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
  if (!records.length) return yield fail(origin.input, 'empty JSON array');
  for (let i = 0; i < records.length; i++) {
    const r = articleFromRecord(records[i], { input: namingInput(origin), path: origin.path, position: i + 1 });
    yield r.ok ? { ok: true, article: r.article } : fail(Array.isArray(parsed.value) ? `${origin.input}[${i}]` : origin.input, r.reason);
  }
}

/** JSON Lines, streamed: one record per line, blank lines skipped. */
async function* fromLines(chunks: AsyncIterable<Uint8Array>, origin: Origin, opts: Settings): AsyncGenerator<InputItem> {
  let records = 0;
  for await (const line of readLines(chunks, opts.maxBytes)) {
    const where = `${origin.input}:${line.number}`;
    if ('error' in line) {
      yield fail(where, line.error);
      continue;
    }
    if (!line.text.trim()) continue;
    records++;
    const parsed = parseJson(line.text);
    if (!parsed.ok) {
      yield fail(where, parsed.reason);
      continue;
    }
    const r = articleFromRecord(parsed.value, { input: namingInput(origin), path: origin.path, position: line.number });
    yield r.ok ? { ok: true, article: r.article } : fail(where, r.reason);
  }
  if (!records) yield fail(origin.input, 'empty file (no JSON Lines records)');
}

async function* fromFeed(xml: string, origin: Origin, opts: Settings): AsyncGenerator<InputItem> {
  const feed = parseFeed(xml);
  if (!feed) return yield fail(origin.input, 'not an RSS or Atom feed');
  if (!feed.items.length) return yield fail(origin.input, 'feed has no items');
  for (let i = 0; i < feed.items.length; i++) {
    const item = feed.items[i];
    const where = `${origin.input}#${i + 1}`;
    const link = item.link && isHttpUrl(item.link) ? new URL(item.link, origin.url ?? undefined).href : null;
    const itemName = (link ? nameFromUrl(link) : null) ?? positionName(namingInput(origin), i + 1);
    const fromItem = { title: item.title, published: item.published, publishedFrom: item.published ? ('header' as const) : null };
    if (opts.fetchItems && link) {
      for await (const got of fromUrl(link, opts, itemName)) {
        if (!got.ok) yield fail(where, `${link}: ${got.error.reason}`);
        else {
          const a = got.article;
          const published = a.published ?? item.published;
          yield { ok: true, article: { ...a, title: a.title ?? item.title, published, publishedFrom: a.published ? a.publishedFrom : fromItem.publishedFrom } };
        }
      }
      continue;
    }
    const body = item.body ? (/<[a-z][^>]*>/i.test(item.body) ? htmlFragmentToText(item.body) : item.body.replace(/[ \t]+/g, ' ').trim()) : '';
    if (!body.trim()) {
      yield fail(where, `feed item has no description or content${link ? ' (use --fetch-items to fetch its page)' : ''}`);
      continue;
    }
    yield { ok: true, article: { source: { name: itemName, path: origin.path, url: link }, raw: body.normalize('NFC'), ...fromItem } };
  }
}

async function* fromUrl(url: string, opts: Settings, name?: string): AsyncGenerator<InputItem> {
  const got = await fetchBytes(url, { maxBytes: opts.maxBytes, timeoutMs: opts.fetchTimeoutMs });
  if (!got.ok) return yield fail(url, got.reason);
  const type = (got.contentType ?? '').toLowerCase();
  const head = Buffer.from(got.bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  const kind: InputKind = /(rss|atom)\+xml/.test(type) || (/xml/.test(type) && kindFromContent(head) === 'feed')
    ? 'feed'
    : /json/.test(type) ? kindFromContent(head) === 'jsonl' ? 'jsonl' : 'json'
      : /text\/plain/.test(type) ? 'text'
        : kindFromContent(head) === 'feed' ? 'feed' : 'html';
  const origin: Origin = { input: url, name: name ?? nameFromUrl(got.url) ?? url, path: null, url: got.url, charset: charsetOfContentType(got.contentType) };
  yield* fromBytes(got.bytes, kind, origin, opts);
}

async function* fromFile(path: string, size: number, opts: Settings): AsyncGenerator<InputItem> {
  const origin: Origin = { input: path, name: basename(path), path, url: null };
  if (size === 0) return yield fail(path, 'empty file');
  let kind = kindFromExtension(path);
  if (kind === null || kind === 'jsonl') {
    const head = readHead(path, SNIFF_BYTES);
    if (!head.ok) return yield fail(path, head.reason);
    const binary = binaryReason(head.bytes);
    if (binary) return yield fail(path, binary);
    kind ??= kindFromContent(headText(head.bytes));
  }
  // JSON Lines streams line by line: the size limit applies to each record, not the file.
  if (kind === 'jsonl') return yield* fromLines(createReadStream(path, { highWaterMark: SNIFF_BYTES }), origin, opts);
  if (size > opts.maxBytes) return yield fail(path, `${megabytes(size)}, over the ${megabytes(opts.maxBytes)} limit`);
  const read = readFileBytes(path);
  if (!read.ok) return yield fail(path, read.reason);
  yield* fromBytes(read.bytes, kind, origin, opts);
}

async function* fromStdin(opts: Settings): AsyncGenerator<InputItem> {
  const name = opts.stdinName || 'stdin';
  const origin: Origin = { input: '-', name, path: null, url: null };
  const it = (opts.stdin ?? (process.stdin as AsyncIterable<Uint8Array>))[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headSize = 0;
  let ended = false;
  while (headSize < SNIFF_BYTES) {
    const next = await it.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    headSize += next.value.length;
  }
  const headBytes = Buffer.concat(head);
  const rest = async function* () {
    yield headBytes;
    if (!ended) yield* { [Symbol.asyncIterator]: () => it };
  };
  const kind = binaryReason(headBytes) ? 'text' : kindFromContent(headText(headBytes));
  if (kind === 'jsonl') return yield* fromLines(rest(), origin, opts);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of rest()) {
    size += chunk.length;
    if (size > opts.maxBytes) return yield fail('-', `standard input is over the ${megabytes(opts.maxBytes)} limit`);
    chunks.push(chunk);
  }
  yield* fromBytes(Buffer.concat(chunks), kind, origin, opts);
}

/** Settings applied to every article: the user's --published and --crawled win over the input's. */
function finish(item: InputItem, opts: Settings): InputItem {
  if (!item.ok) return item;
  const a = { ...item.article };
  if (opts.published) {
    a.published = opts.published;
    a.publishedFrom = 'given';
  } else if (!a.published) {
    a.published = null;
    a.publishedFrom = null;
  }
  if (opts.crawled) a.crawled = opts.crawled;
  return { ok: true, article: a };
}

/** Guards one input: an unexpected error becomes that input's failure and the batch goes on. */
async function* guarded(input: string, items: AsyncGenerator<InputItem>, opts: Settings): AsyncGenerator<InputItem> {
  try {
    for await (const item of items) yield finish(item, opts);
  } catch (err) {
    yield fail(input, `could not read (${(err as Error).message})`);
  }
}

export async function* readInputs(paths: string[], options: IngestOptions = {}): AsyncGenerator<InputItem> {
  const opts: Settings = { ...options, maxBytes: options.maxBytes && options.maxBytes > 0 ? options.maxBytes : DEFAULT_MAX_BYTES, fetchItems: options.fetchItems ?? false };
  for (const p of paths) {
    if (p === '-') yield* guarded('-', fromStdin(opts), opts);
    else if (isHttpUrl(p)) yield* guarded(p, fromUrl(p, opts), opts);
    else {
      for (const entry of walk(p)) {
        if (!entry.ok) yield fail(entry.input, entry.reason);
        else yield* guarded(entry.path, fromFile(entry.path, entry.size, opts), opts);
      }
    }
  }
}
