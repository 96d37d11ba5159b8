// Collective speakers: "les trois pays sahéliens", "les deux ministres", "les régimes militaires"
// stand for a list of actors the article names nearby ("Le Mali, le Burkina Faso et le Niger",
// "Fayçal ben Farhane et Hossein Amir-Abdollahian"); the gold convention takes one name, the first
// of the list. Heads and counting words are data (src/lang/fr/quote-collectives.json).
import type { Document, Entity } from '../../core/document.ts';
import { foldForm } from '../../core/normalize.ts';
import { langData } from '../../core/lang.ts';

interface CollectiveData { determiners: string[]; numbers: string[]; people: string[]; states: string[]; numberValues?: Record<string, number>; groupAcronym?: string; memberDeterminers?: string[]; members?: string[] }

let data: CollectiveData | null = null;
function collectiveData(): CollectiveData {
  data ??= langData<CollectiveData>('quote-collectives.json');
  return data;
}

/** What a phrase's head says the group is made of, or null when it is no collective description. */
export function collectiveKind(text: string): 'people' | 'states' | null {
  const d = collectiveData();
  const words = foldForm(text).toLowerCase().replace(/[’]/g, "'").split(/\s+/).filter(Boolean);
  // "les deux ministres", or "deux ministres" when the phrase starts at the number.
  let i = d.determiners.includes(words[0] ?? '') ? 1 : 0;
  if (d.numbers.includes(words[i] ?? '')) i++;
  if (i === 0) return null;
  const rest = words.slice(i).join(' ');
  for (const kind of ['people', 'states'] as const) if (d[kind].some((h) => rest === h || rest.startsWith(h + ' '))) return kind;
  return null;
}

// Between two items of a list: a comma or "et", and a determiner or title ("le", "du", "le prince").
const LIST_GAP = /^\s*(?:,|et)\s*(?:(?:le|la|les|du|des|de la|l['’]|d['’]|au|aux)\s*)?$/iu;

// Between two people of a list, each may carry its office: "Emmanuel Macron, le chancelier allemand Friedrich Merz et le
// Premier ministre polonais Donald Tusk" (a determiner, then at most four lower-case words, "Premier" allowed).
const PEOPLE_LIST_GAP = /^\s*(?:,|et)\s*(?:(?:le|la|l['’])\s*(?:(?!(?:de|du|des|d['’]|à|au|aux|qui|que|qu['’]|et|ou)\s)(?:\p{Ll}[\p{Ll}'’-]*|Premier|Première)\s+){1,4})?$/u;

function listGap(between: string, kind: 'people' | 'states'): boolean {
  return LIST_GAP.test(between) || (kind === 'people' && PEOPLE_LIST_GAP.test(between));
}

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
    if (i > 0 && listGap(doc.text.slice(mentions[i - 1].end, mentions[i].start), kind) && mentions[i - 1].e !== mentions[i].e) continue; // not a list's first item
    const next = mentions[i + 1];
    if (next.e === mentions[i].e || !listGap(doc.text.slice(mentions[i].end, next.start), kind)) continue;
    const first = mentions[i];
    const distance = first.start < pos ? pos - first.start : (first.start - pos) * 2.5;
    if (first.start < pos ? distance > 1500 : distance > 1500) continue;
    if (!best || distance < best.distance) best = { e: first.e, distance };
  }
  return best?.e ?? null;
}

/**
 * "Le Mali, le Burkina Faso et le Niger ont annoncé « … »": the subject phrase found is the last
 * item of a coordinated list; the list's first item speaks for it. Null when `start` opens no list's last item.
 */
