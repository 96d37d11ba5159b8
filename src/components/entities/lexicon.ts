// French resources the entities component reads (all data files under src/lang/fr/).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldForm } from '../../core/normalize.ts';
import type { RoleKey } from '../../kb/types.ts';
import type { ContextCues } from './contexts.ts';

const langDir = join(dirname(fileURLToPath(import.meta.url)), '../../lang/fr');

function readLang<T>(file: string): T {
  return JSON.parse(readFileSync(join(langDir, file), 'utf8')) as T;
}

export type PersonKind = 'leader' | 'diplomat' | 'adviser' | 'spokesperson' | 'minister';

export interface RolePattern {
  pattern: string; role: RoleKey; of?: string; onlyOf?: string[]; gender?: 'm' | 'f'; kind?: PersonKind; title?: string;
}

/** A plural name for a body's members acting together ("les Vingt-Sept" → the European Union). */
export interface CollectiveName {
  /** Forms as written in the text (case matters: "Vingt-Sept", not the number "vingt-sept"). */
  forms: string[];
  /** Folded determiners one of which must come right before ("les", "des", "aux"). */
  leads: string[];
  /** Knowledge-base id of the body. */
  entity: string;
  /** The form names the body on article dates in [from, to) (ISO dates, null = open). */
  from: string | null;
  to: string | null;
  /** "name": a name of the body; "description": a mention only, and only when `whenNamed`. */
  kind: 'name' | 'description';
  /** Only a mention of the body when the article names it otherwise. */
  whenNamed?: boolean;
}

/** A noun phrase standing for an organisation, place or person named before (entity-cues.json "definiteDescriptions"). */
export interface DescriptionHead {
  forms: string[];
  type: 'ORG' | 'LOC' | 'PER';
  /** Knowledge-base subtypes the antecedent may have (ORG, LOC). */
  subtypes?: string[];
  /** The only places the noun can name ("l'émirat": Qatar, Koweït). */
  places?: string[];
  /** Resolved only with a demonym ("l'homme d'affaires new-yorkais"). */
  needsDemonym?: boolean;
  /** Resolved only with a modifier or demonym ("le groupe armé", not "le groupe"). */
  needsModifier?: boolean;
}

export interface DefiniteDescriptions {
  /** Folded determiners one of which stands right before the head. */
  leads: string[];
  heads: DescriptionHead[];
  /** Folded adjectives that may follow the head without changing whom it names. */
  modifiers: string[];
  /** Folded words that may follow the description (auxiliaries, clitics, verb forms). */
  continuers: Set<string>;
  /** Folded demonyms of cities and regions → their country ("new-yorkais" → country:US). */
  placeDemonyms: Map<string, string>;
}

