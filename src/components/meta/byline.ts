// Bylines and agency lines: "Par Le Figaro avec AFP", "Par Jean Dupont, envoyé spécial à Kiev",
// "Le Monde avec AFP", "ATS", "(AFP)", "Article rédigé par franceinfo avec AFP - France Télévisions".
// Names of agencies and outlets come from src/lang/fr/agencies-outlets.json.
import { foldForm } from '../../core/normalize.ts';
import { langData } from '../../core/lang.ts';

interface SourceEntry { name: string; kind: 'agency' | 'outlet'; aliases: string[] }
interface SourcesFile { entries: SourceEntry[]; groupWords: string[] }

export interface Byline {
  outlets: string[];
  agencies: string[];
  authors: string[];
  /** Started with "Par", "Avec", "Propos recueillis par"… */
  labelled: boolean;
  /** Names only agencies (a bare "ATS", "(AFP)", "Avec AFP"). */
  agencyOnly: boolean;
}

interface Lexicon { byKey: Map<string, SourceEntry>; groups: Set<string> }
let lexicon: Lexicon | null = null;

const key = (s: string) => singleSpaces(foldForm(s)).trim();

/** Whitespace runs as single spaces; the text itself when it has none to change (no new string). */
function singleSpaces(s: string): string {
  return SPACING_TO_CHANGE.test(s) ? s.replace(/\s+/g, ' ') : s;
}
/** Two whitespace characters in a row, or one that is not a plain space. */
const SPACING_TO_CHANGE = /\s\s|[^\S ]/;

export function newsSources(): Lexicon {
  if (lexicon) return lexicon;
  const file = langData<SourcesFile>('agencies-outlets.json');
  const byKey = new Map<string, SourceEntry>();
  for (const e of file.entries) for (const n of [e.name, ...e.aliases]) byKey.set(key(n), e);
  lexicon = { byKey, groups: new Set(file.groupWords.map(key)) };
  return lexicon;
}

/** The agency or outlet a name designates ("l'AFP" → AFP), if known. */
export function lookupSource(name: string): SourceEntry | undefined {
  return sourceByKey(key(name));
}

/** lookupSource on a name's key. */
function sourceByKey(k: string): SourceEntry | undefined {
  const { byKey } = newsSources();
  return byKey.get(k.replace(/^l'/, '')) ?? byKey.get(k);
}

const LABEL = /^(?:propos recueillis par|(?:un )?(?:article|texte|reportage|entretien|interview|dossier|chronique) (?:redigee? |ecrite? |realisee? |signee? )?(?:par|de)|(?:redigee?|ecrite?|signee?|realisee?) par|par|avec)\s*:?\s+/;
const SEPARATOR = /\s*(?:,\s*(?:avec|et)\s|,|;|\s&\s|\s\/\s|\s[-–—|]\s|\set\s|\savec\s|\spour\s)\s*/u;
const INITIALS = /^(?:\p{Lu}\.\s?-?){1,4}$/u;
// Built once (tsx turns a literal with \p{…} outside a class into a `new RegExp` at each use).
const STARTS_UPPER = /^\p{Lu}/u;
/** A signature in lower-case initials ("afp/jd"). */
const INITIALS_LOWER = /^\p{Ll}{2,5}$/u;
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}’'.-]*|de|du|des|la|le|van|von|der|den|di|da|del|della|el|al|ben|bin|ibn|dos|das|ter|d[’']\p{Lu}[\p{L}-]*)$/u;
const ROLE_START = /^(?:envoye|envoyee|correspondant|correspondante|correspondants|journaliste|redacteur|redactrice|grand reporter|chef|cheffe|service|bureau|a|au|aux|en|depuis|a paris|stagiaire|photographe|special|speciale|avec la redaction)\b/;
const TRAILING_BUTTONS = /\s+(?:Suivre|Follow|Voir ses articles|Voir tous ses articles)\s*$/u;

/** RTS / Swiss signature at the end of a dispatch: "ats/afp/gma", "afp/jpr". */
const SLASHED_SIGNATURE = /^[\p{L}]{2,10}(?:\s?\/\s?[\p{L}]{2,10}){1,4}$/u;
type PartKind = 'agency' | 'outlet' | 'group' | 'initials' | 'person' | 'role';

