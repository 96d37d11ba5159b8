// Shared helpers for the quotes tests: run the extraction on one text, optionally with a
// hand-built entity layer standing in for the entities component.
import assert from 'node:assert/strict';
import { createDocument, type Entity, type Quote } from '../../core/document.ts';
import { extractQuotes, type Extracted } from './extract.ts';
import { loadQuoteLexicon } from './lexicon.ts';

export function analyse(text: string, entities: Entity[] = []): Extracted {
  const doc = createDocument({ source: { name: 't', path: null, url: null }, raw: text });
  doc.text = text;
  doc.entities = entities;
  return extractQuotes(doc, loadQuoteLexicon());
}

/** The one quote whose text contains `fragment`. */
export function quoteWith(quotes: Quote[], fragment: string): Quote {
  const found = quotes.filter((q) => q.text.includes(fragment));
  assert.equal(found.length, 1, `one quote containing "${fragment}" in ${JSON.stringify(quotes.map((q) => q.text))}`);
  return found[0];
}

export interface Case { name: string; text: string; quote: string; speaker: string | null; kind?: Quote['kind']; cue?: string }

export function checkCase(c: Case): void {
  const { quotes } = analyse(c.text);
  const q = quoteWith(quotes, c.quote);
  assert.equal(q.speaker?.name ?? null, c.speaker);
  if (c.kind) assert.equal(q.kind, c.kind);
  if (c.cue) assert.equal(q.cue, c.cue);
  assert.equal(c.text.slice(q.start, q.end).includes(c.quote), true);
}
