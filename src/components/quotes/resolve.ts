// Who a speaker phrase is: the entity whose mention covers it (the entities component resolves
// names, titles, descriptions and pronouns), else the article's own evidence — the full name a
// surname was introduced with, the name a description was given in apposition ("le président
// russe Vladimir Poutine"), the previous speaker for a pronoun — else the literal phrase.
import type { Document, Entity, Speaker } from '../../core/document.ts';
import { foldForm, nameKey } from '../../core/normalize.ts';
import type { SpeakerPhrase } from './clause.ts';
import { collectiveKind, collectiveSpeaker, groupOrganisation, listHeadBefore, membersOrganisation, statesListInside } from './collective.ts';
import { counterpartOf, counterpartOverride, type DemonymCountry } from './counterpart.ts';
import { agrees, nameGender, phraseGender, pronounGender, type Gender } from './gender.ts';
import { phraseTokens } from './lexicon.ts';
import type { RoleHolderTest } from './role-holder.ts';

// Built once (tsx turns a literal with \p{…} outside a class into a `new RegExp` at each use).
const NEXT_WORD = /^\s+(\p{L}+)/u;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * The context for resolving a sentence subject itself, which must not look for a subject in turn.
 * It reads everything else through the original (a copy would compute its lazy parts up front);
 * what the inner resolution sets stays on it, as on a copy.
 */
function withoutRecentSubject(ctx: ResolveContext): ResolveContext {
  return Object.assign(Object.create(ctx) as ResolveContext, { recentSubject: undefined });
}

/** A person who spoke earlier, for pronouns and anaphoric descriptions. */
export interface RecentSpeaker { speaker: Speaker; gender: Gender; unit: number }

/** A definite description headed by a person noun ("le ministre de l'Intérieur, Bruno Retailleau"), with the name apposed to it if any. */
export interface OfficeMention {
  start: number; end: number; head: string; gender: Gender; name: string | null;
  /** It opens its clause with no person named before it in the sentence (a subject, not an object). */
  opens: boolean;
}

export interface ResolveContext {
  doc: Document;
  /** Person-noun descriptions of the article outside quotes, in text order. */
  offices?: OfficeMention[];
  /** nameKey(description without determiner) → name given in apposition. */
  descriptions: Map<string, string>;
  /** nameKey(surname) → the fullest name seen for it. */
  fullNames: Map<string, string>;
  /** nameKey(family name written first) → the one full name opening on it ("Hong" → "Hong Lei"); '' when several. */
  familyFirst?: Map<string, string>;
  /** People who spoke, oldest first (institutions are left out: "il" is not "le Kremlin"). */
  recent: RecentSpeaker[];
  /** Sentence-unit index of an offset. */
  unitOf: (pos: number) => number;
  /** Whether a description names a person by an epithet that is no role ("le milliardaire républicain"). */
  isEpithet: (p: SpeakerPhrase) => boolean;
  /** Whether a description's head is a person noun ("le diplomate"), not an institution or a document. */
  isPersonNoun: (p: SpeakerPhrase) => boolean;
  /** The latest named sentence subject before an offset, for a pronoun with no previous speaker. */
  recentSubject?: (pos: number, back?: number) => SpeakerPhrase | null;
  /** The quotation being attributed: a person named inside it is never its speaker. */
  quote?: { start: number; end: number };
  /** Whether an offset lies inside any quotation of the article. */
  inQuote?: (pos: number) => boolean;
  /** The plural collective subject ("les dirigeants du G7") of the sentence of an offset or the one before, for "ils". */
  collectiveSubject?: (pos: number) => SpeakerPhrase | null;
  /** The named person who hosted or met peers in the sentence before an offset ("X réunissait ses homologues"), for "ils". */
  meetingHost?: (pos: number) => SpeakerPhrase | null;
  /** The last collective speaker ("les trois pays" → Mali), for a later "ils". */
  lastCollective?: { speaker: Speaker; unit: number };
  /** Country names of a French demonym ("chinois" → China…), for "son homologue chinois". */
  demonymCountry?: DemonymCountry;
  /** folded head noun of an anaphoric organisation description ("l'organisation") → KB subtypes it refers back to. */
  organisationAnaphors?: Map<string, string[]>;
  /** Whether a person held on the article's date the office a description names ("le chef de l'État"). */
  holdsRole?: RoleHolderTest;
  /** Heads that after a possessive stand for the person named last ("son bureau", "son entourage"). */
  possessiveOffices?: Set<string>;
  possessiveDeterminers?: Set<string>;
  /** Folded adjectives of a past office ("ancien", "ex"): "l'ancien gouverneur de …" stands for someone named just before. */
  formerQualifiers?: Set<string>;
  /** "la première", "le second" (folded words joined by a space) → which person of the pair named last. */
  ordinalPronouns?: Map<string, number>;
}

