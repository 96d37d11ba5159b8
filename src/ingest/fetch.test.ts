import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { fetchBytes, isHttpUrl } from './fetch.ts';

let server: Server;
let base = '';
before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/grand') res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(5000));
    else if (req.url === '/redir') res.writeHead(302, { location: '/page' }).end();
    else if (req.url === '/page') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>Kiev</p>');
    else res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server?.close());

test('redirects are followed; the final URL and content type are returned', async () => {
  const r = await fetchBytes(`${base}/redir`, { maxBytes: 1000 });
  assert.ok(r.ok);
  assert.equal(r.url, `${base}/page`);
  assert.equal(r.contentType, 'text/html; charset=utf-8');
  assert.equal(Buffer.from(r.bytes).toString(), '<p>Kiev</p>');
});

test('a response over the size limit is refused', async () => {
  const r = await fetchBytes(`${base}/grand`, { maxBytes: 1000 });
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.reason : '', /over the 1000-byte limit/);
});

test('an HTTP error status is the reason', async () => {
  assert.deepEqual(await fetchBytes(`${base}/erreur`, { maxBytes: 1000 }), { ok: false, reason: 'HTTP 500 Internal Server Error' });
});

test('a refused connection is a failure, not an exception', async () => {
  const r = await fetchBytes('http://127.0.0.1:1/', { maxBytes: 1000 });
  assert.equal(r.ok, false);
});

test('only http(s) strings are URLs', () => {
  assert.ok(isHttpUrl('https://www.rfi.fr/fr/'));
  assert.ok(!isHttpUrl('corpus/demo'));
});
