// An HTML page → the article's main text (Readability over linkedom's DOM) and what its head says.
// Obvious furniture (navigation, cookie banners, "Lire aussi" blocks, share bars) is removed
// before Readability scores the page; the clean component handles what is left.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { langData } from '../core/lang.ts';
import { pageMeta, splitByline, type PageMeta } from './html-meta.ts';
import { htmlToText } from './html-text.ts';

export interface ExtractedPage extends PageMeta { text: string }
export type Extraction = { ok: true; page: ExtractedPage } | { ok: false; reason: string };

let fragmentPattern: RegExp | null = null;
/** class/id fragments of page furniture, from src/lang/fr/ingest-html-boilerplate.json. */
function furniturePattern(): RegExp {
  if (!fragmentPattern) {
    const data = langData<{ fragments: string[] }>('ingest-html-boilerplate.json');
    const escaped = data.fragments.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    fragmentPattern = new RegExp(`(?:^|[\\s_-])(?:${escaped.join('|')})`, 'i');
  }
  return fragmentPattern;
}

const FURNITURE_TAGS = 'nav, aside, form, button, dialog, [role="navigation"], [role="dialog"], [role="banner"], [role="contentinfo"], [aria-modal="true"], footer, figure, figcaption';
/** Elements that hold the article itself: never removed as furniture. */
const ARTICLE_BODY = 'article, main, [itemprop="articleBody"]';

function removeFurniture(doc: Document): void {
  const pattern = furniturePattern();
  const holdsArticle = (el: Element) => el.matches(ARTICLE_BODY) || !!el.querySelector(ARTICLE_BODY) || !!el.querySelector('p ~ p ~ p ~ p ~ p');
  for (const el of Array.from(doc.querySelectorAll(FURNITURE_TAGS))) {
    if (el.isConnected && !holdsArticle(el)) el.remove();
  }
  // A page-level <header> is masthead; a <header> inside the article holds its title and standfirst.
  for (const el of Array.from(doc.querySelectorAll('header'))) {
    if (el.isConnected && !el.closest(ARTICLE_BODY) && !holdsArticle(el)) el.remove();
  }
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    if (!el.isConnected || el.tagName === 'BODY' || el.tagName === 'HTML') continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (pattern.test(names) && !holdsArticle(el)) el.remove();
  }
}

/** Readability's title ends with the site name ("… - Le Monde"); drop that suffix when we know the outlet. */
function stripSiteSuffix(title: string, outlet: string | null): string {
  if (!outlet) return title;
  const m = new RegExp(`\\s*[-–—|:·]\\s*${outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i').exec(title);
  return m ? title.slice(0, m.index) : title;
}

export function extractHtml(html: string, pageUrl?: string | null): Extraction {
  const { document } = parseHTML(html) as unknown as { document: Document };
  if (!document.documentElement) return { ok: false, reason: 'HTML with no document element' };
  const meta = pageMeta(document, pageUrl);
  removeFurniture(document);
  const bodyFallback = document.body ? htmlToText(document.body.cloneNode(true)) : '';

  let text = '';
  let readabilityTitle: string | null = null;
  let byline: string | null = null;
  try {
    const article = new Readability(document as never, { charThreshold: 200, serializer: (el: Node) => el } as never).parse() as
      { content: unknown; title?: string | null; byline?: string | null } | null;
    if (article?.content) text = htmlToText(article.content as Node);
    readabilityTitle = article?.title?.trim() || null;
    byline = article?.byline?.trim() || null;
  } catch {
    // Readability gives up on odd DOMs; the whole body (minus furniture) is the fallback.
  }
  if (!text.trim()) text = bodyFallback;
  if (!text.trim()) return { ok: false, reason: 'HTML with no extractable text' };

  const authors = meta.authors.length || !byline ? meta.authors : pageMetaAuthors(byline, meta.outlet);
  const title = meta.title ?? (readabilityTitle ? stripSiteSuffix(readabilityTitle, meta.outlet) : null);
  return { ok: true, page: { ...meta, title, authors, text } };
}

function pageMetaAuthors(byline: string, outlet: string | null): string[] {
  return splitByline(byline).filter((a) => !outlet || a.toLowerCase() !== outlet.toLowerCase());
}

/** A fragment (feed description, snippet) → paragraph text, without Readability's page scoring. */
export function htmlFragmentToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: Document };
  return document.body ? htmlToText(document.body) : '';
}
