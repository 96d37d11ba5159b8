// Full-text search of a served store, answered in a worker thread with its own read-only
// connection (see search-service-worker.mjs). A worker that fails or ends is replaced; until one
// is ready, the store searches in its own thread.
import { Worker } from 'node:worker_threads';
import type { Page, SearchResult } from './types.ts';

type Answer = { id: number; result?: SearchResult; error?: string; ready?: boolean };

export class SearchService {
  private worker: Worker | null = null;
  private ready = false;
  private next = 0;
  private readonly pending = new Map<number, { resolve: (r: SearchResult) => void; reject: (e: Error) => void }>();
  private closed = false;

  constructor(private readonly file: string) {
    this.start();
  }

  private start(): void {
    const worker = new Worker(new URL('./search-service-worker.mjs', import.meta.url), { workerData: { file: this.file } });
    this.worker = worker;
    this.ready = false;
    worker.unref();
    worker.on('message', (m: Answer) => {
      if (m.ready) { this.ready = true; return; }
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (!this.pending.size) worker.unref();
      if (m.error !== undefined) p?.reject(new Error(m.error));
      else p?.resolve(m.result!);
    });
    const ended = (err: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.ready = false;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      if (!this.closed) this.start();
    };
    worker.once('error', ended);
    worker.once('exit', (code) => ended(new Error(`search worker exited (${code})`)));
  }

  /** Whether a worker answers now (else the caller searches itself). */
  get available(): boolean {
    return this.ready && !!this.worker;
  }

  search(q: string, page: Page): Promise<SearchResult> {
    const worker = this.worker!;
    const id = this.next++;
    if (!this.pending.size) worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, q, page });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.worker?.terminate();
  }
}
