// Quotes: searchable by speaker, words and publication date (all in the URL hash).
import { add, h } from '../lib/dom.ts';
import { api } from '../lib/api.ts';
import { hashFor, type Route } from '../lib/route.ts';
import { t } from '../i18n/index.ts';
import { empty } from './common.ts';
import { quoteItem } from './actor.ts';
import { collapsible } from './timeline.ts';

const FILTERS = ['speaker', 'q', 'from', 'to'] as const;

export async function renderQuotes(view: HTMLElement, route: Route): Promise<void> {
  const filters: Record<string, string> = {};
  for (const k of FILTERS) { const v = route.params.get(k); if (v) filters[k] = v; }
  const quotes = await api.quotes({ ...filters, limit: 200 });
  const input = (name: string, key: string, type = 'text') =>
    h('label', { class: `field field-${name}` }, h('span', {}, t(key)), h('input', { name, type, value: filters[name] ?? '' }));
  const form = h('form', {
    class: 'filters', id: 'quote-filters',
    onsubmit: (e: Event) => {
      e.preventDefault();
      const data = new FormData(form);
      const next: Record<string, string> = {};
      for (const k of FILTERS) { const v = data.get(k); if (typeof v === 'string' && v.trim()) next[k] = v.trim(); }
      location.hash = hashFor('quotes', null, next);
    },
  },
  input('speaker', 'filters.speaker'), input('q', 'filters.q', 'search'), input('from', 'filters.from', 'date'), input('to', 'filters.to', 'date'),
  h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, t('common.apply')), h('a', { href: hashFor('quotes'), class: 'button' }, t('common.reset'))));
  add(view,
    h('div', { class: 'view-head' }, h('h1', {}, t('quotes.title')),
      h('p', { class: 'muted' }, quotes.total > quotes.items.length ? t('common.showing', { shown: quotes.items.length, total: quotes.total }) : String(quotes.total))),
    collapsible(form, Object.keys(filters).length > 0),
    quotes.items.length ? h('ul', { class: 'quotes', id: 'quote-list' }, quotes.items.map((q) => quoteItem(q))) : empty('quotes.empty'),
  );
}
