import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import iconv from 'iconv-lite';
import { readInputs, type IngestOptions, type InputItem } from './index.ts';

const dir = mkdtempSync(join(tmpdir(), 'vigie-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const SENTENCE = 'l’été « décisif » — œuvre 5 €';
const ARTICLE = 'Le président russe a reçu mercredi l’émissaire américain au Kremlin.\n\nLes discussions ont duré trois heures.';

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

async function all(paths: string[], opts?: IngestOptions): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(paths, opts)) out.push(item);
  return out;
}

async function one(path: string, opts?: IngestOptions) {
  const items = await all([path], opts);
  assert.equal(items.length, 1);
  const item = items[0];
  assert.ok(item.ok, item.ok ? '' : `${item.error.input}: ${item.error.reason}`);
  return item.article;
}

async function failure(path: string, opts?: IngestOptions) {
  const items = await all([path], opts);
  assert.equal(items.length, 1);
  const item = items[0];
  assert.ok(!item.ok, 'expected a failure');
  return item.error;
}

test('a UTF-8 .txt file: text, name and path', async () => {
  const path = file('kremlin.txt', ARTICLE);
  const a = await one(path);
  assert.equal(a.raw, ARTICLE);
  assert.deepEqual(a.source, { name: 'kremlin.txt', path, url: null });
  assert.equal(a.published, null);
});

test('a Windows-1252 .txt file decodes ’ « — œ €', async () => {
  const a = await one(file('cp1252.txt', iconv.encode(SENTENCE, 'windows-1252')));
  assert.equal(a.raw, SENTENCE);
});

test('UTF-16 LE and BE files with BOM', async () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]);
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SENTENCE, 'utf16le').swap16()]);
  assert.equal((await one(file('le.txt', le))).raw, SENTENCE);
  assert.equal((await one(file('be.txt', be))).raw, SENTENCE);
});

test('a UTF-8 file with BOM and CRLF line ends', async () => {
  const a = await one(file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Première ligne.\r\nSeconde ligne.')])));
  assert.equal(a.raw, 'Première ligne.\nSeconde ligne.');
});

test('an HTML page in Windows-1252 declaring ISO-8859-1: text, title, date, outlet', async () => {
  const html = readFileSync(new URL('./fixtures/ouestfrance.html', import.meta.url), 'utf8');
  const a = await one(file('of.html', iconv.encode(html, 'windows-1252')));
  assert.match(a.raw, /« Il faut éviter à tout prix une escalade régionale »/);
  assert.equal(a.title, 'Israël-Iran : l’ONU appelle à la retenue après les frappes');
  assert.equal(a.published, '2025-06-14T11:05:00Z');
  assert.equal(a.publishedFrom, 'header');
  assert.equal(a.outlet, 'Ouest-France');
});

test('JSON Lines: one article per record, a bad line is one failure and the batch goes on', async () => {
  const path = file('export.jsonl', [
    JSON.stringify({ text: 'Premier article.', url: 'https://www.lemonde.fr/international/article/2025/08/07/trump-poutine_6627.html' }),
    '{"text": "cassé",',
    '',
    JSON.stringify({ title: 'Sans texte' }),
    JSON.stringify({ name: 'quatre', text: 'Quatrième article.', published: '2025-08-07' }),
  ].join('\n'));
  const items = await all([path]);
  assert.equal(items.length, 4);
  assert.equal(items[0].ok && items[0].article.source.name, 'trump-poutine_6627.html');
  assert.equal(!items[1].ok && items[1].error.input, `${path}:2`);
  assert.match(!items[1].ok ? items[1].error.reason : '', /^not JSON \(/);
  assert.deepEqual(!items[2].ok && items[2].error, { input: `${path}:4`, reason: 'record has no "text" or "html" string' });
  assert.ok(items[3].ok);
  assert.equal(items[3].article.published, '2025-08-07');
  assert.equal(items[3].article.publishedFrom, 'given');
});

test('JSON: an array of records, then a single record', async () => {
  const arr = await all([file('arr.json', JSON.stringify([{ text: 'Un.' }, { text: 'Deux.' }]))]);
  assert.deepEqual(arr.map((i) => i.ok && i.article.source.name), ['arr.json#1', 'arr.json#2']);
  const single = await one(file('single.json', JSON.stringify({ name: 'solo', text: 'Seul.' }, null, 2)));
  assert.equal(single.source.name, 'solo');
});

test('a directory is walked recursively, sorted, skipping dotfiles', async () => {
  file('corpus/b.txt', 'Texte B.');
  file('corpus/a/z.txt', 'Texte Z.');
  file('corpus/.cache/x.txt', 'Caché.');
  file('corpus/.DS_Store', 'x');
  const names = (await all([join(dir, 'corpus')])).map((i) => i.ok && i.article.source.name);
  assert.deepEqual(names, ['z.txt', 'b.txt']);
});

test('a dangling link in a directory is one failure; the other files are read', async () => {
  file('links/ok.txt', 'Texte.');
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'links', 'broken.txt'));
  const items = await all([join(dir, 'links')]);
  assert.equal(items.length, 2);
  assert.deepEqual(!items[0].ok && items[0].error, { input: join(dir, 'links', 'broken.txt'), reason: 'no such file or directory' });
  assert.ok(items[1].ok);
});

