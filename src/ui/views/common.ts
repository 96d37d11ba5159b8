// Pieces shared by the views: loading and error states, type chips, status badges, actor links.
import { h } from '../lib/dom.ts';
import { hashFor } from '../lib/route.ts';
import { happened, typeColour } from '../lib/plover.ts';
import { label, t } from '../i18n/index.ts';
import { actorKey } from '../../timeline/network.ts';

export function loading(): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, t('common.loading'));
}

export function errorBox(err: unknown): HTMLElement {
  const message = err instanceof Error ? err.message : String(err);
  return h('p', { class: 'error', role: 'alert' }, t('common.error', { message }));
}

export function empty(key: string): HTMLElement {
  return h('p', { class: 'empty' }, t(key));
}

/** A coloured chip with the PLOVER type's name (and its mode when known). */
export function typeChip(type: string, mode?: string | null): HTMLElement {
  const chip = h('span', { class: 'type-chip', title: type }, label('type', type), mode ? h('span', { class: 'mode' }, ` · ${label('mode', mode)}`) : null);
  chip.style.setProperty('--type-colour', typeColour(type));
  return chip;
}

/** Status badge: filled for what happened, hollow and dashed for what is announced or denied. */
export function statusBadge(status: string): HTMLElement {
  return h('span', { class: `status status-${status} ${happened(status) ? 'happened' : 'announced'}` }, label('status', status));
}

function actorHref(actor: { entity: string | null; name: string }): string {
  return actor.entity ? hashFor('actor', actor.entity) : hashFor('timeline', null, { actor: actor.name });
}

export function actorLink(actor: { entity: string | null; name: string }): HTMLElement {
  return h('a', { href: actorHref(actor), class: 'actor-link', 'data-actor': actorKey(actor) }, actor.name);
}

export function sectionTitle(text: string, extra?: Node | string | null): HTMLElement {
  return h('h2', { class: 'section-title' }, text, extra ? h('span', { class: 'muted' }, ' ', extra) : null);
}
