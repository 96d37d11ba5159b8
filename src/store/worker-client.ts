// A worker thread of a served store, asked by message: each request carries an id, its answer
// comes back with it. The worker says `{ ready }` once it answers (or `{ failed }` if it cannot
// start); a worker keeps the process alive only while someone waits for it.
import { Worker } from 'node:worker_threads';

export type WorkerAnswer = { id: number; error?: string } & Record<string, unknown>;

export class WorkerClient {
  readonly worker: Worker;
  /** The worker's ready message; rejects when it failed to start or ended first. */
  readonly ready: Promise<Record<string, unknown>>;
  /** Set once it ended (terminated, crashed): asking it then fails at once. */
  ended: Error | null = null;
  private next = 0;
  private readonly pending = new Map<number, { resolve: (a: WorkerAnswer) => void; reject: (e: Error) => void }>();
  private drained: (() => void) | null = null;

  /** `awaited`: someone waits for it to be ready (a server before it listens), so it keeps the process alive until then. */
  constructor(script: URL, workerData: unknown, name: string, { awaited = false, onEnd = () => {} }: { awaited?: boolean; onEnd?: (client: WorkerClient) => void } = {}) {
    this.worker = new Worker(script, { workerData });
    this.ready = new Promise((resolve, reject) => {
      this.worker.on('message', (m: WorkerAnswer & { ready?: boolean; failed?: string }) => {
        if (m.ready) { this.worker.unref(); resolve(m); return; }
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
      this.worker.once('exit', (code) => fail(new Error(`${name} worker exited (${code})`)));
    });
    if (!awaited) this.worker.unref();
  }

  private idle(): void {
    this.worker.unref();
    this.drained?.();
  }

  ask(message: Record<string, unknown>): Promise<WorkerAnswer> {
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
