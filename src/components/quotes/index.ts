// The quotes component (issue 6): direct and partial quotes from their marks, each with its
// speaker and cue; reported speech without marks goes to `doc.reported` (kind 'indirect'),
// kept out of `doc.quotes` because the gold convention lists only quoted words there.
import type { Component } from '../../core/pipeline.ts';
import { resource } from '../../core/pipeline.ts';
import { countryOfDemonym, knowledgeBase, namesOf } from '../../kb/index.ts';
import { extractQuotes } from './extract.ts';
import { loadQuoteLexicon } from './lexicon.ts';

export const quotesComponent: Component = {
  name: 'quotes',
  reads: ['text', 'sentences', 'tokens', 'entities'],
  adds: ['quotes'],
  run(doc, ctx) {
    const lex = resource(ctx, 'quotes.lexicon', loadQuoteLexicon);
    const kb = knowledgeBase(ctx);
    // "son homologue chinois": the demonym's country, by the names the entities' role labels use.
    const demonymCountry = (word: string) => {
      const country = kb.byId.get(countryOfDemonym(kb, word) ?? '');
      return country ? namesOf(country) : null;
    };
    const { quotes, reported } = extractQuotes(doc, lex, demonymCountry);
    doc.quotes = quotes;
    doc.reported = reported;
  },
};
