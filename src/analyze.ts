// Analyse one article: build the Document, run the pipeline, give it its stable id.
import { createDocument, documentId, type Document, type RawArticle } from './core/document.ts';
import { createContext, type Context, type Pipeline } from './core/pipeline.ts';
import { defaultPipeline } from './components/index.ts';

export interface Analyzer { pipeline: Pipeline; ctx: Context; analyze(input: RawArticle): Document }

export function createAnalyzer(options: Record<string, unknown> = {}, pipeline = defaultPipeline()): Analyzer {
  const ctx = createContext(options);
  return {
    pipeline,
    ctx,
    analyze(input) {
      const doc = createDocument(input);
      pipeline.run(doc, ctx);
      doc.id = documentId(doc.text);
      return doc;
    },
  };
}
