import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serveDemo } from './testing.ts';

const served = serveDemo();

test('serve listens on 127.0.0.1 and answers the API over HTTP with keep-alive', async () => {
  assert.match(served.server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  const res = await fetch(served.server.url + 'api/stats');
  assert.equal(res.status, 200);
  assert.equal((await res.json()).documents, 5);
  const again = await fetch(served.server.url + 'api/stats', { headers: { 'If-None-Match': res.headers.get('etag')! } });
  assert.equal(again.status, 304);
});

test('security headers reach the wire on the HTML page and on errors', async () => {
  for (const path of ['', 'api/nothing', 'api/articles?limit=x']) {
    const res = await fetch(served.server.url + path);
    await res.text();
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/, path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
  }
});
