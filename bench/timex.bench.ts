// Throughput of the timex component (sentences/s) beside chrono-node's French parser on the
// same sentences, with how many expressions each finds. Target: faster than chrono.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { createDocument } from '../src/core/document.ts';
import { createContext } from '../src/core/pipeline.ts';
import { analyseTimexes } from '../src/components/timex/index.ts';
import { loadLexicon } from '../src/components/timex/lexicon.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 100);
const TRIALS = 3;
const REF = '2025-08-07';

const corpusDir = join(import.meta.dirname, '../corpus/demo');
const sentences: string[] = [];
for (const f of readdirSync(corpusDir).filter((f) => f.endsWith('.txt'))) {
  const text = readFileSync(join(corpusDir, f), 'utf8');
  for (const m of text.matchAll(/[^.!?\n]+[.!?]*/g)) if (m[0].trim().length > 20) sentences.push(m[0].trim());
}
sentences.push(
  'Le chef de l’État a reçu lundi son homologue brésilien à l’Élysée.',
  'Les ministres européens de la Défense se réuniront vendredi à Bruxelles.',
  'Le Parlement votera mercredi prochain sur la réforme des retraites.',
  'Trois cycles de négociations ont eu lieu à Doha – les 16 mai, 2 juin et 23 juillet –, sans percée.',
  'Le festival se tiendra du 16 au 23 mai à Cannes.',
  'Le cessez-le-feu avait été conclu le 27 novembre, deux jours plus tard les combats reprenaient.',
  'Le séisme s’est produit à 10h27 heure locale, il y a deux semaines.',
  'Les pourparlers reprendront lundi à 10h à Genève, a annoncé le ministère le 3 décembre 2024.',
  'Le conflit au Soudan dure depuis deux décennies et les sanctions seront levées dans les mois à venir.',
  'Plus de 1000 personnes ont manifesté à Tbilissi contre le gouvernement en mer Noire.',
);

const lex = loadLexicon();
const ctx = createContext({ now: '2026-11-23' });

function runVigie(): number {
  let found = 0;
  for (const s of sentences) {
    const doc = createDocument({ source: { name: 'bench', path: null, url: null }, raw: s, published: REF });
    analyseTimexes(doc, lex, ctx);
    found += doc.timexes.length;
  }
  return found;
}

function runChrono(): number {
  let found = 0;
  const ref = new Date(`${REF}T12:00:00Z`);
  for (const s of sentences) found += chrono.fr.parse(s, ref).length;
  return found;
}

/** Sentences per second, the best of a few trials (each ROUNDS passes), after a warm-up. */
function throughput(fn: () => number): number {
  for (let w = 0; w < 5; w++) fn();
  let best = 0;
  for (let t = 0; t < TRIALS; t++) {
    const t0 = performance.now();
    for (let r = 0; r < ROUNDS; r++) fn();
    best = Math.max(best, (sentences.length * ROUNDS) / ((performance.now() - t0) / 1000));
  }
  return best;
}

function report(name: string, perSecond: number, found: number): void {
  console.log(`${name.padEnd(14)} ${perSecond.toFixed(0).padStart(8)} sentences/s   ${found} expressions found in ${sentences.length} sentences`);
}

console.log(`timex: ${sentences.length} sentences × ${ROUNDS} rounds, reference ${REF}`);
// Interleaved, so a busy machine slows both alike.
let vigieRate = 0, chronoRate = 0;
for (let i = 0; i < 2; i++) {
  vigieRate = Math.max(vigieRate, throughput(runVigie));
  chronoRate = Math.max(chronoRate, throughput(runChrono));
}
report('vigie timex', vigieRate, runVigie());
report('chrono.fr', chronoRate, runChrono());
console.log(`speed ratio vigie/chrono: ${(vigieRate / chronoRate).toFixed(2)}× ${vigieRate > chronoRate ? '(faster: target met)' : '(SLOWER than chrono: target missed)'}`);
