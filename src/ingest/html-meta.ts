// What an HTML page's head says about the article: title, date, outlet, authors, canonical URL.
// Sources, most trusted first: <meta property="article:published_time">, JSON-LD (NewsArticle…),
// <meta name="date"> and Dublin Core, <time datetime>.
import { langData } from '../core/lang.ts';
import { toIsoDate } from './dates.ts';

export interface PageMeta {
  title: string | null;
  published: string | null;
  outlet: string | null;
  authors: string[];
  url: string | null;
}

interface BylineData { prefixes: string[]; joiners: string[]; notNames: string[] }
const byline = () => langData<BylineData>('ingest-byline.json');

type Json = Record<string, unknown>;

function metaContent(doc: Document, selectors: string[]): string | null {
  for (const sel of selectors) {
    for (const el of Array.from(doc.querySelectorAll(sel))) {
      const v = el.getAttribute('content')?.trim();
      if (v) return v;
    }
  }
  return null;
}

const ARTICLE_TYPES = /Article|BlogPosting|Report|LiveBlogPosting|WebPage/;

/** Every JSON-LD object on the page, flattening arrays and @graph. */
function jsonLdObjects(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Json);
      if ('@graph' in (v as Json)) visit((v as Json)['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common and harmless: other sources remain.
    }
  }
  return out;
}

function typesOf(obj: Json): string[] {
  const t = obj['@type'];
  return Array.isArray(t) ? t.map(String) : t ? [String(t)] : [];
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object' && typeof (v as Json).name === 'string') return ((v as Json).name as string).trim() || null;
  return null;
}

/** The page's article object: the first JSON-LD object typed as an article, else one with a datePublished. */
function articleObject(objects: Json[]): Json | null {
  return objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage'))
    ?? objects.find((o) => 'datePublished' in o)
    ?? null;
}

function personNames(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v ? [v] : [];
  const names: string[] = [];
  for (const a of list) {
    if (a && typeof a === 'object' && typesOf(a as Json).some((t) => t === 'Organization' || t === 'NewsMediaOrganization')) continue;
    const n = nameOf(a);
    if (n) names.push(...splitByline(n));
  }
  return names;
}

let nameLike: RegExp | null = null;
/** Capitalised words, with the name particles of src/lang/fr/name-particles.json between them. */
function nameLikePattern(): RegExp {
  if (!nameLike) {
    const particles = langData<{ particles: string[] }>('name-particles.json').particles.join('|');
    nameLike = new RegExp(`^[\\p{Lu}][\\p{L}'’.-]*(?:\\s+(?:[\\p{Lu}][\\p{L}'’.-]*|d'|${particles}))*(?:\\s+[\\p{Lu}][\\p{L}'’.-]*)?$`, 'u');
  }
  return nameLike;
}

/** Author names from a byline ("Par Jean Dupont et Marie Martin (avec AFP)"), keeping only name-like parts. */
export function splitByline(text: string): string[] {
  const data = byline();
  let s = text.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  for (const j of data.joiners) s = s.split(j).join('\u0000');
  const names: string[] = [];
  for (let part of s.split('\u0000')) {
    part = part.trim();
    for (let changed = true; changed; ) {
      changed = false;
      for (const p of data.prefixes) {
        if (part.toLowerCase().startsWith(p + ' ')) {
          part = part.slice(p.length + 1).trim();
          changed = true;
        }
      }
    }
    part = part.replace(/[.,;:]+$/, '');
    if (!part || data.notNames.some((n) => part.toLowerCase().startsWith(n))) continue;
    // Two to five words: a lone word after a comma is a dateline place ("…, Berne"), not an author.
    const words = part.split(' ').length;
    if (words >= 2 && words <= 5 && nameLikePattern().test(part) && !names.includes(part)) names.push(part);
  }
  return names;
}

function firstTimeDatetime(doc: Document): string | null {
  const times = Array.from(doc.querySelectorAll('article time[datetime], time[pubdate][datetime], [itemprop="datePublished"], time[datetime]'));
  for (const el of times) {
    const iso = toIsoDate(el.getAttribute('datetime') ?? el.getAttribute('content'));
    if (iso) return iso;
  }
  return null;
}

function absoluteHttpUrl(v: string | null | undefined, base?: string | null): string | null {
  if (!v) return null;
  try {
    const u = new URL(v, base ?? undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function pageMeta(doc: Document, pageUrl?: string | null): PageMeta {
  const ld = jsonLdObjects(doc);
  const article = articleObject(ld);
  const publisher = article ? nameOf(article.publisher) : null;
  const siteObject = ld.find((o) => typesOf(o).some((t) => t === 'NewsMediaOrganization' || t === 'WebSite'));

  const published =
    toIsoDate(metaContent(doc, ['meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[property="og:article:published_time"]'])) ??
    toIsoDate(article?.datePublished) ??
    toIsoDate(metaContent(doc, ['meta[name="date"]', 'meta[name="DC.date.issued"]', 'meta[name="dc.date.issued"]', 'meta[name="DC.date"]', 'meta[name="dcterms.created"]', 'meta[name="pubdate"]', 'meta[name="publish-date"]', 'meta[itemprop="datePublished"]'])) ??
    firstTimeDatetime(doc);

  // The publisher's structured name is the brand ("Le Monde"); og:site_name is often the domain ("Le Monde.fr").
  const siteName = publisher ?? metaContent(doc, ['meta[property="og:site_name"]']) ?? (siteObject ? nameOf(siteObject) : null);
  const outlet = siteName ? siteName.replace(/(?<=\S{2,})\.(?:fr|com|ch|be|ca|net|info|org)$/i, '') : null;

  const jsonLdAuthors = article ? personNames(article.author) : [];
  const metaAuthor = metaContent(doc, ['meta[name="author"]', 'meta[property="article:author"]']);
  let authors = jsonLdAuthors.length ? jsonLdAuthors : metaAuthor && !/^https?:/.test(metaAuthor) ? splitByline(metaAuthor) : [];
  if (outlet) authors = authors.filter((a) => a.toLowerCase() !== outlet.toLowerCase());

  const title =
    metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    (typeof article?.headline === 'string' ? article.headline.trim() || null : null) ??
    (doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null);

  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, ['meta[property="og:url"]']);
  return { title, published, outlet, authors, url: absoluteHttpUrl(canonical, pageUrl) };
}
