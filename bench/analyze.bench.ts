// Throughput of the analyser on ≥ 10,000 generated articles: the whole pipeline, and
// clean + meta + sentences alone (target: 2,000 articles/s on one core). Articles are
// recombined in memory from the demo corpus sentences, with varied page furniture around them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../src/analyze.ts';
import type { RawArticle } from '../src/core/document.ts';
import { defaultPipeline } from '../src/components/index.ts';
import { cleanText } from '../src/components/clean/clean.ts';
import { sentenceSpans } from '../src/components/sentences/segment.ts';

const COUNT = Number(process.env.BENCH_ARTICLES ?? 10_000);
const FULL_BUDGET_MS = Number(process.env.BENCH_FULL_MS ?? 60_000);

const corpusDir = join(import.meta.dirname, '../corpus/demo');
const sentences: string[] = [];
for (const f of readdirSync(corpusDir).filter((f) => f.endsWith('.txt'))) {
  const text = cleanText(readFileSync(join(corpusDir, f), 'utf8')).text;
  for (const s of sentenceSpans(text)) sentences.push(text.slice(s.start, s.end));
}
sentences.push(
  'La Russie n’a pas répondu à l’idée d’une rencontre entre MM. Trump, Poutine et M. Zelensky, a-t-il précisé.',
  'Mme Borne a reçu le Dr Martin à Matignon, p. 12 du rapport, en présence de Donald J. Trump.',
  'Il y avait 1.000 manifestants le 7.8.2025, soit 3.5 % de plus qu’en 2024 (...) selon la préfecture.',
);

const headers = [
  ['Par Le Figaro avec AFP', 'Il y a 2 heures', 'Passer la publicité'],
  ['Le Monde avec AFP', 'Publié le 7 août 2025 à 10h27, modifié le 7 août 2025 à 12h05', 'Temps de lecture : 3 min.', 'Article réservé aux abonnés'],
  ['20 Minutes avec agences', 'Publié le 07/08/25 à 10h27 — Mis à jour le 07/08/25 à 12h00', 'Partager'],
  ['Ouest-France avec AFP', 'Écouter cet article', 'Nos partenaires et nous utilisons des cookies pour mesurer l’audience.'],
  ['Par : RFI Suivre', 'Publié le : 07/08/2025 - 10:27 Modifié le : 07/08/2025 - 12:00'],
  ['ATS', '', 'Keystone-SDA', '', '07.08.2025, 10:27', '', '07.08.2025, 11:43', ''],
  ['Crédit Photo : Mandel NGAN / AFP', 'NE LAISSEZ PAS LA 5G DÉTRUIRE VOTRE ADN Protégez votre famille® Publicité par Adclick'],
];
const footers = [['Lire aussi : Le sommet en cinq questions', 'Voir les commentaires'], ['Newsletter', 'Abonnez-vous'], ['#Ukraine #Russie'], []];

/** A deterministic pseudo-random sequence (mulberry32) so runs are comparable. */
function rng(seed: number) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(n: number): RawArticle[] {
  const rand = rng(42);
  const pick = <T>(a: T[]) => a[Math.floor(rand() * a.length)];
  const out: RawArticle[] = [];
  for (let i = 0; i < n; i++) {
    const lines: string[] = [];
    if (rand() < 0.7) lines.push(`${pick(sentences).replace(/[.!?]$/, '').slice(0, 90)}`);
    lines.push(...pick(headers));
    const paragraphs = 4 + Math.floor(rand() * 10);
    for (let p = 0; p < paragraphs; p++) {
      const k = 1 + Math.floor(rand() * 3);
      lines.push(Array.from({ length: k }, () => pick(sentences)).join(' '));
      if (rand() < 0.1) lines.push('Passer la publicité');
    }
    lines.push(...pick(footers));
    out.push({ source: { name: `gen-${i}.txt`, path: null, url: null }, raw: lines.join(rand() < 0.5 ? '\n' : '\n\n') });
  }
  return out;
}

function run(label: string, only: string[] | undefined, articles: RawArticle[], budgetMs = Infinity) {
  const analyzer = createAnalyzer({}, defaultPipeline(only));
  for (const a of articles.slice(0, 50)) analyzer.analyze(a); // warm-up
  const t0 = performance.now();
  let done = 0; let chars = 0;
  for (const a of articles) {
    const doc = analyzer.analyze(a);
    chars += doc.text.length; done++;
    if ((done & 63) === 0 && performance.now() - t0 > budgetMs) break;
  }
  const s = (performance.now() - t0) / 1000;
  const rssMB = process.resourceUsage().maxRSS / 1024;
  const components = analyzer.pipeline.components.map((c) => c.name).join('+');
  console.log(`${label.padEnd(22)} ${String(done).padStart(6)} articles in ${s.toFixed(2)} s = ${(done / s).toFixed(0).padStart(6)} articles/s, ${(chars / s / 1e6).toFixed(2)} M chars/s, peak RSS ${rssMB.toFixed(0)} MB  [${components}]`);
}

const articles = generate(COUNT);
const avg = articles.reduce((n, a) => n + a.raw.length, 0) / articles.length;
console.log(`${articles.length} generated articles, ${avg.toFixed(0)} chars on average`);
run('clean+meta+sentences', ['clean', 'meta', 'sentences'], articles);
run('full pipeline', undefined, articles, FULL_BUDGET_MS);
console.log('(peak RSS is the process high-water mark, so the full-pipeline figure includes the first run)');
