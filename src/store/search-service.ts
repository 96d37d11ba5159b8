// Full-text search of a served store, answered in a worker thread with its own read-only
// connection (see search-service-worker.mjs). A worker that ends after it was ready is replaced;
// until one is ready (or if none can start), the store searches in its own thread.
import type { Page, SearchResult } from './types.ts';
import { WorkerClient } from './worker-client.ts';

export class SearchService {
  private client: WorkerClient | null = null;
  private ready = false;
  private closed = false;

  constructor(private readonly file: string) {
    this.start();
  }

  private start(): void {
    const client = new WorkerClient(new URL('./search-service-worker.mjs', import.meta.url), { file: this.file }, 'search', {
      onEnd: (ended) => {
        if (this.client !== ended) return;
        const wasReady = this.ready;
        this.client = null;
        this.ready = false;
        if (!this.closed && wasReady) this.start();
      },
    });
    this.client = client;
    // A worker that cannot start leaves searches to the store's own thread.
    client.ready.then(() => { if (this.client === client) this.ready = true; }, () => {});
  }

  /** Whether a worker answers now (else the caller searches itself). */
  get available(): boolean {
    return this.ready && !!this.client;
  }

  async search(q: string, page: Page): Promise<SearchResult> {
    return (await this.client!.ask({ q, page })).result as SearchResult;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.worker.terminate();
  }
}
