// Coreference for people inside one article: roles stated beside a name ("le porte-parole du
// Kremlin, Dmitri Peskov"), role descriptions ("le président américain" → the holder on the
// article's date, if named in it), bare descriptions ("le diplomate") and reporting pronouns
// ("a-t-il ajouté", "Il a précisé que", "selon lui") → the most recent compatible speaker.
import type { Document, EntityMention } from '../../core/document.ts';
import { roleActiveOn, type KnowledgeBase } from '../../kb/index.ts';
import type { Referent } from './index.ts';
import type { FrenchLexicon, PersonKind } from './lexicon.ts';
import type { RolePhrase } from './roles.ts';
import { indexable, phraseStarts, selfOverlaps, stickyMatches, wordStarts, type WordStarts } from './word-starts.ts';

interface Input {
  doc: Document;
  folded: string;
  refs: Map<string, Referent>;
  roles: RolePhrase[];
  kb: KnowledgeBase;
  lex: FrenchLexicon;
  date: string;
  kindOfRole: Record<string, PersonKind>;
}

const LEADER_ROLES = new Set(['head_of_state', 'head_of_government', 'leader']);
/** How far back (in characters) a description or pronoun may look for its person. */
const WINDOW = 2000;

function roleMatches(wanted: string, held: string): boolean {
  if (wanted === held) return true;
  return wanted === 'leader' && LEADER_ROLES.has(held);
}

interface PersonMention { ref: Referent; m: EntityMention }

/** The sentence holding `pos`: the sentences layer's, else the text between sentence ends around it. */
function sentenceAround(doc: Input['doc'], pos: number): { start: number; end: number } {
  const known = doc.sentences.find((x) => x.start <= pos && pos < x.end);
  if (known) return known;
  const text = doc.text;
  const before = Math.max(text.lastIndexOf('. ', pos), text.lastIndexOf('\n', pos));
  const after = [text.indexOf('. ', pos), text.indexOf('\n', pos)].filter((i) => i >= 0);
  return { start: before + 1, end: after.length ? Math.min(...after) + 1 : text.length };
}

/** Offices one person holds per country at a time: a bare one can be told by the article's country. */
const SINGLE_HOLDER = new Set(['head_of_state', 'head_of_government', 'foreign_minister', 'defence_minister', 'interior_minister', 'finance_minister']);

/** The country a bare role stands for: the one the article gave the same role last before it, else the article's country. */
function contextCountry(rp: RolePhrase, roles: RolePhrase[], mainCountry: string | null): string | null {
  for (let i = roles.length - 1; i >= 0; i--) {
    const o = roles[i];
    if (o.end > rp.start || o.role !== rp.role || !o.of.length) continue;
    const country = o.of.find((id) => id.startsWith('country:'));
    if (country && (!rp.onlyOf || rp.onlyOf.includes(country))) return country;
  }
  return mainCountry;
}

/**
 * The country the article is mainly about: the one its names stand for most often (a country's
 * name, its capital, its institutions), at least twice as often as any other and three times at least.
 */
function articleCountry({ refs }: Input): string | null {
  const count = new Map<string, number>();
  for (const r of refs.values()) {
    if (r.type === 'PER') continue;
    const id = r.entry?.subtype === 'country' ? r.entry.id : r.entry?.metonymOf;
    if (!id?.startsWith('country:')) continue;
    const n = r.mentions.filter((m) => m.kind === 'name' || m.kind === 'title').length;
    count.set(id, (count.get(id) ?? 0) + n);
  }
  const ranked = [...count].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || ranked[0][1] < 3 || (ranked[1] && ranked[0][1] < 2 * ranked[1][1])) return null;
  return ranked[0][0];
}

