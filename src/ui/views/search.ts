// Search results, grouped: entities, quotes, articles, events. Accents, case and transliterations
// ("Putin" / "Poutine") are the API's business.
import { add, h } from '../lib/dom.ts';
import { api } from '../lib/api.ts';
import { articleHref, hashFor, type Route } from '../lib/route.ts';
import { formatTimex } from '../lib/format.ts';
import { t } from '../i18n/index.ts';
import { empty, statusBadge, typeChip } from './common.ts';
import { quoteItem } from './actor.ts';
import { eventTitle } from './timeline.ts';
import { articleItem } from './articles.ts';

export async function renderSearch(view: HTMLElement, route: Route): Promise<void> {
  const q = route.params.get('q')?.trim() ?? '';
  if (!q) { view.append(empty('search.empty')); return; }
  const res = await api.search(q, { limit: 20 });
  const group = (key: string, id: string, count: number, body: HTMLElement) =>
    h('section', { class: 'result-group', id }, h('h2', { class: 'section-title' }, t(key), h('span', { class: 'muted' }, ` (${count})`)), body);
  const groups = [
    res.entities.length ? group('search.entities', 'results-entities', res.entities.length, h('ul', { class: 'entities' }, res.entities.map((e) => h('li', {},
      h('a', { href: hashFor('actor', e.id) }, e.name), ' ', h('span', { class: `type-tag ann-${e.type.toLowerCase()}` }, e.type),
      e.aliases.length ? h('span', { class: 'muted' }, ` ${e.aliases.slice(0, 4).join(', ')}`) : null)))) : null,
    res.quotes.length ? group('search.quotes', 'results-quotes', res.quotes.length, h('ul', { class: 'quotes' }, res.quotes.map((x) => quoteItem(x)))) : null,
    res.documents.length ? group('search.articles', 'results-articles', res.documents.length, h('ul', { class: 'articles' }, res.documents.map(articleItem))) : null,
    res.events?.length ? group('search.events', 'results-events', res.events.length, h('ul', { class: 'search-events' }, res.events.map((ev) => {
      const first = ev.mentions?.[0];
      return h('li', {},
        typeChip(ev.type, ev.mode), ' ', statusBadge(ev.status), ' ', h('span', { class: 'muted' }, ev.date ? formatTimex(ev.date.value, first?.published) : t('common.noDate')),
        h('h3', {}, h('a', { href: hashFor('timeline', null, { undated: 'true', event: ev.id }) }, eventTitle(ev))),
        first ? h('p', { class: 'evidence' }, h('a', { href: articleHref(first.doc, first.evidence) }, first.evidence.text)) : null);
    }))) : null,
  ].filter(Boolean);
  add(view, h('div', { class: 'view-head' }, h('h1', {}, t('search.title', { q }))), groups.length ? groups : empty('search.none'));
}
