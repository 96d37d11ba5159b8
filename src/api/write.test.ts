import assert from 'node:assert/strict';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { after, before, describe, test } from 'node:test';
import { createApp, type VigieApp } from './app.ts';
import { demoStore, type DemoStore } from './testing.ts';

const TOKEN = 'test-token-4f1c';
let demo: DemoStore;
let app: VigieApp;

before(async () => {
  demo = await demoStore();
  app = createApp({ store: demo.store, token: TOKEN, analyzer: demo.analyzer, uiDir: join(tmpdir(), 'vigie-no-ui-here') });
});
after(async () => demo.dispose());

const ARTICLE = {
  name: 'depeche-test.txt',
  title: 'Emmanuel Macron reçoit Volodymyr Zelensky à l’Élysée',
  published: '2025-09-03',
  text: 'Le président Emmanuel Macron a reçu mardi Volodymyr Zelensky à l’Élysée, à Paris. '
    + '« Nous continuerons à soutenir l’Ukraine », a déclaré le chef de l’État à l’issue de la rencontre.\n',
};

function post(body: unknown, auth: string | null = `Bearer ${TOKEN}`, target = app) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (auth) headers.Authorization = auth;
  return target.request('/api/articles', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

describe('POST /api/articles', () => {
  test('without a configured token writing is disabled: 403', async () => {
    const readOnly = createApp({ store: demo.store });
    const res = await post(ARTICLE, `Bearer ${TOKEN}`, readOnly);
    assert.equal(res.status, 403);
    assert.match((await res.json()).error.message, /disabled/);
  });

  test('without the bearer token: 401', async () => {
    assert.equal((await post(ARTICLE, null)).status, 401);
  });

  test('with a wrong token: 401', async () => {
    assert.equal((await post(ARTICLE, 'Bearer nope')).status, 401);
  });

  test('with the token: stored (201), then unchanged (200), and readable', async () => {
    const first = await post(ARTICLE);
    assert.equal(first.status, 201);
    const { id, status } = await first.json();
    assert.equal(status, 'stored');
    const second = await post(ARTICLE);
    assert.equal(second.status, 200);
    assert.deepEqual(await second.json(), { id, status: 'unchanged' });
    const doc = await (await app.request(`/api/articles/${id}`)).json();
    assert.equal(doc.meta.title, ARTICLE.title);
    assert.equal(doc.source.name, 'depeche-test.txt');
    assert.equal(doc.meta.published.slice(0, 10), '2025-09-03');
  });

  test('a write changes the ETags (new data version)', async () => {
    const before = (await app.request('/api/stats')).headers.get('etag');
    const res = await post({ text: 'Le Premier ministre japonais a rencontré jeudi le chancelier allemand à Berlin pour évoquer la sécurité en Asie.\n' });
    assert.equal(res.status, 201);
    const after = (await app.request('/api/stats')).headers.get('etag');
    assert.notEqual(before, after);
    assert.equal((await app.request('/api/stats', { headers: { 'If-None-Match': before! } })).status, 200);
  });

  for (const [label, body] of [
    ['no text, html or url', { title: 'Rien' }],
    ['both text and html', { text: 'Bonjour.', html: '<p>Bonjour.</p>' }],
    ['a non-http url', { url: 'file:///etc/passwd' }],
    ['a bad published date', { text: 'Le ministre a parlé.', published: 'hier soir' }],
    ['an empty text', { text: '   ' }],
    ['not JSON', '{text:'],
  ] as const) {
    test(`${label} is a 400`, async () => {
      const res = await post(body);
      assert.equal(res.status, 400);
      assert.equal((await res.json()).error.status, 400);
    });
  }

  test('HTML is extracted to its article text', async () => {
    const html = '<html><head><title>Sommet à Rome</title></head><body><article><h1>Sommet à Rome</h1>'
      + '<p>La présidente du Conseil italien Giorgia Meloni a reçu lundi à Rome le président brésilien Luiz Inácio Lula da Silva pour parler du commerce.</p>'
      + '<p>Les deux dirigeants ont signé un accord de coopération économique, selon un communiqué publié à l’issue de la rencontre.</p></article></body></html>';
    const res = await post({ html, name: 'rome.html' });
    assert.equal(res.status, 201);
    const doc = await (await app.request(`/api/articles/${(await res.json()).id}`)).json();
    assert.match(doc.text, /Giorgia Meloni/);
    assert.doesNotMatch(doc.text, /<p>/);
  });
});

describe('hostile article content', () => {
  const SCRIPT = '<script>alert(1)</script>';
  const IMG = '<img src=x onerror=alert(1)>';
  let id = '';

  before(async () => {
    const res = await post({
      title: `Déclaration ${SCRIPT} ${IMG}`,
      text: `Le porte-parole du Kremlin, Dmitri Peskov, a déclaré mercredi : « ${SCRIPT} ». Il a ajouté ${IMG} devant la presse à Moscou.\n`,
      published: '2025-09-04',
    });
    assert.equal(res.status, 201);
    id = (await res.json()).id;
  });

  test('is returned as inert JSON data, the markup intact inside strings', async () => {
    const res = await app.request(`/api/articles/${id}`);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    const doc = await res.json();
    assert.ok(doc.text.includes(SCRIPT));
    assert.ok(doc.meta.title.includes(IMG));
  });

  test('list and search answers stay JSON', async () => {
    for (const path of ['/api/articles', '/api/search?q=alert', '/api/quotes?q=alert']) {
      const res = await app.request(path);
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/, path);
      JSON.parse(await res.text());
    }
  });

  test('the / HTML page never echoes article content', async () => {
    const html = await (await app.request('/')).text();
    assert.ok(!html.includes('alert(1)'));
    assert.ok(!html.includes('Peskov'));
  });
});
