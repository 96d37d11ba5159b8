// The French resources of the events component, loaded once per context from src/lang/fr/.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resource, type Context } from '../../core/pipeline.ts';
import { keyWords } from './words.ts';

const langDir = join(dirname(fileURLToPath(import.meta.url)), '../../lang/fr');
const readCache = new Map<string, any>();
/** A data file of src/lang/fr/, parsed once per process (the lexicon and the modules with word lists of their own share it). */
export function readEventData(name: string): any {
  if (!readCache.has(name)) readCache.set(name, JSON.parse(readFileSync(join(langDir, name), 'utf8')));
  return readCache.get(name);
}
const readJson = readEventData;

export interface CueSpec {
  lemma: string;
  pos: 'noun' | 'verb' | 'phrase';
  inflect?: 's' | 'er';
  forms?: string[];
  type: string;
  mode?: string;
  status?: string;
  after?: string[];
  notAfter?: string[];
  before?: string[];
  notBefore?: string[];
  /** How many words back `notBefore` looks (default 2). */
  notBeforeWindow?: number;
  window?: number;
  windowAfter?: number;
  modeAfter?: Record<string, string>;
  /** The cue also holds without `after` when an international organisation is its object ("quitter la Cedeao"). */
  objectOrganisation?: boolean;
  /** A passive participle ("ont été libérés"): its subject is acted on, an agent after "par" acts. */
  passive?: boolean;
  /** "prête à accepter (la proposition américaine)": the proposal named after it is the one accepted. */
  acceptsProposal?: boolean;
  /** A reciprocal reflexive ("X et Y se sont entretenus"): names no partner after it, so it needs two participants. */
  reciprocal?: boolean;
  /** A denial verb ("a démenti tout entretien"): the event noun it governs is denied; the denial is no event of its own. */
  deniesEvent?: boolean;
  /** "un appel à Vladimir Poutine": a person right after the cue and its preposition makes it this type and mode. */
  toPerson?: { type: string; mode?: string };
  /** "condamné à cinq ans de prison": the act holds only with its agent named (the subject of an active verb, else "par"). */
  agentRequired?: boolean;
  /** "a appelé Donald Trump depuis son téléphone": the cue holds only with a person named right after it. */
  personObject?: boolean;
  /** An invitation: to a place ("a invité Zelensky à Washington") it is a proposed visit. */
  invitation?: boolean;
  /** An envoy's recall ("le rappel de ses ambassadeurs au Mali"): the country of the post named after it is what it bears on. */
  postedTarget?: boolean;
  /** A trade measure noun ("les droits de douane américains"): a nationality adjective right after it names who imposes it. */
  measureNoun?: boolean;
  /** "n'a pas exclu de recourir à la force": the negation before the verb is part of the cue's meaning, not a denial. */
  negatedCue?: boolean;
  /** "a convoqué l'ambassadeur de Chine": the act is recorded only with its target named. */
  targetRequired?: boolean;
  /** "un cessez-le-feu avait été conclu", "a dégénéré en affrontements": with no party in its clause, the act is the
   *  article's two sides' (see conflict-sides.ts). */
  conflictSides?: boolean;
}

export interface Cue {
  spec: CueSpec;
  words: string[];
  after: string[][] | null;
  notAfter: string[][];
  before: string[][] | null;
  notBefore: string[][];
  modeAfter: [string[], string][];
}

export type StatusKey = 'cancelled' | 'denied' | 'requested' | 'proposed' | 'planned' | 'hypothetical' | 'ongoing';