test('an RSS file expands to its items, named from their links', async () => {
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>RFI</title>
<item><title>Soudan : trêve</title><link>https://www.rfi.fr/fr/afrique/20251106-soudan-treve</link><pubDate>Thu, 06 Nov 2025 21:14:31 GMT</pubDate><description>Les FSR acceptent la trêve.</description></item>
<item><title>Titre seul</title><link>https://www.rfi.fr/fr/monde/titre-seul</link></item></channel></rss>`;
  const items = await all([file('rfi.rss', rss)]);
  assert.equal(items.length, 2);
  assert.ok(items[0].ok);
  assert.deepEqual(items[0].article.source, { name: '20251106-soudan-treve', path: join(dir, 'rfi.rss'), url: 'https://www.rfi.fr/fr/afrique/20251106-soudan-treve' });
  assert.equal(items[0].article.raw, 'Les FSR acceptent la trêve.');
  assert.equal(items[0].article.published, '2025-11-06T21:14:31Z');
  assert.equal(items[0].article.title, 'Soudan : trêve');
  assert.match(!items[1].ok ? items[1].error.reason : '', /no description/);
});

test('--published overrides every input\'s date; --crawled is set', async () => {
  const html = readFileSync(new URL('./fixtures/rfi.html', import.meta.url));
  const a = await one(file('rfi.html', html), { published: '2025-11-07', crawled: '2025-11-07T08:00:00Z' });
  assert.equal(a.published, '2025-11-07');
  assert.equal(a.publishedFrom, 'given');
  assert.equal(a.crawled, '2025-11-07T08:00:00Z');
});

test('bad input: a missing path', async () => {
  assert.deepEqual(await failure(join(dir, 'absent.txt')), { input: join(dir, 'absent.txt'), reason: 'no such file or directory' });
});

test('bad input: an empty file', async () => {
  assert.equal((await failure(file('empty.txt', ''))).reason, 'empty file');
});

test('bad input: a whitespace-only file', async () => {
  assert.equal((await failure(file('blank.txt', ' \n\t\n'))).reason, 'empty file (whitespace only)');
});

test('bad input: a binary file', async () => {
  assert.match((await failure(file('image.txt', Buffer.from([0x47, 0x00, 0x01, 0x02, 0x03])))).reason, /^binary file/);
});

test('bad input: a file over maxBytes', async () => {
  assert.match((await failure(file('big.txt', 'a'.repeat(2000)), { maxBytes: 1000 })).reason, /over the 1000 bytes limit/);
});

test('bad input: undecodable bytes', async () => {
  assert.match((await failure(file('bad.txt', Buffer.from([0x4c, 0x65, 0x20, 0x81, 0x9d, 0x8d, 0x20, 0x61])))).reason, /^undecodable bytes/);
});

test('bad input: HTML with no extractable text', async () => {
  assert.equal((await failure(file('vide.html', '<html><body><nav><a href="/">Accueil</a></nav></body></html>'))).reason, 'HTML with no extractable text');
});

