// A pipeline of named components run in order; each declares the layers it reads and adds
// (spaCy style), so the order can be checked before anything runs.
import type { Document } from './document.ts';

export type Layer =
  | 'raw' | 'text' | 'removed' | 'meta' | 'sentences' | 'tokens' | 'paragraphs'
  | 'timexes' | 'entities' | 'quotes' | 'events';

/** Shared, read-only resources a component may use (knowledge base, options). */
export interface Context {
  /** Resources components load once and share across documents, by name. */
  resources: Map<string, unknown>;
  options: Record<string, unknown>;
}

export interface Component {
  name: string;
  reads: Layer[];
  adds: Layer[];
  run(doc: Document, ctx: Context): void;
}

export class Pipeline {
  readonly components: Component[];

  constructor(components: Component[]) {
    const available = new Set<Layer>(['raw', 'meta']);
    for (const c of components) {
      const missing = c.reads.filter((l) => !available.has(l));
      if (missing.length) throw new Error(`component "${c.name}" reads ${missing.join(', ')}, which no earlier component adds`);
      for (const l of c.adds) available.add(l);
    }
    this.components = components;
  }

  run(doc: Document, ctx: Context): Document {
    for (const c of this.components) {
      try {
        c.run(doc, ctx);
      } catch (err) {
        // One component failing must not lose the layers already built.
        doc.messages.push({ component: c.name, level: 'error', reason: (err as Error).message });
      }
    }
    return doc;
  }
}

export function createContext(options: Record<string, unknown> = {}): Context {
  return { resources: new Map(), options };
}

/** Loads a shared resource once per context. */
export function resource<T>(ctx: Context, name: string, load: () => T): T {
  let r = ctx.resources.get(name) as T | undefined;
  if (r === undefined) {
    r = load();
    ctx.resources.set(name, r);
  }
  return r;
}