export interface EventLexicon {
  /** Cues by their first word. */
  cuesByFirst: Map<string, Cue[]>;
  clauseBreaks: string[][];
  reportingVerbs: Set<string>;
  auxiliaries: string[][];
  circumstance: string[][];
  subordinateTime: string[][];
  backgroundBeforeTimex: string[][];
  backgroundNouns: Set<string>;
  transparentVerbs: Set<string>;
  dualAnaphora: string[][];
  genericDeterminers: Set<string>;
  sourceMarkers: string[][];
  demonstratives: Set<string>;
  actorHeads: Set<string>;
  /** Nouns of giving ("prêt", "aide"): "à X" after them is the receiver. */
  givingNouns: Set<string>;
  /** Auxiliaries of the pluperfect ("avait", "s'étaient"): background, not the narrative line. */
  pluperfectAuxiliaries: Set<string>;
  /** Words marking a clause as background ("depuis"). */
  backgroundMarkers: Set<string>;
  /** Phrases pointing back to an occasion already told ("ce sommet", "à cette occasion"). */
  narrativeAnaphora: string[][];
  /** "Le même jour,", "Quelques heures plus tôt,": a sentence opener placing the sentence on the day told just before. */
  sameDayOpeners: string[][];
  /** "ayant", "qui", "depuis": before a date in its clause, they make it background, not the day a same-day opener means. */
  sameDayBackground: Set<string>;
  /** "en marge du", "à l'issue de", "après": an event noun after them is the occasion of the clause's event. */
  occasionMarkers: string[][];
  /** Definite determiners: "en marge du sommet" names an occasion already told, "d'un sommet" a new one. */
  occasionDefinites: Set<string>;
  /** "après huit heures de discussions": a duration makes "après" name the occasion itself, not an earlier one. */
  occasionDurations: Set<string>;
  /** "après une journée de tractations", "après huit heures de discussions": durations of talks held within the day they end on. */
  occasionSameDayDurations: Set<string>;
  /** Feminine/plural past-participle endings ("rétablies", "rompues"): unambiguous enough to spot an adjectival participle. */
  participleEndings: string[];
  /** Words between such a participle and its month or year ("rompues en 2016"). */
  participlePrepositions: Set<string>;
  /** Subject pronouns: a reported "qu'il…" clause keeps the reporter as subject. */
  subjectPronouns: Set<string>;
  /** il, elle, ils, elles: a subject standing for a person told before; il, elle: one person. */
  thirdPersonSubjects: Set<string>;
  singularThirdPersonSubjects: Set<string>;
  /** été, être before a participle: a passive. */
  passiveAuxiliaries: Set<string>;
  reflexivePronouns: Set<string>;
  /** ayant, étant: a participle clause ("ayant accueilli le précédent"). */
  participleAuxiliaries: Set<string>;
  /** avoir, être of a past infinitive ("s'être entretenu"). */
  infinitiveAuxiliaries: Set<string>;
  /** Determiners a word after "et" may be, which no verb is. */
  nonVerbDeterminers: Set<string>;
  appositionAgents: Set<string>;
  appositionArticles: Set<string>;
  /** de, d'; du, des: "de" and its contractions with the article. */
  /** "funérailles", "obsèques": whom their complement names is mourned, no actor. */
  mournedPersonHeads: Set<string>;
  deForms: Set<string>;
  deContractions: Set<string>;
  /** Endings of the verb of a second conjunct ("et imposé", "et promet"). */
  conjunctVerbEndings: string[];
  /** Infinitives of reporting verbs ("d'annoncer que"). */
  reportingInfinitives: Set<string>;
  /** Nouns naming a proposal or demand ("ultimatum", "conditions"): what a rejection answers. */
  proposalNouns: Set<string>;
  mediaSubtypes: Set<string>;
  /** "sous l'égide de", "grâce à la médiation de": the actors after them mediate, they are no party. */
  mediatorMarkers: string[][];
  /** "accueilli par", "organisée par": a host, no party when two others remain. */
  hostMarkers: string[][];
  /** "a accueilli (une rencontre)", "abrite": the subject hosts the meeting named after. */
  hostVerbs: Set<string>;
  /** Nouns of time ("la nuit de dimanche"): a date after them is no noun-attached date. */
  timeNounsBeforeDate: Set<string>;
  /** "a reporté (au 10 mars)": the date after them and au/à is the new, planned one. */
  postponeVerbs: Set<string>;
  postponePrepositions: Set<string>;
  /** "la nuit de dimanche à lundi": nouns and joiners of a two-day range dated by its second day. */
  rangeNouns: Set<string>;
  rangeJoiners: Set<string>;
  status: Record<StatusKey, string[][]>;
  /** "à la demande de", "à l'invitation de": a status word inside them says how the event came about, not its status. */
  statusNeutral: string[][];
  /** Negative determiners ("aucune", "sans"): a denial only right before the trigger. */
  deniedBefore: string[][];
  negators: Set<string>;
  pastAuxiliaries: string[][];
  /** "aurait rencontré", "se seraient entretenus": the press conditional of an unconfirmed event. */
  conditionalPast: string[][];
  /** "?": a clause ending on one asks about its event. */
  questionMarks: Set<string>;
  /** "pourquoi", "comment": a question opening on them takes its event for granted. */
  presupposingQuestions: Set<string>;
  negationEnds: Set<string>;
  demonymPrefixes: Map<string, string>;
  /** "au téléphone", "téléphonique": a talk near them was held by phone. */
  phoneMarkers: string[][];
  /** "(première) fois (depuis)": a background marker right after them marks no background. */
  backgroundCancellers: Set<string>;
  /** Date words a cue's context conditions and multi-word cues see through ("a appelé mardi son homologue"). */
  dateWords: Set<string>;
  /** "dans la nuit de lundi à mardi", "en fin de journée": time phrases left out of cue context conditions like date words ("*": a date word or a day number). */
  datePhrases: string[][];
  /** "la trêve", "le cessez-le-feu": a definite truce with no side named is the one the article told before. */
  definiteTruces: string[][];
  /** "a annulé (lundi)", "a été reportée (mardi)": a date by them dates the cancellation, not the event. */
  cancelVerbs: Set<string>;
  /** "les deux dirigeants", "les deux hommes": a pair of people, which may refer further back than other pairs. */
  dualPersons: string[][];
  /** "trois jours après (son sommet)": number words, units in days, directions (après: the noun is earlier). */
  offsetNumbers: Map<string, number>;
  offsetUnits: Map<string, number>;
  offsetDirections: Map<string, number>;
  /** "au lendemain du (sommet)", "à la veille de": phrases and the noun's offset in days from the clause's date. */
  offsetPhrases: [string[], number][];
  /** "La libération est intervenue…": verbs placing the event noun they follow relative to another (folded forms). */
  toldEventVerbs: Set<string>;
  /** "Lundi matin encore, …": adverbs that may close a fronted date. */
  frontedAdverbs: Set<string>;
  /** "Arrivés samedi à Kiev, les dirigeants…": endings of a participle opening a sentence (as written), words ending so that are none, modals of a planned main clause. */
  participleOpeningEndings: string[];
  participleOpeningExclusions: Set<string>;
  plannedModals: Set<string>;
  /** "Le 9 septembre au Caire, …": a place between a fronted date and its comma. */
  frontedPlacePrepositions: Set<string>;
  frontedPlaceDeterminers: Set<string>;
  /** "Depuis le 12 mars, Washington impose des droits de douane": markers and types of a measure dated by the day it is in force since. */
  measuresSinceMarkers: Set<string>;
  measuresSinceTypes: Set<string>;
  coordinators: Set<string>;
  /** "les premières négociations … depuis 2022": a "depuis" after them marks no background. */
  firstSinceWords: Set<string>;
  /** "tandis que", "le jour même où": the clause they open happens at the time of the clause before. */
  simultaneityMarkers: string[][];
  /** "Le 10 octobre, au lendemain de…, Trump…": words opening a phrase between a fronted date and the main clause. */
  frontedPhraseOpeners: Set<string>;
  /** "C'est la deuxième fois que", "chaque fois que": words before "fois" whose "que" clause counts or generalises events. */
  countedMentionWords: Set<string>;
  /** "fois": the noun a counted mention turns on ("la deuxième fois que"). */
  countedMentionNouns: Set<string>;
  /** "a justifié la frappe", "minimiser l'attaque": verbs judging an event already told, named by a definite noun after them. */
  evaluationVerbs: Set<string>;
  /** "a souhaité que", "espérer que": verbs whose "que" clause tells a wish, not an event. */
  wishVerbs: Set<string>;
  /** Determiners of an event noun judged by an evaluation verb (definite, demonstrative, possessive). */
  talkedAboutDeterminers: Set<string>;
  /** "grâce à une (médiation)", "sous (médiation)": a mediation noun right after them is the means of another event. */
  meansMarkers: string[][];
  /** "a lancé jeudi une attaque": indefinite determiners making a reporting verb's event-noun object its own event. */
  lightVerbObjects: Set<string>;
  /** "qu'ils allaient rétablir…": plural subject pronouns standing for the two sides that announce. */
  pluralSubjectPronouns: Set<string>;
  /** "prévue", "programmée": a date right after them dates the event noun before. */
  plannedParticiples: Set<string>;
  /** Announcing verbs: a meeting noun as their object is announced (planned), not held on the announcement's date. */
  announcingVerbs: Set<string>;
  /** "n'exclut pas", "sans exclure": the event after is hypothetical. */
  notRuledOut: string[][];
  /** Words of a past infinitive after a dated reporting verb: "a affirmé vendredi s'être entretenu". */
  pastInfinitiveWords: Set<string>;
  /** "avant de", "après avoir": an infinitive after them tells the same outing as the verb before. */
  chainingPhrases: string[][];
  /** "après" before "son entretien": the subject's talk is held on the day its clause tells. */
  sameOccasionAfter: Set<string>;
  /** "en marge de": the gathering after them is a meeting's setting, no meeting of its own. */
  marginMarkers: string[][];
  /** "près d'Ankara", "au large de": a name after them and "de" is a place. */
  proximityPlaceWords: Set<string>;
  /** "imposée par", "négocié par": the agent brought a ceasefire about and is no side of it. */
  truceBrokerMarkers: string[][];
  /** "dans la soirée", "en fin de matinée": a part of the day named alone (folded, single-spaced). */
  partsOfDay: Set<string>;
  /** "les deux pays", "les deux voisins": a pair of countries. */
  dualCountries: string[][];
  /** "son", "sa", "leur": an event noun after them belongs to the clause's subject. */
  possessives: Set<string>;
  /** "après un entretien avec X": indefinite determiners and the partner preposition of the subject's own talk. */
  partneredTalkDeterminers: Set<string>;
  partneredTalkWords: Set<string>;
  /** Words allowed after the person a `personObject` cue names. */
  personObjectFollowers: Set<string>;
  /** Words that never open a person's name: a `personObject` cue followed by one (date words aside) is no trigger. */
  personObjectNonStarters: Set<string>;
  /** "puis avec": a second partner of a talk verb, a second talk. */
  partnerSequels: string[][];
}

