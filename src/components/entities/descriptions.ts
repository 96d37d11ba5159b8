// Definite descriptions of organisations, places and people: French news avoids repeating a name
// and writes "l'organisation régionale" (the Cedeao named before), "le mouvement islamiste
// palestinien" (Hamas), "l'émirat" (Qatar), "l'homme d'affaires new-yorkais". A description becomes
// a mention of its antecedent only when exactly one entity of a compatible kind is named in the
// same paragraph or the previous one (precision first); heads, modifiers and the words that may
// follow live in src/lang/fr/entity-cues.json ("definiteDescriptions").
import { demonymIn, roleActiveOn, type KnowledgeBase } from '../../kb/index.ts';
import { cachedNameKey as nameKey } from './name-key.ts';
import type { ReferentPassInput } from './collectives.ts';
import type { Referent } from './index.ts';
import type { DefiniteDescriptions, DescriptionHead, FrenchLexicon } from './lexicon.ts';
import { indexable, phraseStarts, stickyMatches, wordStarts } from './word-starts.ts';


interface Patterns {
  byForm: Map<string, DescriptionHead>; scan: RegExp; lead: RegExp; modifiers: string[];
  /** The scan, sticky, and the forms' distinct first two letters: tried only where a form may start (null: scan the text). */
  sticky: RegExp | null; prefixes: string[];
}

const cache = new WeakMap<DefiniteDescriptions, Patterns>();

function patterns(dd: DefiniteDescriptions): Patterns {
  let p = cache.get(dd);
  if (!p) {
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const leads = [...dd.leads].sort((a, b) => b.length - a.length).map((l) => esc(l).replace(/ /g, '\\s+'));
    const forms = dd.heads.flatMap((head) => head.forms.map((form) => ({ form, head })));
    p = {
      byForm: new Map(forms.map((f) => [f.form, f.head])),
      // one pass over the text, longest forms first ("organisation terroriste" before "organisation")
      scan: new RegExp(`(?<![a-z-])(?:${forms.map((f) => f.form).sort((a, b) => b.length - a.length).map(esc).join('|')})(?![a-z-])`, 'g'),
      lead: new RegExp(`(?:^|[^a-z])(?:${leads.join('|')})\\s*$`),
      modifiers: [...dd.modifiers].sort((a, b) => b.length - a.length),
      sticky: null, prefixes: [],
    };
    if (forms.length && forms.every((f) => indexable(f.form))) {
      p.sticky = new RegExp(p.scan.source, 'y');
      p.prefixes = [...new Set(forms.map((f) => f.form.slice(0, 2)))];
    }
    cache.set(dd, p);
  }
  return p;
}

/** The matches of the forms' scan over the text, in order (from the word-start index when it can). */
function formMatches(folded: string, { scan, sticky, prefixes }: Patterns): RegExpExecArray[] {
  if (!sticky) {
    const out: RegExpExecArray[] = [];
    scan.lastIndex = 0;
    for (let m = scan.exec(folded); m; m = scan.exec(folded)) out.push(m);
    return out;
  }
  const ws = wordStarts(folded);
  const starts: number[] = [];
  for (const prefix of prefixes) for (const at of phraseStarts(ws, prefix)) starts.push(at);
  return stickyMatches(folded, sticky, starts.sort((a, b) => a - b));
}

/** Start of the window an antecedent must be named in: the paragraph of `pos` and the previous real one. */
function windowStart(text: string, pos: number): number {
  let start = text.lastIndexOf('\n', pos - 1) + 1;
  // Walk back over short lines (subtitles, "Publicité") to the start of one full paragraph.
  for (let lines = 0; start > 0 && lines < 4; lines++) {
    const prev = text.lastIndexOf('\n', start - 2) + 1;
    const len = start - 1 - prev;
    start = prev;
    if (len >= 100) break;
  }
  return start;
}

/** The country a demonym stands for ("palestinien" → country:PS, "new-yorkais" → the city's country). */
function demonymCountry(word: string, kb: KnowledgeBase, places: Map<string, string>, folded: string): string | null {
  // "le président congolais" in an article about Kinshasa: a shared demonym follows the context.
  const id = demonymIn(kb, word, folded) ?? places.get(word);
  if (!id) return null;
  return id.startsWith('country:') ? id : kb.byId.get(id)?.country ?? null;
}

function personCountries(r: Referent, date: string): Set<string> {
  const out = new Set<string>();
  if (r.entry?.country) out.add(r.entry.country);
  for (const s of r.statedKeys) for (const o of s.of) if (o.startsWith('country:')) out.add(o);
  for (const ro of r.entry?.roles ?? []) if (ro.of.startsWith('country:') && roleActiveOn(ro, date)) out.add(ro.of);
  return out;
}

function fits(r: Referent, head: DescriptionHead, country: string | null, date: string): boolean {
  if (r.type !== head.type) return false;
  if (head.type === 'PER') return !!country && personCountries(r, date).has(country);
  if (!r.entry || !head.subtypes?.includes(r.entry.subtype)) return false;
  return !country || r.entry.country === country;
}

