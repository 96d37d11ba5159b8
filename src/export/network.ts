// The actor network: who met, called or addressed whom, weighted by the number of events.
import type { ExportEvent } from './types.ts';

export interface NetworkNode { id: string; label: string; events: number }
export interface NetworkEdge { source: string; target: string; weight: number; types: string[] }
export interface Network { nodes: NetworkNode[]; edges: NetworkEdge[] }

export function actorNetwork(events: ExportEvent[]): Network {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  for (const e of events) {
    const ids: string[] = [];
    for (const a of e.actors ?? []) {
      const id = a.entity || `name:${a.name}`;
      if (ids.includes(id)) continue;
      ids.push(id);
      const n = nodes.get(id) ?? { id, label: a.name, events: 0 };
      n.events++;
      nodes.set(id, n);
    }
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [s, t] = [ids[i], ids[j]].sort();
        const key = `${s}\u0000${t}`;
        const edge = edges.get(key) ?? { source: s, target: t, weight: 0, types: [] };
        edge.weight++;
        if (!edge.types.includes(e.type)) edge.types.push(e.type);
        edges.set(key, edge);
      }
    }
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    nodes: [...nodes.values()].sort(byId),
    edges: [...edges.values()].sort((a, b) => (a.source + a.target < b.source + b.target ? -1 : 1)),
  };
}
