// Actor mentions in a sentence: entity mentions (metonymy resolved to the country actor) and
// demonym groups governed by an actor noun or an event noun ("des responsables russes et
// américains", "les pourparlers russo-ukrainiens").
import type { ActorRef, Document, Entity } from '../../core/document.ts';
import { readEventData, type EventLexicon } from './lexicon.ts';
import type { CountryTable } from './countries.ts';
import type { KnowledgeBase } from '../../kb/index.ts';
import { tokenize, type Word } from './words.ts';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldForm, nameKey } from '../../core/normalize.ts';

export interface ActorMention {
  start: number;
  end: number;
  actor: ActorRef;
  /** Introduced by a place preposition ("à Istanbul", "en Alaska"): a place, not an actor. */
  place: boolean;
  /** The entity, when the mention comes from the entities layer. */
  entity: Entity | null;
  /** The mention names a place that is no political actor by itself (a city with no metonymy). */
  placeOnly: boolean;
  /** A country named as a place ("au Pakistan", "en Ukraine"), not a city standing for it. */
  countryPlace?: boolean;
}

function refOf(e: Entity): ActorRef {
  return { entity: e.id, name: e.name, aliases: e.aliases ?? [] };
}

/** The actor an entity stands for: metonymy first ("Moscou" → Russia), else itself (null for plain places). */
/** Bodies acting for an organisation: body id → the organisation's names (acting-bodies.json). */
export type ActingBodies = Map<string, string[]>;

export function loadActingBodies(kb: KnowledgeBase | null = null, countries: CountryTable | null = null): ActingBodies {
  const file = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'acting-bodies.json'), 'utf8')) as {
    bodies: Record<string, { id: string; names: string[] }>; nationalSubtypes?: string[];
  };
  const out: ActingBodies = new Map(Object.entries(file.bodies).map(([id, parent]) => [id, parent.names]));
  // "le Parlement hongrois", "la Knesset": a country's own institution acts in its name and carries its names
  const subtypes = new Set(file.nationalSubtypes ?? []);
  for (const e of kb?.entries ?? []) {
    if (e.type !== 'ORG' || !e.subtype || !subtypes.has(e.subtype) || e.metonymOf || out.has(e.id)) continue;
    const code = e.country?.startsWith('country:') ? e.country.slice(8) : null;
    const country = code ? countries?.byCode.get(code) : undefined;
    if (country) out.set(e.id, [country.name, ...(country.aliases ?? [])]);
  }
  return out;
}

export function actorOfEntity(e: Entity, doc: Document, countries: CountryTable, bodies?: ActingBodies): ActorRef | null {
  if (e.actor) {
    const full = doc.entities.find((x) => x.id === e.actor!.entity);
    const code = e.actor.entity?.startsWith('country:') ? e.actor.entity.slice(8) : null;
    const fallback = code ? countries.byCode.get(code) : undefined;
    const aliases = [...new Set([...(e.actor.aliases ?? []), ...(full?.aliases ?? []), ...(fallback?.aliases ?? []), ...(fallback && fallback.name !== e.actor.name ? [fallback.name] : [])])];
    return { entity: e.actor.entity, name: e.actor.name, aliases };
  }
  if (e.type === 'ORG' && bodies?.has(e.id)) {
    // "la Commission européenne" acts for the Union: it carries the Union's names, as a capital carries its country's
    const parent = bodies.get(e.id)!;
    return { entity: e.id, name: e.name, aliases: [...new Set([...(e.aliases ?? []), ...parent.filter((n) => n !== e.name)])] };
  }
  if (e.type === 'PER' || e.type === 'ORG') return refOf(e);
  if (e.type === 'LOC') {
    const code = e.id.startsWith('country:') ? e.id.slice(8) : (e.subtype === 'country' || !e.subtype) ? countries.byName.get(nameKey(e.name)) : undefined;
    if (!code) return null;
    const fallback = countries.byCode.get(code);
    return { entity: e.id, name: e.name, aliases: [...new Set([...(e.aliases ?? []), ...(fallback ? [fallback.name, ...(fallback.aliases ?? [])] : [])])] };
  }
  return null;
}

/** Words a capitalised demonym standing for its country's side may follow ("Russes et Américains", "entre Israéliens et…",
 * "au moment où Américains et Russes se réunissaient", "tandis que Russes et Ukrainiens…"). */
const PEOPLE_LEADS = new Set(['les', 'et', 'entre', 'aux', 'avec', 'ou', 'que', 'qu']);

