// Line-level recognisers for page furniture, advertising and photo credits. Phrases come from
// src/lang/fr/furniture.json; the shape rules (shouting capitals, navigation trails, hashtag
// and link lines, numbered menu items) are general.
import { foldForm } from '../../core/normalize.ts';
import { langData } from '../../core/lang.ts';

interface FurnitureFile {
  lines: Record<string, string[]>;
  linePrefixes: Record<string, string[]>;
  linePatterns: Record<string, string[]>;
  leadIns: Record<string, number | string>;
  adPitch: string[];
  captionTails: string[];
  inline: string[];
  sponsorTags: string[];
  promoMarks: string[];
  photoAgencies: string[];
}

export interface FurnitureLexicon {
  lines: Map<string, string>;
  prefixes: LinePrefix[];
  /** The prefixes by their first character (in file order), so a line is tested against few. */
  prefixesByFirst: Map<string, LinePrefix[]>;
  patterns: { re: RegExp; reason: string }[];
  /** Heading key → how many following headline-shaped lines are links to other articles. */
  leadIns: Map<string, number>;
  adPitch: RegExp;
  captionTails: string[];
  /** "LP/Olivier Arandel", "AFP / Jean Dupont": agency first, photographer after. */
  agencyFirstCredit: RegExp;
  inline: RegExp | null;
  sponsorTags: string[];
  promoMarks: string[];
  photoCredit: RegExp;
}

/** `endsWord`: the prefix ends with a letter or digit, so the line must not go on with one. */
interface LinePrefix { prefix: string; reason: string; endsWord: boolean }

let lexicon: FurnitureLexicon | null = null;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Folded comparison key: lower case, no accents, straight quotes, single spaces. */
export function furnitureKey(line: string): string {
  return keyOfFolded(foldForm(line));
}