/**
 * The countries and places a stretch of text is about: those named, those its cities, capitals
 * and institutions stand for or lie in, its people's countries, and its demonyms ("le ministre malaisien").
 */
function placesNamed(refs: Map<string, Referent>, folded: string, from: number, to: number, kb: KnowledgeBase, date: string): Set<string> {
  const out = new Set<string>();
  for (const r of refs.values()) {
    if (!r.mentions.some((m) => m.kind !== 'pronoun' && m.start >= from && m.end <= to)) continue;
    if (r.type === 'PER') { for (const c of personCountries(r, date)) out.add(c); continue; }
    out.add(r.id);
    if (r.entry?.metonymOf) out.add(r.entry.metonymOf);
    if (r.type === 'LOC' && r.entry?.country) out.add(r.entry.country);
  }
  for (const w of folded.slice(from, to).match(/[a-z]+(?:-[a-z]+)*/g) ?? []) {
    const c = kb.byDemonym.get(w);
    if (c) out.add(c);
  }
  return out;
}

/** Adds the definite descriptions of the text as mentions of their antecedents. */
export function resolveDescriptions({ text, folded, refs, kb, lex, date }: ReferentPassInput): void {
  const dd = lex.definiteDescriptions;
  if (!dd.heads.length) return;
  const { byForm, lead, modifiers } = patterns(dd);
  const taken: Array<[number, number]> = [];
  for (const r of refs.values()) for (const m of r.mentions) taken.push([m.start, m.end]);
  const free = (a: number, b: number) => !taken.some(([s, e]) => a < e && b > s);

  const found: Array<{ start: number; end: number; head: DescriptionHead }> = [];
  for (const m of formMatches(folded, patterns(dd))) {
    const at = m.index;
    // a name ("l'Organisation du traité…", "l'Alliance") is not a description
    if (text[at] !== text[at].toLowerCase()) continue;
    if (!lead.test(folded.slice(Math.max(0, at - 16), at))) continue;
    found.push({ start: at, end: at + m[0].length, head: byForm.get(m[0])! });
  }
  found.sort((a, b) => a.start - b.start);

  for (const { start, end: headEnd, head } of found) {
    if (!free(start, headEnd)) continue;
    // Modifiers and demonyms after the head: "l'organisation régionale", "le mouvement islamiste palestinien".
    let end = headEnd;
    let country: string | null = null;
    let conflict = false;
    for (let n = 0; n < 3; n++) {
      const sp = /^\s+/.exec(folded.slice(end, end + 4));
      if (!sp) break;
      const from = end + sp[0].length;
      const mod = modifiers.find((m) => folded.startsWith(m, from) && !/[a-z-]/.test(folded[from + m.length] ?? ''));
      if (mod) { end = from + mod.length; continue; }
      const w = /^[a-z]+(?:-[a-z]+)*/.exec(folded.slice(from, from + 30));
      const c = w && text[from] === text[from].toLowerCase() ? demonymCountry(w[0], kb, dd.placeDemonyms, folded) : null;
      if (!c) break;
      if (country && country !== c) conflict = true;
      country = c;
      end = from + w![0].length;
    }
    if (conflict || (head.needsDemonym && !country) || (head.needsModifier && end === headEnd)) continue;
    // "dont le pays": the country of the person just named, not a country of the paragraph.
    if (/(?:^|[^a-z])dont\s+\S+\s*$/.test(folded.slice(Math.max(0, start - 12), start))) continue;
    // What follows must close the phrase: punctuation, or a verb, auxiliary or clitic ("exige", "a", "s'est").
    const rest = folded.slice(end, end + 30);
    if (!/^\s*(?:[,.;:!?)»"]|$)/.test(rest)) {
      const next = /^\s+([a-z]+'?)/.exec(rest);
      if (!next || text[end + next[0].length - next[1].length] !== text[end + next[0].length - next[1].length].toLowerCase()) continue;
      if (!dd.continuers.has(next[1]) && !lex.reportingForms.has(next[1])) continue;
    }
    const ws = windowStart(text, start);
    let cands: Referent[];
    if (head.type === 'LOC') {
      // "le pays", "l'île": the one country (or listed place) the paragraph is about, however it names it.
      const about = [...placesNamed(refs, folded, ws, start, kb, date)]
        .filter((id) => (head.places ? head.places.includes(id) : id.startsWith('country:')) && (!country || id === country));
      const r = about.length === 1 ? refs.get(about[0]) : undefined;
      cands = r && r.mentions.some((m) => m.kind === 'name' || m.kind === 'title') ? [r] : [];
    } else {
      cands = [...refs.values()].filter((r) => fits(r, head, country, date)
        && r.mentions.some((m) => m.kind === 'name' || m.kind === 'title')
        && r.mentions.some((m) => m.kind !== 'pronoun' && m.start >= ws && m.end <= start));
    }
    if (cands.length !== 1) continue;
    cands[0].mentions.push({ start, end, text: text.slice(start, end), kind: 'description' });
    taken.push([start, end]);
  }
}
