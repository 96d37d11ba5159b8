// A small deterministic force-directed layout (Fruchterman–Reingold with cooling): nodes start
// on a circle (no randomness, so the same data always draws the same picture), repel each other,
// and edges pull their ends together, more for heavier edges. O(n²) per step: meant for the
// few dozen actors a network view can show legibly.

export interface LayoutNode { id: string }
export interface LayoutEdge { source: string; target: string; weight: number }
export interface Point { x: number; y: number }

export interface LayoutOptions { width: number; height: number; iterations?: number; margin?: number }

export function forceLayout(nodes: LayoutNode[], edges: LayoutEdge[], opts: LayoutOptions): Map<string, Point> {
  const { width, height, iterations = 300, margin = 40 } = opts;
  const n = nodes.length;
  const pos = new Map<string, Point>();
  if (!n) return pos;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const xs = new Float64Array(n), ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const angle = (2 * Math.PI * i) / n;
    xs[i] = Math.cos(angle);
    ys[i] = Math.sin(angle);
  }
  const links = edges
    .map((e) => ({ a: index.get(e.source), b: index.get(e.target), w: e.weight }))
    .filter((l): l is { a: number; b: number; w: number } => l.a !== undefined && l.b !== undefined && l.a !== l.b);
  const k = 1.3 * Math.sqrt(4 / n); // ideal distance in the unit square [-1, 1]², a little loose for labels
  const dx = new Float64Array(n), dy = new Float64Array(n);
  let temperature = 0.2;
  for (let step = 0; step < iterations; step++) {
    dx.fill(0); dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ex = xs[i] - xs[j], ey = ys[i] - ys[j];
        let d2 = ex * ex + ey * ey;
        if (d2 < 1e-9) { ex = 1e-3 * (i - j); ey = 1e-3; d2 = ex * ex + ey * ey; }
        const f = (k * k) / d2; // repulsion k²/d, along the unit vector (e/d)
        dx[i] += ex * f; dy[i] += ey * f;
        dx[j] -= ex * f; dy[j] -= ey * f;
      }
    }
    for (const { a, b, w } of links) {
      const ex = xs[a] - xs[b], ey = ys[a] - ys[b];
      const d = Math.sqrt(ex * ex + ey * ey) || 1e-6;
      const f = (d / k) * (1 + Math.log(w)); // attraction d²/k, stronger for heavy edges
      dx[a] -= ex * f; dy[a] -= ey * f;
      dx[b] += ex * f; dy[b] += ey * f;
    }
    for (let i = 0; i < n; i++) {
      // gravity keeps disconnected parts on screen
      dx[i] -= xs[i] * 0.5 * k; dy[i] -= ys[i] * 0.5 * k;
      const len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
      const move = Math.min(len, temperature);
      xs[i] += (dx[i] / len) * move;
      ys[i] += (dy[i] / len) * move;
    }
    temperature *= 0.985;
  }
  // Fit into the box. Blending each coordinate with its rank spreads a dense core that a few
  // outlying nodes would otherwise squeeze into the middle (order along each axis is kept).
  const fit = (v: Float64Array): number[] => {
    let min = Infinity, max = -Infinity;
    for (const x of v) { min = Math.min(min, x); max = Math.max(max, x); }
    const span = max - min || 1;
    const rank = new Array<number>(n);
    [...v.keys()].sort((a, b) => v[a] - v[b]).forEach((i, r) => { rank[i] = n > 1 ? r / (n - 1) : 0.5; });
    return [...v].map((x, i) => 0.6 * ((x - min) / span) + 0.4 * rank[i]);
  };
  const fx = fit(xs), fy = fit(ys);
  for (let i = 0; i < n; i++) {
    pos.set(nodes[i].id, {
      x: n === 1 ? width / 2 : margin + fx[i] * (width - 2 * margin),
      y: n === 1 ? height / 2 : margin + fy[i] * (height - 2 * margin),
    });
  }
  return pos;
}
