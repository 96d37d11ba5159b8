// Bytes → text. Strategy: BOM → that encoding; valid UTF-8 → UTF-8; else a declared charset
// (HTML <meta charset>, HTTP Content-Type) when iconv-lite knows it; else chardet's guess,
// where every Western single-byte guess becomes Windows-1252 (a superset of ISO-8859-1 for
// French: ’ € œ live in 0x80–0x9F). Decoding goes through iconv-lite, never TextDecoder for
// legacy encodings (its 'windows-1252' is wrong for 0x80–0x9F in some runtimes).
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** chardet names that mean "some Western European single-byte encoding": decoded as Windows-1252. */
const WESTERN_GUESSES = new Set(['windows-1252', 'iso-8859-1', 'iso-8859-15', 'ascii']);
/** A non-Western chardet guess is only trusted above this confidence (the corpus is French). */
const FOREIGN_GUESS_CONFIDENCE = 70;
/** Share of control bytes above which a file is binary rather than damaged text. */
const CONTROL_RATIO_LIMIT = 0.05;

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The BOM's encoding and length, if the bytes start with one. */
export function bomOf(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

const MAGIC: [string, number[]][] = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive (or DOCX/ODT)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/** Why these bytes look binary rather than text, or null. Looks at the first 64 KB. */
export function binaryReason(bytes: Uint8Array): string | null {
  for (const [what, magic] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return `binary file (${what})`;
  const bom = bomOf(bytes);
  if (bom && bom.encoding !== 'utf-8') return null; // UTF-16 text is full of NUL bytes
  const sample = bytes.subarray(0, 65536);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0) return `binary file (NUL byte at offset ${i})`;
    // C0 controls other than tab, LF, VT, FF, CR, ESC
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) controls++;
  }
  if (sample.length && controls / sample.length > CONTROL_RATIO_LIMIT) {
    return `binary file (${Math.round((100 * controls) / sample.length)}% control bytes)`;
  }
  return null;
}

/** Maps a declared charset label (WHATWG style) to an iconv-lite encoding, or null if unknown. */
export function encodingForLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (['utf-8', 'utf8', 'unicode-1-1-utf-8'].includes(l)) return 'utf-8';
  // WHATWG: latin1, ascii and ISO-8859-1 labels all mean Windows-1252.
  if (['iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'ascii', 'us-ascii', 'cp1252', 'windows-1252', 'x-cp1252', 'iso_8859-1'].includes(l)) {
    return 'windows-1252';
  }
  return iconv.encodingExists(l) ? l : null;
}

/** Decodes with iconv-lite; null when some byte is undefined in the encoding (iconv gives U+FFFD). */
function decodeLegacy(bytes: Uint8Array, encoding: string): string | null {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  return text.includes('\uFFFD') ? null : text;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    utf8Strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Offset of the first byte that breaks UTF-8, for messages. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0, hi = bytes.length;
  // Binary search on prefix validity, allowing a sequence cut at the end of the prefix.
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

/** Chardet's best guess turned into an encoding we decode with. */
function guessLegacyEncoding(bytes: Uint8Array): string {
  const matches = chardet.analyse(bytes.subarray(0, 65536));
  const top = matches[0];
  if (top && !WESTERN_GUESSES.has(top.name.toLowerCase()) && top.confidence >= FOREIGN_GUESS_CONFIDENCE) {
    const enc = encodingForLabel(top.name);
    if (enc && enc !== 'utf-8') return enc;
  }
  return 'windows-1252';
}

/** Line breaks to \n, Unicode NFC; the BOM is dropped. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/**
 * Decodes a whole input. `declared` is a charset the container states (HTML meta, HTTP header):
 * it decides only when the bytes are not valid UTF-8 (a page declaring Latin-1 but sent as UTF-8
 * is far more common than Latin-1 bytes that happen to form valid UTF-8).
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): Decoded {
  const bom = bomOf(bytes);
  let result: Decoded;
  if (bom) {
    const body = bytes.subarray(bom.length);
    if (bom.encoding === 'utf-8') {
      result = isValidUtf8(body)
        ? { ok: true, text: utf8Strict.decode(body), encoding: 'utf-8' }
        : { ok: false, reason: `undecodable bytes: invalid UTF-8 at byte ${bom.length + firstInvalidUtf8(body)} after a UTF-8 byte-order mark` };
    } else if (body.length % 2) {
      result = { ok: false, reason: `undecodable bytes: odd number of bytes after a ${bom.encoding.toUpperCase()} byte-order mark` };
    } else {
      result = { ok: true, text: iconv.decode(Buffer.from(body), bom.encoding), encoding: bom.encoding };
    }
  } else if (isValidUtf8(bytes)) {
    result = { ok: true, text: utf8Strict.decode(bytes), encoding: 'utf-8' };
  } else {
    const declaredEncoding = encodingForLabel(declared);
    const encoding = declaredEncoding && declaredEncoding !== 'utf-8' ? declaredEncoding : guessLegacyEncoding(bytes);
    const text = decodeLegacy(bytes, encoding);
    result = text !== null
      ? { ok: true, text, encoding }
      : { ok: false, reason: `undecodable bytes: invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}, and not valid ${encoding} either` };
  }
  return result.ok ? { ...result, text: normalizeText(result.text) } : result;
}

/** The charset an HTML page declares in its first bytes (<meta charset>, http-equiv Content-Type). */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)/i.exec(head);
  return m ? m[1] : null;
}

/** The charset parameter of a Content-Type header value. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([A-Za-z0-9_:.\-]+)/i.exec(contentType ?? '');
  return m ? m[1] : null;
}
