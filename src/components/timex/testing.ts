// Helpers for the timex tests: analyse one French sentence against a publication date.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDocument, type Document, type Timex } from '../../core/document.ts';
import { createContext } from '../../core/pipeline.ts';
import { analyseTimexes } from './index.ts';
import { loadLexicon } from './lexicon.ts';

const lex = loadLexicon();
/** A fixed clock, so inference never depends on the day the tests run. */
const ctx = createContext({ now: '2026-11-23' });

export function analyse(text: string, published: string | null = null): Document {
  const doc = createDocument({ source: { name: 'test', path: null, url: null }, raw: text, published });
  analyseTimexes(doc, lex, ctx);
  return doc;
}

export function timexesIn(text: string, published: string | null = null): Timex[] {
  return analyse(text, published).timexes;
}

/** [sentence, publication date, expected span text, expected value, expected type?] */
export type Case = [string, string | null, string, string, Timex['type']?];

/** One test per case: the sentence holds a timex with exactly that text and value. */
export function expectTimexes(cases: Case[]): void {
  for (const [sentence, published, text, value, type] of cases) {
    test(`${sentence} [${published ?? 'no date'}] → "${text}" = ${value}`, () => {
      const found = timexesIn(sentence, published);
      const t = found.find((x) => x.text === text);
      assert.ok(t, `no timex "${text}"; found ${JSON.stringify(found.map((x) => [x.text, x.value]))}`);
      assert.equal(t.value, value);
      if (type) assert.equal(t.type, type);
    });
  }
}

/** One test per case: no timex overlaps the given word of the sentence (or none at all when word is null). */
export function expectNoTimex(cases: [string, string | null][]): void {
  for (const [sentence, word] of cases) {
    test(`no timex ${word ? `on "${word}" ` : ''}in: ${sentence}`, () => {
      const found = timexesIn(sentence, '2025-03-13');
      const at = word ? sentence.indexOf(word) : -1;
      const bad = word ? found.filter((t) => t.start < at + word.length && at < t.end) : found;
      assert.deepEqual(bad.map((t) => [t.text, t.value]), []);
    });
  }
}
