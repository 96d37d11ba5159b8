// Timeline: fused events on a time axis (SVG overview) and as a chronological list of cards,
// coloured by PLOVER type; what happened is filled, what is only announced is hollow and dashed.
// Filters live in the URL hash; `event=<id>` opens an event's detail panel.
import { add, h, s } from '../lib/dom.ts';
import { api, type TimelineEvent, type TimelineEventView } from '../lib/api.ts';
import { articleHref, hashFor, type Route } from '../lib/route.ts';
import { PLOVER_TYPES, STATUSES, happened, typeColour } from '../lib/plover.ts';
import { axisRange, formatPublished, formatTimex } from '../lib/format.ts';
import { label, locale, t, tn } from '../i18n/index.ts';
import { axisTicks, brokenAxis } from '../lib/axis.ts';
import { actorLink, empty, statusBadge, typeChip } from './common.ts';
import { dayToISO } from '../../timeline/dates.ts';

const TIMELINE_FILTERS = ['from', 'to', 'actor', 'type', 'status', 'place', 'q', 'undated'] as const;

function filtersOf(route: Route): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of TIMELINE_FILTERS) { const v = route.params.get(k); if (v) out[k] = v; }
  return out;
}

/** "Donald Trump → Vladimir Putin" when roles are known, else the names listed. */
export function eventTitle(ev: Pick<TimelineEvent, 'actors' | 'type'>): string {
  const names = (role: string) => ev.actors.filter((a) => a.role === role).map((a) => a.name);
  const sources = names('source'), targets = names('target');
  if (sources.length && targets.length) return `${sources.join(', ')} → ${targets.join(', ')}`;
  if (ev.actors.length) return ev.actors.map((a) => a.name).join(', ');
  return label('type', ev.type);
}

function publishedOf(ev: TimelineEvent): string | null {
  return ev.mentions.find((m) => m.published)?.published ?? null;
}

function filterForm(filters: Record<string, string>, actorNames: string[]): HTMLElement {
  const field = (name: string, labelKey: string, control: HTMLElement) =>
    h('label', { class: `field field-${name}` }, h('span', {}, t(labelKey)), control);
  const text = (name: string, type = 'text', extra: Record<string, string> = {}) =>
    h('input', { name, type, value: filters[name] ?? '', ...extra });
  const select = (name: string, values: readonly string[], prefix: string) =>
    h('select', { name },
      h('option', { value: '' }, t('common.any')),
      values.map((v) => h('option', { value: v, selected: (filters[name] ?? '').toUpperCase() === v.toUpperCase() }, label(prefix, v))));
  const form = h('form', {
    class: 'filters', id: 'timeline-filters',
    onsubmit: (e: Event) => {
      e.preventDefault();
      const data = new FormData(form);
      const next: Record<string, string> = {};
      for (const k of TIMELINE_FILTERS) {
        const v = data.get(k);
        if (typeof v === 'string' && v.trim()) next[k] = v.trim();
      }
      location.hash = hashFor('timeline', null, next);
    },
  },
  field('from', 'filters.from', text('from', 'date')),
  field('to', 'filters.to', text('to', 'date')),
  field('actor', 'filters.actor', text('actor', 'text', { list: 'actor-names', autocomplete: 'off' })),
  field('type', 'filters.type', select('type', PLOVER_TYPES, 'type')),
  field('status', 'filters.status', select('status', STATUSES, 'status')),
  field('place', 'filters.place', text('place')),
  field('q', 'filters.q', text('q', 'search')),
  h('label', { class: 'field field-check' }, h('input', { type: 'checkbox', name: 'undated', value: 'true', checked: filters.undated === 'true' }), h('span', {}, t('filters.undated'))),
  h('div', { class: 'filter-actions' },
    h('button', { type: 'submit', class: 'primary' }, t('common.apply')),
    h('a', { href: hashFor('timeline'), class: 'button' }, t('common.reset'))),
  h('datalist', { id: 'actor-names' }, actorNames.map((n) => h('option', { value: n }))),
  );
  return form;
}

function eventHref(filters: Record<string, string>, id: string | null): string {
  return hashFor('timeline', null, { ...filters, event: id });
}

/** Where an event sits on the axis: its day, or its days when a short range (a week, a weekend). */
function axisPlace(ev: TimelineEvent): { start: number; end: number } | null {
  const r = axisRange(ev.date?.value, publishedOf(ev));
  if (!r) return null;
  // a month or a year is too vague to draw as a bar: a dot at its start
  return r.end - r.start > 31 ? { start: r.start, end: r.start } : r;
}

