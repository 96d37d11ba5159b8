// Cleaning: from the decoded page text to the article text. Works line by line (HTML arrives one
// paragraph per line): drops furniture, ads, credits, bylines, datelines and repeated headlines,
// moves the headline to meta, and rejoins paragraphs that a line break cut inside a sentence.
import type { Removed } from '../../core/document.ts';
import { parseByline } from '../meta/byline.ts';
import { parseDateline } from '../meta/dateline.ts';
import { furnitureReason, inlineFurniture, isAdPitch, leadInCount } from './furniture.ts';

export interface CleanOptions {
  /** Title given by ingestion (HTML <title>, JSON field): a first line repeating it is dropped. */
  title?: string | null;
}

export interface CleanResult { text: string; removed: Removed[] }

interface Line {
  /** Offsets of the kept content in raw. */
  start: number;
  end: number;
  content: string;
  /** A blank raw line comes before this one. */
  afterBlank: boolean;
}

const SPACE = /[\s\u00a0\u202f\u2009\u200b\ufeff]/u;

function trimRange(raw: string, start: number, end: number): [number, number] {
  while (start < end && SPACE.test(raw[start])) start++;
  while (end > start && SPACE.test(raw[end - 1])) end--;
  return [start, end];
}

/** Comparison key for repeated lines: letters and digits only, folded. */
function repeatKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Cheap test on the first characters before parsing a dateline. */
/** A dateline label somewhere in a line: what makes a byline-then-dateline line worth reading. */
const DATELINE_LABEL = /\b(?:publi|mis à jour|mise à jour|modifi|actualis|updated|posted|published)/iu;

/** A byline, then a labelled dateline to the end of the line: where each ends and starts, or null. */
function bylineThenDateline(line: string): { bylineEnd: number; datelineStart: number } | null {
  for (const m of line.matchAll(/[.,;|–—-]?\s+(?=\S)/gu)) {
    const at = m.index! + m[0].length;
    const rest = line.slice(at);
    if (!MAYBE_DATELINE.test(rest.slice(0, 12))) continue;
    const dl = parseDateline(rest);
    if (!dl?.labelled || dl.end !== rest.length) continue;
    const byline = line.slice(0, m.index!).replace(/[\s.,;|–—-]+$/u, '');
    if (parseByline(byline)) return { bylineEnd: byline.length, datelineStart: at };
  }
  return null;
}

const MAYBE_DATELINE = /^(?:\d|date|publi|mis|mise|maj|modifi|actualis|cr[ée]|[ée]dit|updated|posted|published|derni|le\s|il y a|aujourd|hier|avant-hier|lun|mar|mer|jeu|ven|sam|dim)/iu;

