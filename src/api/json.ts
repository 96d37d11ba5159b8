// JSON bodies built from pieces: the timeline's events come already serialised (by the thread or
// worker that keeps the fused timeline, once per event), and are spliced into the body as they are
// (the same bytes JSON.stringify gives for the whole body).

/** A list whose items are JSON texts already. */
export class JSONList {
  constructor(readonly items: readonly string[]) {}
}

/** JSON.stringify(fields), with each JSONList written from its items' texts. */
export function jsonBody(fields: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const text = value instanceof JSONList ? `[${value.items.join(',')}]` : JSON.stringify(value);
    parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${parts.join(',')}}`;
}
