// The fused timeline of a served store, kept in a worker thread that fused it and answers pages of
// it as JSON. After a change a second worker fuses the new state while the first keeps answering;
// when it is ready it takes over and the first ends once its answers are out. The thread serving
// HTTP never holds the fused events (hundreds of MB at 20,000 articles): no handover of objects,
// no long garbage-collection pauses in it.
import type { TimelineFilter } from '../timeline/index.ts';
import { Lru } from './lru.ts';
import { WorkerClient } from './worker-client.ts';

export interface TimelineJSONPage { total: number; items: string[] }

/** One worker: its fusion's data version once ready, and its requests under way. */
class Fusion extends WorkerClient {
  version: string | null = null;

  constructor(file: string, awaited: boolean, onEnd: (fusion: Fusion) => void) {
    super(new URL('./timeline-service-worker.mjs', import.meta.url), { file }, 'timeline', { awaited, onEnd: (c) => onEnd(c as Fusion) });
    this.ready.then((m) => { this.version = m.version as string; }, () => {});
  }
}

export class TimelineService {
  /** The fusion answering (null until the first is ready). */
  private active: Fusion | null = null;
  /** A fusion under way (the first one, or a newer state's). */
  private coming: Fusion | null = null;
  private firstReady: Promise<void>;
  private wanted: string | null = null;
  private closed = false;
  /** The filters asked lately (pages aside): a fusion answers them once before it takes over. */
  private readonly asked = new Lru<string, TimelineFilter>(64);

  constructor(
    private readonly file: string,
    private readonly failed: (err: Error) => void = (err) => process.stderr.write(`vigie: timeline fusion failed: ${err.message}\n`),
  ) {
    this.firstReady = this.fuse();
    // Reported through `failed`; awaited by requests.
    this.firstReady.catch(() => {});
  }

  /** The data version of the timeline answered from (null before the first fusion is ready). */
  get version(): string | null {
    return this.active?.version ?? null;
  }

  /** Resolves once a fusion answers (the first one takes seconds at 20,000 articles). */
  ready(): Promise<void> {
    return this.active ? Promise.resolve() : this.firstReady;
  }

  /** The data is at `version`: fuse it anew unless the timeline answered or under way already reads it. */
  refresh(version: string): void {
    if (this.closed || this.active?.version === version || this.wanted === version) return;
    this.wanted = version;
    if (!this.coming) void this.fuse();
  }

  private async fuse(): Promise<void> {
    const fusion = new Fusion(this.file, !this.active, (ended) => this.ended(ended));
    this.coming = fusion;
    const asked = this.wanted;
    try {
      await fusion.ready;
    } catch (err) {
      this.coming = null;
      if (!this.closed) this.failed(err as Error);
      if (!this.active) throw err;
      return;
    }
    // Its first answers would otherwise all be new to it at once, as every cached answer of the
    // old timeline stops being valid: a burst of slow requests right after each write.
    await fusion.ask({ op: 'prepare', filters: this.asked.values() }).catch(() => {});
    this.coming = null;
    if (this.closed) { await fusion.worker.terminate(); return; }
    const old = this.active;
    this.active = fusion;
    if (old) void old.retire();
    // The data changed again while this one fused: fuse once more.
    if (this.wanted !== null && this.wanted !== asked && this.wanted !== fusion.version) void this.fuse();
  }

  /** A worker that answered ended on its own (killed, out of memory): fuse anew, requests wait for it. */
  private ended(fusion: Fusion): void {
    if (this.closed || fusion !== this.active) return;
    this.active = null;
    this.firstReady = this.coming ? this.coming.ready.then(() => {}) : this.fuse();
    this.firstReady.catch(() => {});
  }

  private async fusion(): Promise<Fusion> {
    await this.ready();
    return this.active!;
  }

  /** A page of the timeline, each event as the JSON of its view with its first `mentions` mentions. */
  private remember(filter: TimelineFilter): void {
    const { limit, offset, ...question } = filter;
    this.asked.set(JSON.stringify(question), question);
  }

  async page(filter: TimelineFilter, mentions: number): Promise<TimelineJSONPage> {
    this.remember(filter);
    const a = await (await this.fusion()).ask({ op: 'page', filter, mentions });
    return { total: a.total as number, items: a.items as string[] };
  }

  /** The same page as `page`, its items joined with commas and encoded in UTF-8 by the worker. */
  async pageBytes(filter: TimelineFilter, mentions: number): Promise<{ total: number; bytes: Uint8Array }> {
    this.remember(filter);
    const a = await (await this.fusion()).ask({ op: 'page', filter, mentions, bytes: true });
    return { total: a.total as number, bytes: a.bytes as Uint8Array };
  }

  /** One event with every mention, as JSON, or null. */
  async event(eventId: string): Promise<string | null> {
    return ((await (await this.fusion()).ask({ op: 'event', eventId })).item as string | null) ?? null;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([this.active?.worker.terminate(), this.coming?.worker.terminate()]);
  }
}