const SENTENCE_END = /[.!?…](?:[\s\u00a0\u202f]*["»”’)\]])*$/u;
const TITLE_BAD_END = /[.,;:…-]$/u;
// Built once (tsx turns a literal with \p{…} outside a class into a `new RegExp` at each use).
const STARTS_LOWER = /^\p{Ll}/u;
const OPENING_QUOTE_THEN_LOWER = /^["“«][\s\u00a0\u202f]*\p{Ll}/u;

function looksLikeTitle(s: string): boolean {
  const words = s.split(/\s+/).length;
  return words >= 2 && words <= 30 && s.length <= 220 && !TITLE_BAD_END.test(s) && /^[\p{Lu}\d«"“]/u.test(s);
}

/** Body paragraph: a sentence of some length ending with its punctuation. */
function isBody(s: string): boolean {
  return SENTENCE_END.test(s) && EIGHT_WORDS.test(s);
}
const EIGHT_WORDS = /^\S+(?:\s+\S+){7}/;

/** A link to another article under "Lire aussi": a headline, not a sentence ("… ?" allowed). */
function looksLikeRelatedLink(s: string): boolean {
  return s.length <= 220 && !/[.…:;,](?:[\s\u00a0\u202f]*["»”’)\]])*$/u.test(s) && s.split(/\s+/).length <= 30;
}

/** How the next line continues the previous one, or null when it starts a new paragraph. */
function joiner(prev: string, next: string): string | null {
  if (/^[.,)\]…]/u.test(next)) return '';
  if (/^[;:!?»”]/u.test(next)) return ' ';
  if (SENTENCE_END.test(prev)) return null;
  if (STARTS_LOWER.test(next)) return ' ';
  // An opening quote on a fresh line that goes on in lower case: `… mais` / `"évoquée plus tard"`.
  if (OPENING_QUOTE_THEN_LOWER.test(next) && !/[:]$/.test(prev)) return ' ';
  return null;
}

export function cleanText(raw: string, opts: CleanOptions = {}): CleanResult {
  const removed: Removed[] = [];
  const remove = (start: number, end: number, reason: string) => {
    [start, end] = trimRange(raw, start, end);
    if (end > start) removed.push({ text: raw.slice(start, end), reason, start, end });
  };
  const kept: Line[] = [];
  const seen = new Set<string>();
  const givenTitleKey = opts.title ? repeatKey(opts.title) : null;
  if (givenTitleKey) seen.add(givenTitleKey);
  let header = true;
  let titleIndex = -1;
  let blank = false;
  // Lines still taken by a removed "Lire aussi" / "Sur le même sujet" heading.
  let relatedLeft = 0;
  // The previous line was an advertisement ("Publicité"): its pitch line may follow.
  let afterAd = false;

  const lineRe = /[^\r\n]*/g;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(raw)) !== null) {
    const lineStart = m.index;
    const lineEnd = lineStart + m[0].length;
    // Step over the line break so the next match starts on the next line.
    lineRe.lastIndex = lineEnd + (raw[lineEnd] === '\r' && raw[lineEnd + 1] === '\n' ? 2 : 1);
    let [start, end] = trimRange(raw, lineStart, lineEnd);
    if (start === end) { blank = true; if (lineEnd >= raw.length) break; continue; }

    // A labelled dateline glued before content: " date 2025-08-15 Vladimir Poutine espère …".
    const dl = MAYBE_DATELINE.test(raw.slice(start, start + 12)) ? parseDateline(raw.slice(start, Math.min(end, start + 200))) : null;
    if (dl && dl.end === end - start) { remove(start, end, 'dateline'); continue; }
    if (dl && dl.labelled) { remove(start, start + dl.end, 'dateline'); [start, end] = trimRange(raw, start + dl.end, end); }

    // Inline furniture: cut it out and keep the rest of the line.
    let content = raw.slice(start, end);
    const cuts = inlineFurniture(content);
    if (cuts.length) {
      const pieces: string[] = [];
      let at = 0;
      for (const c of cuts) {
        if (c.start < at) continue;
        pieces.push(content.slice(at, c.start));
        remove(start + c.start, start + c.end, c.reason);
        at = c.end;
      }
      pieces.push(content.slice(at));
      content = pieces.map((p) => p.trim()).filter(Boolean)
        .reduce((acc, p) => (!acc ? p : /^[.,;)\]…]/u.test(p) ? acc + p : `${acc} ${p}`), '');
      if (!content) continue;
    }

    if (relatedLeft > 0 && looksLikeRelatedLink(content)) { relatedLeft--; remove(start, end, 'furniture'); continue; }
    relatedLeft = 0;
    if (afterAd && isAdPitch(content, true)) { remove(start, end, 'ad'); continue; }
    afterAd = false;
    const reason = furnitureReason(content, header);
    if (reason) {
      remove(start, end, reason);
      relatedLeft = reason === 'furniture' ? leadInCount(content) : 0;
      afterAd = reason === 'ad';
      continue;
    }
    if (content.length <= 160) {
      const byline = parseByline(content);
      if (byline) { remove(start, end, byline.agencyOnly && !/^par\b/i.test(content) ? 'agency' : 'byline'); continue; }
      // "Ouest-France avec AFP. Publié le 12/09/2025 à 17h30": a byline, then a dateline, on one line.
      const glued = DATELINE_LABEL.test(content) ? bylineThenDateline(content) : null;
      if (glued && content === raw.slice(start, end)) {
        remove(start, start + glued.bylineEnd, 'byline');
        remove(start + glued.datelineStart, end, 'dateline');
        continue;
      }
    }

    // Repeated headlines and captions are short; a long paragraph repeats word for word.
    const key = content.length <= 300 ? repeatKey(content) : content;
    if (key.length >= 15 && seen.has(key)) { remove(start, end, key === givenTitleKey && kept.length === 0 ? 'title' : 'duplicate'); continue; }
    if (key.length >= 15) seen.add(key);

    if (header && kept.length === 0 && titleIndex < 0 && !opts.title && looksLikeTitle(content)) titleIndex = 0;
    if (isBody(content)) header = false;
    kept.push({ start, end, content, afterBlank: blank });
    blank = false;
    if (lineEnd >= raw.length) break;
  }

  // The headline only counts as one when body text follows it.
  if (titleIndex === 0 && kept.length > 1) {
    const t = kept.shift()!;
    // The kept content: inline tags ("[VIDÉO]") already cut from it.
    if (t.content === raw.slice(t.start, t.end)) remove(t.start, t.end, 'title');
    else removed.push({ text: t.content, reason: 'title', start: t.start, end: t.end });
    if (kept.length) kept[0].afterBlank = true;
  }
  removed.sort((a, b) => a.start! - b.start!);

  const paragraphs: string[] = [];
  for (let i = 0; i < kept.length; i++) {
    const line = kept[i];
    const last = paragraphs.length - 1;
    const glue = i > 0 && !line.afterBlank ? joiner(paragraphs[last], line.content) : null;
    if (glue !== null) paragraphs[last] += glue + line.content;
    else paragraphs.push(line.content);
  }
  return { text: paragraphs.join('\n'), removed };
}