/** How many sentences back the pair an ordinal ("la première") refers to may be named. */
const ORDINAL_PAIR_UNITS = 2;

/**
 * "Kaja Kallas et Annalena Baerbock ont appelé …": the two people of the last coordination of two names ("X et Y",
 * "X et sa homologue Y") before `pos`, outside quotations, at most ORDINAL_PAIR_UNITS sentences back.
 */
function lastNamedPair(ctx: ResolveContext, pos: number): [Entity, Entity] | null {
  const named: { e: Entity; start: number; end: number }[] = [];
  for (const e of ctx.doc.entities) {
    if (e.type !== 'PER') continue;
    for (const m of e.mentions) {
      if (m.end > pos || (m.kind !== 'name' && m.kind !== undefined) || ctx.inQuote?.(m.start)) continue;
      named.push({ e, start: m.start, end: m.end });
    }
  }
  named.sort((x, y) => x.start - y.start);
  for (let i = named.length - 1; i > 0; i--) {
    const a = named[i - 1], b = named[i];
    if (ctx.unitOf(pos) - ctx.unitOf(a.start) > ORDINAL_PAIR_UNITS) return null;
    if (a.e === b.e || !/^\s+et\s+(?:[\p{Ll}'’-]+\s+){0,4}$/u.test(ctx.doc.text.slice(a.end, b.start))) continue;
    return [a.e, b.e];
  }
  return null;
}

const TITLE = /^(?:M\.|MM\.|Mme|Mmes|Mlle|Dr\.?|Pr\.?|Me|Mgr)\s+/u;
const DETERMINER = /^(?:(?:les|le|la|une|un|des|ces|cette|cet|ce|son|sa|ses|leur|leurs)\s+|l['’]\s*)/iu;

/** A metonym ("Pékin", "l'Élysée") keeps its own name and carries its actor's names as aliases. */
function speakerOf(e: Entity, start: number, end: number): Speaker {
  const aliases = [...e.aliases];
  if (e.actor) for (const n of [e.actor.name, ...(e.actor.aliases ?? [])]) if (n !== e.name && !aliases.includes(n)) aliases.push(n);
  return { entity: e.id, name: e.name, aliases, start, end };
}

/** Does the entity have a name mention inside [start, end)? */
function namedWithin(e: Entity, span: { start: number; end: number } | undefined): boolean {
  return !!span && e.mentions.some((m) => m.start >= span.start && m.end <= span.end && (m.kind === 'name' || m.kind === 'title' || m.kind === undefined));
}

/** "ce dernier", "cette dernière": the last person named before `pos`, outside quotations. */
function lastPersonNamed(ctx: ResolveContext, pos: number, gender: Gender): Entity | null {
  let best: { e: Entity; at: number } | null = null;
  for (const e of ctx.doc.entities) {
    if (e.type !== 'PER' || !agrees(nameGender(e.name), gender)) continue;
    for (const m of e.mentions) {
      if (m.end > pos || (m.kind !== 'name' && m.kind !== 'title' && m.kind !== undefined)) continue;
      if (ctx.inQuote?.(m.start)) continue;
      if (!best || m.start > best.at) best = { e, at: m.start };
    }
  }
  return best?.e ?? null;
}

/** "l'organisation (régionale)", "l'alliance": the last organisation of a fitting kind named before `pos`. */
function organisationAnaphor(ctx: ResolveContext, p: SpeakerPhrase): Entity | null {
  const words = foldForm(p.text).toLowerCase().replace(DETERMINER_FOLDED, '').split(/[\s]+/).filter(Boolean);
  const subtypes = words.length && words.length <= 2 ? ctx.organisationAnaphors?.get(words[0]) : undefined;
  if (!subtypes) return null;
  let best: { e: Entity; at: number } | null = null;
  for (const e of ctx.doc.entities) {
    if (e.type !== 'ORG' || !subtypes.includes(e.subtype ?? '')) continue;
    for (const m of e.mentions) if (m.end <= p.start && p.start - m.start <= 1500 && (!best || m.start > best.at)) best = { e, at: m.start };
  }
  return best?.e ?? null;
}

/**
 * "…», a indiqué son bureau", "selon son entourage": the office speaks for the person named last,
 * in this sentence or the one before, outside quotations.
 */
function possessiveOwner(ctx: ResolveContext, p: SpeakerPhrase): Entity | null {
  const words = phraseTokens(p.text);
  if (words.length !== 2 || !ctx.possessiveDeterminers?.has(words[0]) || !ctx.possessiveOffices?.has(words[1])) return null;
  let best: { e: Entity; at: number } | null = null;
  for (const e of ctx.doc.entities) {
    if (e.type !== 'PER') continue;
    for (const m of e.mentions) {
      if (m.end > p.start || (m.kind !== 'name' && m.kind !== 'title' && m.kind !== undefined) || ctx.inQuote?.(m.start)) continue;
      if (!best || m.start > best.at) best = { e, at: m.start };
    }
  }
  if (!best || ctx.unitOf(p.start) - ctx.unitOf(best.at) > 1 || namedWithin(best.e, ctx.quote)) return null;
  return best.e;
}

const DETERMINER_FOLDED = /^(?:(?:les|le|la|une|un|des|ces|cette|cet|ce)\s+|l'\s*)/u;

/** The entity mention covering a phrase; inside a description, a person named in apposition. */
export function entityFor(doc: Document, start: number, end: number): Entity | null {
  let best: { e: Entity; score: number } | null = null;
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      if (m.end <= start || m.start >= end) continue;
      const exact = m.start === start && m.end === end;
      const before = doc.text.slice(Math.max(0, m.start - 7), m.start);
      // "du président russe" inside "le conseiller diplomatique du président russe", "de la Banque du
      // Canada" inside "l'ancien gouverneur de la Banque du Canada": a complement.
      const complement = !exact && /(?:\bd[eu]s?|d['’]|\bà|\bau)(?:\s+la|\s+l['’])?\s*$/iu.test(before);
      if (complement && m.start > start) continue;
      const score = (exact ? 4 : 0) + (e.type === 'PER' ? 2 : 0) + (m.kind === 'name' || m.kind === undefined ? 1 : 0) + m.start / 1e7;
      if (!best || score > best.score) best = { e, score };
    }
  }
  return best?.e ?? null;
}

function entityByName(doc: Document, name: string): Entity | null {
  const key = nameKey(name);
  if (!key) return null;
  for (const e of doc.entities) if ([e.name, ...e.aliases].some((n) => nameKey(n) === key)) return e;
  return null;
}

export function stripTitle(name: string): string {
  return name.replace(TITLE, '').trim();
}

/** A speaker's name form drops its article: "le ministère chinois du Commerce" → "ministère chinois du Commerce". */
export function stripDeterminer(name: string): string {
  const bare = name.replace(DETERMINER, '').trim();
  return bare || name;
}

/** Gender of a resolved speaker: the phrase as written, else the name's first name. */
export function speakerGender(p: SpeakerPhrase, speaker: Speaker | null, recent: RecentSpeaker[]): Gender {
  if (p.kind === 'pronoun') {
    const g = pronounGender(p.text);
    if (g) return g;
  } else {
    const g = phraseGender(p.text);
    if (g) return g;
  }
  if (!speaker) return null;
  return recent.find((r) => r.speaker.name === speaker.name)?.gender ?? nameGender(speaker.name);
}

/** The latest person who spoke, agreeing in gender, at most `units` sentence units back. */
function previousSpeaker(ctx: ResolveContext, gender: Gender, pos: number, units = Infinity): Speaker | null {
  const here = ctx.unitOf(pos);
  for (let i = ctx.recent.length - 1; i >= 0; i--) {
    const r = ctx.recent[i];
    if (here - r.unit > units) return null;
    if (agrees(r.gender, gender)) return r.speaker;
  }
  return null;
}

/** The first person mentioned (outside quotations) in the sentence right before a pronoun, agreeing in gender. */
function firstPersonOfPreviousSentence(ctx: ResolveContext, p: SpeakerPhrase, gender: Gender): Speaker | null {
  const previous = ctx.unitOf(p.start) - 1;
  let best: { e: Entity; at: number } | null = null;
  for (const e of ctx.doc.entities) {
    if (e.type !== 'PER' || !agrees(nameGender(e.name), gender) || namedWithin(e, ctx.quote)) continue;
    for (const m of e.mentions) {
      if (m.kind === 'pronoun' || m.start >= p.start || ctx.inQuote?.(m.start) || ctx.unitOf(m.start) !== previous) continue;
      if (!best || m.start < best.at) best = { e, at: m.start };
    }
  }
  return best ? speakerOf(best.e, p.start, p.end) : null;
}

function at(s: Speaker, p: SpeakerPhrase): Speaker { return { ...s, start: p.start, end: p.end }; }

/**
 * Whether a sentence's own subject can be what a singular "il", "elle" of the sentence refers to:
 * "Washington a fait « … », a-t-il déclaré" has a place as subject (the words of a person named
 * before), "Les deux présidents se sont, selon lui, …" a plural one.
 */
function personalSubject(ctx: ResolveContext, own: SpeakerPhrase, s: Speaker): boolean {
  const e = s.entity ? ctx.doc.entities.find((x) => x.id === s.entity) : null;
  if (e && (e.type === 'LOC' || e.type === 'ORG')) return false;
  return own.kind !== 'description' || !PLURAL_PHRASE.test(own.text);
}

/** Whether a phrase names a place or an organisation (its entity, else none). */
function placeOrOrganisation(ctx: ResolveContext, p: SpeakerPhrase): boolean {
  const e = p.kind === 'name' ? entityFor(ctx.doc, p.start, p.end) : null;
  return !!e && (e.type === 'LOC' || e.type === 'ORG');
}

/** A plural description: "les deux présidents", "des responsables". */
const PLURAL_PHRASE = /^(?:les|des|ces|leurs|plusieurs|deux|trois|quatre|cinq)\s/iu;

/**
 * The person named first in the sentence right before a pronoun, when the name opens that sentence
 * and a verb follows it ("Sanae Takaichi refuse …"), agreeing in gender, with no speaker since.
 */
function openingPerson(ctx: ResolveContext, p: SpeakerPhrase, gender: Gender): Speaker | null {
  const previous = ctx.unitOf(p.start) - 1;
  if (previous < 0) return null;
  const last = ctx.recent[ctx.recent.length - 1];
  if (last && last.unit >= previous) return null;
  const text = ctx.doc.text;
  for (const e of ctx.doc.entities) {
    if (e.type !== 'PER' || !agrees(nameGender(e.name), gender) || namedWithin(e, ctx.quote)) continue;
    for (const m of e.mentions) {
      if (m.kind !== 'name' || m.start >= p.start || ctx.unitOf(m.start) !== previous || ctx.inQuote?.(m.start)) continue;
      let i = m.start - 1;
      while (i >= 0 && /\s/u.test(text[i])) i--;
      if (i >= 0 && ctx.unitOf(i) === previous) continue;
      const next = NEXT_WORD.exec(text.slice(m.end, m.end + 40));
      if (!next || !STARTS_LOWER.test(next[1]) || ['et', 'ou', 'ni'].includes(next[1])) continue;
      return speakerOf(e, p.start, p.end);
    }
  }
  return null;
}

/** The named subject of one of the two previous sentences, when no one has spoken since it was named. */
function newerSubject(ctx: ResolveContext, p: SpeakerPhrase, gender: Gender, back = 2): Speaker | null {
  let subject = ctx.recentSubject?.(p.start, back);
  if (!subject || subject.start >= p.start) return null;
  // "J.D. Vance a haussé le ton. Washington a fait « … », a-t-il déclaré": a place or organisation as
  // the pronoun's own sentence's subject is what the words are about; the sentences before say who spoke.
  if (back > 0 && ctx.unitOf(subject.start) === ctx.unitOf(p.start) && placeOrOrganisation(ctx, subject)) {
    let before = subject.start;
    while (before > 0 && ctx.unitOf(before - 1) === ctx.unitOf(p.start)) before--;
    subject = before > 0 ? ctx.recentSubject?.(before - 1, back - 1) ?? null : null;
    if (!subject) return null;
  }
  const here = ctx.unitOf(subject.start);
  const last = ctx.recent[ctx.recent.length - 1];
  if (last && last.unit >= here) return null;
  const s = resolveSpeaker(withoutRecentSubject(ctx), subject);
  if (!s || !agrees(speakerGender(subject, s, ctx.recent), gender)) return null;
  const e = s.entity ? ctx.doc.entities.find((x) => x.id === s.entity) : null;
  if (e && (e.type !== 'PER' || namedWithin(e, ctx.quote))) return null;
  return at(s, p);
}

export function resolveSpeaker(ctx: ResolveContext, p: SpeakerPhrase): Speaker | null {
  const { doc } = ctx;
  if (p.kind === 'pronoun') {
    if (/^(?:ils|elles|ceux-ci|celles-ci|ces derniers|ces dernières)$/iu.test(p.text)) {
      // "Les trois pays … accusent … « … ». Ils dénoncent aussi …": the group that just spoke.
      const group = ctx.lastCollective;
      if (group && ctx.unitOf(p.start) - group.unit <= 2) return at(group.speaker, p);
      // "Les dirigeants du G7 ont tenu une visioconférence. Dans leur déclaration, ils « … »": the
      // collective subject of this sentence or the one before, when it names an organisation.
      const subject = ctx.collectiveSubject?.(p.start);
      if (!subject) {
        // "X réunissait ses homologues …. « … », ont-ils averti": the host speaks for the meeting.
        const host = /^(?:ils|elles)$/iu.test(p.text) ? ctx.meetingHost?.(p.start) : null;
        const s = host ? resolveSpeaker(withoutRecentSubject(ctx), host) : null;
        const e = s?.entity ? doc.entities.find((x) => x.id === s.entity) : null;
        return s && e?.type === 'PER' && !namedWithin(e, ctx.quote) ? at(s, p) : null;
      }
      const organisation = groupOrganisation(doc, subject) ?? membersOrganisation(doc, subject);
      return organisation && !namedWithin(organisation, ctx.quote) ? speakerOf(organisation, p.start, p.end) : null;
    }
    // "…, a estimé la première. La seconde a jugé …": one of the pair named last, or no one
    const rank = ctx.ordinalPronouns?.get(phraseTokens(p.text).join(' '));
    if (rank) {
      const e = lastNamedPair(ctx, p.start)?.[rank - 1];
      return e && !namedWithin(e, ctx.quote) ? speakerOf(e, p.start, p.end) : null;
    }
    const gender = pronounGender(p.text);
    // "…, a renchéri ce dernier": the person named last, not the previous speaker.
    if (/^(?:ce dernier|cette dernière)$/iu.test(p.text.trim())) {
      const last = lastPersonNamed(ctx, p.start, gender);
      if (last && !namedWithin(last, ctx.quote)) return speakerOf(last, p.start, p.end);
    }
    // "Donald Trump a réitéré son ultimatum : il décidera « … », a-t-il dit": the sentence's own subject.
    const own = ctx.recentSubject?.(p.start, 0);
    if (own && own.start < p.start) {
      const s = resolveSpeaker(withoutRecentSubject(ctx), own);
      if (s && agrees(speakerGender(own, s, ctx.recent), gender) && personalSubject(ctx, own, s)) return at(s, p);
    }
    // "…», a-t-il ajouté" right after a quote: the speaker of that quote, whatever person was
    // named in between ("aux côtés du représentant américain, Jamieson Greer").
    const adjacent = previousSpeaker(ctx, gender, p.start, 1);
    if (adjacent) return at(adjacent, p);
    // "Volodymyr Zelensky a refusé de s'excuser… « … », a-t-il insisté": a person named as subject
    // since the last speaker is whom the paragraph now reports.
    // "Sanae Takaichi refuse de revenir sur ses propos. « … », a-t-elle déclaré": the person whose
    // name opens the sentence right before (its subject), over an earlier subject or a coreference guess.
    const opening = openingPerson(ctx, p, gender);
    if (opening) return opening;
    const subject = newerSubject(ctx, p, gender);
    if (subject) return subject;
    const e = entityFor(doc, p.start, p.end);
    // « Poutine ne veut pas la paix », a-t-il lancé: whoever the quote names is not who says it.
    if (e && agrees(nameGender(e.name), gender) && !namedWithin(e, ctx.quote)) return speakerOf(e, p.start, p.end);
    // "L'arrivée d'Emmanuel Macron … avait été marquée par un discours. Il y avait plaidé …": the
    // person the sentence before puts first, rather than a speaker further back.
    const salient = firstPersonOfPreviousSentence(ctx, p, gender);
    if (salient) return salient;
    const earlier = previousSpeaker(ctx, gender, p.start);
    if (earlier) return at(earlier, p);
    const recent = ctx.recentSubject?.(p.start);
    return recent ? resolveSpeaker(withoutRecentSubject(ctx), recent) : null;
  }
  // "les États membres": the organisation named last.
  const members = p.kind === 'description' ? membersOrganisation(doc, p) : null;
  if (members && !namedWithin(members, ctx.quote)) return speakerOf(members, p.start, p.end);
  const kind = p.kind === 'description' ? collectiveKind(p.text) : null;
  // "les dirigeants du G7", "les dirigeants des sept pays": the group the complement names.
  const organisation = kind ? groupOrganisation(doc, p) : null;
  if (organisation && !namedWithin(organisation, ctx.quote)) return speakerOf(organisation, p.start, p.end);
  // "les ministres de la Jordanie, de l'Arabie saoudite …": the countries the phrase itself lists, before any list nearby.
  const states = p.kind === 'description' ? statesListInside(doc, p) : null;
  if (states && !namedWithin(states, ctx.quote)) {
    const speaker = speakerOf(states, p.start, p.end);
    if (kind) ctx.lastCollective = { speaker, unit: ctx.unitOf(p.start) };
    return speaker;
  }
  const group = kind ? collectiveSpeaker(doc, p.start, kind) : null;
  if (group && !namedWithin(group, ctx.quote)) {
    const speaker = speakerOf(group, p.start, p.end);
    ctx.lastCollective = { speaker, unit: ctx.unitOf(p.start) };
    return speaker;
  }
  const linked = entityFor(doc, p.start, p.end);
  // "la porte-parole du gouvernement" linked to a man: the description is someone else.
  const e = linked && p.kind === 'description' && linked.type === 'PER' && !agrees(phraseGender(p.text), nameGender(linked.name)) ? null : linked;
  // "le président fédéral allemand" linked to the Algerian president: the demonym names someone else.
  const other = e && p.kind === 'description' && ctx.demonymCountry ? counterpartOverride(doc, p, e, ctx.demonymCountry) : null;
  if (other && !namedWithin(other, ctx.quote)) return speakerOf(other, p.start, p.end);
  if (e && p.kind === 'name' && e.type === 'PER' && !/\s/.test(e.name.trim())) {
    // "M. Hong" after "Hong Lei, l'assistant du ministre": an entity known by one word only takes the article's full name.
    const key = nameKey(e.name);
    const full = ctx.fullNames.get(key) || ctx.familyFirst?.get(key);
    if (full && nameKey(full) !== key) return { entity: e.id, name: full, aliases: [e.name, ...e.aliases.filter((x) => x !== full)], start: p.start, end: p.end };
  }
  if (e) return speakerOf(p.kind === 'name' ? listHeadBefore(doc, p.start, e) ?? e : e, p.start, p.end);
  if (p.kind === 'name') {
    const bare = p.determined ? stripDeterminer(p.text) : stripTitle(p.text);
    const known = entityByName(doc, bare);
    if (known) return speakerOf(known, p.start, p.end);
    const parts = bare.split(/\s+/);
    const full = parts.length === 1 ? ctx.fullNames.get(nameKey(bare)) : undefined;
    if (full) return { entity: null, name: full, aliases: [bare], start: p.start, end: p.end };
    return { entity: null, name: bare, aliases: [], start: p.start, end: p.end };
  }
  // A description: the name it was given in apposition, else the previous speaker for a short
  // anaphoric one ("le diplomate"), else the description itself ("un diplomate occidental").
  const key = nameKey(p.text.replace(DETERMINER, ''));
  const owner = possessiveOwner(ctx, p);
  if (owner) return speakerOf(owner, p.start, p.end);
  const org = organisationAnaphor(ctx, p);
  if (org) return speakerOf(org, p.start, p.end);
  const named = ctx.descriptions.get(key);
  if (named) {
    const known = entityByName(doc, named);
    if (known) return speakerOf(known, p.start, p.end);
    return { entity: null, name: named, aliases: [], start: p.start, end: p.end };
  }
  // "son homologue chinois", "la ministre congolaise": the article's one person in office in that country.
  const counterpart = ctx.demonymCountry ? counterpartOf(doc, p, ctx.demonymCountry) : null;
  if (counterpart && !namedWithin(counterpart, ctx.quote)) return speakerOf(counterpart, p.start, p.end);
  // "le diplomate", "le milliardaire républicain": someone who just spoke, if the gender agrees.
  const definite = /^(?:le|la|l['’])\s*/iu.test(p.text);
  if (definite && ((key.split(' ').length === 1 && ctx.isPersonNoun(p)) || ctx.isEpithet(p))) {
    const previous = previousSpeaker(ctx, phraseGender(p.text), p.start, 2);
    // "« … », a répondu le ministre" after the president spoke: an office he does not hold is someone else.
    if (previous && !(previous.entity && ctx.holdsRole?.(previous.entity, p.text) === false)) return at(previous, p);
    const office = bareOffice(ctx, p);
    if (office) return office;
  }
  // "a poursuivi le chef de l'État": the office's holder who just spoke, else the one named last.
  const holder = officeHolder(ctx, p);
  if (holder) return holder;
  // "…», a lancé l'ancien gouverneur de la Banque du Canada": a past office names the person the
  // sentence before had as subject, when no one has spoken since.
  if (definite && formerOffice(ctx, p)) {
    const subject = newerSubject(ctx, p, phraseGender(p.text.replace(/^l['’]\s*ancienne\b/iu, 'la').replace(/^l['’]\s*ancien\b/iu, 'le')), 1);
    if (subject) return subject;
  }
  return { entity: null, name: stripDeterminer(p.text), aliases: [], start: p.start, end: p.end };
}

/** "l'ancien gouverneur de …", "l'ex-président": a person head after an adjective of a past office. */
function formerOffice(ctx: ResolveContext, p: SpeakerPhrase): boolean {
  if (!ctx.formerQualifiers?.size || !ctx.isPersonNoun(p)) return false;
  const words = phraseTokens(p.text);
  const second = words[1] ?? '';
  return ctx.formerQualifiers.has(second) || [...ctx.formerQualifiers].some((q) => second.startsWith(q + '-'));
}

/**
 * A definite role description the entities layer left unlinked: a speaker of the last two sentences
 * who holds that office, else the person holding it whose mention comes last before it.
 */
function officeHolder(ctx: ResolveContext, p: SpeakerPhrase): Speaker | null {
  const holds = ctx.holdsRole;
  if (!holds || p.kind !== 'description') return null;
  const gender = phraseGender(p.text);
  const here = ctx.unitOf(p.start);
  for (let i = ctx.recent.length - 1; i >= 0 && here - ctx.recent[i].unit <= 2; i--) {
    const r = ctx.recent[i];
    if (!r.speaker.entity) continue;
    const held = holds(r.speaker.entity, p.text);
    if (held === null) return null; // the description names no office
    if (held && agrees(r.gender, gender)) return at(r.speaker, p);
  }
  let best: { e: Entity; at: number } | null = null;
  for (const e of ctx.doc.entities) {
    if (e.type !== 'PER') continue;
    for (const m of e.mentions) {
      if (m.end > p.start || p.start - m.start > 3000 || ctx.inQuote?.(m.start) || (best && m.start <= best.at)) continue;
      const held = holds(e.id, p.text);
      if (held === null) return null;
      if (held && agrees(nameGender(e.name), gender) && !namedWithin(e, ctx.quote)) best = { e, at: m.start };
    }
  }
  return best ? speakerOf(best.e, p.start, p.end) : null;
}

/**
 * "…», a plaidé le ministre" with no one who spoke just before: the person the article has shown
 * holding that office — the one name apposed to such a description in the last three sentences, the
 * description opening its clause ("Le même jour, le ministre de l'Intérieur, Bruno Retailleau, doit …"), else the named subject of the sentences before
 * when the article gave that person the office (an apposition, the knowledge base) or described,
 * with no name, someone holding it whom no other person can be ("La ministre … a annoncé").
 */
function bareOffice(ctx: ResolveContext, p: SpeakerPhrase): Speaker | null {
  const words = phraseTokens(p.text);
  if (!ctx.offices || words.length !== 2 || !['le', 'la', "l'"].includes(words[0])) return null;
  const head = words[1];
  const gender = phraseGender(p.text);
  const here = ctx.unitOf(p.start);
  const before = ctx.offices.filter((o) => o.head === head && o.end <= p.start && agrees(o.gender, gender));
  if (!before.length) return null;
  const nameOf = (o: OfficeMention) => nameKey(o.name ?? '');
  const recentNamed = before.filter((o) => o.name && here - ctx.unitOf(o.start) <= 3);
  if (new Set(recentNamed.map(nameOf)).size > 1) return null; // two ministers named: which one?
  if (recentNamed.length) {
    const o = recentNamed[recentNamed.length - 1];
    if (!o.opens) return null;
    const e = entityByName(ctx.doc, o.name!);
    if (!e || e.type !== 'PER' || namedWithin(e, ctx.quote) || !agrees(nameGender(e.name), gender)) return null;
    // No one else has spoken since the office was given its name.
    const since = ctx.unitOf(o.start);
    if (ctx.recent.some((r) => r.unit >= since && r.speaker.entity !== e.id)) return null;
    return speakerOf(e, p.start, p.end);
  }
  const subject = newerSubject(ctx, p, gender, 2);
  const e = subject?.entity ? ctx.doc.entities.find((x) => x.id === subject.entity) : null;
  if (!subject || !e) return null;
  const names = new Set(before.filter((o) => o.name).map(nameOf));
  if (names.has(nameKey(e.name)) || ctx.holdsRole?.(e.id, p.text)) return subject;
  if (names.size) return null; // the office was given to someone else
  // The headline names the person and the standfirst describes, with no name, the holder of that
  // office; no other person of that gender is named since (outside quotes).
  const unnamed = before.find((o) => !o.name);
  const title = ` ${nameKey(ctx.doc.meta.title ?? '')} `;
  if (!unnamed || ctx.doc.text.lastIndexOf('\n', unnamed.start) !== -1) return null;
  if (![e.name, ...e.aliases].some((n) => nameKey(n) && title.includes(` ${nameKey(n)} `))) return null;
  const others = ctx.doc.entities.some((x) => x.type === 'PER' && x.id !== e.id && agrees(nameGender(x.name), gender)
    && x.mentions.some((m) => m.start >= unnamed.start && m.end <= p.start && m.kind !== 'pronoun' && !ctx.inQuote?.(m.start)));
  return others ? null : subject;
}