function tickLabel(day: number, withYear: boolean): SVGTextElement {
  const iso = dayToISO(day);
  const short = new Intl.DateTimeFormat(locale(), { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(new Date(`${iso}T00:00:00Z`));
  return s('text', { 'text-anchor': 'middle' },
    s('tspan', { dy: 0 }, short),
    withYear ? s('tspan', { dy: 12, class: 'tick-year' }, iso.slice(0, 4)) : null);
}

/** The SVG axis: one dot per dated event (a bar for a short range), stacked in lanes when crowded,
 *  with long empty stretches collapsed into breaks. */
function axis(events: TimelineEvent[], filters: Record<string, string>, selected: string | null, width: number): SVGSVGElement | null {
  const placed = events
    .map((ev) => ({ ev, r: axisPlace(ev) }))
    .filter((p): p is { ev: TimelineEvent; r: { start: number; end: number } } => !!p.r);
  if (!placed.length) return null;
  const scale = brokenAxis(placed.flatMap((p) => [p.r.start, p.r.end]), { width });
  const laneEnds: number[] = [];
  const items = placed.sort((a, b) => a.r.start - b.r.start).map((p) => {
    const x0 = scale.x(p.r.start), x1 = Math.max(scale.x(p.r.end), x0);
    let lane = laneEnds.findIndex((end) => end < x0 - 14);
    if (lane < 0) { lane = laneEnds.length; laneEnds.push(0); }
    laneEnds[lane] = x1;
    return { ...p, x0, x1, lane };
  });
  const laneHeight = 16, top = 12;
  const axisY = top + laneEnds.length * laneHeight + 6;
  const height = axisY + 36;
  let lastYear = '';
  const ticks = axisTicks(scale, width < 500 ? 56 : 80).map((day) => {
    const year = dayToISO(day).slice(0, 4);
    const label = tickLabel(day, year !== lastYear);
    lastYear = year;
    label.setAttribute('x', String(scale.x(day)));
    label.setAttribute('y', String(axisY + 16));
    label.querySelectorAll('tspan').forEach((tspan) => tspan.setAttribute('x', String(scale.x(day))));
    return s('g', { class: 'tick' }, s('line', { x1: scale.x(day), x2: scale.x(day), y1: axisY, y2: axisY + 4 }), label);
  });
  return s('svg', { class: 'axis', id: 'timeline-axis', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': t('timeline.axis') },
    scale.spans.map((span) => s('line', { x1: span.x0, x2: span.x1, y1: axisY, y2: axisY, class: 'axis-line' })),
    scale.breaks.map((bx) => s('g', { class: 'axis-break' },
      s('line', { x1: bx - 6, x2: bx - 2, y1: axisY + 5, y2: axisY - 5 }),
      s('line', { x1: bx + 2, x2: bx + 6, y1: axisY + 5, y2: axisY - 5 }))),
    ticks,
    items.map(({ ev, x0, x1, lane }) => {
      const y = top + lane * laneHeight + laneHeight / 2;
      const colour = typeColour(ev.type);
      const cls = `dot ${happened(ev.status) ? 'happened' : 'announced'}${ev.id === selected ? ' selected' : ''}`;
      const shape = x1 - x0 > 10
        ? s('rect', { x: x0 - 5, y: y - 5, width: x1 - x0 + 10, height: 10, rx: 5, class: cls, fill: happened(ev.status) ? colour : '#fff', stroke: colour })
        : s('circle', { cx: x0, cy: y, r: 6, class: cls, fill: happened(ev.status) ? colour : '#fff', stroke: colour });
      return s('a', { href: eventHref(filters, ev.id), 'data-event': ev.id },
        s('title', {}, `${formatTimex(ev.date?.value, publishedOf(ev))} · ${label('type', ev.type)} · ${label('status', ev.status)} · ${eventTitle(ev)}`),
        shape);
    }),
  );
}

function card(ev: TimelineEventView, filters: Record<string, string>, selected: string | null): HTMLElement {
  const first = ev.mentions[0];
  const el = h('article', { class: `event-card ${happened(ev.status) ? 'happened' : 'announced'}${ev.id === selected ? ' selected' : ''}`, 'data-event': ev.id },
    h('div', { class: 'event-date' },
      ev.date ? formatTimex(ev.date.value, publishedOf(ev)) : t('common.noDate'),
      ev.date?.text ? h('small', {}, ev.date.text) : null),
    h('div', { class: 'event-body' },
      h('div', { class: 'event-head' }, typeChip(ev.type, ev.mode), statusBadge(ev.status),
        ev.contradiction ? h('span', { class: 'warning', title: ev.reason ?? '' }, '⚠ ', t('event.contradiction')) : null),
      h('h3', {}, h('a', { href: eventHref(filters, ev.id), class: 'event-link' }, eventTitle(ev))),
      ev.place ? h('p', { class: 'event-place' }, h('span', { class: 'pin', 'aria-hidden': 'true' }), ev.place.name) : null,
      first ? h('p', { class: 'evidence', lang: 'fr' }, first.evidence.text) : null,
      h('p', { class: 'muted' }, tn('timeline.sources', ev.sourceCount))));
  el.style.setProperty('--type-colour', typeColour(ev.type));
  return el;
}

function eventDetail(ev: TimelineEvent, closeHref: string): HTMLElement {
  const panel = h('aside', { class: `event-detail ${happened(ev.status) ? 'happened' : 'announced'}`, id: 'event-detail', 'aria-labelledby': 'event-detail-title' },
    h('a', { href: closeHref, class: 'close', 'aria-label': t('common.close'), title: t('common.close') }, '×'),
    h('div', { class: 'event-head' }, typeChip(ev.type, ev.mode), statusBadge(ev.status)),
    h('h2', { id: 'event-detail-title' }, eventTitle(ev)),
    ev.contradiction ? h('p', { class: 'warning' }, '⚠ ', t('event.contradiction'), ev.reason ? ` : ${ev.reason}` : '') : null,
    h('dl', { class: 'facts' },
      h('dt', {}, t('event.date')), h('dd', {}, ev.date ? formatTimex(ev.date.value, publishedOf(ev)) : t('common.noDate'), ev.date?.text ? h('span', { class: 'muted' }, ` (${ev.date.text})`) : null),
      h('dt', {}, t('event.place')), h('dd', {}, ev.place ? h('a', { href: ev.place.entity ? hashFor('actor', ev.place.entity) : hashFor('timeline', null, { place: ev.place.name }) }, ev.place.name) : '—'),
      h('dt', {}, t('event.actors')), h('dd', {}, ev.actors.length
        ? h('ul', { class: 'actor-list' }, ev.actors.map((a) => h('li', {}, actorLink(a), h('span', { class: 'role' }, label('role', a.role)))))
        : t('event.noActors')),
      ev.otherActors?.length ? [h('dt', {}, t('event.otherActors')), h('dd', {}, h('ul', { class: 'actor-list' }, ev.otherActors.map((a) => h('li', {}, actorLink(a), h('span', { class: 'role' }, label('role', a.role))))))] : null),
    h('h3', {}, t('event.history')),
    h('ol', { class: 'history' }, ev.statusHistory.map((c) => h('li', {},
      statusBadge(c.status), ' ', c.date ? t('event.asOf', { date: formatPublished(c.date) }) : '',
      ' ', h('a', { href: articleHref(c.doc, ev.mentions.find((m) => m.doc === c.doc)?.evidence) }, '↗')))),
    h('h3', {}, t('event.sources')),
    h('ul', { class: 'mentions' }, ev.mentions.map((m) => h('li', {},
      h('blockquote', { lang: 'fr' }, m.evidence.text),
      h('p', { class: 'mention-meta' },
        statusBadge(m.status), ' ',
        h('a', { href: articleHref(m.doc, m.evidence), class: 'source-link' }, t('event.openArticle'), ' · ', m.source),
        m.published ? h('span', { class: 'muted' }, ' · ', formatPublished(m.published)) : null)))),
  );
  panel.style.setProperty('--type-colour', typeColour(ev.type));
  return panel;
}

/** Filters folded away on a phone (unless some are set), always open on a wider screen. */
export function collapsible(form: HTMLElement, active: boolean): HTMLElement {
  const wide = globalThis.matchMedia?.('(min-width: 760px)').matches ?? true;
  return h('details', { class: 'filters-box', open: wide || active }, h('summary', {}, t('filters.title')), form);
}

export async function renderTimeline(view: HTMLElement, route: Route): Promise<void> {
  const filters = filtersOf(route);
  const selected = route.params.get('event');
  // The list gives each event its first mentions; the open event comes whole, every source sentence.
  const [timeline, people, chosen] = await Promise.all([
    api.timeline({ ...filters, limit: 1000 }),
    api.entities({ type: 'PER', limit: 200 }).catch(() => ({ items: [] as { name: string }[] })),
    selected ? api.timelineEvent(selected).catch(() => null) : null,
  ]);
  const events = timeline.items;
  const width = Math.max(300, Math.min(1200, (document.getElementById('app-main')?.clientWidth ?? 800) - 32));
  const dated = events.filter((e) => axisPlace(e));
  const undated = events.filter((e) => !axisPlace(e));
  const list = h('div', { class: 'event-list', id: 'event-list' },
    dated.map((ev) => card(ev, filters, selected)),
    undated.length ? [h('h3', { class: 'group-title' }, t('timeline.undatedGroup')), undated.map((ev) => card(ev, filters, selected))] : null);
  add(view,
    h('div', { class: 'view-head' },
      h('h1', {}, t('timeline.title')),
      h('p', { class: 'muted', id: 'timeline-count' }, tn('timeline.count', timeline.total),
        timeline.total > events.length ? ` (${t('common.showing', { shown: events.length, total: timeline.total })})` : '')),
    collapsible(filterForm(filters, people.items.map((p) => p.name)), Object.keys(filters).length > 0),
    h('div', { class: 'legend-line muted' },
      h('span', {}, h('span', { class: 'dot-sample happened' }), ' ', t('timeline.legendHappened')),
      h('span', {}, h('span', { class: 'dot-sample announced' }), ' ', t('timeline.legendAnnounced')),
      h('span', { class: 'type-legend' }, [...new Set(events.map((e) => e.type))].sort().map((type) => typeChip(type)))),
    events.length ? axis(events, filters, selected, width) : null,
    events.length
      ? h('div', { class: `timeline-layout${chosen ? ' with-detail' : ''}` }, chosen ? eventDetail(chosen, eventHref(filters, null)) : null, list)
      : empty('timeline.empty'),
  );
  if (chosen) view.addEventListener('vigie:mounted', () => document.getElementById('event-detail')?.scrollIntoView({ block: 'nearest' }));
}
