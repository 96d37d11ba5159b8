// Generated articles for store tests and the benchmarks: French news sentences recombined, so no
// big corpus file is committed. By default the sentences of the demo corpus (real articles) and
// Vigie's test sentences; with `proxy`, the proxy evaluation sets' articles too (written by us in
// the style of wire copy, denser in names, dates, quotes and events than most real articles).
import { readFileSync, readdirSync } from 'node:fs';
import type { RawArticle } from '../../core/document.ts';

const demoDir = new URL('../../../corpus/demo/', import.meta.url);
const evalDir = new URL('../../../eval/', import.meta.url);
const extra = new URL('./sentences-fr.json', import.meta.url);

/** Sentences of the demo corpus (lines split at sentence ends) and the test sentences; with `proxy`, the proxy sets' too. */
export function sourceSentences(proxy = false): string[] {
  const out = new Set<string>();
  const texts = readdirSync(demoDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(new URL(f, demoDir), 'utf8'));
  for (const set of proxy ? readdirSync(evalDir).sort() : []) {
    const file = new URL(`${set}/articles.jsonl`, evalDir);
    try {
      for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
    } catch { /* a set without articles */ }
  }
  for (const text of texts) {
    for (const line of text.split('\n')) {
      for (const s of line.split(/(?<=[.!?»])\s+(?=[A-ZÀ-Ý«"])/u)) {
        const t = s.trim();
        // Sentences only: no bylines, datelines or ad fragments.
        if (t.length >= 60 && /[.!?»]$/.test(t) && !/publicit|®/i.test(t)) out.add(t);
      }
    }
  }
  for (const s of (JSON.parse(readFileSync(extra, 'utf8')) as { sentences: string[] }).sentences) out.add(s);
  return [...out];
}

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** The i-th generated article (same i, same seed → same article): 4–9 sentences in 2–4 paragraphs. */
export function generatedArticle(i: number, sentences: string[], seed = 7): RawArticle {
  const rnd = random(seed * 1_000_003 + i);
  const n = Math.min(sentences.length, 4 + Math.floor(rnd() * 6));
  const chosen = new Set<string>();
  while (chosen.size < n) chosen.add(sentences[Math.floor(rnd() * sentences.length)]);
  const picked = [...chosen];
  const day = 1 + Math.floor(rnd() * 28), month = Math.floor(rnd() * 12), year = 2023 + Math.floor(rnd() * 3);
  const paragraphs: string[] = [];
  for (let k = 0; k < picked.length;) {
    const size = 2 + Math.floor(rnd() * 2);
    paragraphs.push(picked.slice(k, k + size).join(' '));
    k += size;
  }
  const title = picked[0].split(/[,.:]/)[0].slice(0, 90);
  // The dateline keeps every article distinct, as real ones are.
  const raw = `${title}\n\nPublié le ${day} ${MONTHS[month]} ${year} à ${8 + (i % 12)}h${String(i % 60).padStart(2, '0')} (dépêche ${i})\n\n${paragraphs.join('\n\n')}\n`;
  return { source: { name: `gen-${String(i).padStart(6, '0')}.txt`, path: null, url: null }, raw };
}
