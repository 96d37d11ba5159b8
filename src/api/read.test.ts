import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createApp, type VigieApp } from './app.ts';
import { demoStore, type DemoStore } from './testing.ts';

let demo: DemoStore;
let app: VigieApp;

before(async () => {
  demo = await demoStore();
  app = createApp({ store: demo.store, uiDir: join(tmpdir(), 'vigie-no-ui-here') });
});
after(async () => demo.dispose());

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await app.request(path, { headers });
  const type = res.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await res.json() : await res.text();
  return { res, status: res.status, body: body as any };
}

describe('GET /api/articles', () => {
  test('lists the five demo articles with total and page', async () => {
    const { status, body } = await get('/api/articles');
    assert.equal(status, 200);
    assert.equal(body.total, 5);
    assert.equal(body.limit, 50);
    assert.equal(body.offset, 0);
    assert.equal(body.items.length, 5);
    for (const a of body.items) {
      assert.equal(typeof a.id, 'string');
      assert.equal(typeof a.source.name, 'string');
      assert.equal(typeof a.events, 'number');
    }
  });

  test('pages concatenate to the full list in the same stable order', async () => {
    const all = (await get('/api/articles')).body.items.map((a: any) => a.id);
    const pages: string[] = [];
    for (let offset = 0; offset < 5; offset += 2) pages.push(...(await get(`/api/articles?limit=2&offset=${offset}`)).body.items.map((a: any) => a.id));
    assert.deepEqual(pages, all);
  });

  test('newest first, by publication date', async () => {
    const dates = (await get('/api/articles')).body.items.map((a: any) => a.published).filter(Boolean).map((d: string) => d.slice(0, 10));
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  test('q finds the articles naming Poutine, with a snippet', async () => {
    const { body } = await get('/api/articles?q=Poutine');
    assert.ok(body.total >= 1);
    assert.ok(body.items.every((a: any) => typeof a.snippet === 'string'));
  });

  test('from/to bound the publication date', async () => {
    const { body } = await get('/api/articles?from=2025-08-01&to=2025-08-31');
    assert.ok(body.items.every((a: any) => a.published.slice(0, 7) === '2025-08'));
  });

  test('one article carries its full contract-v1 analysis', async () => {
    const id = (await get('/api/articles?limit=1')).body.items[0].id;
    const { status, body } = await get(`/api/articles/${id}`);
    assert.equal(status, 200);
    assert.equal(body.id, id);
    for (const key of ['source', 'meta', 'text', 'removed', 'sentences', 'entities', 'timexes', 'quotes', 'events']) assert.ok(key in body, key);
  });

  test('an unknown article id is a 404 JSON error', async () => {
    const { status, body } = await get('/api/articles/0000000000000000');
    assert.equal(status, 404);
    assert.equal(body.error.status, 404);
  });
});

describe('GET /api/entities', () => {
  test('lists entities, most articles first', async () => {
    const { body } = await get('/api/entities?limit=10');
    assert.ok(body.total >= 10);
    const docs = body.items.map((e: any) => e.documents);
    assert.deepEqual(docs, [...docs].sort((a: number, b: number) => b - a));
  });

  test('type keeps one entity type', async () => {
    const { body } = await get('/api/entities?type=PER');
    assert.ok(body.items.length > 0);
    assert.ok(body.items.every((e: any) => e.type === 'PER'));
  });

  test('q matches an alias: "poutine" finds Vladimir Putin', async () => {
    const { body } = await get('/api/entities?q=poutine');
    assert.ok(body.items.some((e: any) => e.aliases.includes('Poutine') || e.name.includes('Putin')));
  });

  test('one knowledge-base entity with its events and quotes', async () => {
    const first = (await get('/api/entities?limit=1')).body.items[0];
    const { status, body } = await get(`/api/entities/${encodeURIComponent(first.id)}`);
    assert.equal(status, 200);
    assert.equal(body.entity.id, first.id);
    assert.equal(body.entity.documents, first.documents);
    assert.ok(body.events.items.every((e: any) => e.actors.some((a: any) => a.entity === first.id)));
    assert.ok(body.quotes.items.every((q: any) => q.speaker.entity === first.id));
  });

  test('a local entity id with ":" and "/" resolves when URL-encoded', async () => {
    const all = (await get('/api/entities?limit=1000')).body.items;
    const local = all.find((e: any) => e.id.includes('/'));
    if (!local) return; // every entity linked: nothing local to look up
    const { status, body } = await get(`/api/entities/${encodeURIComponent(local.id)}`);
    assert.equal(status, 200);
    assert.equal(body.entity.id, local.id);
  });

  test('an unknown entity is a 404', async () => {
    assert.equal((await get('/api/entities/Q0')).status, 404);
    assert.equal((await get(`/api/entities/${encodeURIComponent('0000/local:1')}`)).status, 404);
  });
});

describe('GET /api/quotes, /api/events, /api/timeline', () => {
  test('quotes by speaker name keep that speaker', async () => {
    const { status, body } = await get('/api/quotes?speaker=Poutine');
    assert.equal(status, 200);
    for (const q of body.items) assert.ok(typeof q.doc === 'string' && q.speaker);
  });

  test('quotes text search', async () => {
    const all = (await get('/api/quotes?limit=1')).body;
    if (!all.total) return;
    const word = all.items[0].text.match(/[\p{L}]{6,}/u)?.[0];
    if (!word) return;
    const { body } = await get(`/api/quotes?q=${encodeURIComponent(word)}`);
    assert.ok(body.total >= 1);
  });

  test('events carry provenance and keep the asked type', async () => {
    const { body } = await get('/api/events?limit=1000');
    assert.equal(body.items.length, body.total);
    for (const e of body.items) assert.equal(typeof e.doc, 'string');
    const type = body.items[0]?.type ?? 'CONSULT';
    const typed = (await get(`/api/events?type=${type.toLowerCase()}`)).body;
    assert.ok(typed.items.every((e: any) => e.type === type));
  });

  test('events of one article', async () => {
    const doc = (await get('/api/articles?limit=1')).body.items[0];
    const { body } = await get(`/api/events?doc=${doc.id}`);
    assert.equal(body.total, doc.events);
  });

  test('the timeline answers a page of fused events with mentions', async () => {
    const { status, body } = await get('/api/timeline?undated=true&limit=1000');
    assert.equal(status, 200);
    assert.equal(body.items.length, body.total);
    for (const e of body.items) assert.ok(Array.isArray(e.mentions) && e.mentions.length >= 1 && Array.isArray(e.statusHistory));
  });

  test('timeline pages concatenate to the full timeline', async () => {
    const all = (await get('/api/timeline?undated=true&limit=1000')).body.items.map((e: any) => e.id);
    const paged: string[] = [];
    for (let offset = 0; offset < all.length; offset += 3) paged.push(...(await get(`/api/timeline?undated=true&limit=3&offset=${offset}`)).body.items.map((e: any) => e.id));
    assert.deepEqual(paged, all);
  });

  test('a timeline list gives each event its first mentions and how many it has; mentions=all gives every one', async () => {
    const all = (await get('/api/timeline?undated=true&limit=1000&mentions=all')).body.items;
    const many = all.find((e: any) => e.mentions.length >= 2);
    assert.ok(many, 'the demo timeline has an event reported twice');
    for (const e of all) assert.equal(e.mentionCount, e.mentions.length);
    const one = (await get('/api/timeline?undated=true&limit=1000&mentions=1')).body.items.find((e: any) => e.id === many.id);
    assert.deepEqual(one.mentions, many.mentions.slice(0, 1));
    assert.equal(one.mentionCount, many.mentions.length);
    assert.equal(one.sourceCount, new Set(many.mentions.map((m: any) => m.doc)).size);
  });

  test('/api/timeline/{id} gives one fused event with every mention; an unknown id is a 404', async () => {
    const [first] = (await get('/api/timeline?undated=true&limit=1&mentions=0')).body.items;
    assert.deepEqual(first.mentions, []);
    const { status, body } = await get(`/api/timeline/${encodeURIComponent(first.id)}`);
    assert.equal(status, 200);
    assert.equal(body.id, first.id);
    assert.equal(body.mentions.length, first.mentionCount);
    assert.equal((await get('/api/timeline/tl-0000000000000000')).status, 404);
  });

  test('timeline status and date filters keep matching events only', async () => {
    const occurred = (await get('/api/timeline?undated=true&status=occurred,ongoing')).body;
    assert.ok(occurred.items.every((e: any) => e.status === 'occurred' || e.status === 'ongoing'));
    const dated = (await get('/api/timeline?from=2025-08&to=2025-08')).body;
    // Calendar dates of 2025, or an open reference whose range overlaps the month ("très bientôt" said on 6 August).
    assert.ok(dated.items.length > 0 && dated.items.every((e: any) => e.date && (e.date.value.startsWith('2025') || e.date.value.endsWith('_REF'))));
  });
});

describe('GET /api/search and /api/stats', () => {
  test('search answers every kind', async () => {
    const { status, body } = await get('/api/search?q=Poutine');
    assert.equal(status, 200);
    assert.equal(body.q, 'Poutine');
    for (const k of ['documents', 'entities', 'quotes', 'events']) assert.ok(Array.isArray(body[k]), k);
    assert.ok(body.documents.length >= 1);
    assert.ok(body.entities.length >= 1);
  });

  test('stats counts the store and gives the data version', async () => {
    const { body } = await get('/api/stats');
    assert.equal(body.documents, 5);
    // The store's version: <documents>:<last row id>.
    assert.match(body.dataVersion, /^5:\d+$/);
    assert.ok(body.entities > 0);
  });
});

describe('GET /api/export', () => {
  for (const [format, check] of Object.entries({
    jsonl: (t: string) => t.trim().split('\n').forEach((l) => JSON.parse(l)),
    csv: (t: string) => assert.match(t, /^id,date,type/),
    'csv-quotes': (t: string) => assert.match(t, /^doc,source/),
    plover: (t: string) => JSON.parse(t),
    timelinejs: (t: string) => JSON.parse(t),
    gexf: (t: string) => assert.match(t, /^<\?xml[^]*<gexf/),
    ics: (t: string) => assert.match(t, /^BEGIN:VCALENDAR/),
    timeml: (t: string) => assert.match(t, /^<\?xml/),
  })) {
    test(`format ${format} answers the file with its type`, async () => {
      const res = await app.request(`/api/export?format=${format}`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-disposition') ?? '', /attachment; filename="vigie\./);
      check(await res.text());
    });
  }

  test('jsonl export with a filter keeps only the articles behind the events', async () => {
    const all = (await (await app.request('/api/export?format=jsonl')).text()).trim().split('\n');
    assert.equal(all.length, 5);
    const none = await (await app.request('/api/export?format=jsonl&actor=Nobody%20Atall')).text();
    assert.equal(none, '');
  });
});

describe('caching', () => {
  test('GET answers carry a weak ETag and no-cache; If-None-Match gives 304', async () => {
    const first = await app.request('/api/timeline?limit=5');
    const etag = first.headers.get('etag');
    assert.match(etag ?? '', /^W\/"/);
    assert.equal(first.headers.get('cache-control'), 'no-cache');
    const again = await app.request('/api/timeline?limit=5', { headers: { 'If-None-Match': etag! } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
  });

  test('another URL has another ETag', async () => {
    const a = (await app.request('/api/articles?limit=1')).headers.get('etag');
    const b = (await app.request('/api/articles?limit=2')).headers.get('etag');
    assert.notEqual(a, b);
  });
});

describe('bad requests', () => {
  for (const path of [
    '/api/articles?from=2025-13-01', '/api/articles?to=hier', '/api/articles?from=2025-02-30', '/api/articles?limit=abc',
    '/api/articles?limit=-1', '/api/articles?limit=5000', '/api/articles?offset=1.5', '/api/entities?type=PERSON',
    '/api/events?type=MEET', '/api/timeline?status=done', '/api/timeline?undated=yes', '/api/timeline?mentions=some', '/api/quotes?from=08/2025',
    '/api/search', '/api/search?q=', '/api/export', '/api/export?format=pdf',
  ]) {
    test(`${path} is a 400 with a message`, async () => {
      const { status, body } = await get(path);
      assert.equal(status, 400);
      assert.equal(body.error.status, 400);
      assert.ok(body.error.message.length > 5);
    });
  }

  test('an unknown API path is a JSON 404', async () => {
    const { status, body } = await get('/api/nothing');
    assert.equal(status, 404);
    assert.equal(body.error.status, 404);
  });
});

describe('OpenAPI and headers', () => {
  test('/openapi.json is an OpenAPI 3.1 document listing every path', async () => {
    const { status, body } = await get('/openapi.json');
    assert.equal(status, 200);
    assert.equal(body.openapi, '3.1.0');
    for (const p of ['/api/articles', '/api/articles/{id}', '/api/entities', '/api/entities/{id}', '/api/quotes', '/api/events', '/api/timeline', '/api/timeline/{id}', '/api/search', '/api/stats', '/api/export']) {
      assert.ok(body.paths[p], p);
    }
    assert.ok(body.paths['/api/articles'].post);
  });

  test('every answer carries the CSP and nosniff', async () => {
    for (const path of ['/api/stats', '/', '/api/nothing']) {
      const res = await app.request(path);
      assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/);
      assert.doesNotMatch(res.headers.get('content-security-policy') ?? '', /unsafe-inline/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    }
  });

  test('without a UI build, / is a short HTML page saying to build it', async () => {
    const res = await app.request('/');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    assert.match(await res.text(), /not built/);
  });
});

describe('serving the built UI', () => {
  test('files, and index.html for client-side routes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-ui-'));
    try {
      writeFileSync(join(dir, 'index.html'), '<!doctype html><title>UI</title><script type="module" src="/app.js"></script>');
      writeFileSync(join(dir, 'app.js'), 'console.log(1)');
      const ui = createApp({ store: demo.store, uiDir: dir });
      const index = await ui.request('/');
      assert.match(await index.text(), /<title>UI<\/title>/);
      const js = await ui.request('/app.js');
      assert.match(js.headers.get('content-type') ?? '', /javascript/);
      assert.match(await (await ui.request('/entities/Q7747')).text(), /<title>UI<\/title>/);
      assert.equal((await ui.request('/missing.png')).status, 404);
      assert.equal((await ui.request('/api/nothing')).status, 404);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
