// Where ASCII words start in a folded text, bucketed by their first two letters: the cue and
// role-phrase scans ask for the places a phrase stands at a word start, and one pass over the text
// replaces dozens of whole-text indexOf scans (one per cue) on every document.

/** Buckets: 26 first letters × 27 second characters (a-z, or 0 for anything else). */
const BUCKETS = 26 * 27;

export interface WordStarts {
  folded: string;
  /** CSR layout: the starts of bucket b are positions[offsets[b]..offsets[b + 1]), ascending. */
  offsets: Int32Array;
  positions: Int32Array;
}

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

// Scratch space for one build: each start and its bucket, in text order.
let scratchAt = new Int32Array(1024);
let scratchBucket = new Uint16Array(1024);
/** Next free slot of each bucket while the positions are placed. */
const scratchFill = new Int32Array(BUCKETS);

function build(folded: string): WordStarts {
  const n = folded.length;
  const offsets = new Int32Array(BUCKETS + 1);
  let count = 0;
  let prevLetter = false;
  let c = n > 0 ? folded.charCodeAt(0) : 0;
  for (let p = 0; p < n; p++) {
    const next = p + 1 < n ? folded.charCodeAt(p + 1) : 0;
    const letter = c >= 97 && c <= 122;
    if (letter && !prevLetter) {
      if (count === scratchAt.length) {
        const at = new Int32Array(count * 2); at.set(scratchAt); scratchAt = at;
        const bucket = new Uint16Array(count * 2); bucket.set(scratchBucket); scratchBucket = bucket;
      }
      const b = (c - 97) * 27 + (next >= 97 && next <= 122 ? next - 96 : 0);
      scratchAt[count] = p;
      scratchBucket[count++] = b;
      offsets[b + 1]++;
    }
    prevLetter = letter;
    c = next;
  }
  for (let b = 0; b < BUCKETS; b++) offsets[b + 1] += offsets[b];
  const fill = scratchFill;
  fill.set(offsets.subarray(0, BUCKETS));
  const positions = new Int32Array(count);
  for (let k = 0; k < count; k++) positions[fill[scratchBucket[k]]++] = scratchAt[k];
  return { folded, offsets, positions };
}

// The index of the last text asked about: the passes of one document share it.
let last: WordStarts | null = null;

/** The word-start index of `folded` (built once per text). */
export function wordStarts(folded: string): WordStarts {
  if (last && last.folded === folded) return last;
  return (last = build(folded));
}

/**
 * Every offset, ascending, where `phrase` stands in the text and no ASCII letter (a-z) comes
 * right before it. `phrase` must be `indexable`.
 */
export function phraseStarts(ws: WordStarts, phrase: string): number[] {
  const out: number[] = [];
  const c1 = phrase.charCodeAt(1);
  const b = (phrase.charCodeAt(0) - 97) * 27 + (isAsciiLower(c1) ? c1 - 96 : 0);
  const { folded, offsets, positions } = ws;
  for (let k = offsets[b], end = offsets[b + 1]; k < end; k++) {
    const p = positions[k];
    if (folded.startsWith(phrase, p)) out.push(p);
  }
  return out;
}

/** Can `phrase` be looked up in the index (two characters or more, starting with an ASCII letter)? */
export function indexable(phrase: string): boolean {
  return phrase.length >= 2 && isAsciiLower(phrase.charCodeAt(0));
}

/** Does `phrase` overlap itself (a proper prefix equal to a suffix, "abab")? Scans that skip past a match then differ from a list of all matches. */
export function selfOverlaps(phrase: string): boolean {
  for (let k = 1; k < phrase.length; k++) if (phrase.startsWith(phrase.slice(k))) return true;
  return false;
}

/**
 * The matches a global scan of `re` (sticky here) would find, tried only at `starts` (ascending):
 * every offset where a match may begin. A match hides the starts it covers, as in a scan.
 */
export function stickyMatches(text: string, re: RegExp, starts: number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let scannedTo = 0;
  for (const at of starts) {
    if (at < scannedTo) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    out.push(m);
    scannedTo = at + m[0].length;
  }
  return out;
}