/** An upper-case first letter (a module constant: tsx builds a \p{…} literal anew at every evaluation). */
const UPPERCASE_START = /^\p{Lu}/u;

/** A capitalised plural demonym used as a noun, led by nothing or one of PEOPLE_LEADS ("des Russes": some of its people). */
function capitalisedPeople(words: Word[], i: number, text: string, countries: CountryTable): boolean {
  const w = words[i];
  if (!w || w.punct || !countries.byDemonym.has(w.text) || !UPPERCASE_START.test(text[w.start] ?? '') || !/[sx]$/.test(w.text)) return false;
  const prev = words[i - 1];
  return !prev || (prev.punct && prev.text !== '"') || PEOPLE_LEADS.has(prev.text);
}

/**
 * Whether word i is one of two sides named by coordinated capitalised demonyms ("Russes et Américains",
 * "entre Israéliens et Palestiniens"); alone ("Les Russes ont manifesté") it names people, not a side.
 */
function peopleNoun(words: Word[], i: number, text: string, countries: CountryTable): boolean {
  if (!capitalisedPeople(words, i, text, countries)) return false;
  return (words[i + 1]?.text === 'et' && capitalisedPeople(words, i + 2, text, countries))
    || (words[i - 1]?.text === 'et' && capitalisedPeople(words, i - 2, text, countries));
}

const PLACE_PREPS = new Set(['en', 'au', 'aux', 'dans', 'sur']);
const ARTICLES = new Set(['la', 'l', 'le', 'les']);

/** "de", "d'", "du", "des" at word k. */
function deAt(words: Word[], k: number, lex: EventLexicon): boolean {
  return lex.deForms.has(words[k]?.text ?? '') || lex.deContractions.has(words[k]?.text ?? '');
}

/** "près", "large", "nord" at word k: a word placing what follows its "de" ("près d'Ankara"). */
function proximityAt(words: Word[], k: number, lex: EventLexicon): boolean {
  return lex.proximityPlaceWords.has(words[k]?.text ?? '');
}

/** "à Istanbul", "en Alaska", "au Kremlin": a place. "à l'Ukraine" (dative with article) before a country is not. */
function isPlaceUse(words: Word[], at: number, e: Entity | null, isCountry: boolean, lex: EventLexicon): boolean {
  const prev = words[at - 1]?.text;
  const prev2 = words[at - 2]?.text;
  if (prev && PLACE_PREPS.has(prev)) return true;
  // "près d'Ankara", "au large de la Libye", "dans le nord de l'Irak"
  if ((deAt(words, at - 1, lex) && proximityAt(words, at - 2, lex)) || (ARTICLES.has(prev ?? '') && deAt(words, at - 2, lex) && proximityAt(words, at - 3, lex))) return true;
  if (prev === 'a') return true;
  // "les pourparlers de Genève", "le sommet de Bruxelles": where it was held
  if (e?.subtype === 'city' && deAt(words, at - 1, lex) && actorCues().venueNouns.has(prev2 ?? '')) return true;
  if (prev && ARTICLES.has(prev) && prev2 === 'a') return !isCountry;
  if (prev === 'a' && e?.type === 'LOC') return true;
  return false;
}

/** How many words (a date) may stand between a verb of asking and its "au" addressee ("a demandé le 1er décembre au Venezuela"). */
const REQUEST_DATIVE_GAP = 4;

/**
 * "La CIJ avait demandé le 1er décembre au Venezuela de s'abstenir": after a verb of asking, "au"/"à" and a name followed
 * by "de" and an infinitive introduce whom it was asked of, not a place. `at` is the name's first word; `end` its end.
 */
function requestDative(words: Word[], at: number, end: number): boolean {
  const { requestDatives, requestDativePrepositions } = actorCues();
  if (!requestDativePrepositions.has(words[at - 1]?.text ?? '')) return false;
  let after = at;
  while (after < words.length && words[after].start < end) after++;
  if (!['de', 'd'].includes(words[after]?.text ?? '')) return false;
  for (let k = at - 2, n = 0; k >= 0 && n <= REQUEST_DATIVE_GAP; k--, n++) {
    if (words[k].punct) return false;
    if (requestDatives.has(words[k].text)) return true;
  }
  return false;
}

