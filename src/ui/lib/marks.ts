// Turns possibly overlapping annotation spans (entities, dates, quotes, event triggers, the
// highlighted evidence) into a properly nested tree of marks for displaCy-like rendering.
// A span crossing the end of an enclosing one is split in two; only its first piece is labelled.
// Pure (no DOM): unit-tested in Node.

export interface MarkSpan {
  start: number;
  end: number;
  /** CSS family: per, org, loc, misc, date, quote, event, hl… */
  kind: string;
  /** The small label shown after the text (PER, DATE, CONSULT…), or none. */
  label?: string;
  /** Tooltip: canonical name, date value, speaker… */
  title?: string;
  /** Link target (e.g. the actor page), or none. */
  href?: string;
  /** Higher wraps lower when two spans cover the same text. */
  priority: number;
}

export type Segment =
  | { type: 'text'; start: number; end: number }
  | { type: 'mark'; span: MarkSpan; start: number; end: number; first: boolean; children: Segment[] };

interface Piece { span: MarkSpan; start: number; end: number; first: boolean }

const order = (a: Piece, b: Piece) => a.start - b.start || b.end - a.end || b.span.priority - a.span.priority;

function nest(pieces: Piece[], lo: number, hi: number): Segment[] {
  const out: Segment[] = [];
  let pos = lo;
  let queue = pieces.slice().sort(order);
  while (queue.length) {
    const head = queue.shift()!;
    const start = Math.max(head.start, pos), end = Math.min(head.end, hi);
    if (start >= end) continue;
    if (start > pos) out.push({ type: 'text', start: pos, end: start });
    const inner: Piece[] = [], rest: Piece[] = [];
    for (const p of queue) {
      if (p.start >= end) rest.push(p);
      else if (p.end <= end) inner.push(p);
      else {
        inner.push({ ...p, end });
        rest.push({ ...p, start: end, first: false });
      }
    }
    out.push({ type: 'mark', span: head.span, start, end, first: head.first && start === head.start, children: nest(inner, start, end) });
    pos = end;
    queue = rest.sort(order);
  }
  if (pos < hi) out.push({ type: 'text', start: pos, end: hi });
  return out;
}

/** The segments covering `[0, length)`; spans outside the text or empty are dropped. */
export function segment(length: number, spans: MarkSpan[]): Segment[] {
  const pieces = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= length && s.end > s.start)
    .map((span) => ({ span, start: span.start, end: span.end, first: true }));
  return nest(pieces, 0, length);
}
