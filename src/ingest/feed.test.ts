import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeFeed, parseFeed } from './feed.ts';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Le Monde.fr - International</title>
<item><title>Ukraine : Kiev frappée par une attaque de drones</title>
<link>https://www.lemonde.fr/international/article/2025/08/08/kiev-drones_6627200_3210.html</link>
<pubDate>Fri, 08 Aug 2025 06:12:00 +0200</pubDate>
<description><![CDATA[<p>L’armée de l’air ukrainienne a fait état de 80 drones lancés dans la nuit.</p>]]></description></item>
<item><title>Sans lien</title><pubDate>pas une date</pubDate></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>RFI - Afrique</title>
<entry><title>Soudan : trêve acceptée</title><link rel="alternate" href="https://www.rfi.fr/fr/afrique/20251106-soudan-treve"/>
<published>2025-11-06T21:14:31Z</published><summary>Les FSR acceptent la trêve proposée par le Quartet.</summary></entry>
</feed>`;

test('RSS 2.0 items: title, link, pubDate, description', () => {
  const feed = parseFeed(RSS);
  assert.ok(feed);
  assert.equal(feed.title, 'Le Monde.fr - International');
  assert.deepEqual(feed.items[0], {
    title: 'Ukraine : Kiev frappée par une attaque de drones',
    link: 'https://www.lemonde.fr/international/article/2025/08/08/kiev-drones_6627200_3210.html',
    published: '2025-08-08T06:12:00+02:00',
    body: '<p>L’armée de l’air ukrainienne a fait état de 80 drones lancés dans la nuit.</p>',
  });
});

test('an RSS item without link or valid date keeps nulls', () => {
  const item = parseFeed(RSS)!.items[1];
  assert.equal(item.link, null);
  assert.equal(item.published, null);
  assert.equal(item.body, null);
});

test('Atom entries: alternate link, published, summary', () => {
  const item = parseFeed(ATOM)!.items[0];
  assert.equal(item.link, 'https://www.rfi.fr/fr/afrique/20251106-soudan-treve');
  assert.equal(item.published, '2025-11-06T21:14:31Z');
  assert.equal(item.body, 'Les FSR acceptent la trêve proposée par le Quartet.');
});

test('feeds are sniffed; HTML pages are not feeds', () => {
  assert.ok(looksLikeFeed(RSS));
  assert.ok(looksLikeFeed(ATOM));
  assert.ok(!looksLikeFeed('<!DOCTYPE html><html><body><p>Le flux RSS</p></body></html>'));
});

test('XML that is not a feed → null', () => {
  assert.equal(parseFeed('<?xml version="1.0"?><urlset><url><loc>https://x.fr/</loc></url></urlset>'), null);
});
