// Throughput of the timex component (sentences/s) beside chrono-node's French parser on the
// same sentences, with how many expressions each finds. Target: faster than chrono.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { createDocument } from '../src/core/document.ts';
import { createContext } from '../src/core/pipeline.ts';
import { analyseTimexes } from '../src/components/timex/index.ts';
import { loadLexicon } from '../src/components/timex/lexicon.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
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

function measure(name: string, fn: () => number): { perSecond: number; found: number } {
  const found = fn(); // warm-up, and the count
  const t0 = performance.now();
  for (let r = 0; r < ROUNDS; r++) fn();
  const ms = performance.now() - t0;
  const perSecond = (sentences.length * ROUNDS) / (ms / 1000);
  console.log(`${name.padEnd(14)} ${perSecond.toFixed(0).padStart(8)} sentences/s   ${found} expressions found in ${sentences.length} sentences`);
  return { perSecond, found };
}

console.log(`timex: ${sentences.length} sentences × ${ROUNDS} rounds, reference ${REF}`);
const vigie = measure('vigie timex', runVigie);
const chronoFr = measure('chrono.fr', runChrono);
console.log(`speed ratio vigie/chrono: ${(vigie.perSecond / chronoFr.perSecond).toFixed(2)}× ${vigie.perSecond > chronoFr.perSecond ? '(faster: target met)' : '(SLOWER than chrono: target missed)'}`);
