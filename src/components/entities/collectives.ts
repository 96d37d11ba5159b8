// Plural names French news gives the members of a body acting together: "les Vingt-Sept" (the
// European Union's member states) names the Union; "les Européens", "les dirigeants européens"
// are mentions of it only in an article that names the Union itself.
import type { KnowledgeBase } from '../../kb/index.ts';
import { foldForm } from '../../core/normalize.ts';
import type { Referent } from './index.ts';
import type { CollectiveName, FrenchLexicon } from './lexicon.ts';
import { indexable, phraseStarts, wordStarts } from './word-starts.ts';

/** What the passes that link referents after recognition read: the text, its folded form, the referents so far. */
export interface ReferentPassInput {
  text: string;
  folded: string;
  refs: Map<string, Referent>;
  kb: KnowledgeBase;
  lex: FrenchLexicon;
  date: string;
}

function inDates(c: CollectiveName, date: string): boolean {
  return (!c.from || date >= c.from) && (!c.to || date < c.to);
}

// The lexicon's forms, folded once.
const foldedForms = new Map<string, string>();
function foldedForm(form: string): string {
  let f = foldedForms.get(form);
  if (f === undefined) foldedForms.set(form, f = foldForm(form));
  return f;
}

/** Where the form stands after one of its leads, written with the form's capitals. */
function occurrencesOf(text: string, folded: string, form: string, leads: string[]): Array<[number, number]> {
  const f = foldedForm(form);
  const out: Array<[number, number]> = [];
  // A match right after a letter is skipped below: the word-start index lists every other one.
  const starts = indexable(f) ? phraseStarts(wordStarts(folded), f) : null;
  for (let k = 0, at = starts ? (starts[0] ?? -1) : folded.indexOf(f); at >= 0; at = starts ? (starts[++k] ?? -1) : folded.indexOf(f, at + 1)) {
    const end = at + f.length;
    if (/[a-z0-9-]/.test(folded[end] ?? '') || /[a-z0-9-]/.test(folded[at - 1] ?? '')) continue;
    const lead = /([a-z]+)\s+$/.exec(folded.slice(Math.max(0, at - 8), at));
    if (!lead || !leads.includes(lead[1])) continue;
    // "Vingt-Sept" as a name, not the number "vingt-sept": the form's capitals are in the text.
    let caps = true;
    for (let i = 0; i < form.length && caps; i++) {
      const c = form[i];
      if (c !== c.toLowerCase() && text[at + i] === text[at + i].toLowerCase()) caps = false;
    }
    if (caps) out.push([at, end]);
  }
  return out;
}

/** Adds the collective names of the lexicon as mentions of their body, creating it for a name. */
export function linkCollectives({ text, folded, refs, kb, lex, date }: ReferentPassInput): void {
  // The spans already taken, listed on first need (most articles hold no collective name).
  let takenSpans: Array<[number, number]> | null = null;
  const taken = () => (takenSpans ??= [...refs.values()].flatMap((r) => r.mentions.map((m) => [m.start, m.end] as [number, number])));
  const free = (a: number, b: number) => !taken().some(([s, e]) => a < e && b > s);
  for (const c of lex.collectives) {
    if (!inDates(c, date)) continue;
    const entry = kb.byId.get(c.entity);
    if (!entry) continue;
    const named = refs.get(entry.id)?.mentions.some((m) => m.kind === 'name' || m.kind === 'title') ?? false;
    if (c.whenNamed && !named) continue;
    for (const form of c.forms) {
      for (const [start, end] of occurrencesOf(text, folded, form, c.leads)) {
        if (!free(start, end)) continue;
        let r = refs.get(entry.id);
        if (!r) {
          r = { id: entry.id, entry, name: entry.name, type: entry.type, gender: null, mentions: [], statedRoles: [], statedKeys: [], speakerAt: [] };
          refs.set(entry.id, r);
        }
        r.mentions.push({ start, end, text: text.slice(start, end), kind: c.kind });
        taken().push([start, end]);
      }
    }
  }
}
