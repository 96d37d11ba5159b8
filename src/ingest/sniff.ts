// Which reader an input needs: by file extension, else by its first bytes (stdin, odd extensions).
import { extname } from 'node:path';
import { looksLikeFeed } from './feed.ts';

export type InputKind = 'text' | 'html' | 'json' | 'jsonl' | 'feed';

const BY_EXTENSION: Record<string, InputKind> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.shtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.rss': 'feed', '.atom': 'feed', '.xml': 'feed',
};

export function kindFromExtension(path: string): InputKind | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

const HTML_START = /^(?:<!--[^]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|article|main|section|p|h1|h2)[\s>/]/i;

/** Guesses the kind from the start of the content (BOM and leading space ignored). */
export function kindFromContent(head: string): InputKind {
  const s = head.replace(/^\uFEFF/, '').trimStart();
  if (s.startsWith('[')) return 'json';
  if (s.startsWith('{')) {
    // One record per line ends its first line with "}"; a pretty-printed object does not.
    const firstLine = s.split('\n', 1)[0].trimEnd();
    return firstLine.endsWith('}') ? 'jsonl' : 'json';
  }
  if (looksLikeFeed(s)) return 'feed';
  if (HTML_START.test(s) || (/^<\?xml/i.test(s) && /<html[\s>]/i.test(s.slice(0, 2000))) || /<(?:body|p)[\s>][^]*<\/(?:body|p)>/i.test(s.slice(0, 5000))) return 'html';
  return 'text';
}