export function entityActorMentions(doc: Document, words: Word[], from: number, to: number, lex: EventLexicon, countries: CountryTable, bodies?: ActingBodies): ActorMention[] {
  const out: ActorMention[] = [];
  for (const e of doc.entities) {
    if (e.type === 'MISC') continue;
    if (e.subtype && lex.mediaSubtypes.has(e.subtype)) continue;
    // (most entities are named in other sentences: their actor is not worked out for this one)
    if (!e.mentions.some((m) => m.start >= from && m.end <= to)) continue;
    const actor = actorOfEntity(e, doc, countries, bodies);
    for (const m of e.mentions) {
      if (m.start < from || m.end > to) continue;
      // "Marco Rubio a appelé … Subrahmanyam Jaishankar, et … Shehbaz Sharif. Il a exhorté Islamabad": a pronoun opening a
      // sentence continues the subject of the sentence before, not another person that sentence names
      if (m.kind === 'pronoun' && e.type === 'PER' && pronounOtherThanSubject(doc, m.start, e)) continue;
      const at = words.findIndex((w) => w.start >= m.start);
      const isCountry = !!actor && (actor.entity?.startsWith('country:') ?? false) && !e.actor;
      // "un prêt de 50 milliards de dollars à Kiev": after a noun of giving, "à" marks the receiver, not a place
      const dative = at >= 0 && words[at - 1]?.text === 'a' && words.slice(Math.max(0, at - 7), at - 1).some((w) => lex.givingNouns.has(w.text));
      const place = e.type !== 'PER' && at >= 0 && !dative && !requestDative(words, at, m.end) && isPlaceUse(words, at, e, isCountry, lex);
      // "les autorités rebelles du Tigré": a region after a rebel noun names the movement holding it, an actor
      const head = !actor && e.type === 'LOC' && e.subtype === 'region' && at >= 0 ? rebelHead(words, at, lex) : null;
      const rebels = head !== null;
      out.push({ start: m.start, end: m.end, actor: actor ?? (head ? rebelActor(e, doc, words, head) : refOf(e)), place: place && !rebels, entity: e, placeOnly: !actor && !rebels, countryPlace: place && isCountry });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The country code of a demonym at word i ("russes", "sud-coréennes", "russo-" before a hyphen), or null. */
function demonymCodeAt(folded: string, words: Word[], i: number, lex: EventLexicon, countries: CountryTable): string | null {
  const w = words[i];
  if (!w || w.punct) return null;
  // a hyphenated compound: "sud-coréennes", "nord-coréen" (either of its two words)
  const next = words[i + 1], prev = words[i - 1];
  const compound = (next && folded[w.end] === '-' && next.start === w.end + 1 ? countries.byDemonym.get(`${w.text} ${next.text}`) : undefined)
    ?? (prev && folded[prev.end] === '-' && w.start === prev.end + 1 ? countries.byDemonym.get(`${prev.text} ${w.text}`) : undefined);
  if (compound) return compound;
  const d = countries.byDemonym.get(w.text);
  if (d) return d;
  // a combining form joined by a hyphen to what follows: russo-ukrainiens
  return folded[w.end] === '-' ? lex.demonymPrefixes.get(w.text) || null : null;
}

/**
 * Demonym groups: a demonym (or "russo-" compound) right after an actor noun or an event noun,
 * possibly coordinated: "des responsables russes et américains", "les délégations russe et
 * ukrainienne", "pourparlers russo-ukrainiens", "l'attaque russe".
 */
export function demonymActorMentions(folded: string, words: Word[], triggerLastWords: Set<number>, lex: EventLexicon, countries: CountryTable, text?: string): ActorMention[] {
  const out: ActorMention[] = [];
  const heads = actorCues().actorHeads;
  for (let i = 0; i < words.length; i++) {
    if (!demonymCodeAt(folded, words, i, lex, countries)) continue;
    // "Russes et Américains se sont retrouvés", "entre Israéliens et Palestiniens": a capitalised plural demonym
    // standing as a noun names its country's side (not "100 000 Arméniens", "des Russes": some of its people)
    if (text && peopleNoun(words, i, text, countries)) {
      const ref = countries.byCode.get(countries.byDemonym.get(words[i].text)!);
      if (ref && !out.some((o) => o.start === words[i].start)) out.push({ start: words[i].start, end: words[i].end, actor: ref, place: false, entity: null, placeOnly: false });
      continue;
    }
    // walk back over the group and up to two modifiers to the governing noun
    let j = i - 1;
    let skipped = 0;
    while (j >= 0) {
      const t = words[j];
      if (demonymCodeAt(folded, words, j, lex, countries) || t.text === 'et' || t.text === ',') { j--; continue; }
      if (!t.punct && skipped < 2 && !(lex.actorHeads.has(t.text) || heads.has(t.text)) && !triggerLastWords.has(j + 1) && /^[a-z]+$/.test(t.text) && t.text.length > 3) { skipped++; j--; continue; }
      // a model name: "les bombardiers B-2 américains", "des F-16 thaïlandais"
      if (!t.punct && (/\d/.test(t.text) || (/^[a-z]{1,3}$/.test(t.text) && folded[t.end] === '-' && /\d/.test(words[j + 1]?.text ?? '')))) { j--; continue; }
      break;
    }
    if (j < 0) continue;
    const head = words[j];
    const governed = (lex.actorHeads.has(head.text) || heads.has(head.text)) || triggerLastWords.has(j + 1);
    if (!governed) continue;
    // the whole group from the head on
    let k = j + 1;
    while (k < words.length && (demonymCodeAt(folded, words, k, lex, countries) || words[k].text === 'et' || words[k].text === ',' || k < i)) {
      const code = demonymCodeAt(folded, words, k, lex, countries);
      const ref = code ? countries.byCode.get(code) : undefined;
      // "les députés géorgiens": a country's legislators are that country's, and are also named as its legislature
      const legislators = text && actorCues().legislatureHeads.has(head.text) ? [text.slice(head.start, head.end), text.slice(head.start, folded[words[k].end] === '-' && words[k + 1] ? words[k + 1].end : words[k].end)] : [];
      const actor = ref && legislators.length ? { ...ref, aliases: [...new Set([...(ref.aliases ?? []), ...legislators])] } : ref;
      if (actor && !out.some((o) => o.start === words[k].start)) out.push({ start: words[k].start, end: words[k].end, actor, place: false, entity: null, placeOnly: false });
      k++;
    }
    i = k - 1;
  }
  return out;
}

/**
 * "l'Occident", "les Occidentaux", "les Européens": a camp named by a capitalised collective noun is an actor of its own
 * (lang/fr/event-actors.json collectiveActors); a lower-case adjective only after the members' noun ("plusieurs pays
 * occidentaux", "les dirigeants européens", collectivePhrases), named as written.
 */
export function collectiveActorMentions(words: Word[], text: string): ActorMention[] {
  const out: ActorMention[] = [];
  const camps = actorCues().collectiveActors;
  words.forEach((w) => {
    const camp = camps.get(w.text);
    if (!camp || !/^\p{Lu}/u.test(text[w.start] ?? '')) return;
    out.push({ start: w.start, end: w.end, actor: { entity: null, name: camp.name, aliases: camp.aliases }, place: false, entity: null, placeOnly: false });
  });
  // "plusieurs pays occidentaux", "les dirigeants européens": the members' noun and the camp's adjective, named as written
  const phrases = actorCues().collectivePhrases;
  for (let i = 0; i + 1 < words.length; i++) {
    const camp = camps.get(phrases.get(`${words[i].text} ${words[i + 1].text}`) ?? '');
    if (!camp) continue;
    const name = text.slice(words[i].start, words[i + 1].end);
    out.push({ start: words[i].start, end: words[i + 1].end, actor: { entity: null, name, aliases: [camp.name, ...camp.aliases.filter((a) => a !== name)] }, place: false, entity: null, placeOnly: false });
  }
  return out;
}

/** Actor cues of French news prose (lang/fr/event-actors.json): pronoun partners, rebel heads, site countries. */
export interface ActorCues {
  partnerPronouns: string[][];
  objectClitics: Set<string>;
  auxiliaries: Set<string>;
  rebelHeads: Set<string>;
  rebelAdjectiveStops: Set<string>;
  visitArticles: Set<string>;
  originWords: Set<string>;
  actorHeads: Set<string>;
  legislatureHeads: Set<string>;
  regionNouns: Set<string>;
  venueNouns: Set<string>;
  collectiveActors: Map<string, { name: string; aliases: string[] }>;
  collectivePhrases: Map<string, string>;
  rejectedClaims: string[][];
  returnFireWords: Set<string>;
  exchangeMarkers: string[][];
  homeAuthorities: string[][];
  requestDatives: Set<string>;
  requestDativePrepositions: Set<string>;
  homeAuthoritiesQualifiers: Set<string>;
  offshoreMarkers: string[][];
  latterSubjects: [string[], string][];
  genderMarkers: Map<string, string>;
  epiceneTitles: Set<string>;
  genderArticles: Map<string, string>;
  subjectVerbStarts: Set<string>;
  claimParticiples: Set<string>;
  claimAuxiliaries: Set<string>;
}

let cues: ActorCues | null = null;

export function actorCues(): ActorCues {
  if (cues) return cues;
  const file = readEventData('event-actors.json') as Record<string, string[]>;
  const objects = file as unknown as Record<string, Record<string, string | string[]> | undefined>;
  const genders = objects.genderMarkers ?? {};
  cues = {
    partnerPronouns: file.partnerPronouns.map((s) => s.split(' ')),
    objectClitics: new Set(file.objectClitics),
    auxiliaries: new Set(file.auxiliaries),
    rebelHeads: new Set(file.rebelHeads),
    rebelAdjectiveStops: new Set(file.rebelAdjectiveStops ?? []),
    visitArticles: new Set(file.visitArticles),
    originWords: new Set(file.originWords),
    actorHeads: new Set(file.actorHeads),
    legislatureHeads: new Set(file.legislatureHeads ?? []),
    regionNouns: new Set(file.regionNouns ?? []),
    venueNouns: new Set(file.venueNouns ?? []),
    collectiveActors: new Map(Object.entries((objects.collectiveActors ?? {}) as unknown as Record<string, { name: string; aliases: string[] }>)),
    collectivePhrases: new Map(Object.entries((objects.collectivePhrases ?? {}) as unknown as Record<string, string>)),
    rejectedClaims: file.rejectedClaims.map((x) => x.split(' ')),
    returnFireWords: new Set(file.returnFireWords),
    exchangeMarkers: file.exchangeMarkers.map((x) => x.split(' ')),
    homeAuthorities: (file.homeAuthorities ?? []).map((x) => x.split(' ')),
    requestDatives: new Set(file.requestDatives ?? []),
    requestDativePrepositions: new Set(file.requestDativePrepositions ?? []),
    homeAuthoritiesQualifiers: new Set(file.homeAuthoritiesQualifiers ?? []),
    offshoreMarkers: (file.offshoreMarkers ?? []).map((x) => x.split(' ')),
    latterSubjects: Object.entries(objects.latterSubjects ?? {}).map(([k, g]) => [k.split(' '), g as string]),
    genderMarkers: new Map(Object.entries(genders).flatMap(([g, ws]) => (ws as string[]).map((w) => [w, g] as [string, string]))),
    epiceneTitles: new Set(file.epiceneTitles ?? []),
    genderArticles: new Map(Object.entries(objects.genderArticles ?? {}) as [string, string][]),
    subjectVerbStarts: new Set(file.subjectVerbStarts ?? []),
    claimParticiples: new Set(file.claimParticiples ?? []),
    claimAuxiliaries: new Set(file.claimAuxiliaries ?? []),
  };
  return cues;
}

/** How many date words may stand between a meeting verb and its "avec lui" ("doit s'entretenir lundi avec lui"). */
const PARTNER_PRONOUN_GAP = 3;

/**
 * Whether a meeting verb's partner is a pronoun: "doit s'entretenir avec lui lundi", "l'a reçu mardi", "doit le
 * rencontrer", "lui a téléphoné". Words [first, last) are the verb's.
 */
export function pronounPartner(words: Word[], first: number, last: number, dateWords: Set<string>): boolean {
  const c = actorCues();
  for (let i = last, gap = 0; i < words.length && gap <= PARTNER_PRONOUN_GAP; i++, gap++) {
    if (c.partnerPronouns.some((s) => s.every((x, k) => words[i + k]?.text === x))) return true;
    if (!dateWords.has(words[i].text)) break;
  }
  const before = words[first - 1]?.text ?? '', before2 = words[first - 2]?.text ?? '';
  // "l'a reçu", "lui a téléphoné": the clitic before the auxiliary
  if (c.auxiliaries.has(before) && ['l', 'lui'].includes(before2)) return true;
  // "doit le rencontrer": the clitic right before the infinitive, after a modal
  return c.objectClitics.has(before) && c.auxiliaries.has(before2) && /(?:er|ir|re)$/.test(words[first]?.text ?? '');
}

/**
 * "les autorités rebelles du Tigré", "les séparatistes du Donbass": a region named right after a rebel noun and its "de"
 * names the movement that holds it.
 */
export function rebelRegion(words: Word[], at: number, lex: EventLexicon): boolean {
  return rebelHead(words, at, lex) !== null;
}

/**
 * The words naming the movement before a region (see rebelRegion): [first, last) word indexes of "séparatistes" or
 * "séparatistes arméniens", or null when the region names no movement.
 */
export function rebelHead(words: Word[], at: number, lex: EventLexicon): [number, number] | null {
  const c = actorCues();
  let k = at - 1;
  if (ARTICLES.has(words[k]?.text ?? '') && lex.deForms.has(words[k - 1]?.text ?? '')) k--;
  if (!(lex.deForms.has(words[k]?.text ?? '') || lex.deContractions.has(words[k]?.text ?? ''))) return null;
  if (c.rebelHeads.has(words[k - 1]?.text ?? '')) return [k - 1, k];
  // "les séparatistes arméniens du Haut-Karabakh", "les rebelles prorusses du Donbass": an adjective between the head and its "de"
  const adjective = words[k - 1];
  return !!adjective && !adjective.punct && !c.rebelAdjectiveStops.has(adjective.text) && c.rebelHeads.has(words[k - 2]?.text ?? '') ? [k - 2, k] : null;
}

/**
 * The movement a region names, with the words that name it as aliases ("les séparatistes arméniens du Haut-Karabakh":
 * the region, also called "séparatistes arméniens" and "séparatistes").
 */
function rebelActor(e: Entity, doc: Document, words: Word[], head: [number, number]): ActorRef {
  const ref = refOf(e);
  const names = [doc.text.slice(words[head[0]].start, words[head[1] - 1].end), doc.text.slice(words[head[0]].start, words[head[0]].end)];
  const aliases = [...(ref.aliases ?? [])];
  for (const n of names) if (n !== ref.name && !aliases.includes(n)) aliases.push(n);
  return { ...ref, aliases };
}

/**
 * The country a site, city or region lies in, from its knowledge-base id ("place:IR:fordow", "city:IR:isfahan" → Iran,
 * "region:UA:zaporizhzhia-oblast" → Ukraine): strikes on it hit that country. Entities without such an id give none.
 */
export function siteCountry(e: Entity | null, countries: CountryTable, words?: Word[], at?: number): ActorRef | null {
  const code = e?.type === 'LOC' ? /^(?:place|city):([A-Z]{2}):/.exec(e.id)?.[1] : undefined;
  if (code) return countries.byCode.get(code) ?? null;
  // a region only when named as one ("la région de Zaporijjia", "l'oblast de Soumy"), not "les Palestiniens de Gaza"
  const region = e?.type === 'LOC' ? /^region:([A-Z]{2}):/.exec(e.id)?.[1] : undefined;
  if (!region || !words || at === undefined) return null;
  const nouns = actorCues().regionNouns;
  // (the noun may open the mention itself: "la région de Zaporijjia" as one name)
  const before = words.slice(Math.max(0, at - REGION_NOUN_WORDS), at + 1);
  return before.some((w) => nouns.has(w.text)) ? countries.byCode.get(region) ?? null : null;
}

/** How many words before a region's name its noun may stand ("la région de", "la province du"). */
const REGION_NOUN_WORDS = 3;

/** How many words before a demonym an offshore marker may start ("au large des côtes turques"). */
const OFFSHORE_WORDS = 5;

/** Whether the demonym at `at` tells where at sea an act took place ("au large des côtes turques"), not whom it hit. */
export function offshoreBefore(words: Word[], at: number): boolean {
  const markers = actorCues().offshoreMarkers;
  for (let k = Math.max(0, at - OFFSHORE_WORDS); k < at; k++) {
    if (words.slice(k, at).some((w) => w.punct)) continue;
    if (markers.some((seq) => seq.every((x, n) => words[k + n]?.text === x))) return true;
  }
  return false;
}

/** How many words before a place its origin word may stand ("depuis le port de Hodeida"). */
const ORIGIN_WORDS = 4;

/** Whether the words just before a place mark it as where an act starts from ("tirés depuis le Yémen", "à partir de"). */
export function originBefore(words: Word[], at: number): boolean {
  const c = actorCues();
  const before = words.slice(Math.max(0, at - ORIGIN_WORDS), at);
  const cut = before.map((w) => w.punct).lastIndexOf(true);
  return before.slice(cut + 1).some((w) => c.originWords.has(w.text));
}

/**
 * Media named in a sentence ("l'agence russe Sputnik"): no actor when they report, but what a coercive act may bear on
 * ("a arrêté deux responsables de l'agence russe Sputnik").
 */
export function mediaMentions(doc: Document, from: number, to: number, lex: EventLexicon): { start: number; end: number; entity: Entity }[] {
  return doc.entities.filter((e) => !!e.subtype && lex.mediaSubtypes.has(e.subtype))
    .flatMap((e) => e.mentions.filter((m) => m.start >= from && m.end <= to).map((m) => ({ start: m.start, end: m.end, entity: e })));
}

/** The title's rubric: "Géorgie : le Parlement passe outre le veto…" (a name and a colon opening the first line). */
const TITLE_RUBRIC = /^\s*([^:\n]{2,40}?)\s*:\s/u;

/**
 * "Géorgie : le Parlement passe outre le veto…" then "Il a appelé les autorités à « retirer » le texte": bare "les
 * autorités" (nothing after them tying them to another: no demonym, no "de Bakou", no "rebelles") are those of the
 * country the title opens on. Words [from, to) are the sentence's.
 */
export function homeAuthorities(doc: Document, words: Word[], countries: CountryTable): ActorMention[] {
  const rubric = TITLE_RUBRIC.exec(doc.meta.title ?? doc.text.split('\n', 1)[0] ?? '');
  const code = rubric ? countries.byName.get(nameKey(rubric[1])) : undefined;
  const country = code ? countries.byCode.get(code) : undefined;
  if (!country) return [];
  const entity = doc.entities.find((e) => e.id === country.entity);
  const actor: ActorRef = entity ? { entity: entity.id, name: entity.name, aliases: [...new Set([...(entity.aliases ?? []), ...country.aliases ?? []])] } : country;
  const out: ActorMention[] = [];
  const { homeAuthorities: seqs, homeAuthoritiesQualifiers: qualifiers } = actorCues();
  words.forEach((w, i) => {
    const seq = seqs.find((q) => q.every((x, n) => words[i + n]?.text === x));
    if (!seq) return;
    const next = words[i + seq.length];
    if (next && !next.punct && (qualifiers.has(next.text) || countries.byDemonym.has(next.text))) return;
    out.push({ start: w.start, end: words[i + seq.length - 1].end, actor, place: false, entity: null, placeOnly: false });
  });
  return out;
}

/** How many words before a person's name its title may tell the person's gender ("la présidente de la Commission européenne, Ursula…"). */
const GENDER_WORDS = 8;

/**
 * The gender the title just before a mention tells ("la présidente de la Commission, X", "Mme X", "le ministre X"), or
 * null. The words looked at run back from the name to the previous name or strong punctuation.
 */
function mentionGender(words: Word[], at: number, stopAt: number): string | null {
  const c = actorCues();
  for (let k = at - 1; k >= Math.max(stopAt, at - GENDER_WORDS); k--) {
    const w = words[k];
    if (w.punct && w.text !== ',' && w.text !== "'") return null;
    const marked = c.genderMarkers.get(w.text);
    if (marked) return marked;
    if (c.epiceneTitles.has(w.text)) {
      const before = c.epiceneTitles.has(words[k - 1]?.text ?? '') ? k - 2 : k - 1;
      const g = c.genderArticles.get(words[before]?.text ?? '');
      if (g) return g;
    }
  }
  return null;
}

/**
 * "…, et l'émissaire américain, Keith Kellogg, ont confirmé leur venue. Ce dernier doit s'entretenir jeudi avec
 * Volodymyr Zelensky": "ce dernier"/"cette dernière" opening the clause that starts at word `clauseStart` is the person
 * named last before it, in its sentence or the one before in the same paragraph. The name last told must be a person's
 * (after a place or an organisation, "ce dernier" may stand for that); a person whose title tells the other gender is
 * passed over. `words` are the sentence's; `first` is the first word of the clause's verb.
 */
export function latterPerson(doc: Document, folded: string, words: Word[], clauseStart: number, first: number, index: number): Entity | null {
  const c = actorCues();
  let at = clauseStart;
  if (words[at]?.punct) at++;
  const latter = c.latterSubjects.find(([seq]) => seq.every((x, n) => words[at + n]?.text === x));
  if (!latter || at + latter[0].length > first) return null;
  const phrase = words[at].start;
  const sentence = doc.sentences[index];
  const prev = doc.sentences[index - 1];
  const from = prev && !doc.text.slice(prev.end, sentence.start).includes('\n') ? prev.start : sentence.start;
  // the mentions before the phrase (names, titles, descriptions), latest first
  const named = doc.entities.flatMap((e) => e.mentions.filter((m) => m.start >= from && m.end <= phrase && m.kind !== 'pronoun').map((m) => ({ e, m })))
    .sort((a, b) => b.m.start - a.m.start);
  if (!named.length) return null;
  // the words of that stretch, to read the titles before each name
  const stretch = tokenize(folded, from, phrase);
  for (let n = 0; n < named.length; n++) {
    const { e, m } = named[n];
    if (e.type !== 'PER') return null;
    const i = stretch.findIndex((w) => w.start >= m.start);
    const stop = n + 1 < named.length ? stretch.findIndex((w) => w.start >= named[n + 1].m.end) : 0;
    const g = i >= 0 ? mentionGender(stretch, i, Math.max(0, stop)) : null;
    if (!g || g === latter[1]) return e;
  }
  return null;
}

const foldedTexts = new WeakMap<Document, string>();

/**
 * Whether a pronoun mention opening its sentence stands for `e` while the sentence before (same paragraph) has one
 * person as its subject (the name, an apposition's comma aside, right before a finite verb) and that person is another.
 */
export function pronounOtherThanSubject(doc: Document, start: number, e: Entity): boolean {
  const index = doc.sentences.findIndex((s) => s.start <= start && start < s.end);
  const sentence = doc.sentences[index], prev = doc.sentences[index - 1];
  if (!sentence || !prev || doc.text.slice(prev.end, sentence.start).includes('\n')) return false;
  if (doc.text.slice(sentence.start, start).trim() !== '') return false;
  let folded = foldedTexts.get(doc);
  if (folded === undefined) { folded = foldForm(doc.text); foldedTexts.set(doc, folded); }
  const words = tokenize(folded, prev.start, prev.end);
  const c = actorCues();
  const subjects = new Set<Entity>();
  for (const p of doc.entities) {
    if (p.type !== 'PER') continue;
    for (const m of p.mentions) {
      if (m.start < prev.start || m.end > prev.end || m.kind === 'pronoun') continue;
      let after = words.findIndex((w) => w.start >= m.end);
      if (after < 0) continue;
      if (words[after].text === ',') after++;
      if (c.subjectVerbStarts.has(words[after]?.text ?? '')) subjects.add(p);
    }
  }
  return subjects.size === 1 && !subjects.has(e);
}

/**
 * "Pour tenter d'apaiser la situation, le directeur des affaires asiatiques du ministère japonais, Masaaki Kanai, s'est
 * rendu à Pékin. Il a rencontré mardi son homologue…": the one person the sentence before names (in the same paragraph),
 * as the subject of its verb (the name, an apposition's comma aside, right before a finite verb), whose title tells no
 * other gender than `gender` ("m" for "il", "f" for "elle"). Null when that sentence names two people or more.
 */
export function soleSubjectPerson(doc: Document, folded: string, index: number, gender: string | null, reporting: (w: string) => boolean): Entity | null {
  const sentence = doc.sentences[index], prev = doc.sentences[index - 1];
  if (!prev || doc.text.slice(prev.end, sentence.start).includes('\n')) return null;
  const people = doc.entities.filter((e) => e.type === 'PER' && e.mentions.some((m) => m.start >= prev.start && m.end <= prev.end && m.kind !== 'pronoun'));
  if (people.length !== 1) return null;
  const words = tokenize(folded, prev.start, prev.end);
  const c = actorCues();
  for (const m of people[0].mentions) {
    if (m.start < prev.start || m.end > prev.end || m.kind === 'pronoun') continue;
    let after = words.findIndex((w) => w.start >= m.end);
    if (after < 0) continue;
    const comma = words[after].text === ',';
    if (comma) after++;
    if (!c.subjectVerbStarts.has(words[after]?.text ?? '')) continue;
    // "…, Wu Jianghao, a annoncé Tokyo": a reporting verb after the comma is inverted, its subject comes after it
    if (comma && reporting(words[after + 1]?.text ?? '')) continue;
    const at = words.findIndex((w) => w.start >= m.start);
    const g = mentionGender(words, at, 0);
    if (gender && g && g !== gender) return null;
    return people[0];
  }
  return null;
}

/**
 * "ont coprésidé depuis Northwood une visioconférence", "avaient appelé depuis Tirana": "depuis" before a place (its
 * article aside) tells where from, not since when. `i` is the word "depuis"; `placeAt` tells whether a place's name starts at a word.
 */
export function spatialSince(words: Word[], i: number, placeAt: (k: number) => boolean): boolean {
  const k = ARTICLES.has(words[i + 1]?.text ?? '') ? i + 2 : i + 1;
  return placeAt(k);
}
