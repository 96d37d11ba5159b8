// PLOVER-style event records (the POLECAT event data layout), one per fused event,
// with Vigie's status kept beside PLOVER's fields.
import type { ExportInput } from './types.ts';

export interface PloverEvent {
  event_id: string;
  event_date: string | null;
  event_type: string;
  event_mode: string | null;
  event_text: string;
  status: string | null;
  source_actor: string | null;
  target_actor: string | null;
  actors: { name: string; entity: string | null; role: string | null }[];
  location: string | null;
  stories: { id: string; source: string | null; published: string | null }[];
}

export function ploverEvents({ timeline }: ExportInput): PloverEvent[] {
  return timeline.map((e) => {
    const actors = e.actors ?? [];
    const source = actors.find((a) => a.role === 'source') ?? actors[0];
    const target = actors.find((a) => a.role === 'target') ?? actors.find((a) => a !== source);
    return {
      event_id: e.id,
      event_date: e.date?.value ?? null,
      event_type: e.type,
      event_mode: e.mode ?? null,
      event_text: e.mentions?.[0]?.evidence?.text ?? e.evidence?.text ?? '',
      status: e.status ?? null,
      source_actor: source?.name ?? null,
      target_actor: target?.name ?? null,
      actors: actors.map((a) => ({ name: a.name, entity: a.entity ?? null, role: a.role ?? null })),
      location: e.place?.name ?? null,
      stories: (e.mentions ?? []).map((m) => ({ id: m.doc, source: m.source ?? null, published: m.published ?? null })),
    };
  });
}
