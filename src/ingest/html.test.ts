import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extractHtml, htmlFragmentToText } from './html.ts';
import { splitByline } from './html-meta.ts';
import { htmlToText } from './html-text.ts';
import { parseHTML } from 'linkedom';

function page(fixture: string) {
  const r = extractHtml(readFileSync(new URL(`./fixtures/${fixture}`, import.meta.url), 'utf8'));
  assert.ok(r.ok, r.ok ? '' : r.reason);
  return r.page;
}

test('Le Monde page: article text kept, cookie banner, navigation, teaser, caption and footer dropped', () => {
  const p = page('lemonde.html');
  assert.match(p.text, /Une rencontre entre Vladimir Poutine et Donald Trump pourrait avoir lieu/);
  assert.match(p.text, /doivent se réunir lundi à Bruxelles/);
  for (const junk of ['cookies', 'Accueil', 'Steve Witkoff reçu par Vladimir Poutine au Kremlin', 'GAVRIIL GRIGOROV', 'Mentions légales', 'Partager sur Facebook', 'Canicule']) {
    assert.ok(!p.text.includes(junk), `"${junk}" should be dropped`);
  }
});

test('Le Monde page: one paragraph per line, a blank line between paragraphs', () => {
  const paragraphs = page('lemonde.html').text.split('\n\n');
  assert.ok(paragraphs.length >= 4);
  assert.ok(paragraphs.every((p) => p.trim() && !p.includes('\n')));
  assert.ok(paragraphs.includes('Kiev demande à être associé'));
});

test('Le Monde page: article:published_time, JSON-LD author and publisher, canonical URL', () => {
  const p = page('lemonde.html');
  assert.equal(p.published, '2025-08-07T10:27:00+02:00');
  assert.deepEqual(p.authors, ['Benjamin Quénelle']);
  assert.equal(p.outlet, 'Le Monde');
  assert.equal(p.url, 'https://www.lemonde.fr/international/article/2025/08/07/guerre-en-ukraine-poutine-trump-rencontre_6627123_3210.html');
});

test('20 Minutes page: <meta name="date">, meta author, related links and sponsored widget dropped', () => {
  const p = page('20minutes.html');
  assert.equal(p.published, '2025-06-05T18:42:00+02:00');
  assert.deepEqual(p.authors, ['Marie Dupont']);
  assert.equal(p.outlet, '20 Minutes');
  assert.equal(p.title, 'Diplomatie : Emmanuel Macron reçoit le président brésilien à l’Elysée');
  assert.ok(!p.text.includes('Mercosur : les agriculteurs'));
  assert.ok(!p.text.includes('gadget'));
});

test('a single <br> joins the two lines of a paragraph with a space', () => {
  assert.match(page('20minutes.html').text, /en l’état\u00a0» l’accord commercial entre l’Union européenne et le Mercosur\. Lula a de son côté/);
});

test('Ouest-France page: JSON-LD @graph datePublished, organisation author not taken as a person', () => {
  const p = page('ouestfrance.html');
  assert.equal(p.published, '2025-06-14T11:05:00Z');
  assert.deepEqual(p.authors, []);
  assert.equal(p.outlet, 'Ouest-France');
  assert.ok(!p.text.includes('Ce que l’on sait des frappes'));
  assert.ok(!p.text.includes('newsletter'));
  assert.match(p.text, /António Guterres, a appelé samedi 14 juin/);
});

test('RFI page: JSON-LD date and person author, og:title', () => {
  const p = page('rfi.html');
  assert.equal(p.published, '2025-11-06T21:14:31+00:00');
  assert.deepEqual(p.authors, ['Eliott Brachet']);
  assert.equal(p.title, 'Soudan: les paramilitaires des FSR acceptent une trêve humanitaire');
  assert.match(p.text, /Selon l’ONU, plus de 80 000 personnes/);
});

test('Le Temps page: Dublin Core date, paywall teaser and consent dialog dropped', () => {
  const p = page('letemps.html');
  assert.equal(p.published, '2025-03-21');
  assert.equal(p.outlet, 'Le Temps');
  assert.ok(!p.text.includes('Abonnez-vous'));
  assert.ok(!p.text.includes('cookies'));
  assert.match(p.text, /Le Conseil fédéral a annoncé vendredi/);
});

test('<time datetime> gives the date when the head has none', () => {
  const r = extractHtml('<html><body><article><time datetime="2025-05-16T09:00:00+02:00">16 mai</time><p>Les délégations russe et ukrainienne se sont retrouvées vendredi à Istanbul pour leurs premiers pourparlers directs depuis 2022.</p></article></body></html>');
  assert.ok(r.ok);
  assert.equal(r.ok && r.page.published, '2025-05-16T09:00:00+02:00');
});

test('a page with no text is a failure', () => {
  const r = extractHtml('<html><head><title>Vide</title></head><body><nav><a href="/">Accueil</a></nav><script>var x = 1;</script></body></html>');
  assert.deepEqual(r, { ok: false, reason: 'HTML with no extractable text' });
});

test('a short page below Readability thresholds still gives its text', () => {
  const r = extractHtml('<html><body><p>Le G7 s’est réuni à Kananaskis.</p></body></html>');
  assert.equal(r.ok && r.page.text, 'Le G7 s’est réuni à Kananaskis.');
});

test('bylines: "Par X et Y, Ville" gives the two authors, not the place', () => {
  assert.deepEqual(splitByline('Par Boris Busslinger et Anne Dupraz, Berne'), ['Boris Busslinger', 'Anne Dupraz']);
});

test('bylines: agency credit and "Propos recueillis par" are not names', () => {
  assert.deepEqual(splitByline('Propos recueillis par Jean-Pierre Stroobants (avec AFP)'), ['Jean-Pierre Stroobants']);
  assert.deepEqual(splitByline('La rédaction avec AFP'), []);
});

test('two or more <br> separate paragraphs; no-break spaces are kept', () => {
  const { document } = parseHTML('<html><body><div>Premier paragraphe.<br><br>Second\u00a0: fin.</div></body></html>');
  assert.equal(htmlToText(document.body), 'Premier paragraphe.\n\nSecond\u00a0: fin.');
});

test('an HTML fragment (feed description) becomes text', () => {
  assert.equal(htmlFragmentToText('<p>Kiev a salué <b>l’initiative</b>.</p><p>Moscou dément.</p>'), 'Kiev a salué l’initiative.\n\nMoscou dément.');
});
