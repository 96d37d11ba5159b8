// Collective speakers: "les trois pays sahéliens", "les deux ministres", "les régimes militaires"
// stand for a list of actors the article names nearby ("Le Mali, le Burkina Faso et le Niger",
// "Fayçal ben Farhane et Hossein Amir-Abdollahian"); the gold convention takes one name, the first
// of the list. Heads and counting words are data (src/lang/fr/quote-collectives.json).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document, Entity } from '../../core/document.ts';
import { foldForm } from '../../core/normalize.ts';

interface CollectiveData { determiners: string[]; numbers: string[]; people: string[]; states: string[] }

let data: CollectiveData | null = null;
function collectiveData(): CollectiveData {
  data ??= JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../lang/fr/quote-collectives.json'), 'utf8')) as CollectiveData;
  return data;
}

/** What a phrase's head says the group is made of, or null when it is no collective description. */
export function collectiveKind(text: string): 'people' | 'states' | null {
  const d = collectiveData();
  const words = foldForm(text).toLowerCase().replace(/[’]/g, "'").split(/\s+/).filter(Boolean);
  if (!words.length || !d.determiners.includes(words[0])) return null;
  let i = 1;
  if (d.numbers.includes(words[i] ?? '')) i++;
  const rest = words.slice(i).join(' ');
  for (const kind of ['people', 'states'] as const) if (d[kind].some((h) => rest === h || rest.startsWith(h + ' '))) return kind;
  return null;
}

// Between two items of a list: a comma or "et", and a determiner or title ("le", "du", "le prince").
const LIST_GAP = /^\s*(?:,|et)\s*(?:(?:le|la|les|du|des|de la|l['’]|d['’]|au|aux)\s*)?$/iu;

function fits(e: Entity, kind: 'people' | 'states'): boolean {
  return kind === 'people' ? e.type === 'PER' : e.type === 'LOC' && e.subtype === 'country';
}

/** The first actor of the list of fitting entities nearest to `pos` (before it within 1500 characters, else after within 600). */
export function collectiveSpeaker(doc: Document, pos: number, kind: 'people' | 'states'): Entity | null {
  const mentions = doc.entities.filter((e) => fits(e, kind))
    .flatMap((e) => e.mentions.filter((m) => m.kind === 'name' || m.kind === 'title' || m.kind === undefined).map((m) => ({ e, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start);
  let best: { e: Entity; distance: number } | null = null;
  for (let i = 0; i + 1 < mentions.length; i++) {
    if (i > 0 && LIST_GAP.test(doc.text.slice(mentions[i - 1].end, mentions[i].start)) && mentions[i - 1].e !== mentions[i].e) continue; // not a list's first item
    const next = mentions[i + 1];
    if (next.e === mentions[i].e || !LIST_GAP.test(doc.text.slice(mentions[i].end, next.start))) continue;
    const first = mentions[i];
    const distance = first.start < pos ? pos - first.start : (first.start - pos) * 2.5;
    if (first.start < pos ? distance > 1500 : distance > 1500) continue;
    if (!best || distance < best.distance) best = { e: first.e, distance };
  }
  return best?.e ?? null;
}
