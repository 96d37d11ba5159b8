// A time axis with broken gaps: event dates are grouped into spans of nearby days, each span gets
// width by its length (with a floor, so a lone day stays visible), and long empty stretches between
// spans collapse into a fixed-width break. A 2019 summit recalled next to August 2025 talks then
// reads as two legible groups instead of one crowded dot at the right end. Pure: unit-tested.

export interface AxisSpan { first: number; last: number; x0: number; x1: number }
export interface Axis { spans: AxisSpan[]; breaks: number[]; x(day: number): number }

export interface AxisOptions {
  width: number;
  pad?: number;
  /** Empty stretch (days) above which the axis is broken. */
  maxGap?: number;
  breakWidth?: number;
}

export function brokenAxis(days: number[], opts: AxisOptions): Axis {
  const { width, pad = 24, maxGap = 45, breakWidth = 28 } = opts;
  const sorted = [...new Set(days.filter(Number.isFinite))].sort((a, b) => a - b);
  const groups: { first: number; last: number }[] = [];
  for (const d of sorted) {
    const g = groups[groups.length - 1];
    if (g && d - g.last <= maxGap) g.last = d;
    else groups.push({ first: d, last: d });
  }
  // a day of margin on each side of a group
  for (const g of groups) { g.first -= 1; g.last += 1; }
  const total = groups.reduce((n, g) => n + (g.last - g.first), 0);
  const floor = Math.max(2, total * 0.12);
  const weights = groups.map((g) => Math.max(g.last - g.first, floor));
  const weightSum = weights.reduce((a, b) => a + b, 0) || 1;
  const usable = Math.max(10, width - 2 * pad - breakWidth * Math.max(0, groups.length - 1));
  const spans: AxisSpan[] = [];
  const breaks: number[] = [];
  let cursor = pad;
  groups.forEach((g, i) => {
    if (i) { breaks.push(cursor + breakWidth / 2); cursor += breakWidth; }
    const w = (weights[i] / weightSum) * usable;
    spans.push({ first: g.first, last: g.last, x0: cursor, x1: cursor + w });
    cursor += w;
  });
  const x = (day: number): number => {
    if (!spans.length) return pad;
    for (const s of spans) {
      if (day <= s.last) {
        if (day < s.first) return s.x0;
        return s.x0 + ((day - s.first) / Math.max(1, s.last - s.first)) * (s.x1 - s.x0);
      }
    }
    return spans[spans.length - 1].x1;
  };
  return { spans, breaks, x };
}

/** Tick days for a span: its first and last event days and evenly spaced days between, at least
 *  `minPx` apart (the day of margin each side of a span gets no tick). */
export function spanTicks(span: AxisSpan, minPx = 80): number[] {
  const first = span.first + 1, last = Math.max(first, span.last - 1);
  const px = span.x1 - span.x0, days = last - first;
  const count = Math.max(1, Math.min(days, Math.floor(px / minPx)));
  const out = new Set<number>();
  for (let i = 0; i <= count; i++) out.add(Math.round(first + (days * i) / count));
  return [...out];
}

/** Ticks for the whole axis, dropping any closer than `minPx` to the previous one kept. */
export function axisTicks(axis: Axis, minPx = 80): number[] {
  const out: number[] = [];
  let lastX = -Infinity;
  for (const span of axis.spans) {
    for (const day of spanTicks(span, minPx)) {
      const x = axis.x(day);
      if (x - lastX < minPx) continue;
      out.push(day);
      lastX = x;
    }
  }
  return out;
}
