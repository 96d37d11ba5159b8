// Actor network: who met, called or addressed whom, from the fused timeline. SVG drawn with our
// own force layout; edge width = shared events, edge colour = their most common PLOVER type.
import { add, h, s } from '../lib/dom.ts';
import { api } from '../lib/api.ts';
import { buildNetwork, mainType, type ActorNode } from '../../timeline/network.ts';
import { forceLayout } from '../lib/force.ts';
import { typeColour } from '../lib/plover.ts';
import { hashFor, type Route } from '../lib/route.ts';
import { label, t, tn } from '../i18n/index.ts';
import { empty } from './common.ts';

function nodeHref(n: ActorNode): string {
  return n.entity ? hashFor('actor', n.entity) : hashFor('timeline', null, { actor: n.name });
}

export async function renderActors(view: HTMLElement, _route: Route): Promise<void> {
  const timeline = await api.timeline({ limit: 1000, undated: 'true' });
  const mainWidth = document.getElementById('app-main')?.clientWidth ?? 800;
  const narrow = mainWidth < 600;
  // a phone shows fewer, more spread-out actors
  const net = buildNetwork(timeline.items, narrow ? 16 : 40);
  add(view, h('div', { class: 'view-head' }, h('h1', {}, t('actors.title')), h('p', { class: 'muted' }, t('actors.hint'))));
  if (!net.nodes.length) { view.append(empty('actors.empty')); return; }
  const width = Math.max(300, Math.min(1100, mainWidth - 28));
  const height = Math.round(narrow ? width * 1.3 : Math.max(320, Math.min(640, width * 0.6)));
  const pos = forceLayout(net.nodes.map((n) => ({ id: n.key })), net.edges, { width, height, margin: 50 });
  const maxWeight = Math.max(...net.edges.map((e) => e.weight));
  const maxDegree = Math.max(...net.nodes.map((n) => n.degree));
  const svg = s('svg', { class: 'network', id: 'actor-network', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': t('actors.graph') },
    s('g', { class: 'edges' }, net.edges.map((e) => {
      const a = pos.get(e.source)!, b = pos.get(e.target)!;
      const type = mainType(e);
      return s('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: typeColour(type), 'stroke-width': 1.2 + (maxWeight > 1 ? (6 * (e.weight - 1)) / (maxWeight - 1) : 0), class: 'edge' },
        s('title', {}, `${net.nodes.find((n) => n.key === e.source)?.name} — ${net.nodes.find((n) => n.key === e.target)?.name}: ${Object.entries(e.types).map(([k, v]) => `${label('type', k)} ×${v}`).join(', ')}`));
    })),
    s('g', { class: 'nodes' }, net.nodes.map((n) => {
      const p = pos.get(n.key)!;
      const r = 5 + (9 * n.degree) / maxDegree;
      const anchor = p.x > width * 0.7 ? 'end' : p.x < width * 0.3 ? 'start' : 'middle';
      const dx = anchor === 'end' ? -r - 3 : anchor === 'start' ? r + 3 : 0;
      return s('a', { href: nodeHref(n), class: 'node', 'data-actor': n.key },
        s('title', {}, `${n.name} — ${tn('actors.events', n.events)}`),
        s('circle', { cx: p.x, cy: p.y, r }),
        s('text', { x: p.x + dx, y: anchor === 'middle' ? p.y - r - 4 : p.y + 4, 'text-anchor': anchor }, n.name));
    })),
  );
  add(view,
    h('div', { class: 'network-wrap' }, svg),
    h('section', { class: 'actor-table' },
      h('h2', { class: 'section-title' }, t('actors.list')),
      h('ol', { class: 'columns' }, net.nodes.map((n) => h('li', {}, h('a', { href: nodeHref(n) }, n.name), ' ', h('span', { class: 'muted' }, tn('actors.events', n.events)))))),
  );
}
