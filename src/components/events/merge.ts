// Mentions of one event inside an article become one event: same type, compatible mode, same
// date (or one side undated or vague), overlapping actors. The best-dated mention gives the
// date, status and evidence; actors are united.
import type { EventActor, EventRecord } from '../../core/document.ts';
import { foldForm, nameKey } from '../../core/normalize.ts';
import { readEventData } from './lexicon.ts';

const VAGUE = new Set(['FUTURE_REF']);

/** Precision of a date value: a day beats a week, a month, a year, a vague reference, nothing. */
export function datePrecision(value: string | null | undefined): number {
  if (!value) return 0;
  if (VAGUE.has(value)) return 1;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 6;
  if (/^\d{4}-W\d{2}/.test(value)) return 4;
  if (/^\d{4}-\d{2}$/.test(value)) return 3;
  return 2;
}

export interface PlacedRecord { record: EventRecord; sentence: number }

const actorKey = (a: { entity: string | null; name: string }) => a.entity ?? nameKey(a.name);

/** Person key → the key of the country the article ties them to ("le président américain" → the United States). */
export type Affiliations = Map<string, string>;

/**
 * Shared actors; a person and the country the article ties them to count as one ("le président américain a reçu
 * lundi le président ukrainien" and "… avaient fait le déplacement à Washington"), two people of one country do not.
 */
function actorOverlap(a: EventRecord, b: EventRecord, affiliations: Affiliations = new Map()): number {
  const ka = new Set(a.actors.map(actorKey));
  const ca = new Set(a.actors.map((x) => affiliations.get(actorKey(x))).filter((k): k is string => !!k));
  const shared = new Set<string>();
  for (const x of b.actors) {
    const k = actorKey(x), c = affiliations.get(k);
    if (ka.has(k)) shared.add(k);
    else if (c && ka.has(c)) shared.add(c);
    else if (ca.has(k)) shared.add(k);
  }
  return shared.size;
}

/**
 * Who acts on whom, swapped: "le dirigeant chinois a exhorté les Européens" and "les Européens ont appelé Xi" are two
 * requests, not one. Only source and target count (participants of talks have no direction).
 */
function swappedRoles(a: EventRecord, b: EventRecord): boolean {
  const sa = roleKeys(a, 'source'), ta = roleKeys(a, 'target'), sb = roleKeys(b, 'source'), tb = roleKeys(b, 'target');
  return meets(sa, tb) && meets(ta, sb) && !meets(sa, sb);
}

/** The keys of a record's actors in one role. */
function roleKeys(r: EventRecord, role: EventActor['role']): Set<string> {
  return new Set(r.actors.filter((x) => x.role === role).map(actorKey));
}

/** Whether two key sets share a key. */
function meets(x: Set<string>, y: Set<string>): boolean {
  for (const k of x) if (y.has(k)) return true;
  return false;
}

/** One is a visit, the other a talk with no mode. */
function visitAndTalk(a: EventRecord, b: EventRecord): boolean {
  return (a.mode === 'visit' && !b.mode) || (b.mode === 'visit' && !a.mode);
}

/** Whether `a` names a country `b` does not (a person may stand for a country named on the other side). */
function counterpartLacking(a: EventRecord, b: EventRecord, isCountry: (a: EventActor) => boolean): boolean {
  const kb = new Set(b.actors.map(actorKey));
  return a.actors.some((x) => isCountry(x) && !kb.has(actorKey(x)));
}

/** Whether each side names an actor the other does not. */
function eachLacks(a: EventRecord, b: EventRecord): boolean {
  const ka = new Set(a.actors.map(actorKey)), kb = new Set(b.actors.map(actorKey));
  return a.actors.some((x) => !kb.has(actorKey(x))) && b.actors.some((x) => !ka.has(actorKey(x)));
}

function sameActors(a: EventRecord, b: EventRecord): boolean {
  return a.actors.length === b.actors.length && actorOverlap(a, b) === a.actors.length;
}