export interface FrenchLexicon {
  /** folded first name → gender (m, f, or u for either). */
  firstNames: Map<string, 'm' | 'f' | 'u'>;
  /** folded function words that never start a name. */
  functionWords: Set<string>;
  /** Name particles kept inside a name (von der Leyen, ben Salmane, de Villepin). */
  particles: Set<string>;
  /** folded nouns of rank or office before a name ("la reine Maxima", "le général Guerassimov"). */
  titleWords: Set<string>;
  /** Titles before a name: "M", "Mme", "MM"… (without the period). */
  titles: Map<string, 'm' | 'f' | 'u' | 'plural'>;
  roles: RolePattern[];
  /** folded words that may close a role phrase ("par interim", "sortant"). */
  roleTrailers: string[];
  /** folded words after a role phrase without a country that make it another office ("chargé de", "de la commission"). */
  notBareAfter: string[];
  /** Words between a role and its nationality adjective ("président fédéral allemand"), folded. */
  roleQualifiers: string[];
  /** folded bare description ("le diplomate") → kinds of person it can refer back to. */
  descriptions: Map<string, PersonKind[]>;
  /** folded reporting-verb forms (participles and 3rd-person presents: précisé, ajoute, indique…). */
  reportingForms: Set<string>;
  /** folded head nouns opening an organisation's name (Institut, Fondation…). */
  orgHeads: Set<string>;
  /** folded adjectives that open an organisation's name before its head ("Haute Cour"). */
  orgHeadAdjectives: Set<string>;
  /** folded heads that end an English-style organisation name ("Stop Trump Coalition"). */
  orgHeadsLast: Set<string>;
  /** folded "son epouse", "son mari"… → gender: a lone first name after one takes the spouse's surname. */
  spouseCues: Map<string, 'm' | 'f'>;
  /** folded phrases after which a capitalised word is a place ("la ville de", "près de"). */
  placeCues: string[];
  /** Context cues for names outside the KB (entity-cues.json): offices, media and place nouns. */
  contextCues: ContextCues;
  /** Plural names of a body's members acting together (entity-cues.json "collectives"). */
  collectives: CollectiveName[];
  /** Anaphoric noun phrases for organisations, places and people (entity-cues.json "definiteDescriptions"). */
  definiteDescriptions: DefiniteDescriptions;
  /** Articles opening a surname that a repeated surname drops ("al-Burhane" → "Burhane"), folded. */
  surnameArticles: Set<string>;
  /** Ends with a word that makes the name after it no subject (objectMarkers), on folded text. */
  objectMarkerBefore: RegExp;
  /** "région de Zaporijjia" → "Zaporijjia": the place name inside a region's French name (regionNameHeads). */
  regionPlaceName(name: string): string | null;
  /** Is this (folded) line an advertisement left in the text? */
  isAdLine(foldedLine: string): boolean;
  /** Is this (folded) line, right after an ad marker ("Publicité"), the ad itself? */
  isAdFollower(foldedLine: string): boolean;
}

let cached: FrenchLexicon | null = null;

