// The quotes component (issue 6): direct and partial quotes from their marks, each with its
// speaker and cue; reported speech without marks goes to `doc.reported` (kind 'indirect'),
// kept out of `doc.quotes` because the gold convention lists only quoted words there.
import type { Component } from '../../core/pipeline.ts';
import { resource } from '../../core/pipeline.ts';
import { countryOfDemonym, knowledgeBase, namesOf } from '../../kb/index.ts';
import { extractQuotes } from './extract.ts';
import { loadQuoteLexicon } from './lexicon.ts';
import { roleHolderTest } from './role-holder.ts';

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
    // Offices are checked on the article's date (else today's): "le chef de l'État" in 2025.
    const published = doc.meta.published;
    const date = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : new Date().toISOString().slice(0, 10);
    const { quotes, reported } = extractQuotes(doc, lex, demonymCountry, roleHolderTest(kb, date));
    doc.quotes = quotes;
    doc.reported = reported;
  },
};
