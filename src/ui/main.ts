// Entry point: header (navigation, search, language), hash router, one view at a time.
import './styles.css';
import { h, mount } from './lib/dom.ts';
import { hashFor, parseHash, type Route } from './lib/route.ts';
import { getLang, initLang, setLang, t } from './i18n/index.ts';
import { errorBox, loading } from './views/common.ts';
import { renderTimeline } from './views/timeline.ts';
import { renderActors } from './views/actors.ts';
import { renderActor } from './views/actor.ts';
import { renderQuotes } from './views/quotes.ts';
import { renderArticles } from './views/articles.ts';
import { renderArticle } from './views/article.ts';
import { renderSearch } from './views/search.ts';

export type View = (main: HTMLElement, route: Route) => Promise<void>;

const VIEWS: Record<string, { view: View; nav: string }> = {
  timeline: { view: renderTimeline, nav: 'timeline' },
  actors: { view: renderActors, nav: 'actors' },
  actor: { view: renderActor, nav: 'actors' },
  quotes: { view: renderQuotes, nav: 'quotes' },
  articles: { view: renderArticles, nav: 'articles' },
  article: { view: renderArticle, nav: 'articles' },
  search: { view: renderSearch, nav: '' },
};

const header = document.getElementById('app-header')!;
const main = document.getElementById('app-main')!;
let renderCount = 0;

function renderHeader(route: Route): void {
  const current = VIEWS[route.view]?.nav ?? '';
  const input = h('input', {
    type: 'search', name: 'q', id: 'search-box', placeholder: t('search.placeholder'),
    'aria-label': t('search.label'), autocomplete: 'off', value: route.view === 'search' ? route.params.get('q') ?? '' : '',
  });
  const form = h('form', {
    class: 'search', role: 'search',
    onsubmit: (e: Event) => {
      e.preventDefault();
      const q = input.value.trim();
      if (q) location.hash = hashFor('search', null, { q });
    },
  }, input, h('button', { type: 'submit' }, t('search.button')));
  const navLink = (view: string) => h('a', { href: hashFor(view), class: view === current ? 'active' : null, 'aria-current': view === current ? 'page' : null }, t(`nav.${view}`));
  const langButton = h('button', {
    type: 'button', class: 'lang', id: 'lang-toggle', title: t('lang.switchTitle'), lang: getLang() === 'fr' ? 'en' : 'fr',
    onclick: () => { setLang(getLang() === 'fr' ? 'en' : 'fr'); void render(); },
  }, t('lang.switch'));
  mount(header,
    h('a', { href: hashFor('timeline'), class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), t('app.name')),
    h('nav', { 'aria-label': t('nav.label') }, ['timeline', 'actors', 'quotes', 'articles'].map(navLink)),
    form,
    langButton,
  );
}

async function render(): Promise<void> {
  const route = parseHash(location.hash);
  const token = ++renderCount;
  document.documentElement.lang = getLang();
  document.title = `${t(`nav.${VIEWS[route.view]?.nav || 'timeline'}`)} · ${t('app.name')}`;
  renderHeader(route);
  const entry = VIEWS[route.view] ?? VIEWS.timeline;
  const target = h('div', { class: `view view-${route.view}` });
  mount(main, loading());
  try {
    await entry.view(target, route);
    if (token !== renderCount) return; // a newer navigation won
    mount(main, target);
    main.dataset.ready = route.view;
    main.dataset.route = location.hash; // lets tests wait for a given navigation
    target.dispatchEvent(new CustomEvent('vigie:mounted'));
  } catch (err) {
    if (token !== renderCount) return;
    mount(main, errorBox(err));
    main.dataset.ready = 'error';
    main.dataset.route = location.hash;
  }
}

initLang();
window.addEventListener('hashchange', () => { void render(); });
void render();