export function frenchLexicon(): FrenchLexicon {
  if (cached) return cached;
  const fn = readLang<{ m: string[]; f: string[]; u: string[] }>('first-names.json');
  const firstNames = new Map<string, 'm' | 'f' | 'u'>();
  for (const g of ['m', 'f', 'u'] as const) for (const n of fn[g]) {
    const k = foldForm(n);
    const had = firstNames.get(k);
    firstNames.set(k, had && had !== g ? 'u' : g);
  }
  const fw = readLang<{ words: string[] }>('function-words.json');
  const roles = readLang<{ roles: RolePattern[]; descriptions: Record<string, PersonKind[] | string>; trailingModifiers?: string[]; qualifiersBeforeNationality?: string[]; notBareAfter?: string[] }>('roles.json');
  const descriptions = new Map<string, PersonKind[]>();
  for (const [k, v] of Object.entries(roles.descriptions)) if (Array.isArray(v)) descriptions.set(k, v);
  const ads = readLang<{ maxLineLength: number; words: string[]; priceCut: string }>('ad-cues.json');
  const priceCut = new RegExp(ads.priceCut);
  const cues = readLang<{ orgHeads: string[]; orgHeadAdjectives?: string[]; orgHeadsLast?: string[]; placeCues: string[]; personHeads?: string[]; mediaHeads?: string[]; placeNouns?: string[]; placeNounsInName?: string[]; placeNounAdjectives?: string[]; placeNounsBeforeName?: string[]; pluralRegionCues?: string[]; gazetteerCues?: string[]; companyHeads?: string[]; spouseCues?: Record<string, 'm' | 'f'>; collectives?: CollectiveName[]; definiteDescriptions?: { leads: string[]; heads: DescriptionHead[]; modifiers: string[]; continuers: string[]; placeDemonyms?: Record<string, string> }; surnameArticles?: string[]; adFollowerCues?: string[]; objectMarkers?: string[]; regionNameHeads?: string[] }>('entity-cues.json');
  const regionHeads = (cues.regionNameHeads ?? []).map(foldForm);
  const dd = cues.definiteDescriptions;
  const names = readLang<{ particles: string[]; titles: Record<string, 'm' | 'f' | 'u' | 'plural'>; titleWords: string[] }>('name-particles.json');
  cached = {
    firstNames,
    functionWords: new Set(fw.words.map(foldForm)),
    particles: new Set(names.particles.map(foldForm)),
    titles: new Map(Object.entries(names.titles)),
    titleWords: new Set(names.titleWords),
    roles: roles.roles,
    roleTrailers: roles.trailingModifiers ?? [],
    roleQualifiers: roles.qualifiersBeforeNationality ?? [],
    notBareAfter: roles.notBareAfter ?? [],
    descriptions,
    reportingForms: reportingForms(),
    orgHeads: new Set(cues.orgHeads),
    orgHeadAdjectives: new Set(cues.orgHeadAdjectives ?? []),
    orgHeadsLast: new Set(cues.orgHeadsLast ?? []),
    placeCues: cues.placeCues,
    spouseCues: new Map(Object.entries(cues.spouseCues ?? {})),
    collectives: cues.collectives ?? [],
    surnameArticles: new Set(cues.surnameArticles ?? []),
    objectMarkerBefore: new RegExp(`(?:^|[^a-z])(?:${(cues.objectMarkers ?? []).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)'})\\s*$`),
    definiteDescriptions: {
      leads: dd?.leads ?? [], heads: dd?.heads ?? [], modifiers: dd?.modifiers ?? [], continuers: new Set(dd?.continuers ?? []),
      placeDemonyms: new Map(Object.entries(dd?.placeDemonyms ?? {})),
    },
    contextCues: {
      personHeads: new Set((cues.personHeads ?? []).map(foldForm)),
      mediaHeads: new Set((cues.mediaHeads ?? []).map(foldForm)),
      placeNouns: new Set((cues.placeNouns ?? []).map(foldForm)),
      placeNounsInName: new Set((cues.placeNounsInName ?? []).map(foldForm)),
      placeNounAdjectives: new Set((cues.placeNounAdjectives ?? []).map(foldForm)),
      placeNounsBeforeName: new Set((cues.placeNounsBeforeName ?? []).map(foldForm)),
      pluralRegionCues: (cues.pluralRegionCues ?? []).map(foldForm),
      gazetteerCues: (cues.gazetteerCues ?? []).map(foldForm),
      companyHeads: new Set((cues.companyHeads ?? []).map(foldForm)),
      weekdays: new Set(Object.keys(readLang<{ weekdays: Record<string, number> }>('timex/calendar.json').weekdays).map(foldForm)),
    },
    regionPlaceName: (name) => {
      const m = /^(\S+) (?:de |d'|d’|du )(\p{Lu}.*)$/u.exec(name.trim());
      return m && regionHeads.includes(foldForm(m[1])) ? m[2] : null;
    },
    isAdLine: (line) => line.length <= ads.maxLineLength && (priceCut.test(line) || ads.words.some((w) => line.includes(w))),
    isAdFollower: (line) => {
      const t = line.trim();
      if (!t || t.length > ads.maxLineLength || /[.!?…»"”]$/.test(t)) return false;
      const words = new Set(t.split(/[^a-z0-9'-]+/).map((w) => w.replace(/^[a-z]'/, '')));
      return (cues.adFollowerCues ?? []).some((w) => words.has(foldForm(w)));
    },
  };
  return cached;
}

interface CueVerb { lemma: string; group?: number; pp?: string; p3s?: string; pronominal?: boolean }

/** Participles and 3rd-person presents of the reporting verbs listed in quote-cues.json. */
function reportingForms(): Set<string> {
  const out = new Set<string>();
  const ads = readLang<{ maxLineLength: number; words: string[]; priceCut: string }>('ad-cues.json');
  const priceCut = new RegExp(ads.priceCut);
  const cues = readLang<{ verbs: CueVerb[] }>('quote-cues.json');
  for (const v of cues.verbs) {
    const l = foldForm(v.lemma);
    if (v.pp) out.add(foldForm(v.pp));
    if (v.p3s) out.add(foldForm(v.p3s));
    if (l.endsWith('er')) { out.add(l.slice(0, -2) + 'e'); }
    else if (l.endsWith('ir') && v.group === 2) { out.add(l.slice(0, -2) + 'i'); out.add(l.slice(0, -2) + 'it'); }
  }
  return out;
}
