// JSON bodies built from pieces: the timeline's events come already serialised (by the thread or
// worker that keeps the fused timeline, once per event) and already encoded in UTF-8 (by that
// worker, for a page), and are spliced into the body as they are: the thread answering HTTP
// neither serialises nor encodes them (the same bytes JSON.stringify gives for the whole body).

const encoder = new TextEncoder();

/** A list whose items are JSON texts already, joined with commas and encoded in UTF-8. */
export class JSONList {
  constructor(readonly bytes: Uint8Array) {}

  static of(items: readonly string[]): JSONList {
    return new JSONList(encoder.encode(items.join(',')));
  }
}

/** JSON.stringify(fields) in UTF-8, with each JSONList written from its bytes. */
export function jsonBody(fields: Record<string, unknown>): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [];
  let text = '{';
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    text += `${text === '{' ? '' : ','}${JSON.stringify(key)}:`;
    if (value instanceof JSONList) {
      parts.push(encoder.encode(text + '['), value.bytes);
      text = ']';
    } else {
      text += JSON.stringify(value);
    }
  }
  parts.push(encoder.encode(text + '}'));
  return Buffer.concat(parts) as Uint8Array<ArrayBuffer>;
}
