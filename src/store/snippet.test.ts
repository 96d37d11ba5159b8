import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchWords, snippet } from './snippet.ts';

const text = "Le président russe Vladimir Poutine a reçu mercredi au Kremlin l'émissaire américain Steve Witkoff, "
  + 'pour une rencontre de près de trois heures consacrée à un éventuel cessez-le-feu en Ukraine.';

test('the words searched are marked, accents and case ignored', () => {
  assert.equal(snippet(text, searchWords('kremlin')), "…a reçu mercredi au [Kremlin] l'émissaire américain Steve Witkoff, pour une…");
});

test('a window holding every word searched is preferred to one holding a single word', () => {
  assert.equal(snippet(text, searchWords('cessez-le-feu Ukraine')), '…de trois heures consacrée à un éventuel [cessez]-[le]-[feu] en [Ukraine].');
});

test('an accented word is found from its unaccented spelling', () => {
  assert.match(snippet(text, searchWords('emissaire americain'))!, /\[émissaire\] \[américain\]/);
});

test('a text without the words has no snippet', () => {
  assert.equal(snippet(text, searchWords('Zelensky')), undefined);
});

test('a window at the start of the text has no leading ellipsis', () => {
  assert.ok(snippet(text, searchWords('président'))!.startsWith('Le [président] russe'));
});

test('in a long text the window is cut from around the words found', () => {
  const long = 'Les discussions ont repris. '.repeat(60) + text + ' Les discussions ont repris.'.repeat(60);
  assert.equal(snippet(long, searchWords('kremlin')), "…a reçu mercredi au [Kremlin] l'émissaire américain Steve Witkoff, pour une…");
});

test('a word inside a longer word is not a match', () => {
  assert.equal(snippet('Les Ukrainiens ont répondu.', searchWords('ukrainien')), undefined);
});
