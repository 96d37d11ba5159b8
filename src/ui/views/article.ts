// Article view: the cleaned text with entities, dates, quotes and event triggers marked like
// displaCy (coloured mark + small label), the evidence passage from `hl=<start>-<end>`
// highlighted and scrolled to, a legend, metadata, and what cleaning removed (with reasons).
// Article text only ever becomes text nodes.
import { add, h, type Child } from '../lib/dom.ts';
import { api, type ContractDocument } from '../lib/api.ts';
import { segment, type MarkSpan, type Segment } from '../lib/marks.ts';
import { hashFor, parseHighlight, type Route } from '../lib/route.ts';
import { typeColour } from '../lib/plover.ts';
import { formatPublished, formatTimex } from '../lib/format.ts';
import { label, t } from '../i18n/index.ts';
import { errorBox, statusBadge, typeChip } from './common.ts';
import { ApiError } from '../lib/api.ts';

const PRIORITY = { hl: 9, quote: 5, event: 3, entity: 2, date: 2 };

function spansOf(doc: ContractDocument, hl: { start: number; end: number } | null): MarkSpan[] {
  const spans: MarkSpan[] = [];
  for (const e of doc.entities) {
    const kind = e.type.toLowerCase();
    const href = e.id.startsWith('local:') ? hashFor('actor', `${doc.id}/${e.id}`) : hashFor('actor', e.id);
    for (const m of e.mentions) {
      spans.push({ start: m.start, end: m.end, kind, label: e.type, title: e.name === m.text ? e.name : `${e.name} (${m.text})`, href, priority: PRIORITY.entity });
    }
  }
  for (const x of doc.timexes) spans.push({ start: x.start, end: x.end, kind: 'date', label: x.type, title: x.value, priority: PRIORITY.date });
  for (const q of doc.quotes) {
    spans.push({ start: q.start, end: q.end, kind: 'quote', label: q.speaker ? `${t('legend.QUOTE')} · ${q.speaker.name}` : t('legend.QUOTE'), title: q.speaker?.name ?? t('quotes.unknownSpeaker'), priority: PRIORITY.quote });
  }
  for (const ev of doc.events) {
    const trigger = (ev as { trigger?: { start: number; end: number } }).trigger;
    if (trigger) spans.push({ start: trigger.start, end: trigger.end, kind: `event event-${ev.type}`, label: ev.type, title: `${label('type', ev.type)} · ${label('status', ev.status)}`, priority: PRIORITY.event });
  }
  if (hl) spans.push({ start: hl.start, end: hl.end, kind: 'hl', priority: PRIORITY.hl });
  return spans;
}

function renderSegments(text: string, segs: Segment[]): Child[] {
  return segs.map((seg) => {
    if (seg.type === 'text') return text.slice(seg.start, seg.end);
    const { span } = seg;
    const inner = renderSegments(text, seg.children);
    if (span.kind === 'hl') return h('mark', { class: 'hl', id: seg.first ? 'evidence' : null, tabindex: seg.first ? '-1' : null }, inner);
    // the label is drawn by CSS from data-label, so the text stays clean to read, copy and search
    const attrs = { class: `ann ann-${span.kind}`, title: span.title ?? null, 'data-label': seg.first && span.label ? span.label : null };
    const mark = span.href ? h('a', { ...attrs, href: span.href }, inner) : h('mark', attrs, inner);
    if (span.kind.startsWith('event')) mark.style.setProperty('--type-colour', typeColour(span.label ?? ''));
    return mark;
  });
}

function legend(): HTMLElement {
  const item = (cls: string, key: string, tag: string) => h('li', {}, h('span', { class: `ann ann-${cls}`, 'data-label': tag }, t(key)));
  return h('section', { class: 'legend', 'aria-label': t('article.legend') },
    h('h2', { class: 'section-title' }, t('article.legend')),
    h('ul', {},
      item('per', 'legend.PER', 'PER'), item('org', 'legend.ORG', 'ORG'), item('loc', 'legend.LOC', 'LOC'), item('misc', 'legend.MISC', 'MISC'),
      item('date', 'legend.DATE', 'DATE'), item('quote', 'legend.QUOTE', t('legend.QUOTE')), item('event', 'legend.EVENT', 'TYPE'),
      h('li', {}, h('mark', { class: 'hl' }, t('legend.HL')))));
}

function metadata(doc: ContractDocument): HTMLElement {
  const row = (key: string, value: Child) => [h('dt', {}, t(key)), h('dd', {}, value)];
  const m = doc.meta;
  return h('dl', { class: 'facts article-meta' },
    row('article.published', m.published ? formatPublished(m.published) : t('common.noDate')),
    m.outlet ? row('article.outlet', m.outlet) : null,
    m.agencies?.length ? row('article.agencies', m.agencies.join(', ')) : null,
    m.authors?.length ? row('article.authors', m.authors.join(', ')) : null,
    row('article.file', doc.source.url ? h('a', { href: doc.source.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, doc.source.url) : doc.source.name));
}

function removedList(doc: ContractDocument): HTMLElement {
  const removed = (doc.removed ?? []) as { text: string; reason: string }[];
  if (!removed.length) return h('p', { class: 'muted' }, t('article.removedNone'));
  return h('details', { class: 'removed' },
    h('summary', {}, t('article.removed', { n: removed.length })),
    h('ul', {}, removed.map((r) => h('li', {}, h('span', { class: 'reason' }, label('reason', r.reason)), ' ', h('span', { class: 'removed-text' }, r.text)))));
}

function eventsList(doc: ContractDocument): HTMLElement | null {
  if (!doc.events.length) return null;
  return h('section', { class: 'article-events' },
    h('h2', { class: 'section-title' }, t('article.events')),
    h('ul', {}, doc.events.map((ev) => h('li', {},
      typeChip(ev.type, ev.mode), ' ', statusBadge(ev.status), ' ',
      ev.date ? h('span', { class: 'muted' }, formatTimex(ev.date.value, doc.meta.published), ' · ') : null,
      h('a', { href: hashFor('article', doc.id, { hl: `${ev.evidence.start}-${ev.evidence.end}` }) }, ev.actors.map((a) => a.name).join(', ') || label('type', ev.type))))));
}

export async function renderArticle(view: HTMLElement, route: Route): Promise<void> {
  if (!route.id) { view.append(errorBox(t('article.notFound'))); return; }
  let doc: ContractDocument;
  try {
    doc = await api.article(route.id);
  } catch (err) {
    add(view, errorBox(err instanceof ApiError && err.status === 404 ? t('article.notFound') : err));
    return;
  }
  const hl = parseHighlight(route.params.get('hl'));
  const segs = segment(doc.text.length, spansOf(doc, hl && hl.end <= doc.text.length ? hl : null));
  add(view,
    h('div', { class: 'article-layout' },
      h('article', { class: 'article' },
        h('h1', { class: 'article-title' }, doc.meta.title || t('articles.untitled')),
        metadata(doc),
        h('div', { class: 'article-text', id: 'article-text', lang: doc.meta.language || 'fr' }, renderSegments(doc.text, segs))),
      h('div', { class: 'article-side' }, legend(), eventsList(doc), h('section', {}, removedList(doc)))),
  );
  if (hl) view.addEventListener('vigie:mounted', () => {
    const target = document.getElementById('evidence');
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  });
}
