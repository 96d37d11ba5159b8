// Actor page: names, roles (as the articles state them), events and quotes over time.
import { add, h } from '../lib/dom.ts';
import { api, ApiError, type ContractDocument, type StoredEvent, type StoredQuote } from '../lib/api.ts';
import { articleHref, hashFor, type Route } from '../lib/route.ts';
import { typeColour, happened } from '../lib/plover.ts';
import { formatPublished, formatTimex } from '../lib/format.ts';
import { label, t, tn } from '../i18n/index.ts';
import { errorBox, sectionTitle, statusBadge, typeChip } from './common.ts';

/** Roles the articles give this entity ("porte-parole du Kremlin"), from a few of its articles. */
async function rolesOf(entityId: string, docIds: string[]): Promise<string[]> {
  const local = entityId.includes('/') ? entityId.slice(entityId.indexOf('/') + 1) : entityId;
  const docs = await Promise.all(docIds.slice(0, 5).map((id) => api.article(id).catch(() => null)));
  const roles = new Set<string>();
  for (const doc of docs.filter((d): d is ContractDocument => !!d)) {
    for (const e of doc.entities) if (e.id === local || e.id === entityId) for (const r of e.roles ?? []) roles.add(r);
  }
  return [...roles];
}

function eventItem(ev: StoredEvent): HTMLElement {
  const li = h('li', { class: `actor-event ${happened(ev.status) ? 'happened' : 'announced'}` },
    h('div', { class: 'when' }, ev.date ? formatTimex(ev.date.value, ev.published) : [t('common.noDate'), ev.published ? h('small', {}, t('event.reportedOn', { date: formatPublished(ev.published) })) : null]),
    h('div', {},
      typeChip(ev.type, ev.mode), ' ', statusBadge(ev.status),
      h('p', { class: 'evidence', lang: 'fr' }, ev.evidence.text),
      h('p', { class: 'muted' }, ev.actors.map((a) => `${a.name} (${label('role', a.role)})`).join(', '), ev.place ? ` · ${ev.place.name}` : '', ' · ',
        h('a', { href: articleHref(ev.doc, ev.evidence) }, t('event.openArticle')))));
  li.style.setProperty('--type-colour', typeColour(ev.type));
  return li;
}

export function quoteItem(q: StoredQuote, withSpeaker = true): HTMLElement {
  return h('li', { class: 'quote' },
    h('blockquote', { lang: 'fr' }, h('span', { class: 'quote-text' }, q.text)),
    h('p', { class: 'quote-meta' },
      withSpeaker ? (q.speaker
        ? h('a', { href: q.speaker.entity ? hashFor('actor', q.speaker.entity) : hashFor('quotes', null, { speaker: q.speaker.name }), class: 'speaker' }, q.speaker.name)
        : h('span', { class: 'speaker muted' }, t('quotes.unknownSpeaker'))) : null,
      q.cue ? h('span', { class: 'muted' }, ` ${q.cue}`) : null,
      h('span', { class: 'muted' }, ` · ${label('quotes.kind', q.kind)} · ${formatPublished(q.published)} · `),
      h('a', { href: articleHref(q.doc, q) }, q.source)));
}

export async function renderActor(view: HTMLElement, route: Route): Promise<void> {
  if (!route.id) { view.append(errorBox(t('actor.notFound'))); return; }
  let page;
  try {
    page = await api.entity(route.id);
  } catch (err) {
    add(view, errorBox(err instanceof ApiError && err.status === 404 ? t('actor.notFound') : err));
    return;
  }
  const { entity, events, quotes } = page;
  const placeEvents = page.placeEvents ?? { total: 0, items: [] };
  const docIds = [...new Set([...events.items.map((e) => e.doc), ...quotes.items.map((q) => q.doc)])];
  const roles = await rolesOf(entity.id, docIds);
  // over time: oldest first
  const byDate = (a: { date?: { value: string } | null; published: string | null }, b: typeof a) =>
    (a.date?.value ?? a.published ?? '').localeCompare(b.date?.value ?? b.published ?? '');
  const evs = events.items.slice().sort(byDate);
  const qs = quotes.items.slice().sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  add(view,
    h('div', { class: 'view-head actor-head' },
      h('h1', {}, entity.name, ' ', h('span', { class: `type-tag ann-${entity.type.toLowerCase()}` }, entity.type)),
      h('p', { class: 'muted' }, tn('actor.articles', entity.documents), ' · ',
        h('a', { href: hashFor('timeline', null, { actor: entity.id, undated: 'true' }) }, t('actor.timeline')))),
    h('dl', { class: 'facts' },
      entity.aliases.length ? [h('dt', {}, t('actor.aliases')), h('dd', {}, entity.aliases.join(', '))] : null,
      roles.length ? [h('dt', {}, t('actor.roles')), h('dd', {}, h('ul', { class: 'roles' }, roles.map((r) => h('li', {}, r))))] : null),
    h('div', { class: 'actor-columns' },
      h('section', {}, sectionTitle(t('actor.events'), `(${events.total})`),
        evs.length ? h('ol', { class: 'actor-events' }, evs.map(eventItem)) : h('p', { class: 'muted' }, t('actor.noEvents')),
        placeEvents.items.length ? [sectionTitle(t('actor.placeEvents'), `(${placeEvents.total})`),
          h('ol', { class: 'actor-events' }, placeEvents.items.slice().sort(byDate).map(eventItem))] : null),
      h('section', {}, sectionTitle(t('actor.quotes'), `(${quotes.total})`),
        qs.length ? h('ul', { class: 'quotes' }, qs.map((q) => quoteItem(q, false))) : h('p', { class: 'muted' }, t('actor.noQuotes')))),
  );
}