const ER_ENDINGS = ['er', 'e', 'es', 'ent', 'ee', 'ees', 'ait', 'aient', 'era', 'eront', 'erait', 'eraient', 'ant', 'ons', 'ez'];

/** Every folded form of a cue: listed forms, or forms generated from the lemma by rule. */
export function cueForms(spec: CueSpec): string[][] {
  if (spec.forms) return spec.forms.map(keyWords);
  const lemma = keyWords(spec.lemma);
  if (spec.pos === 'phrase' || !spec.inflect) return [lemma];
  const last = lemma[lemma.length - 1];
  const head = lemma.slice(0, -1);
  let forms: string[];
  if (spec.inflect === 's') forms = /[sxz]$/.test(last) ? [last] : [last, last + 's'];
  else {
    const stem = last.replace(/er$/, '');
    forms = ER_ENDINGS.map((e) => stem + e);
  }
  return [...new Set(forms)].map((f) => [...head, f]);
}

const seqs = (list: string[] | undefined) => (list ?? []).map(keyWords);

export function loadEventLexicon(): EventLexicon {
  const cueFile = readJson('event-cues.json') as { cues: CueSpec[]; personObjectNonStarters?: string[] };
  const syntax = readJson('event-syntax.json');
  const status = readJson('event-status.json');
  const prefixes = readJson('demonym-prefixes.json').prefixes as Record<string, string>;
  const cuesByFirst = new Map<string, Cue[]>();
  for (const spec of cueFile.cues) {
    for (const words of cueForms(spec)) {
      const cue: Cue = {
        spec,
        words,
        after: spec.after ? seqs(spec.after) : null,
        notAfter: seqs(spec.notAfter),
        before: spec.before ? seqs(spec.before) : null,
        notBefore: seqs(spec.notBefore),
        modeAfter: Object.entries(spec.modeAfter ?? {}).map(([k, v]) => [keyWords(k), v]),
      };
      const list = cuesByFirst.get(words[0]) ?? [];
      list.push(cue);
      cuesByFirst.set(words[0], list);
    }
  }
  const statusSeqs = {} as Record<StatusKey, string[][]>;
  for (const k of ['cancelled', 'denied', 'requested', 'proposed', 'planned', 'hypothetical', 'ongoing'] as StatusKey[]) statusSeqs[k] = seqs(status[k]);
  return {
    cuesByFirst,
    clauseBreaks: seqs(syntax.clauseBreaks),
    reportingVerbs: new Set((syntax.reportingVerbs as string[]).flatMap(keyWords)),
    auxiliaries: seqs(syntax.auxiliaries),
    circumstance: seqs(syntax.circumstance),
    subordinateTime: seqs(syntax.subordinateTime),
    backgroundBeforeTimex: seqs(syntax.backgroundBeforeTimex),
    backgroundNouns: new Set((syntax.backgroundNouns as string[]).flatMap(keyWords)),
    transparentVerbs: new Set((syntax.transparentVerbs as string[]).flatMap(keyWords)),
    dualAnaphora: seqs(syntax.dualAnaphora),
    genericDeterminers: new Set((syntax.genericDeterminers as string[]).map((x) => keyWords(x).join(' '))),
    sourceMarkers: seqs(syntax.sourceMarkers),
    demonstratives: new Set(syntax.demonstratives as string[]),
    actorHeads: new Set(syntax.actorHeads as string[]),
    givingNouns: new Set((syntax.givingNouns as string[]).flatMap(keyWords)),
    pluperfectAuxiliaries: new Set((syntax.pluperfectAuxiliaries as string[]).flatMap(keyWords)),
    backgroundMarkers: new Set((syntax.backgroundMarkers as string[]).flatMap(keyWords)),
    narrativeAnaphora: seqs(syntax.narrativeAnaphora),
    sameDayOpeners: seqs(syntax.sameDayOpeners),
    sameDayBackground: new Set((syntax.sameDayBackground as string[]).flatMap(keyWords)),
    occasionMarkers: seqs(syntax.occasionMarkers),
    occasionDefinites: new Set((syntax.occasionDefinites as string[]).flatMap(keyWords)),
    occasionDurations: new Set((syntax.occasionDurations as string[]).flatMap(keyWords)),
    occasionSameDayDurations: new Set((syntax.occasionSameDayDurations as string[]).flatMap(keyWords)),
    participleEndings: syntax.participleEndings as string[],
    participlePrepositions: new Set((syntax.participlePrepositions as string[]).flatMap(keyWords)),
    subjectPronouns: new Set((syntax.subjectPronouns as string[]).flatMap(keyWords)),
    thirdPersonSubjects: new Set(syntax.thirdPersonSubjects as string[]),
    singularThirdPersonSubjects: new Set(syntax.singularThirdPersonSubjects as string[]),
    passiveAuxiliaries: new Set(syntax.passiveAuxiliaries as string[]),
    reflexivePronouns: new Set(syntax.reflexivePronouns as string[]),
    participleAuxiliaries: new Set(syntax.participleAuxiliaries as string[]),
    infinitiveAuxiliaries: new Set(syntax.infinitiveAuxiliaries as string[]),
    nonVerbDeterminers: new Set(syntax.nonVerbDeterminers as string[]),
    appositionAgents: new Set(syntax.appositionAgents as string[]),
    appositionArticles: new Set(syntax.appositionArticles as string[]),
    mournedPersonHeads: new Set((syntax.mournedPersonHeads as string[]).flatMap(keyWords)),
    deForms: new Set(syntax.deForms as string[]),
    deContractions: new Set(syntax.deContractions as string[]),
    conjunctVerbEndings: syntax.conjunctVerbEndings as string[],
    reportingInfinitives: new Set((syntax.reportingInfinitives as string[]).flatMap(keyWords)),
    proposalNouns: new Set((syntax.proposalNouns as string[]).flatMap(keyWords)),
    mediaSubtypes: new Set(syntax.mediaSubtypes as string[]),
    mediatorMarkers: seqs(syntax.mediatorMarkers),
    hostMarkers: seqs(syntax.hostMarkers),
    hostVerbs: new Set((syntax.hostVerbs as string[]).flatMap(keyWords)),
    timeNounsBeforeDate: new Set((syntax.timeNounsBeforeDate as string[]).flatMap(keyWords)),
    postponeVerbs: new Set((syntax.postponeVerbs as string[]).flatMap(keyWords)),
    postponePrepositions: new Set((syntax.postponePrepositions as string[]).flatMap(keyWords)),
    rangeNouns: new Set((syntax.rangeNouns as string[]).flatMap(keyWords)),
    rangeJoiners: new Set((syntax.rangeJoiners as string[]).flatMap(keyWords)),
    status: statusSeqs,
    deniedBefore: seqs(status.deniedBefore),
    statusNeutral: seqs(status.neutral),
    negators: new Set(status.negators as string[]),
    pastAuxiliaries: seqs(status.pastAuxiliaries),
    conditionalPast: seqs(status.conditionalPast),
    questionMarks: new Set(status.questionMarks as string[]),
    presupposingQuestions: new Set(status.presupposingQuestions as string[]),
    negationEnds: new Set(status.negationEnds as string[]),
    demonymPrefixes: new Map(Object.entries(prefixes)),
    phoneMarkers: seqs(syntax.phoneMarkers),
    backgroundCancellers: new Set((syntax.backgroundCancellers as string[]).flatMap(keyWords)),
    dateWords: new Set((syntax.dateWords as string[]).flatMap(keyWords)),
    datePhrases: ((syntax.datePhrases ?? []) as string[]).map((x) => x.split(' ')),
    definiteTruces: seqs(syntax.definiteTruces),
    cancelVerbs: new Set((syntax.cancelVerbs as string[]).flatMap(keyWords)),
    dualPersons: seqs(syntax.dualPersons),
    offsetNumbers: new Map(Object.entries(syntax.offsetNumbers as Record<string, number>)),
    offsetUnits: new Map(Object.entries(syntax.offsetUnits as Record<string, number>)),
    offsetDirections: new Map(Object.entries(syntax.offsetDirections as Record<string, number>)),
    possessives: new Set(syntax.possessives as string[]),
    partneredTalkDeterminers: new Set(syntax.partneredTalkDeterminers as string[]),
    partneredTalkWords: new Set(syntax.partneredTalkWords as string[]),
    personObjectFollowers: new Set(syntax.personObjectFollowers as string[]),
    personObjectNonStarters: new Set(cueFile.personObjectNonStarters ?? []),
    partnerSequels: seqs(syntax.partnerSequels),
    dualCountries: seqs(syntax.dualCountries),
    truceBrokerMarkers: seqs(syntax.truceBrokerMarkers),
    chainingPhrases: seqs(syntax.chainingPhrases),
    sameOccasionAfter: new Set(syntax.sameOccasionAfter as string[]),
    marginMarkers: seqs(syntax.marginMarkers),
    proximityPlaceWords: new Set(syntax.proximityPlaceWords as string[]),
    plannedParticiples: new Set(syntax.plannedParticiples as string[]),
    announcingVerbs: new Set(syntax.announcingVerbs as string[]),
    notRuledOut: seqs(syntax.notRuledOut),
    pastInfinitiveWords: new Set(syntax.pastInfinitiveWords as string[]),
    frontedAdverbs: new Set(syntax.frontedAdverbs as string[]),
    participleOpeningEndings: syntax.participleOpeningEndings as string[],
    participleOpeningExclusions: new Set(syntax.participleOpeningExclusions as string[]),
    plannedModals: new Set(syntax.plannedModals as string[]),
    frontedPlacePrepositions: new Set(syntax.frontedPlacePrepositions as string[]),
    frontedPlaceDeterminers: new Set(syntax.frontedPlaceDeterminers as string[]),
    measuresSinceMarkers: new Set(syntax.measuresSinceMarkers as string[]),
    measuresSinceTypes: new Set(syntax.measuresSinceTypes as string[]),
    coordinators: new Set(syntax.coordinators as string[]),
    firstSinceWords: new Set(syntax.firstSinceWords as string[]),
    simultaneityMarkers: seqs(syntax.simultaneityMarkers),
    frontedPhraseOpeners: new Set(syntax.frontedPhraseOpeners as string[]),
    lightVerbObjects: new Set(syntax.lightVerbObjects as string[]),
    countedMentionWords: new Set((syntax.countedMentionWords ?? []) as string[]),
    countedMentionNouns: new Set((syntax.countedMentionNouns ?? []) as string[]),
    evaluationVerbs: new Set((syntax.evaluationVerbs ?? []) as string[]),
    wishVerbs: new Set((syntax.wishVerbs ?? []) as string[]),
    talkedAboutDeterminers: new Set((syntax.talkedAboutDeterminers ?? []) as string[]),
    meansMarkers: seqs(syntax.meansMarkers ?? []),
    pluralSubjectPronouns: new Set(syntax.pluralSubjectPronouns as string[]),
    partsOfDay: new Set((syntax.partsOfDay as string[]).map((x) => keyWords(x).join(' '))),
    offsetPhrases: Object.entries(syntax.offsetPhrases as Record<string, number>).map(([k, v]) => [keyWords(k), v]),
    toldEventVerbs: new Set((syntax.toldEventVerbs as string[]).flatMap(keyWords)),
  };
}

export function eventLexicon(ctx: Context): EventLexicon {
  return resource(ctx, 'events:lexicon', loadEventLexicon);
}
