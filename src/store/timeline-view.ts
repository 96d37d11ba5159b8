// A fused event as answers give it: lists carry its first mentions and how many it has (a wire
// story republished everywhere gathers hundreds), its own page every mention. Each view is
// serialised once and kept as long as the event (its fusion) lives.
import type { TimelineEvent } from '../timeline/index.ts';

export type TimelineEventView = TimelineEvent & { mentionCount: number; sourceCount: number };

/** How many of each event's mentions a list gives by default (the event's own page gives them all). */
export const DEFAULT_LIST_MENTIONS = 5;

const views = new WeakMap<TimelineEvent, Map<number, { view: TimelineEventView; json: string | null }>>();

function cached(event: TimelineEvent, mentions: number): { view: TimelineEventView; json: string | null } {
  const n = Math.min(Math.max(0, mentions), event.mentions.length);
  let byCount = views.get(event);
  if (!byCount) views.set(event, (byCount = new Map()));
  let entry = byCount.get(n);
  if (!entry) {
    const sourceCount = new Set(event.mentions.map((m) => m.doc)).size;
    const view = { ...event, mentions: n === event.mentions.length ? event.mentions : event.mentions.slice(0, n), mentionCount: event.mentions.length, sourceCount };
    byCount.set(n, (entry = { view, json: null }));
  }
  return entry;
}

/** The event with its first `mentions` mentions (Infinity: all) and its mention and source counts. */
export function timelineEventView(event: TimelineEvent, mentions: number): TimelineEventView {
  return cached(event, mentions).view;
}

/** JSON.stringify(timelineEventView(event, mentions)), computed once. */
export function timelineEventJSON(event: TimelineEvent, mentions: number): string {
  const entry = cached(event, mentions);
  return (entry.json ??= JSON.stringify(entry.view));
}