test('a bad input does not stop the batch', async () => {
  const items = await all([join(dir, 'absent.txt'), file('fine.txt', 'Texte.')]);
  assert.deepEqual(items.map((i) => i.ok), [false, true]);
});

test('JSON Lines stream: the first record comes before the source is read to its end', async () => {
  let pulled = 0;
  async function* source() {
    for (let i = 0; i < 20_000; i++) {
      pulled++;
      yield Buffer.from(JSON.stringify({ text: `Article ${i}.` }) + '\n');
    }
  }
  const it = readInputs(['-'], { stdin: source() });
  const first = await it.next();
  assert.ok(!first.done && first.value.ok);
  assert.ok(pulled < 20_000, `pulled ${pulled} chunks before the first record`);
  let count = 1;
  for await (const item of it) if (item.ok) count++;
  assert.equal(count, 20_000);
});

test('stdin: HTML is detected by content and named "stdin" (or --stdin-name)', async () => {
  const html = readFileSync(new URL('./fixtures/letemps.html', import.meta.url));
  const items = await all(['-'], { stdin: (async function* () { yield html; })(), stdinName: 'letemps' });
  assert.ok(items[0].ok);
  assert.equal(items[0].article.source.name, 'letemps');
  assert.equal(items[0].article.outlet, 'Le Temps');
});

test('stdin through `vigie analyze -` in a child process', () => {
  const r = spawnSync(process.execPath, ['bin/vigie.mjs', 'analyze', '-', '--quiet'], {
    cwd: new URL('../..', import.meta.url).pathname,
    input: iconv.encode(`${SENTENCE}\nLe ministre a démenti.`, 'windows-1252'),
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout.trim().split('\n')[0]);
  assert.equal(doc.source.name, 'stdin');
  assert.match(doc.text, /œuvre 5 €/);
});

let server: Server;
let base = '';
before(async () => {
  const article = iconv.encode(readFileSync(new URL('./fixtures/lemonde.html', import.meta.url), 'utf8').replace('charset="UTF-8"', 'charset="windows-1252"'), 'windows-1252');
  server = createServer((req, res) => {
    if (req.url === '/international/article/2025/08/07/sommet_6627.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(article);
    } else if (req.url === '/rss.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Le Monde</title>
<item><title>Sommet</title><link>${base}/international/article/2025/08/07/sommet_6627.html</link><pubDate>Thu, 07 Aug 2025 10:27:00 +0200</pubDate><description>Résumé court.</description></item></channel></rss>`);
    } else res.writeHead(404).end('introuvable');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server?.close());

test('a URL is fetched as HTML, named from its path, with source.url', async () => {
  const url = `${base}/international/article/2025/08/07/sommet_6627.html`;
  const a = await one(url);
  assert.deepEqual(a.source, { name: 'sommet_6627.html', path: null, url });
  assert.match(a.raw, /« Nous commençons maintenant à régler les détails »/);
  assert.equal(a.published, '2025-08-07T10:27:00+02:00');
});

test('a URL answering 404 is one failure naming the URL', async () => {
  assert.deepEqual(await failure(`${base}/absent`), { input: `${base}/absent`, reason: 'HTTP 404 Not Found' });
});

test('a feed URL expands to items; descriptions unless fetchItems', async () => {
  const plain = await one(`${base}/rss.xml`);
  assert.equal(plain.raw, 'Résumé court.');
  assert.equal(plain.published, '2025-08-07T10:27:00+02:00');
  const fetched = await one(`${base}/rss.xml`, { fetchItems: true });
  assert.match(fetched.raw, /Une rencontre entre Vladimir Poutine et Donald Trump/);
  assert.equal(fetched.source.name, 'sommet_6627.html');
});

test('JSON Lines on stdin: records without name or URL are named <stdin name>#<line>', async () => {
  const items = await all(['-'], { stdin: (async function* () { yield Buffer.from('{"text":"Un."}\n{"text":"Deux."}\n'); })(), stdinName: 'flux' });
  assert.deepEqual(items.map((i) => i.ok && i.article.source.name), ['flux#1', 'flux#2']);
});
