import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotedSpans, quotedText } from './marks.ts';
import { analyse } from './test-helpers.ts';

const inner = (text: string) => findQuotedSpans(text).map((s) => quotedText(text, s));

test('guillemets with inner non-breaking spaces', () => {
  assert.deepEqual(inner('La ministre a dénoncé « une provocation inacceptable » lundi.'), ['une provocation inacceptable']);
});

test('curly double quotes', () => {
  assert.deepEqual(inner('Le maire a promis “des mesures rapides” pour le quartier.'), ['des mesures rapides']);
});

test('straight double quotes', () => {
  assert.deepEqual(inner('Il a évoqué "une situation très préoccupante" au Sahel.'), ['une situation très préoccupante']);
});

test('a reversed opening guillemet after an elision', () => {
  assert.deepEqual(inner("Le juge a estimé qu' »aucune preuve ne permet de conclure. »"), ['aucune preuve ne permet de conclure.']);
});

test('a closing guillemet written as an opening one', () => {
  assert.deepEqual(inner('Elle a parlé de »réformes profondes et durables« devant les députés.'), ['réformes profondes et durables']);
});

test('an unclosed quote ends at its paragraph end', () => {
  assert.deepEqual(inner('Il a ajouté que la réforme "doit être votée avant l\'été\n.\nLe texte arrive au Sénat.'), ["doit être votée avant l'été"]);
});

test('a closing mark pushed to the next line', () => {
  assert.deepEqual(inner('"Nous ne reculerons pas sur les retraites\n", a lancé la Première ministre.'), ['Nous ne reculerons pas sur les retraites']);
});

test('a quote whose comma and cue sit on the next line', () => {
  const { quotes } = analyse('"Le dialogue social reste notre priorité absolue",\na indiqué Laurent Berger dans un entretien.');
  assert.equal(quotes[0].speaker?.name, 'Laurent Berger');
});

test('a multi-paragraph quote reopened on each paragraph is one quote', () => {
  const text = '« Nous avons tout essayé pour sauver l\'usine.\n« Les salariés ont été exemplaires jusqu\'au bout.\n« Il faut maintenant reclasser chacun d\'entre eux », a conclu le syndicaliste Marc Dupuis.';
  const spans = inner(text);
  assert.equal(spans.length, 1);
  assert.match(spans[0], /^Nous avons tout essayé.*exemplaires.*reclasser chacun d'entre eux$/s);
  assert.doesNotMatch(spans[0], /«/);
});

test('a multi-paragraph quote is attributed to the speaker after its last paragraph', () => {
  const text = '« Nous avons tout essayé pour sauver l\'usine.\n« Il faut maintenant reclasser chacun d\'entre eux », a conclu le syndicaliste Marc Dupuis.';
  const { quotes } = analyse(text);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].speaker?.name, 'Marc Dupuis');
});

test('a multi-sentence quote stays one quote', () => {
  assert.deepEqual(inner('« La saison est lancée. Les stations sont prêtes. » a assuré le préfet.'), ['La saison est lancée. Les stations sont prêtes.']);
});

test('nested quotes inside guillemets belong to the outer quote', () => {
  assert.deepEqual(inner('« Il m\'a répondu “jamais de la vie” devant tout le monde », raconte la députée.'), ['Il m\'a répondu “jamais de la vie” devant tout le monde']);
});

test('an inch sign is not a quote mark', () => {
  assert.deepEqual(inner('Un écran de 55" et une console ont été volés, puis "retrouvés intacts le lendemain".'), ['retrouvés intacts le lendemain']);
});

test('a one-word scare quote is not a quote', () => {
  const { quotes } = analyse('Le gouvernement a qualifié la rencontre de «productive» mercredi.');
  assert.equal(quotes.length, 0);
});

test('an elided one-word scare quote is not a quote', () => {
  const { quotes } = analyse('Le Premier ministre a salué "l\'accord" conclu avec les syndicats.');
  assert.equal(quotes.length, 0);
});

test('a two-word partial quote is kept', () => {
  const { quotes } = analyse('La présidente de la Commission a jugé la proposition «très intéressante».');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].kind, 'partial');
});

test('a quoted operation name is not a quote', () => {
  const { quotes } = analyse("L'armée a lancé l'opération «Bouclier du Nord» à l'aube.");
  assert.equal(quotes.length, 0);
});

test('a quoted newspaper title is not a quote', () => {
  const { quotes } = analyse('Il l\'a confié au quotidien « Le Parisien » samedi.');
  assert.equal(quotes.length, 0);
});

test('the same words quoted in headline and body are one quote', () => {
  const { quotes } = analyse('Macron promet «une loi avant l\'été»\nEmmanuel Macron a promis jeudi «une loi avant l\'été» sur la fin de vie.');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].speaker?.name, 'Emmanuel Macron');
});

test('offsets point at the quoted words in the text', () => {
  const text = 'Le ministre a dénoncé « une attaque lâche et ignoble » dimanche.';
  const { quotes } = analyse(text);
  assert.equal(text.slice(quotes[0].start, quotes[0].end), quotes[0].text);
});
