// Indexes over a fused timeline (built once per data version) so a filtered query costs about
// the size of its answer, not of the whole timeline: postings by type, status, actor and place
// name keys and ids, evidence words, plus each event's day range. The index only narrows the
// candidates; `filterTimeline` then decides, so results are exactly those of filtering the
// whole timeline (same semantics in every store).
import { foldForm, nameKey } from '../core/normalize.ts';
import { filterTimeline, type TimelineEvent, type TimelineFilter } from '../timeline/index.ts';
import { dayToISO, timexRange } from '../timeline/dates.ts';
import { Lru } from './lru.ts';

type Postings = Map<string, number[]>;

const WORD = /[\p{L}\p{N}]+/gu;

function post(map: Postings, key: string, i: number): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

function listOf(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
}

/** Sorted union of posting lists (a mark per event when they are long, so O(events) at worst). */
function union(lists: number[][], size: number): number[] {
  if (lists.length === 1) return lists[0];
  const total = lists.reduce((n, l) => n + l.length, 0);
  if (total * 16 < size) return [...new Set(lists.flat())].sort((a, b) => a - b);
  const marks = new Uint8Array(size);
  for (const l of lists) for (const i of l) marks[i] = 1;
  const out: number[] = [];
  for (let i = 0; i < size; i++) if (marks[i]) out.push(i);
  return out;
}

export class TimelineIndex {
  private readonly byType: Postings = new Map();
  private readonly byStatus: Postings = new Map();
  private readonly actorIds: Postings = new Map();
  private readonly actorKeys: Postings = new Map();
  private readonly placeIds: Postings = new Map();
  private readonly placeKeys: Postings = new Map();
  private readonly evidenceWords: Postings = new Map();
  private readonly dated: number[] = [];
  /** Each event's mention evidence, folded (what the timeline's q filter reads). */
  private readonly folded: string[][];
  /** Day range of each event's date (as the timeline filter reads it); NaN when it has none. */
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private readonly stamp: Uint32Array;
  private generation = 0;

  /** Recent answers (the events kept by a filter, before paging): other pages of them are slices. */
  private readonly answers = new Lru<string, number[] | null>(256);
  private readonly nameKeyOf = new Map<string, string>();
  private readonly foldedOf = new Map<string, string>();
  private readonly wordsOf = new Map<string, string[]>();
  private readonly positionOf = new Map<string, number>();

  /** How many events the index holds (they stay countable after `release`). */
  readonly size: number;
  private events: TimelineEvent[];

  constructor(events: TimelineEvent[]) {
    const n = events.length;
    this.events = events;
    this.size = n;
    this.starts = new Float64Array(n).fill(NaN);
    this.ends = new Float64Array(n).fill(NaN);
    this.stamp = new Uint32Array(n);
    this.folded = new Array(n);
    this.indexRange(0, n);
  }

  /** Evidence folded, and the words of each folded evidence: wire copy repeats the same sentences. */
  private fold(text: string): string {
    let f = this.foldedOf.get(text);
    if (f === undefined) {
      this.foldedOf.set(text, (f = foldForm(text)));
      if (!this.wordsOf.has(f)) this.wordsOf.set(f, [...new Set(f.match(WORD) ?? [])]);
    }
    return f;
  }

  private key(name: string): string {
    let k = this.nameKeyOf.get(name);
    if (k === undefined) this.nameKeyOf.set(name, (k = nameKey(name)));
    return k;
  }