/** Words opening a clause between two triggers of one sentence ("et qu'elle rappelait"), folded (event-syntax.json). */
const SYNTAX = readEventData('event-syntax.json');
const CLAUSE_OPENERS = new Set<string>(SYNTAX.sameActClauseOpeners ?? []);
/** "pour", "afin de" (event-syntax.json), as folded word sequences, and the reflexives that may follow them. */
const PURPOSE_OPENERS = ((SYNTAX.purposeOpeners ?? []) as string[]).map((p) => p.split(' '));
const PURPOSE_REFLEXIVES = new Set<string>(SYNTAX.purposeReflexives ?? []);

/** Whether two mentions' triggers sit in one clause of one sentence. */
function oneClause(a: EventRecord, b: EventRecord): boolean {
  if (!a.trigger || !b.trigger || a.evidence.start !== b.evidence.start) return false;
  const [x, y] = a.trigger.start < b.trigger.start ? [a.trigger, b.trigger] : [b.trigger, a.trigger];
  const between = a.evidence.text.slice(x.end - a.evidence.start, y.start - a.evidence.start);
  return !/[;:.!?]/.test(between) && !between.split(/[^\p{L}]+/u).some((w) => CLAUSE_OPENERS.has(foldForm(w)));
}

/** Statuses of acts that have not taken place: a proposal, a hypothesis. */
const UNREALISED = new Set(['proposed', 'hypothetical']);

/**
 * "Américains et Russes se réunissaient mardi en Arabie saoudite" and "« La Turquie serait un hôte idéal pour des
 * pourparlers entre la Russie, l'Ukraine et les États-Unis »": talks only proposed or imagined are not the ones held.
 */
function unrealisedAgainstHeld(a: EventRecord, b: EventRecord): boolean {
  return a.status !== b.status && (UNREALISED.has(a.status) || UNREALISED.has(b.status));
}

/**
 * "les ministres s'étaient rendus à Tbilissi pour rencontrer la présidente": a visit made to meet someone is that
 * meeting; the purpose clause ("pour" + a talk verb) right after the visit tells one encounter.
 */
function visitToMeet(a: EventRecord, b: EventRecord): boolean {
  if (a.type !== 'CONSULT' || b.type !== 'CONSULT' || !visitAndTalk(a, b)) return false;
  if (!a.trigger || !b.trigger || a.evidence.start !== b.evidence.start) return false;
  const [visit, talk] = a.mode === 'visit' ? [a.trigger, b.trigger] : [b.trigger, a.trigger];
  if (talk.start < visit.end) return false;
  const between = a.evidence.text.slice(visit.end - a.evidence.start, talk.start - a.evidence.start);
  return !/[;:.!?,]/.test(between) && opensPurpose(foldForm(between));
}

/** Whether a text ends on a purpose clause's opening ("pour", "afin de s'"), right before the talk verb. */
function opensPurpose(folded: string): boolean {
  const words = folded.split(/[^\p{L}]+/u).filter(Boolean);
  if (words.length && PURPOSE_REFLEXIVES.has(words[words.length - 1])) words.pop();
  return PURPOSE_OPENERS.some((p) => p.length <= words.length && p.every((w, i) => words[words.length - p.length + i] === w));
}

/** Same mode; or one without mode, unless an undated call or visit would fold into a dated meeting. */
function modesCompatible(a: EventRecord, b: EventRecord): boolean {
  if (a.mode === b.mode) return true;
  if (a.mode && b.mode) return false;
  const sameDay = !!a.date && !!b.date && a.date.value === b.date.value;
  // (a call or a visit is a talk of that day; elsewhere a mode names its own act: "la France allait expulser douze
  // agents et qu'elle rappelait son ambassadeur" are two sanctions of one day, unless one clause tells both: "avait
  // rappelé son ambassadeur et expulsé l'ambassadeur cambodgien")
  if (a.type !== 'CONSULT' && !oneClause(a, b)) return false;
  return sameDay;
}

