// JSON bodies built from pieces. The fused timeline's events are shared objects that live as long
// as their fusion, and one can carry a thousand mentions: each is serialised once, its text reused
// by every answer that lists it (the same bytes JSON.stringify gives for the whole body).
const texts = new WeakMap<object, string>();

/** JSON.stringify(value), kept while the object lives (the object must not change). */
export function sharedJSON(value: object): string {
  let text = texts.get(value);
  if (text === undefined) texts.set(value, (text = JSON.stringify(value)));
  return text;
}

/** A list whose items are shared objects, serialised through sharedJSON. */
export class SharedList {
  constructor(readonly items: readonly object[]) {}
}

/** JSON.stringify(fields), with each SharedList written from its items' kept texts. */
export function jsonBody(fields: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const text = value instanceof SharedList ? `[${value.items.map(sharedJSON).join(',')}]` : JSON.stringify(value);
    parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${parts.join(',')}}`;
}
