// RSS 2.0 / RSS 1.0 (RDF) / Atom feeds → their items (title, link, date, description or content).
import { DOMParser } from 'linkedom';
import { toIsoDate } from './dates.ts';

export interface FeedItem {
  title: string | null;
  link: string | null;
  published: string | null;
  /** content:encoded / Atom content, else description / summary: HTML or plain text. */
  body: string | null;
}
export interface Feed { title: string | null; items: FeedItem[] }

/** Does this text look like a feed (checked on its first bytes)? */
export function looksLikeFeed(head: string): boolean {
  const s = head.replace(/^\uFEFF/, '').slice(0, 2000);
  return /<rss[\s>]|<feed[\s>][^]*?xmlns=["']http:\/\/www\.w3\.org\/2005\/Atom|<rdf:RDF[\s>]/i.test(s) && !/<html[\s>]/i.test(s);
}

function childText(el: Element, names: string[]): string | null {
  for (const name of names) {
    for (const c of Array.from(el.children)) {
      if (c.tagName.toLowerCase() === name) {
        const t = c.textContent?.trim();
        if (t) return t;
      }
    }
  }
  return null;
}

function atomLink(el: Element): string | null {
  const links = Array.from(el.children).filter((c) => c.tagName.toLowerCase() === 'link');
  const alt = links.find((l) => !l.getAttribute('rel') || l.getAttribute('rel') === 'alternate') ?? links[0];
  return alt?.getAttribute('href')?.trim() || alt?.textContent?.trim() || null;
}

export function parseFeed(xml: string): Feed | null {
  let doc: Document;
  try {
    doc = new DOMParser().parseFromString(xml.replace(/^\uFEFF/, ''), 'text/xml') as unknown as Document;
  } catch {
    return null;
  }
  const root = doc.documentElement;
  if (!root) return null;
  const rootName = root.tagName.toLowerCase();
  if (rootName !== 'rss' && rootName !== 'feed' && rootName !== 'rdf:rdf') return null;
  const isAtom = rootName === 'feed';
  const itemElements = Array.from(doc.getElementsByTagName(isAtom ? 'entry' : 'item'));
  const channel = isAtom ? root : Array.from(root.children).find((c) => c.tagName.toLowerCase() === 'channel') ?? root;
  return {
    title: childText(channel, ['title']),
    items: itemElements.map((el) => ({
      title: childText(el, ['title']),
      link: isAtom ? atomLink(el) : childText(el, ['link', 'guid']),
      published: toIsoDate(childText(el, ['pubdate', 'published', 'dc:date', 'updated', 'issued'])),
      body: childText(el, ['content:encoded', 'content', 'description', 'summary']),
    })),
  };
}