export function resolveReferences(inp: Input): void {
  const { doc, folded, refs, roles, lex, date, kindOfRole } = inp;
  const text = doc.text;
  const people = [...refs.values()].filter((r) => r.type === 'PER');
  const named = (): PersonMention[] =>
    people.flatMap((ref) => ref.mentions.map((m) => ({ ref, m }))).sort((a, b) => a.m.start - b.m.start);
  let mentions = named();
  const mentionAt = (pos: number) => mentions.find((x) => x.m.start === pos && (x.m.kind === 'name' || x.m.kind === 'title'));
  const mentionEndingAt = (pos: number) => mentions.find((x) => x.m.end === pos && (x.m.kind === 'name' || x.m.kind === 'title'));

  // 1. Roles stated beside a name: "ROLE, Name", "ROLE Name", "Name, ROLE".
  const apposed = new Set<RolePhrase>();
  const apposedBefore = new Map<Referent, number[]>();
  for (const rp of roles) {
    const after = /^\s*,?\s*(?:\(\s*)?/.exec(folded.slice(rp.end))!;
    let pm = mentionAt(rp.end + after[0].length);
    let phraseEnd = rp.end;
    if (!pm) {
      // "le porte-parole du ministère, Petro Kovaltchouk": a complement the KB does not know, then the name.
      const comp = /^\s+(?:de la|de l'|du|des|de|d')\s*[^,.;:!?"()\n]{1,50}?(?=\s*,\s*)/.exec(folded.slice(rp.end));
      if (comp) {
        const sep = /^\s*,\s*/.exec(folded.slice(rp.end + comp[0].length))!;
        pm = mentionAt(rp.end + comp[0].length + sep[0].length);
        if (pm) phraseEnd = rp.end + comp[0].length;
      }
    }
    if (!pm) {
      const before = /,\s*(?:le|la|l')\s*$/.exec(folded.slice(Math.max(0, rp.start - 8), rp.start));
      if (before) pm = mentionEndingAt(rp.start - before[0].length);
    }
    if (!pm) continue;
    apposed.add(rp);
    const r = pm.ref;
    const phrase = text.slice(rp.start, phraseEnd);
    if (!r.statedRoles.includes(phrase)) r.statedRoles.push(phrase);
    // "le président de la Commission de la Cedeao, X": a president of something the KB does not
    // know presides over a body, not a state ("le chef de l'État" later is not X).
    const role = phraseEnd > rp.end && !rp.of.length && rp.role === 'head_of_state' ? 'president_of_org' : rp.role;
    r.statedKeys.push({ role, of: rp.of, kind: rp.kind });
    if (!r.gender && rp.gender) r.gender = rp.gender;
    if (pm.m.start >= rp.end) apposedBefore.set(r, [...(apposedBefore.get(r) ?? []), rp.start]);
  }

  const kindsOf = (r: Referent): Set<PersonKind> => {
    const out = new Set<PersonKind>();
    for (const s of r.statedKeys) { if (s.kind) out.add(s.kind); const k = kindOfRole[s.role]; if (k) out.add(k); }
    for (const role of r.entry?.roles ?? []) if (roleActiveOn(role, date)) { const k = kindOfRole[role.role]; if (k) out.add(k); }
    return out;
  };
  const hasNameMention = (r: Referent) => r.mentions.some((m) => m.kind === 'name' || m.kind === 'title');
  const lastBefore = (r: Referent, pos: number) => Math.max(-1, ...r.mentions.filter((m) => m.end <= pos).map((m) => m.start));
  const firstAfter = (r: Referent, pos: number) => Math.min(Infinity, ...r.mentions.filter((m) => m.start >= pos).map((m) => m.start));

  const pick = (cands: Referent[], pos: number): Referent | null => {
    if (!cands.length) return null;
    const before = cands.map((r) => ({ r, at: lastBefore(r, pos) })).filter((x) => x.at >= 0 && pos - x.at <= WINDOW).sort((a, b) => b.at - a.at);
    if (before.length) return before[0].r;
    const after = cands.map((r) => ({ r, at: firstAfter(r, pos) })).sort((a, b) => a.at - b.at);
    return after[0].at < Infinity ? after[0].r : null;
  };

  // 2. Role descriptions standing alone: "le président américain", "le chef de la diplomatie russe".
  const mainCountry = articleCountry(inp);
  /** The country of an institution standing for it named earlier in the sentence before "que" ("L'Élysée a prévenu que …"). */
  const institutionBefore = (pos: number): string | null => {
    const sentence = sentenceAround(doc, pos);
    for (const r of refs.values()) {
      const country = r.entry?.subtype === 'institution' && r.entry.metonymOf?.startsWith('country:') ? r.entry.metonymOf : null;
      if (!country) continue;
      for (const m of r.mentions) {
        if (m.start < sentence.start || m.end > pos) continue;
        const between = folded.slice(m.end, pos);
        if (between.length < 120 && /(?:^|[^a-z])(?:que|qu')(?:[^a-z]|$)/.test(between) && !/[«"]/.test(between)) return country;
      }
    }
    return null;
  };
  for (const rp of roles) {
    if (apposed.has(rp) || rp.notCurrent || !rp.determined) continue;
    const holds = (r: Referent, of: string[]) =>
      r.statedKeys.some((s) => roleMatches(rp.role, s.role) && (of.length === 0 || s.of.some((o) => of.includes(o)))) ||
      (of.length > 0 && (r.entry?.roles ?? []).some((ro) => roleMatches(rp.role, ro.role) && of.includes(ro.of) && roleActiveOn(ro, date)));
    // Without a country ("le porte-parole"), only a role the article itself gave someone counts…
    // "le secrétaire d'État" (US only) is not the Chinese foreign minister the article named.
    const fits = (r: Referent) => !rp.onlyOf || r.statedKeys.some((s) => roleMatches(rp.role, s.role) && (!s.of.length || s.of.some((o) => rp.onlyOf!.includes(o))));
    let cands = people.filter((r) => hasNameMention(r) && holds(r, rp.of) && fits(r));
    // … unless the article's context says whose: "le secrétaire d'État" after "le secrétaire d'État
    // américain", or in an article about the United States, is the US one.
    if (rp.bare && SINGLE_HOLDER.has(rp.role)) {
      // "Le chef de l'État" with no country said: every named holder of that office counts, not only
      // those the article gave the role, and the latest named wins ("Le président palestinien X a
      // salué … Emmanuel Macron a annoncé … Le chef de l'État a ensuite quitté New York" is Macron).
      // Two holders named in that latest sentence ("Poutine et Zelensky …. Le président a dénoncé") stay ambiguous.
      if (!rp.onlyOf) {
        const holders = people.filter((r) => hasNameMention(r) && !cands.includes(r)
          && (r.entry?.roles ?? []).some((ro) => roleMatches(rp.role, ro.role) && ro.of.startsWith('country:') && roleActiveOn(ro, date)));
        const all = [...cands, ...holders];
        const last = all.map((r) => ({ r, at: lastBefore(r, rp.start) })).filter((x) => x.at >= 0).sort((a, b) => b.at - a.at);
        const sentence = last.length ? sentenceAround(doc, last[0].at) : undefined;
        const inLast = sentence ? last.filter((x) => x.r.mentions.some((m) => m.start >= sentence.start && m.start < sentence.end && m.end <= rp.start)) : [];
        const alone = sentence && inLast.length <= 1;
        // "L'Élysée a prévenu que le chef de l'État…": the presidency speaking names whose head of state.
        const seat = institutionBefore(rp.start);
        if (seat) {
          cands = people.filter((r) => hasNameMention(r) && holds(r, [seat]));
        } else if (holders.length && alone && holders.includes(last[0].r)) cands = [last[0].r];
        else if (holders.length && !alone) {
          // "Emmanuel Macron avait écrit à Mahmoud Abbas. … le chef de l'État a appelé": of several holders
          // in that sentence, the one who is its subject (no preposition or conjunction before him).
          // Coordinated ("Vladimir Poutine et Volodymyr Zelensky ne se parlent pas") they stay ambiguous.
          const inSentence = inLast.flatMap((x) => x.r.mentions.filter((m) => m.start >= sentence!.start && m.start < sentence!.end && m.end <= rp.start));
          const coordinated = (m: EntityMention) => inSentence.some((o) => o.start >= m.end && /^\s*(?:,|et|ou)\s*$/.test(folded.slice(m.end, o.start)));
          const subjects = inLast.filter((x) => x.r.mentions.some((m) => m.start >= sentence!.start && m.start < sentence!.end && !coordinated(m)
            && !lex.objectMarkerBefore.test(folded.slice(Math.max(0, m.start - 12), m.start))));
          if (subjects.length === 1) cands = [subjects[0].r];
        }
      }
      const of = cands.length ? null : contextCountry(rp, roles, mainCountry);
      if (of && (!rp.onlyOf || rp.onlyOf.includes(of))) cands = people.filter((r) => hasNameMention(r) && holds(r, [of]));
    }
    // Gender told by the phrase ("la porte-parole") must agree.
    let ok = cands.filter((r) => !rp.gender || !r.gender || r.gender === rp.gender);
    // "du Kremlin" names the institution first: its own spokesperson beats the country's others.
    const exact = ok.filter((r) => r.statedKeys.some((s) => s.of[0] === rp.of[0]) || (r.entry?.roles ?? []).some((ro) => ro.of === rp.of[0] && roleMatches(rp.role, ro.role) && roleActiveOn(ro, date)));
    if (rp.of.length > 1 && exact.length) ok = exact;
    const r = pick(ok, rp.start);
    if (r) r.mentions.push({ start: rp.start, end: rp.end, text: text.slice(rp.start, rp.end), kind: 'description' });
  }

  // 3. Bare descriptions: "le diplomate", "le dirigeant" → the last person of that kind.
  const inRole = (a: number, b: number) => roles.some((rp) => a < rp.end && b > rp.start);
  const ws = wordStarts(folded);
  for (const { phrase, re, kinds, indexed, lead } of descriptionPatterns(lex)) {
    for (const at of descriptionsAt(folded, ws, phrase, re, indexed)) {
      const nounStart = at + lead;
      const end = at + phrase.length;
      if (inRole(nounStart, end)) continue;
      // Followed by a capitalised name: an apposition the name recogniser has already dealt with.
      if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
      // "le ministre de …": a role with a complement the role list does not know, not a bare noun.
      if (/^\s+(?:de|du|des|d')(?![a-z])/.test(folded.slice(end, end + 5))) continue;
      const cands = people.filter((r) => hasNameMention(r) && [...kindsOf(r)].some((k) => kinds.includes(k)));
      const before = cands.map((r) => ({ r, at: lastBefore(r, nounStart) })).filter((x) => x.at >= 0 && nounStart - x.at <= WINDOW).sort((a, b) => b.at - a.at);
      if (before.length) before[0].r.mentions.push({ start: nounStart, end, text: text.slice(nounStart, end), kind: 'description' });
    }
  }

  // 4. Speakers: mentions followed by a reporting verb, or after an inverted one ("a déclaré M. X").
  mentions = named();
  for (const { ref, m } of mentions) {
    let from = m.start;
    for (const s of apposedBefore.get(ref) ?? []) if (s < from && m.start - s < 120) from = s;
    if (isSpeakerContext(folded, from, m.end, lex)) ref.speakerAt.push(m.start);
  }

  // 5. Reporting pronouns.
  for (const p of findReportingPronouns(folded, lex)) {
    // Inside a direct quote, "il" is whoever the speaker talks about, not a reporting subject.
    if (insideQuote(doc.norm, p.start)) continue;
    const gender: 'm' | 'f' = p.word === 'il' || p.word === 'lui' ? 'm' : 'f';
    const compatible = people.filter((r) => hasNameMention(r) && (r.gender ? r.gender === gender : true));
    let best: Referent | null = null;
    let bestAt = -1;
    for (const r of compatible) for (const at of r.speakerAt) if (at < p.start && at > bestAt && p.start - at <= WINDOW) { best = r; bestAt = at; }
    if (!best) for (const r of compatible) { const at = lastBefore(r, p.start); if (at > bestAt && p.start - at <= WINDOW) { best = r; bestAt = at; } }
    if (best) {
      best.mentions.push({ start: p.start, end: p.end, text: text.slice(p.start, p.end), kind: 'pronoun' });
      best.speakerAt.push(p.start);
    }
  }
}

interface DescriptionPattern {
  phrase: string; re: RegExp; kinds: PersonKind[];
  /** Found from the word-start index: it starts with a letter and cannot overlap itself. */
  indexed: boolean;
  /** Length of the determiner before the noun ("le ", "la ", "l'"). */
  lead: number;
}
const descriptionCache = new WeakMap<Map<string, PersonKind[]>, DescriptionPattern[]>();

/** The lexicon's bare descriptions as regexes, compiled once per lexicon. */
function descriptionPatterns(lex: FrenchLexicon): DescriptionPattern[] {
  let out = descriptionCache.get(lex.descriptions);
  if (!out) {
    out = [...lex.descriptions].map(([phrase, kinds]) => ({
      phrase, kinds, re: new RegExp(`(?<![a-z])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z-])`, 'g'),
      indexed: indexable(phrase) && !selfOverlaps(phrase), lead: /^(le |la |l')/.exec(phrase)?.[0].length ?? 0,
    }));
    descriptionCache.set(lex.descriptions, out);
  }
  return out;
}

/** Offsets where a bare description stands (no letter before, no letter or hyphen after), in order. */
function descriptionsAt(folded: string, ws: WordStarts, phrase: string, re: RegExp, indexed: boolean): number[] {
  const out: number[] = [];
  if (indexed) {
    for (const at of phraseStarts(ws, phrase)) {
      const c = folded.charCodeAt(at + phrase.length);
      if (!((c >= 97 && c <= 122) || c === 45)) out.push(at);
    }
    return out;
  }
  if (!folded.includes(phrase)) return out;
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) out.push(m.index);
  return out;
}

/** An odd number of quote marks since the start of the paragraph: inside a quotation. */
function insideQuote(norm: string, pos: number): boolean {
  const lineStart = norm.lastIndexOf('\n', pos - 1) + 1;
  let n = 0;
  for (let i = lineStart; i < pos; i++) if (norm[i] === '"') n++;
  return n % 2 === 1;
}

function words(s: string): string[] {
  return s.split(/[^a-z'-]+/).filter(Boolean);
}

const WORD = /[a-z'-]+/g;

/** Is one of the first `n` words of `s` (as `words` splits it) in `forms`? */
function firstWordsHaveForm(s: string, n: number, forms: Set<string>): boolean {
  WORD.lastIndex = 0;
  for (let k = 0; k < n; k++) {
    const m = WORD.exec(s);
    if (!m) return false;
    if (forms.has(m[0])) return true;
  }
  return false;
}

// isSpeakerContext's patterns (none global or sticky: shared safely).
const INVERTED_PRONOUN_AFTER = /^\s*,?\s*[a-z]+-t-(?:il|elle)/;
const INCISE_AFTER = /^\s*,[^,.«»"]{0,70},/;
const CLAUSE_STOP = /[.«»":;!?]/;
const SELON_BEFORE = /(?:^|[^a-z])selon\s+$/;
const INVERTED_VERB_BEFORE = /(?:^|[^a-z])(?:a|avait|aurait|ont|a-t-il|a-t-elle)\s+([a-z]+)((?:\s+[a-z']+){0,6})[\s,]*$/;
const PREPOSITION_WORD = /(?:^|\s)(?:a|au|aux|avec|de|du|des|pour|contre|que|qu'|sur|par)(?=\s|$)/;

/** Is the mention [start, end) the subject of a reporting verb (before or after it)? */
function isSpeakerContext(folded: string, start: number, end: number, lex: FrenchLexicon): boolean {
  // After: "Lavrov a précisé", "Peskov, …, a indiqué", "Poutine a mentionné".
  let after = folded.slice(end, end + 90);
  // "Zelensky, a-t-il précisé": the inverted pronoun is the subject, not the name before it.
  if (INVERTED_PRONOUN_AFTER.test(after)) return false;
  after = after.replace(INCISE_AFTER, ' ');
  const stop = after.search(CLAUSE_STOP);
  if (stop >= 0) after = after.slice(0, stop);
  // "… que Poutine avait dit": the subject of a subordinate clause is not the article's speaker.
  const subordinate = /(?:^|[^a-z])(?:que|qu')\s*$/.test(folded.slice(Math.max(0, start - 6), start));
  if (!subordinate && firstWordsHaveForm(after, 5, lex.reportingForms)) return true;
  // Before: "a annoncé Sergueï Lavrov", "selon Lavrov", "a réagi dans la soirée le ministre …".
  const before = folded.slice(Math.max(0, start - 60), start);
  if (SELON_BEFORE.test(before)) return true;
  const b = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('«'), before.lastIndexOf('"')) + 1);
  const m = INVERTED_VERB_BEFORE.exec(b);
  // "a déclaré à Trump": a preposition between verb and name makes the name an object.
  return !!m && lex.reportingForms.has(m[1]) && !PREPOSITION_WORD.test(m[2]);
}

interface PronounCue { start: number; end: number; word: 'il' | 'elle' | 'lui' }

const PRONOUN_SUBJECT = /(?<![a-z-])(il|elle)\s+(?:(?:a|avait|aurait|a\s+de\s+son\s+cote|a\s+pour\s+sa\s+part)\s+)?((?:[a-z]+\s+){0,2})([a-z]+)(?![a-z])/y;
const SELON_PRONOUN = /(?<![a-z])selon\s+(lui|elle)(?![a-z])/y;

/** Two ascending lists as one. */
function mergeSorted(a: number[], b: number[]): number[] {
  if (!b.length) return a;
  if (!a.length) return b;
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++]);
  return out;
}

/** "Il a précisé", "elle estime", "a-t-il ajouté", "selon lui": pronouns that are speakers. */
export function findReportingPronouns(folded: string, lex: FrenchLexicon): PronounCue[] {
  const out: PronounCue[] = [];
  const isForm = (w: string | undefined) => !!w && lex.reportingForms.has(w);
  const index = wordStarts(folded);
  for (const m of stickyMatches(folded, PRONOUN_SUBJECT, mergeSorted(phraseStarts(index, 'il'), phraseStarts(index, 'elle')))) {
    const ws = [...words(m[2]), m[3]];
    const hasAux = m[0].split(/\s+/).length > ws.length + 1;
    if (!ws.some((w, i) => isForm(w) && (hasAux || i === 0))) continue;
    out.push({ start: m.index!, end: m.index! + m[1].length, word: m[1] as 'il' | 'elle' });
  }
  for (const m of folded.matchAll(/-t-(il|elle)\s+([a-z]+)/g)) {
    if (!isForm(m[2])) continue;
    const s = m.index! + 3;
    out.push({ start: s, end: s + m[1].length, word: m[1] as 'il' | 'elle' });
  }
  for (const m of stickyMatches(folded, SELON_PRONOUN, phraseStarts(index, 'selon'))) {
    const s = m.index! + m[0].length - m[1].length;
    out.push({ start: s, end: s + m[1].length, word: m[1] as 'lui' | 'elle' });
  }
  return out.sort((a, b) => a.start - b.start);
}