function datesCompatible(a: EventRecord, b: EventRecord): 'same' | 'one-open' | false {
  const va = a.date?.value ?? null, vb = b.date?.value ?? null;
  if (va && vb && va === vb) return 'same';
  const openA = !va || VAGUE.has(va), openB = !vb || VAGUE.has(vb);
  if (openA || openB) return 'one-open';
  // a week containing a day, a month containing a day
  if (va && vb && (va.startsWith(vb) || vb.startsWith(va))) return 'same';
  return false;
}

function mergeInto(into: EventRecord, other: EventRecord): void {
  const best = datePrecision(other.date?.value) > datePrecision(into.date?.value) ? other : into;
  const actors: EventActor[] = [...into.actors];
  for (const a of other.actors) if (!actors.some((x) => actorKey(x) === actorKey(a))) actors.push(a);
  const place = best.place ?? into.place ?? other.place;
  const mode = into.mode ?? other.mode;
  Object.assign(into, { date: best.date, status: best.status, evidence: best.evidence, trigger: best.trigger, id: best.id, place, mode, actors });
}

export function mergeMentions(events: PlacedRecord[], isCountry: (a: EventActor) => boolean = () => false, affiliated: Affiliations = new Map()): EventRecord[] {
  const out: PlacedRecord[] = [];
  // best-dated first, so undated mentions fold into dated ones
  const order = [...events].sort((a, b) => datePrecision(b.record.date?.value) - datePrecision(a.record.date?.value) || a.sentence - b.sentence);
  for (const item of order) {
    const e = item.record;
    const fits = out.filter(({ record: o, sentence }) => o.type === e.type && modesCompatible(o, e) && datesCompatible(o, e)
      // two undated mentions merge only when they name the same actors (no snowballing)
      && (o.date || e.date || sameActors(o, e))
      && !swappedRoles(o, e)
      && !unrealisedAgainstHeld(o, e)
      // "reçus par Xi Jinping, avant de s'entretenir avec Li Qiang": two verbs of one sentence, each with someone the
      // other lacks, tell two encounters
      && !(sentence === item.sentence && o.trigger?.start !== e.trigger?.start && eachLacks(o, e) && !visitToMeet(o, e)));
    // the same day: one shared actor is enough; otherwise two (or all of the smaller side)
    // …but a visit and a talk of the same day, each with a country the other lacks, are two encounters
    // ("Araghchi a échangé samedi avec Witkoff" / "avait été reçu dans la matinée par Antonio Tajani")
    const exact = fits.filter(({ record: o }) => datesCompatible(o, e) === 'same' && actorOverlap(o, e) >= 1
      && (!visitAndTalk(o, e) || !(counterpartLacking(o, e, isCountry) && counterpartLacking(e, o, isCountry)) || actorOverlap(o, e) >= 2));
    // (here a person and the country the article ties them to count as one side; not for the same-day rule above,
    // where one such match would fold a leader's meeting into the summit it took place at)
    const strong = fits.filter(({ record: o }) => actorOverlap(o, e, affiliated) >= Math.min(2, e.actors.length, o.actors.length));
    // an undated mention right after a dated one continues it ("Il s'agissait des premières discussions…")
    const next = fits.filter((o) => actorOverlap(o.record, e) >= 1 && item.sentence - o.sentence === 1 && !e.date);
    const target = exact.length === 1 ? exact[0] : exact.length ? null : next.length === 1 ? next[0] : strong.length === 1 ? strong[0] : null;
    if (target) mergeInto(target.record, e);
    else out.push({ record: { ...e, actors: [...e.actors] }, sentence: item.sentence });
  }
  return out.map((o) => o.record).sort((a, b) => (a.trigger?.start ?? a.evidence.start) - (b.trigger?.start ?? b.evidence.start));
}
