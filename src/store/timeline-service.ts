// The fused timeline of a served store, kept in a worker thread that fused it and answers pages of
// it as JSON. After a change a second worker fuses the new state while the first keeps answering;
// when it is ready it takes over and the first ends once its answers are out. The thread serving
// HTTP never holds the fused events (hundreds of MB at 20,000 articles): no handover of objects,
// no long garbage-collection pauses in it.
import { Worker } from 'node:worker_threads';
import type { TimelineFilter } from '../timeline/index.ts';
import { Lru } from './lru.ts';

export interface TimelineJSONPage { total: number; items: string[] }

type Answer = { id: number; total?: number; items?: string[]; bytes?: Uint8Array; item?: string | null; error?: string };

/** One worker: its fusion's data version once ready, and its requests under way. */
class Fusion {
  readonly worker: Worker;
  readonly ready: Promise<string>;
  version: string | null = null;
  private next = 0;
  private readonly pending = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>();
  private drained: (() => void) | null = null;
  /** Set once it ended (terminated, crashed): asking it then fails at once. */
  ended: Error | null = null;

  constructor(file: string, awaited: boolean, onEnd: (fusion: Fusion) => void = () => {}) {
    this.worker = new Worker(new URL('./timeline-service-worker.mjs', import.meta.url), { workerData: { file } });
    this.ready = new Promise((resolve, reject) => {
      this.worker.on('message', (m: Answer & { ready?: boolean; version?: string; failed?: string }) => {
        if (m.ready) { this.version = m.version!; this.worker.unref(); resolve(m.version!); return; }
        if (m.failed !== undefined) { reject(new Error(m.failed)); return; }
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        if (m.error !== undefined) p?.reject(new Error(m.error));
        else p?.resolve(m);
        if (!this.pending.size) this.idle();
      });
      const fail = (err: Error) => {
        if (this.ended) return;
        this.ended = err;
        onEnd(this);
        reject(err);
        for (const p of this.pending.values()) p.reject(err);
        this.pending.clear();
        this.idle();
      };
      this.worker.once('error', fail);
      this.worker.once('exit', (code) => fail(new Error(`timeline worker exited (${code})`)));
    });
    // A worker keeps the process alive only while someone waits for it: the first fusion (what a
    // server waits for before it listens) and answers under way.
    if (!awaited) this.worker.unref();
  }

  private idle(): void {
    this.worker.unref();
    this.drained?.();
  }

  ask(message: Record<string, unknown>): Promise<Answer> {
    if (this.ended) return Promise.reject(this.ended);
    const id = this.next++;
    if (!this.pending.size) this.worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...message, id });
    });
  }

  /** Ends the worker once the answers it owes are out. */
  async retire(): Promise<void> {
    if (this.pending.size) await new Promise<void>((resolve) => { this.drained = resolve; });
    await this.worker.terminate();
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
    return { total: a.total!, items: a.items! };
  }

  /** The same page as `page`, its items joined with commas and encoded in UTF-8 by the worker. */
  async pageBytes(filter: TimelineFilter, mentions: number): Promise<{ total: number; bytes: Uint8Array }> {
    this.remember(filter);
    const a = await (await this.fusion()).ask({ op: 'page', filter, mentions, bytes: true });
    return { total: a.total!, bytes: a.bytes! };
  }

  /** One event with every mention, as JSON, or null. */
  async event(eventId: string): Promise<string | null> {
    return (await (await this.fusion()).ask({ op: 'event', eventId })).item ?? null;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([this.active?.worker.terminate(), this.coming?.worker.terminate()]);
  }
}
