// What the API computes on top of the store: the data version (for ETags and answer caches, the
// store's own), timeline pages and evidence search (the store keeps the fused timeline indexed per
// data version), entity lookup by id, and the inputs of an export.
import { loadKnowledgeBase, namesOf, type KnowledgeBase } from '../kb/index.ts';
import type { TimelineEvent, TimelineFilter } from '../timeline/index.ts';
import type { ContractDocument, Store, StoredEntity } from '../store/types.ts';
import { DEFAULT_LIST_MENTIONS, timelineEventJSON } from '../store/timeline-view.ts';
import { JSONList } from './json.ts';

export class ApiData {
  private kb: KnowledgeBase | null = null;

  constructor(readonly store: Store) {}

  /**
   * The version of every answer (ETags, the answer cache): the data version, plus the timeline's
   * while the timeline served is a fusion of older data (a newer one is being fused).
   */
  async version(): Promise<string> {
    const [data, timeline] = await Promise.all([this.store.dataVersion(), this.store.timelineVersion?.()]);
    return timeline === undefined || timeline === data ? data : `${data}~${timeline}`;
  }

  /** The filtered timeline page and how many events match, each event as the JSON of its view with its first `mentions` mentions. */
  async timelinePage(filter: TimelineFilter, limit: number, offset: number, mentions = DEFAULT_LIST_MENTIONS): Promise<{ total: number; items: string[] }> {
    if (this.store.getTimelinePageJSON) return this.store.getTimelinePageJSON({ ...filter, limit, offset }, mentions);
    const page = await this.store.getTimelinePage({ ...filter, limit, offset });
    return { total: page.total, items: page.items.map((e) => timelineEventJSON(e, mentions)) };
  }

  /** One fused event with every mention, as JSON, or null. */
  async timelineEvent(id: string): Promise<string | null> {
    if (this.store.getTimelineEventJSON) return this.store.getTimelineEventJSON(id);
    const event = await this.store.getTimelineEvent(id);
    return event && timelineEventJSON(event, Infinity);
  }

  /** The page of `timelinePage` as a JSON list for an answer's body (encoded by the store's worker when it has one). */
  async timelineList(filter: TimelineFilter, limit: number, offset: number, mentions = DEFAULT_LIST_MENTIONS): Promise<{ total: number; list: JSONList }> {
    if (this.store.getTimelinePageBytes) {
      const { total, bytes } = await this.store.getTimelinePageBytes({ ...filter, limit, offset }, mentions);
      return { total, list: new JSONList(bytes) };
    }
    const page = await this.timelinePage(filter, limit, offset, mentions);
    return { total: page.total, list: JSONList.of(page.items) };
  }

  /** Fused events (undated included) whose evidence contains the words, in timeline order, as a JSON list. */
  async searchTimeline(q: string, limit: number, offset: number): Promise<JSONList> {
    if (!q.trim()) return JSONList.of([]);
    return (await this.timelineList({ q, undated: true }, limit, offset)).list;
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
  const items = (await data.store.getTimeline(filter)).events;
  if (!hasTimelineFilter(filter)) return { docs: await data.allDocuments(), timeline: items };
  const ids = [...new Set(items.flatMap((e) => e.mentions.map((m) => m.doc)))].sort();
  return { docs: await data.documents(ids), timeline: items };
}
