// Who met, called or addressed whom: an actor graph from fused timeline events (the web
// interface draws it, the GEXF export writes it). An event with sources and targets links each
// source to each target; one with only participants links them pairwise. Edge weight = number of
// events.

/** What the graph reads of an event and its actors (timeline events, export events). */
export interface NetworkActor { entity?: string | null; name: string; role?: string }
export interface NetworkEvent { id: string; type: string; actors?: NetworkActor[] }

export interface ActorNode { key: string; entity: string | null; name: string; events: number; degree: number }
export interface ActorEdge { source: string; target: string; weight: number; types: Record<string, number>; events: string[] }
export interface Network { nodes: ActorNode[]; edges: ActorEdge[] }

export function actorKey(a: { entity?: string | null; name: string }): string {
  return a.entity || `name:${a.name.toLowerCase()}`;
}

/** The graph of the `maxNodes` most connected actors (all: Infinity). */
export function buildNetwork(events: NetworkEvent[], maxNodes = 40): Network {
  const nodes = new Map<string, ActorNode>();
  const edges = new Map<string, ActorEdge>();
  for (const ev of events) {
    const seen = new Map<string, NetworkActor>();
    for (const a of ev.actors ?? []) if (!seen.has(actorKey(a))) seen.set(actorKey(a), a);
    for (const [key, a] of seen) {
      const node = nodes.get(key) ?? { key, entity: a.entity ?? null, name: a.name, events: 0, degree: 0 };
      node.events++;
      nodes.set(key, node);
    }
    const actors = [...seen.values()];
    const sources = actors.filter((a) => a.role === 'source'), targets = actors.filter((a) => a.role === 'target');
    const pairs: [NetworkActor, NetworkActor][] = [];
    if (sources.length && targets.length) for (const s of sources) for (const t of targets) pairs.push([s, t]);
    else for (let i = 0; i < actors.length; i++) for (let j = i + 1; j < actors.length; j++) pairs.push([actors[i], actors[j]]);
    for (const [a, b] of pairs) {
      const [ka, kb] = [actorKey(a), actorKey(b)].sort();
      if (ka === kb) continue;
      const id = `${ka}\u0000${kb}`;
      const edge = edges.get(id) ?? { source: ka, target: kb, weight: 0, types: {}, events: [] };
      if (!edge.events.includes(ev.id)) {
        edge.weight++;
        edge.events.push(ev.id);
        edge.types[ev.type] = (edge.types[ev.type] ?? 0) + 1;
      }
      edges.set(id, edge);
    }
  }
  for (const e of edges.values()) { nodes.get(e.source)!.degree += e.weight; nodes.get(e.target)!.degree += e.weight; }
  const kept = [...nodes.values()]
    .filter((n) => n.degree > 0)
    .sort((a, b) => b.degree - a.degree || b.events - a.events || a.name.localeCompare(b.name))
    .slice(0, maxNodes);
  const keys = new Set(kept.map((n) => n.key));
  return { nodes: kept, edges: [...edges.values()].filter((e) => keys.has(e.source) && keys.has(e.target)) };
}

/** The type most events of an edge share (for its colour). */
export function mainType(edge: ActorEdge): string {
  return Object.entries(edge.types).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}
