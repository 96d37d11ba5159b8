// Articles: the stored articles, newest first, each linking to its annotated view.
import { add, h } from '../lib/dom.ts';
import { api, type DocumentSummary } from '../lib/api.ts';
import { hashFor, type Route } from '../lib/route.ts';
import { formatPublished } from '../lib/format.ts';
import { t } from '../i18n/index.ts';
import { empty } from './common.ts';

/** A search snippet: the API marks matches with [brackets]; they become <mark>s (as text nodes). */
export function snippet(text: string): HTMLElement {
  const p = h('p', { class: 'snippet' });
  for (const [i, part] of text.split(/\[([^\]]*)\]/).entries()) p.append(i % 2 ? h('mark', {}, part) : part);
  return p;
}

export function articleItem(d: DocumentSummary): HTMLElement {
  return h('li', { class: 'article-item' },
    h('a', { href: hashFor('article', d.id), class: 'article-link' }, d.title || t('articles.untitled')),
    h('p', { class: 'muted' }, [formatPublished(d.published), d.outlet, d.source.name].filter(Boolean).join(' · '), ' · ',
      t('articles.counts', { events: d.events, quotes: d.quotes })),
    d.snippet ? snippet(d.snippet) : null);
}

export async function renderArticles(view: HTMLElement, _route: Route): Promise<void> {
  const list = await api.articles({ limit: 200 });
  add(view,
    h('div', { class: 'view-head' }, h('h1', {}, t('articles.title')), h('p', { class: 'muted' }, String(list.total))),
    list.items.length ? h('ul', { class: 'articles', id: 'article-list' }, list.items.map(articleItem)) : empty('articles.empty'),
  );
}