export function listHeadBefore(doc: Document, start: number, entity: Entity): Entity | null {
  const kind = entity.type === 'PER' ? 'people' : entity.type === 'LOC' && entity.subtype === 'country' ? 'states' : null;
  if (!kind) return null;
  // The phrase may begin with its determiner ("le Niger"): compare from the entity's own mention.
  const own = entity.mentions.find((m) => m.start >= start && m.start - start <= 4);
  // Only the last item of a list, after its "et", has a head: test that first (it is cheap).
  if (!LAST_ITEM.test(doc.text.slice(Math.max(0, (own?.start ?? start) - 12), own?.start ?? start))) return null;
  const mentions = doc.entities.filter((e) => fits(e, kind))
    .flatMap((e) => e.mentions.map((m) => ({ e, start: m.start, end: m.end })))
    .filter((m) => m.end <= start).sort((a, b) => b.start - a.start);
  let at = own ? own.start : start;
  let head: Entity | null = null;
  for (const m of mentions) {
    if (m.e === entity && !head) continue;
    if (!LIST_GAP.test(doc.text.slice(m.end, at))) break;
    head = m.e;
    at = m.start;
  }
  return head;
}
/** "… et (le)" right before a phrase: the last item of a list. */
const LAST_ITEM = /\bet\s*(?:(?:le|la|les|du|des|l['’])\s*)?$/iu;

/**
 * A collective description whose complement names the group it stands for: "les dirigeants du G7",
 * "les ministres de l'Otan" (an organisation named inside the phrase), "les dirigeants des sept pays"
 * (a numbered group the article names: G7). Null when the phrase is no such description.
 */
export function groupOrganisation(doc: Document, p: { start: number; end: number; text: string }): Entity | null {
  const d = collectiveData();
  if (!collectiveKind(p.text)) return null;
  const folded = foldForm(p.text).toLowerCase().replace(/[’]/g, "'");
  // Each complement in turn: "les chefs d'État des sept pays" has two.
  for (const comp of folded.matchAll(/\s(?:du|des|de la|de l'|d')\s*/g)) {
    const from = p.start + comp.index + comp[0].length;
    const inside = doc.entities.find((e) => e.type === 'ORG' && e.mentions.some((m) => m.start >= from && m.end <= p.end));
    if (inside) return inside;
    // "des sept pays": the numbered group ("G7") the article names.
    const rest = folded.slice(comp.index + comp[0].length).split(/\s+/);
    const n = d.numberValues?.[rest[0] ?? ''];
    if (!n || !d.groupAcronym || !d.states.includes(rest[1] ?? '')) continue;
    const acronym = d.groupAcronym.replace('{n}', String(n)).toLowerCase();
    const group = doc.entities.find((e) => e.type === 'ORG' && e.mentions.length > 0 && [e.name, ...e.aliases].some((x) => x.replace(/\s+/g, '').toLowerCase() === acronym));
    if (group) return group;
  }
  return null;
}

// Between two coordinated complements: "des États-Unis et de l'Ukraine", "de la France, de l'Allemagne".
const COMPLEMENT_GAP = /^\s*(?:,|et)\s*(?:du|des|de la|de l['’]|d['’]|de)?\s*$/iu;

/**
 * "les délégations des États-Unis et de l'Ukraine", "les ministres de la France et de l'Allemagne": a
 * plural description whose complement coordinates countries speaks for them; the first stands for the list.
 */
export function statesListInside(doc: Document, p: { start: number; end: number; text: string }): Entity | null {
  if (!/^(?:les|ces)\s/iu.test(p.text)) return null;
  const mentions = doc.entities.filter((e) => fits(e, 'states'))
    .flatMap((e) => e.mentions.filter((m) => m.start >= p.start && m.end <= p.end).map((m) => ({ e, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start);
  if (mentions.length < 2 || mentions[0].e === mentions[1].e) return null;
  if (!/\s(?:du|des|de la|de l['’]|d['’])\s*$/iu.test(doc.text.slice(p.start, mentions[0].start))) return null;
  return COMPLEMENT_GAP.test(doc.text.slice(mentions[0].end, mentions[1].start)) ? mentions[0].e : null;
}

/**
 * "Les États membres y ont adopté une déclaration": a bare plural of members (no complement) stands
 * for the international organisation named last before it, within the paragraph's reach (1500 characters).
 */
export function membersOrganisation(doc: Document, p: { start: number; text: string }): Entity | null {
  const d = collectiveData();
  const words = foldForm(p.text).toLowerCase().split(/\s+/).filter(Boolean);
  if (!(d.memberDeterminers ?? []).includes(words[0] ?? '') || !(d.members ?? []).includes(words.slice(1).join(' '))) return null;
  let best: { e: Entity; at: number } | null = null;
  for (const e of doc.entities) {
    if (e.type !== 'ORG' || e.subtype !== 'io') continue;
    for (const m of e.mentions) if (m.end <= p.start && p.start - m.start <= 1500 && (!best || m.start > best.at)) best = { e, at: m.start };
  }
  return best?.e ?? null;
}