  /** Indexes events [from, to); ranges must come in order (postings stay sorted). */
  private indexRange(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const e = this.events[i];
      this.positionOf.set(e.id, i);
      post(this.byType, e.type.toLowerCase(), i);
      post(this.byStatus, e.status, i);
      for (const a of e.actors) {
        if (a.entity) post(this.actorIds, a.entity, i);
        for (const name of [a.name, ...(a.aliases ?? [])]) post(this.actorKeys, this.key(name), i);
      }
      if (e.place) {
        if (e.place.entity) post(this.placeIds, e.place.entity, i);
        for (const name of [e.place.name, ...(e.place.aliases ?? [])]) post(this.placeKeys, this.key(name), i);
      }
      this.folded[i] = e.mentions.map((m) => this.fold(m.evidence?.text ?? ''));
      for (const f of this.folded[i]) for (const w of this.wordsOf.get(f)!) post(this.evidenceWords, w, i);
      if (e.date) {
        this.dated.push(i);
        const published = e.mentions.find((m) => m.date === e.date!.value)?.published ?? null;
        const r = timexRange(e.date.value, published);
        if (r) { this.starts[i] = r.start; this.ends[i] = r.end; }
      }
    }
  }

  /** Events whose name keys contain the filter's key, or whose entity is the filter's id. */
  private byName(ids: Postings, keys: Postings, value: string): number[] | null {
    const wanted = nameKey(value);
    if (!wanted) return null; // the timeline filter ignores a value with no letters
    const lists: number[][] = [];
    const exact = ids.get(value);
    if (exact) lists.push(exact);
    for (const [k, list] of keys) if (k.includes(wanted)) lists.push(list);
    return lists.length ? union(lists, this.size) : [];
  }

  /** Events whose evidence may contain the folded words: those with a word containing the longest one. */
  private byEvidence(q: string): number[] | null {
    const words = foldForm(q).trim().match(WORD);
    if (!words) return null;
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
    const lists: number[][] = [];
    for (const [w, list] of this.evidenceWords) if (w.includes(longest)) lists.push(list);
    return lists.length ? union(lists, this.size) : [];
  }

  private byDate(from: string | undefined, to: string | undefined): number[] | null {
    if (!from && !to) return null;
    const f = from ? timexRange(from) : null, t = to ? timexRange(to) : null;
    if ((from && !f) || (to && !t)) return null; // filterTimeline reports the bad date
    const out: number[] = [];
    for (let i = 0; i < this.size; i++) {
      const s = this.starts[i], e = this.ends[i];
      if (Number.isNaN(s)) continue;
      if (f && e < f.start) continue;
      if (t && s > t.end) continue;
      out.push(i);
    }
    return out;
  }

  private byList(map: Postings, value: string | undefined): number[] | null {
    const wanted = listOf(value);
    if (!wanted.length) return null;
    return union(wanted.map((v) => map.get(v) ?? []), this.size);
  }

  /**
   * The positions of the page of `filterTimeline(events, filter)` (same events, same order) and how
   * many match. Every constraint but q is answered exactly by the postings; q candidates are
   * checked against the folded evidence. A bad date throws as filterTimeline does.
   */
  pagePositions(filter: TimelineFilter = {}): { total: number; positions: number[] } {
    filterTimeline([], filter);
    const question = JSON.stringify([filter.from, filter.to, filter.actor, filter.type, filter.status, filter.place, filter.q, !!filter.undated]);
    let kept = this.answers.get(question);
    if (kept === undefined) this.answers.set(question, (kept = this.matching(filter)));
    const total = kept ? kept.length : this.size;
    const offset = Math.max(0, filter.offset ?? 0);
    const end = filter.limit !== undefined ? Math.min(total, offset + Math.max(0, filter.limit)) : total;
    const positions: number[] = [];
    for (let k = offset; k < end; k++) positions.push(kept ? kept[k] : k);
    return { total, positions };
  }

  /** The page of `filterTimeline(events, filter)` and how many match (not after `release`). */
  page(filter: TimelineFilter = {}): { total: number; items: TimelineEvent[] } {
    const { total, positions } = this.pagePositions(filter);
    return { total, items: positions.map((i) => this.events[i]) };
  }

  /** Positions of the events the filter keeps, in order (null: every event). */
  private matching(filter: TimelineFilter): number[] | null {
    const constraints = [
      filter.undated ? null : this.dated,
      this.byList(this.byType, filter.type),
      this.byList(this.byStatus, filter.status),
      filter.actor ? this.byName(this.actorIds, this.actorKeys, filter.actor) : null,
      filter.place ? this.byName(this.placeIds, this.placeKeys, filter.place) : null,
      filter.q ? this.byEvidence(filter.q) : null,
      this.byDate(filter.from, filter.to),
    ].filter((c): c is number[] => c !== null).sort((a, b) => a.length - b.length);
    let kept: number[] | null = constraints[0] ?? null;
    for (const other of constraints.slice(1)) {
      if (!kept!.length) break;
      const g = ++this.generation;
      for (const i of other) this.stamp[i] = g;
      kept = kept!.filter((i) => this.stamp[i] === g);
    }
    const needle = filter.q ? foldForm(filter.q).trim() : '';
    if (needle) kept = (kept ?? Array.from({ length: this.size }, (_, i) => i)).filter((i) => this.folded[i].some((f) => f.includes(needle)));
    return kept;
  }

  /**
   * Answers a spread of filters built from the index's own most frequent types, statuses, actors,
   * places, evidence words and years, for up to `budgetMs`, then forgets the answers. A new index
   * (a fresh server, a worker taking over after a write) otherwise runs its first real queries
   * uncompiled, several times slower: the first second of traffic would queue behind them.
   */
  warmUp(budgetMs = 300): void {
    const top = (map: Postings, n: number) => [...map].sort((a, b) => b[1].length - a[1].length).slice(0, n).map(([k]) => k);
    const types = top(this.byType, 4), statuses = top(this.byStatus, 3), actors = top(this.actorKeys, 8);
    const places = top(this.placeKeys, 4), words = top(this.evidenceWords, 40).filter((w) => w.length > 4).slice(0, 6);
    const years = [...new Set([...this.starts].filter((d) => !Number.isNaN(d)).map((d) => dayToISO(d).slice(0, 4)))].slice(0, 3);
    const filters: TimelineFilter[] = [];
    for (const actor of actors) filters.push({ actor }, { actor, type: types[0] }, { actor, status: statuses[0] });
    for (const type of types) filters.push({ type }, { type, status: statuses.join(',') });
    for (const place of places) filters.push({ place }, { place, undated: true });
    for (const q of words) filters.push({ q }, { q, undated: true }, { q, actor: actors[0] });
    for (const y of years) filters.push({ from: `${y}-01`, to: `${y}-06` }, { from: y, to: y, actor: actors[1] });
    const start = performance.now();
    for (let round = 0; round < 20 && performance.now() - start < budgetMs; round++) {
      for (const f of filters) this.pagePositions({ ...f, limit: 20 });
      this.answers.clear();
    }
  }

  /** The position of the event with this id, or undefined. */
  positionOfId(id: string): number | undefined {
    return this.positionOf.get(id);
  }

  /** The event with this id, or null (not after `release`). */
  event(id: string): TimelineEvent | null {
    const i = this.positionOf.get(id);
    return i === undefined ? null : this.events[i];
  }

  /**
   * Lets go of the events and of what indexing them needed: from now on only positions are
   * answered (pagePositions, positionOfId), for a holder that keeps the events in another form.
   */
  release(): void {
    this.events = [];
    this.foldedOf.clear();
    this.wordsOf.clear();
    this.nameKeyOf.clear();
  }

  /** The same events as `filterTimeline(events, filter)`, in the same order. */
  filter(filter: TimelineFilter = {}): TimelineEvent[] {
    return this.page(filter).items;
  }
}
