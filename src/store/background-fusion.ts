// Fusing the timeline off the request path: a worker thread opens the store file read-only, fuses
// every stored article (seconds at 20,000 articles) and sends the events back in chunks; they are
// indexed here a slice at a time, so the thread answering requests is never held for long. The
// store keeps answering from its last fusion until the new one is handed over.
import { Worker } from 'node:worker_threads';
import type { TimelineEvent } from '../timeline/index.ts';
import { TimelineIndex } from './timeline-index.ts';

export interface FusedTimeline { version: string; index: TimelineIndex }

/** What the worker sends: chunks of events, then the data version it read (or an error). */
export type FusionMessage = { events: TimelineEvent[] } | { version: string; count: number } | { error: string };

export class BackgroundFusion {
  private running: Worker | null = null;
  private again = false;
  private closed = false;

  constructor(
    private readonly file: string,
    /** Receives each finished fusion (never after close). */
    private readonly done: (fused: FusedTimeline) => void,
    private readonly failed: (err: Error) => void = (err) => process.stderr.write(`vigie: background timeline fusion failed: ${err.message}\n`),
  ) {}

  /** Whether a fusion is under way. */
  get busy(): boolean {
    return this.running !== null;
  }

  /** Starts a fusion now, or once the running one ends (it may have read the store before the change). */
  request(): void {
    if (this.closed) return;
    if (this.running) { this.again = true; return; }
    this.again = false;
    this.start();
  }

  private start(): void {
    const worker = new Worker(new URL('./timeline-worker.mjs', import.meta.url), { workerData: { file: this.file } });
    // A fusion under way never keeps a process alive that has nothing else to do.
    worker.unref();
    this.running = worker;
    const events: TimelineEvent[] = [];
    let settled = false, received = false;
    const end = (err: Error | null, fused?: FusedTimeline) => {
      if (settled) return;
      settled = true;
      this.running = null;
      if (!this.closed) {
        if (err) this.failed(err);
        else this.done(fused!);
      }
      if (this.again) this.request();
    };
    worker.on('message', (m: FusionMessage) => {
      if ('events' in m) { for (const e of m.events) events.push(e); return; }
      received = true;
      if ('error' in m) { end(new Error(m.error)); return; }
      if (events.length !== m.count) { end(new Error(`fusion sent ${events.length} of ${m.count} events`)); return; }
      TimelineIndex.built(events).then((index) => end(null, { version: m.version, index }), (err: Error) => end(err));
    });
    worker.once('error', (err) => end(err));
    worker.once('exit', (code) => { if (!received) end(new Error(`fusion worker exited (${code}) before it finished`)); });
  }

  /** Stops a running fusion; nothing is handed over after this. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.running;
    this.running = null;
    if (worker) await worker.terminate();
  }
}
