// Narrative-anchored expressions ("la veille", "dans l'après-midi", "le lendemain") count from the
// main narrative's day, not from a background date named earlier in the article.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDocument } from '../../core/document.ts';
import { createContext } from '../../core/pipeline.ts';
import { analyseTimexes } from './index.ts';
import { loadLexicon } from './lexicon.ts';

const lex = loadLexicon();
const ctx = createContext({ now: '2026-11-23' });

/** The value of the timex `text` in a short article whose sentences end at ". ". */
function valueIn(article: string, published: string, text: string): string | undefined {
  const doc = createDocument({ source: { name: 'test', path: null, url: null }, raw: article, published });
  for (let start = 0; start < article.length;) {
    const dot = article.indexOf('. ', start);
    const end = dot < 0 ? article.length : dot + 1;
    doc.sentences.push({ start, end });
    start = end + 1;
  }
  analyseTimexes(doc, lex, ctx);
  return doc.timexes.find((t) => t.text === text)?.value;
}

const cases: [string, string, string, string][] = [
  // a background date in an earlier sentence does not anchor "la veille"
  // "dans l'après-midi" after a date of the war's start: the publication day
  ["Depuis l'invasion du 24 février 2022, les deux pays ne se parlaient plus. Le ministre a été reçu dans l'après-midi par son homologue.", '2023-05-04', "dans l'après-midi", '2023-05-04TAF'],
  // a planned date far after publication does not anchor a past "la veille"
  ["La ministre a reporté au 30 avril la visite qu'elle devait faire à Rome. Le sujet a été abordé la veille lors d'un conseil des ministres.", '2025-03-20', 'la veille', '2025-03-19'],
  // the same sentence's date wins, even far in the past
  ["Le 3 octobre 1990, l'Allemagne a été réunifiée ; la veille, la RDA avait cessé d'exister.", '2025-03-20', 'la veille', '1990-10-02'],
  // the previous sentence's recent date is the narrative's day
  ["Les deux dirigeants se sont parlé mardi au téléphone. Le lendemain, leurs ministres ont annoncé une rencontre.", '2025-03-21', 'Le lendemain', '2025-03-19'],
];

for (const [article, published, text, value] of cases) {
  test(`${article} [${published}] → "${text}" = ${value}`, () => assert.equal(valueIn(article, published, text), value));
}

test('a pluperfect "le lendemain" continues the background episode of the previous sentence', () => {
  const article = "Le 2 mai, les deux partis avaient signé un accord de coalition. Dès le lendemain, le président avait dissous l'Assemblée.";
  assert.equal(valueIn(article, '2025-09-10', 'le lendemain'), '2025-05-03');
});

// Two rules meet here: a pluperfect continues the previous sentence's (background) date, while
// "la veille" would rather return to the main narrative. Both readings are possible.
test('a pluperfect "la veille" after a background sentence returns to the main narrative', { todo: 'the pluperfect continuation wins: 2015-07-13' }, () => {
  const article = "Les négociateurs se sont retrouvés jeudi à Genève. L'accord de 2015 avait été signé le 14 juillet 2015 à Vienne. La veille, le chef de la délégation avait rencontré le médiateur omanais.";
  assert.equal(valueIn(article, '2025-06-13', 'La veille'), '2025-06-11');
});