function classifyPart(part: string): { kind: PartKind; name: string } | null {
  const k = key(part);
  const src = sourceByKey(k);
  if (src) return { kind: src.kind, name: src.name };
  if (newsSources().groups.has(k)) return { kind: 'group', name: part };
  if (INITIALS.test(part.replace(/\s+/g, ''))) return { kind: 'initials', name: part };
  // "Avec notre correspondant à Beyrouth" stays in the text: RFI prints it as the first paragraph,
  // and its place is the story's (the eval gold counts it), so it is not classified here.
  if (ROLE_START.test(k) && part.split(/\s+/).length <= 7 && !/[.!?]$/.test(part)) return { kind: 'role', name: part };
  const words = part.split(/\s+/);
  if (words.length >= 2 && words.length <= 5 && words.every((w) => NAME_WORD.test(w))
      && words.filter((w) => STARTS_UPPER.test(w)).length >= 2) return { kind: 'person', name: part };
  return null;
}

/** Parses a byline or agency line; null when the line is not one. */
export function parseByline(line: string): Byline | null {
  let s = line.trim().replace(TRAILING_BUTTONS, '');
  if (s.length === 0 || s.length > 160) return null;
  s = s.replace(/\.$/, '');
  // Brackets closing the line (the three patterns below end on one: skipped when there is none).
  if (s.endsWith(')')) {
    const bracketed = /^\((.*)\)$/.exec(s);
    if (bracketed) s = bracketed[1];
    // "La Croix (avec AFP)": the bracketed agency still counts.
    s = s.replace(/\s*\(((?:avec|et)\s[^()]{1,40})\)$/iu, ' $1');
    // A trailing place or desk in brackets: "Par Philippe Ricard (Bruxelles, bureau européen)".
    s = s.replace(/\s*\([^()]{1,60}\)$/, '');
  }
  if (SLASHED_SIGNATURE.test(s)) return slashedSignature(s);
  const folded = foldForm(s);
  const label = LABEL.exec(folded);
  const labelled = label !== null;
  const rest = s.slice(label ? label[0].length : 0).trim();
  if (!rest) return null;
  const parts = rest.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (!parts.length) return null;
  const out: Byline = { outlets: [], agencies: [], authors: [], labelled, agencyOnly: false };
  let known = 0;
  let signed = false;
  for (const p of parts) {
    const c = classifyPart(p);
    if (!c) return null;
    if (c.kind === 'agency') { known++; if (!out.agencies.includes(c.name)) out.agencies.push(c.name); }
    else if (c.kind === 'outlet') { known++; if (!out.outlets.includes(c.name)) out.outlets.push(c.name); }
    else if (c.kind === 'person') { out.authors.push(c.name); signed = true; }
    else if (c.kind === 'initials') signed = true;
    else if (c.kind === 'role' && out.authors.length === 0 && known === 0) return null;
  }
  // Unlabelled lines must name a known agency or outlet ("Le Monde avec AFP", "ATS").
  if (!labelled && known === 0) return null;
  if (labelled && /^avec/.test(folded) && known === 0) return null;
  out.agencyOnly = out.agencies.length > 0 && out.outlets.length === 0 && !signed;
  return out;
}

/** "ats/afp/gma": agencies and the editor's initials; null unless one part is a known agency. */
function slashedSignature(s: string): Byline | null {
  const out: Byline = { outlets: [], agencies: [], authors: [], labelled: false, agencyOnly: false };
  let signed = false;
  for (const part of s.split('/').map((p) => p.trim())) {
    const src = lookupSource(part);
    if (src?.kind === 'agency') { if (!out.agencies.includes(src.name)) out.agencies.push(src.name); }
    else if (src) { if (!out.outlets.includes(src.name)) out.outlets.push(src.name); }
    else if (INITIALS_LOWER.test(part)) signed = true;
    else return null;
  }
  if (!out.agencies.length) return null;
  out.agencyOnly = out.outlets.length === 0 && !signed;
  return out;
}