/** furnitureKey of a line already folded (folding maps each character to one: slices fold alike). */
function keyOfFolded(folded: string): string {
  const key = spacedKey(folded).trim();
  // Without its closing punctuation ([\s:.>»"!…]+$), walked back from the end.
  let end = key.length;
  while (end > 0 && KEY_TAIL.test(key[end - 1])) end--;
  return end === key.length ? key : key.slice(0, end);
}
const KEY_TAIL = /[\s:.>»"!…]/;

/** Folded, single spaces, a space before every colon ("Photo: X" and "Photo : X" compare equal). */
function phraseKey(s: string): string {
  return spacedKey(foldForm(s));
}

function spacedKey(folded: string): string {
  const colons = folded.includes(':') ? folded.replace(/\s*:/g, ' :') : folded;
  return SPACING_TO_CHANGE.test(colons) ? colons.replace(/\s+/g, ' ') : colons;
}
/** Two whitespace characters in a row, or one that is not a plain space: what /\s+/g → ' ' changes. */
const SPACING_TO_CHANGE = /\s\s|[^\S ]/;

export function furnitureLexicon(): FurnitureLexicon {
  if (lexicon) return lexicon;
  const file = langData<FurnitureFile>('furniture.json');
  const lines = new Map<string, string>();
  for (const [reason, list] of Object.entries(file.lines)) for (const l of list) lines.set(furnitureKey(l), reason);
  const prefixes = Object.entries(file.linePrefixes).flatMap(([reason, list]) => list.map((p) => {
    const prefix = phraseKey(p);
    return { prefix, reason, endsWord: /[a-z0-9]/.test(prefix.at(-1) ?? '') };
  }));
  const prefixesByFirst = new Map<string, LinePrefix[]>();
  for (const first of new Set(prefixes.map((p) => p.prefix.slice(0, 1)))) {
    // An empty prefix starts every line: it goes in every list.
    prefixesByFirst.set(first, prefixes.filter((p) => p.prefix.slice(0, 1) === first || p.prefix === ''));
  }
  const patterns = Object.entries(file.linePatterns).flatMap(([reason, list]) => list.map((p) => ({ re: new RegExp(p, 'u'), reason })));
  const leadIns = new Map<string, number>();
  for (const [k, n] of Object.entries(file.leadIns)) if (typeof n === 'number') leadIns.set(furnitureKey(k), n);
  const adPitch = new RegExp(`(?:^|[^a-z])(?:${file.adPitch.map(escape).join('|')})`, 'u');
  const inline = file.inline.length
    ? new RegExp(`(?:${file.inline.map((p) => escape(p).replace(/'/g, "['’]")).join('|')})`, 'gu') : null;
  const agencies = file.photoAgencies.map(escape).join('|');
  // "Mandel NGAN / AFP", "Photo Reuters", "AFP / Getty Images" at the end of a short line.
  // Also in brackets at the end of a caption: "… le 7 juillet. (MANDEL NGAN / AFP)", "SAUL LOEB / AFP/Archives".
  const photoCredit = new RegExp(`(?:^|\\s)/\\s*(?:${agencies})(?:\\s*(?:/|-)\\s*(?:${agencies}))*\\s*\\)?\\s*$`, 'u');
  const agencyFirstCredit = new RegExp(`^(?:${agencies})\\s?/\\s?\\p{Lu}[\\p{L}'’. -]{1,40}$`, 'u');
  lexicon = {
    lines, prefixes, prefixesByFirst, patterns, leadIns, adPitch, captionTails: file.captionTails.map(foldForm),
    inline, sponsorTags: file.sponsorTags, promoMarks: file.promoMarks, photoCredit, agencyFirstCredit,
  };
  return lexicon;
}

const FOUR_CAPS = /^\s*(?:[\p{Lu}\d][\p{Lu}\d'’-]*\s+){4}/u;
const CAPS_WORD = /^[\p{Lu}\d][\p{Lu}\d'’-]*$/u;
const HAS_LETTER = /\p{L}/u;
// Built once (tsx turns a literal with \p{…} outside a class into a `new RegExp` at each use).
const HAS_LOWER = /\p{Ll}/u;
const NUMBERED_MENU_ITEM = /^\d{1,2}[.)]\s+\p{Lu}[\p{L}’' -]*$/u;
const WITH_BRAND = /\savec\s+\p{Lu}/u;

/** An all-capitals run of at least four words at the start ("NE LAISSER PAS LE 5G DETRUIRE …"). */
function shoutingWords(line: string): number {
  let n = 0;
  for (const w of line.split(/\s+/)) {
    if (!CAPS_WORD.test(w) || !HAS_LETTER.test(w) && !/^\d+$/.test(w)) break;
    n++;
  }
  return n;
}

/** Why a whole line is furniture, or null when it is not. `header`: before the first body paragraph. */
export function furnitureReason(line: string, header: boolean): string | null {
  // Furniture lines are short; long lines are paragraphs (inline furniture is cut separately).
  if (line.length > 400) return null;
  const lex = furnitureLexicon();
  // The line folded once; its head, its tail and its trimmed form are slices of it.
  const folded = foldForm(line);
  // Phrases sit at the start of a line: the key is made of its head.
  const key = keyOfFolded(line.length <= 100 ? folded : folded.slice(0, 100));
  // Bare punctuation ("." cut from its sentence) is text to rejoin; other symbol lines are decoration.
  if (!key) return /^[.,;:!?…)\]»"”]+$/u.test(line.trim()) ? null : 'furniture';
  const exact = line.length <= 100 ? lex.lines.get(key) : undefined;
  if (exact) return exact;
  {
    const candidates = lex.prefixesByFirst.get(key[0]) ?? lex.prefixesByFirst.get('') ?? [];
    for (const { prefix, reason, endsWord } of candidates) {
      if (key.startsWith(prefix) && (key.length === prefix.length || !endsWord || !/[a-z0-9]/.test(key[prefix.length]))) return reason;
    }
  }
  if (lex.leadIns.has(key)) return 'furniture';
  {
    const long = line.length <= 100 ? key : keyOfFolded(folded);
    for (const { re, reason } of lex.patterns) if (re.test(long)) return reason;
  }
  // A sponsor tag near the end of the line: "… Publicité par Adpathway".
  // The tag closes the line; in a sentence ("la publicité par SMS sera interdite…") it is text.
  {
    const tail = line.length <= 100 ? key : folded.slice(-80);
    for (const t of lex.sponsorTags) {
      const at = tail.lastIndexOf(t);
      if (at >= 0 && tail.slice(at + t.length).trim().split(/\s+/).length <= 4 && !/[.!?]["»”]?$/.test(line.trim())) return 'ad';
    }
  }
  if (FOUR_CAPS.test(line) && line.length <= 300 && !/[.!?]["»”]?$/.test(line.trim())) {
    const words = line.trim().split(/\s+/);
    const caps = shoutingWords(line.trim());
    // Capitals followed by a lower-case pitch, or a trade mark: advertising.
    if (lex.promoMarks.some((m) => line.includes(m)) || HAS_LOWER.test(words.slice(caps).join(' '))) return 'ad';
  }
  if (line.length <= 160) {
    if (line.includes('©')) return 'credit';
    if (lex.photoCredit.test(line) && !/[.!?]$/.test(line.trim())) return 'credit';
    if (lex.agencyFirstCredit.test(line.trim())) return 'credit';
    // La Presse: "PHOTO MANDEL NGAN, AGENCE FRANCE-PRESSE".
    if (/^PHOTOS?\s+[\p{Lu}][\p{Lu}\s,.'’/-]+$/u.test(line.trim())) return 'credit';
  }
  const trimStart = line.length - line.trimStart().length;
  const foldedTrimmed = folded.slice(trimStart, trimStart + line.trim().length);
  if (line.length <= 300) {
    const tail = foldedTrimmed.replace(/[\s.]+$/, '');
    if (lex.captionTails.some((t) => tail.endsWith(t))) return 'caption';
  }
  if (isAdPitch(line, false, foldedTrimmed)) return 'ad';
  // Hashtag lists, bare links, e-mail addresses.
  if (/^(?:#[\p{L}\d_]+[\s,]*)+$/u.test(line.trim())) return 'furniture';
  if (/^(?:https?:\/\/|www\.)\S+$/.test(line.trim()) || /^\S+@\S+\.\w+$/.test(line.trim())) return 'furniture';
  // Navigation trails: "Accueil > Monde > Europe", "International | Europe | Ukraine".
  const crumbs = line.length > 200 ? [] : line.split(/\s+(?:[>›|·•/])\s+/);
  if (crumbs.length >= 3 && crumbs.every((c) => c.trim().split(/\s+/).length <= 4 && !/[.!?,;]/.test(c))) return 'furniture';
  // Numbered menu entries in the page header: "1. Clients Privés".
  if (header && NUMBERED_MENU_ITEM.test(line.trim()) && line.trim().split(/\s+/).length <= 5) return 'furniture';
  return null;
}

/** Inline furniture ("Passer la publicité", also glued to the next word): ranges within `line`. */
export function inlineFurniture(line: string): { start: number; end: number; reason: string }[] {
  const out: { start: number; end: number; reason: string }[] = [];
  const lex = furnitureLexicon();
  // Bracketed media tags ("[VIDÉO]") are furniture; the rest ("Passer la publicité") advertising.
  if (lex.inline) for (const m of line.matchAll(lex.inline)) out.push({ start: m.index!, end: m.index! + m[0].length, reason: m[0].startsWith('[') ? 'furniture' : 'ad' });
  // Photo credits in brackets: "(Photo by Mandel Ngan / AFP)", "(Photo : Reuters)".
  for (const m of line.matchAll(/\((?:photos?|cr[ée]dits?(?: photo)?|illustration|image)(?:\s+by\b|\s*:)[^()]{1,120}\)/giu)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, reason: 'credit' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A promotional line: short, no sentence end, with a pitch word ("comparez", "profitez"…).
 * Alone it also needs a price, a percentage or a brand after "avec"; right after a
 * "Publicité" line (`afterAd`) the pitch word is enough.
 */
export function isAdPitch(line: string, afterAd: boolean, foldedTrimmed?: string): boolean {
  const t = line.trim();
  if (t.length > 180 || /[.…]["»”)]?$/.test(t)) return false;
  const folded = foldedTrimmed ?? foldForm(t);
  if (!furnitureLexicon().adPitch.test(folded)) return false;
  return afterAd || /\d|€|\$/.test(t) || WITH_BRAND.test(t);
}

/** How many following lines a removed heading ("Lire aussi", "Sur le même sujet") takes with it. */
export function leadInCount(line: string): number {
  return furnitureLexicon().leadIns.get(furnitureKey(line)) ?? 0;
}
