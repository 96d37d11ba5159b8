// What the API computes on top of the store: the data version (for ETags and caches), the fused
// timeline cached per version (fusing 20,000 articles takes seconds, filtering it milliseconds),
// entity lookup by id, and the inputs of an export.
import { foldForm } from '../core/normalize.ts';
import { loadKnowledgeBase, namesOf, type KnowledgeBase } from '../kb/index.ts';
import { filterTimeline, type TimelineEvent, type TimelineFilter } from '../timeline/index.ts';
import type { ContractDocument, Store, StoredEntity } from '../store/types.ts';

/** A store may say its own data version; else the document count is one (articles are only added). */
type Versioned = Store & { dataVersion?: () => Promise<string | number> | string | number };

const FILTERED_CACHE_SIZE = 64;

export class ApiData {
  private timeline: { version: string; events: Promise<TimelineEvent[]> } | null = null;
  private filtered = new Map<string, { total: number; items: TimelineEvent[] }>();
  private filteredVersion = '';
  private writes = 0;
  private kb: KnowledgeBase | null = null;
  private foldedEvidence = new WeakMap<TimelineEvent[], string[]>();

  constructor(readonly store: Store) {}

  async version(): Promise<string> {
    const own = (this.store as Versioned).dataVersion;
    const base = own ? String(await own.call(this.store)) : String((await this.store.listDocuments({ limit: 0 })).total);
    return this.writes ? `${base}.${this.writes}` : base;
  }

  /** Called after this process wrote to the store. */
  written(): void {
    this.writes++;
  }

  /** Every fused event, undated included, for the current data version. */
  async allTimelineEvents(version?: string): Promise<TimelineEvent[]> {
    const v = version ?? (await this.version());
    if (this.timeline?.version !== v) {
      const events = this.store.getTimeline({ undated: true }).then((t) => t.events);
      this.timeline = { version: v, events };
      events.catch(() => { if (this.timeline?.events === events) this.timeline = null; });
    }
    return this.timeline.events;
  }

  /** The filtered timeline page; the last few filters are kept per version (UIs repeat them). */
  async timelinePage(filter: TimelineFilter, limit: number, offset: number): Promise<{ total: number; items: TimelineEvent[] }> {
    const version = await this.version();
    if (this.filteredVersion !== version) {
      this.filtered.clear();
      this.filteredVersion = version;
    }
    const key = JSON.stringify([filter.from, filter.to, filter.actor, filter.type, filter.status, filter.place, filter.q, !!filter.undated]);
    let all = this.filtered.get(key);
    if (all) {
      this.filtered.delete(key);
    } else {
      const events = await this.allTimelineEvents(version);
      const items = filterTimeline(events, { ...filter, limit: undefined, offset: undefined });
      all = { total: items.length, items };
    }
    this.filtered.set(key, all);
    if (this.filtered.size > FILTERED_CACHE_SIZE) this.filtered.delete(this.filtered.keys().next().value!);
    return { total: all.total, items: all.items.slice(offset, offset + limit) };
  }

  /**
   * Fused events whose evidence contains the words (as the timeline's q filter), first `limit`
   * after `offset`: stops at the page, over evidence folded once per data version.
   */
  async searchTimeline(q: string, limit: number, offset: number): Promise<TimelineEvent[]> {
    const events = await this.allTimelineEvents();
    let folded = this.foldedEvidence.get(events);
    if (!folded) {
      folded = events.map((e) => foldForm(e.mentions.map((m) => m.evidence?.text ?? '').join('\n')));
      this.foldedEvidence.set(events, folded);
    }
    const needle = foldForm(q).trim();
    const out: TimelineEvent[] = [];
    if (!needle) return out;
    let skip = offset;
    for (let i = 0; i < events.length && out.length < limit; i++) {
      if (!folded[i].includes(needle)) continue;
      if (skip > 0) skip--;
      else out.push(events[i]);
    }
    return out;
  }

  private knowledgeBase(): KnowledgeBase {
    return (this.kb ??= loadKnowledgeBase());
  }

  /**
   * An entity by id, composed from listEntities: a local id `<doc>/<local>` is looked up in its
   * article, a knowledge-base id by its names; counts are over every article.
   */
  async entity(id: string): Promise<StoredEntity | null> {
    const find = async (q: string) => (await this.store.listEntities({ q, limit: 1000 })).items.find((e) => e.id === id) ?? null;
    const slash = id.indexOf('/');
    const names: string[] = [];
    if (slash > 0) {
      const local = (await this.store.listEntities({ doc: id.slice(0, slash), limit: 1000 })).items.find((e) => e.id === id);
      if (!local) return null;
      names.push(local.name);
    } else {
      const entry = this.knowledgeBase().byId.get(id);
      if (entry) names.push(...namesOf(entry));
      // An id from a user knowledge base: find an article naming it through its events or quotes.
      const doc = (await this.store.listEvents({ actor: id, limit: 1 })).items[0]?.doc
        ?? (await this.store.listQuotes({ speaker: id, limit: 1 })).items[0]?.doc
        ?? (await this.store.listEvents({ place: id, limit: 1 })).items[0]?.doc;
      if (doc) {
        const named = (await this.store.listEntities({ doc, limit: 1000 })).items.find((e) => e.id === id);
        if (named) names.push(named.name);
      }
    }
    for (const name of names.slice(0, 8)) {
      const found = await find(name);
      if (found) return found;
    }
    return null;
  }

  /** Every stored article, in the store's stable order. */
  async allDocuments(): Promise<ContractDocument[]> {
    const ids: string[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await this.store.listDocuments({ limit: 1000, offset });
      ids.push(...page.items.map((d) => d.id));
      if (page.items.length < 1000) break;
    }
    return this.documents(ids);
  }

  async documents(ids: string[]): Promise<ContractDocument[]> {
    const out: ContractDocument[] = [];
    for (const id of ids) {
      const doc = await this.store.getDocument(id);
      if (doc) out.push(doc);
    }
    return out;
  }
}

export function hasTimelineFilter(f: TimelineFilter): boolean {
  return !!(f.from || f.to || f.actor || f.type || f.status || f.place || f.q);
}

/** Export input: the filtered timeline and the articles behind it (every article when unfiltered). */
export async function exportInput(data: ApiData, filter: TimelineFilter): Promise<{ docs: ContractDocument[]; timeline: TimelineEvent[] }> {
  const { items } = await data.timelinePage(filter, Number.MAX_SAFE_INTEGER, 0);
  if (!hasTimelineFilter(filter)) return { docs: await data.allDocuments(), timeline: items };
  const ids = [...new Set(items.flatMap((e) => e.mentions.map((m) => m.doc)))].sort();
  return { docs: await data.documents(ids), timeline: items };
}
