// Test helpers for the entities component: a text analysed by the entities layer alone, against the
// bundled knowledge base and the French lexicon (loaded once per test process).
import { createDocument, type Document } from '../../core/document.ts';
import { loadKnowledgeBase } from '../../kb/index.ts';
import { findEntities } from './index.ts';
import { frenchLexicon } from './lexicon.ts';

export const testKb = loadKnowledgeBase();
export const testLex = frenchLexicon();

/** Analyses a text published on `published` with the entities layer only. */
export function entityAnalyser(published: string): (text: string) => Document {
  return (text) => {
    const doc = createDocument({ source: { name: 'test', path: null, url: null }, raw: text, published });
    doc.entities = findEntities(doc, testKb, testLex);
    return doc;
  };
}

/** The entity named `name`, by its name or one of its aliases. */
export const findEntity = (doc: Document, name: string) => doc.entities.find((e) => e.name === name || e.aliases.includes(name));
