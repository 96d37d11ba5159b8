// The tense of the clause a temporal expression modifies, read from the verb group nearest to it
// (HeidelTime-style), plus the event noun's orientation ("prête à des pourparlers … lundi" is future).
import { foldForm, matchForm } from '../../core/normalize.ts';
import type { Lexicon } from './lexicon.ts';

/** PAST: passé composé / imparfait / passé simple; PLUPERFECT: strictly before the reference;
 *  REPORT: present of a reporting verb ("déclare mardi"), past or today; PRESENT: other present;
 *  FUTURE_IN_PAST: a plan seen from the past ("devait se tenir lundi", "une réunion prévue le 15 juin
 *  a été annulée"), which may lie before or after the reference: the nearest date is meant. */
export type Tense = 'PAST' | 'PLUPERFECT' | 'FUTURE' | 'PRESENT' | 'REPORT' | 'FUTURE_IN_PAST';

export interface Word { start: number; end: number; low: string; fold: string; capital: boolean }

// Words are found on the folded form (lower-case ASCII for Latin script), which is fast to scan.
const WORD = /[a-z0-9\u00c0-\u024f]+(?:[-.][a-z0-9\u00c0-\u024f]+)*'?/g;

/** A text in its three forms of equal length: as is, folded (foldForm), lower-cased matchForm (accents kept). */
export interface TextForms { text: string; fold: string; low: string }

/** `fold`: the document's foldForm when already computed (doc.fold). */
/** `norm`: the text's matchForm when the caller has it (the document caches it for other components too). */
export function textForms(text: string, fold = foldForm(text), norm = matchForm(text)): TextForms {
  const low = norm.toLowerCase();
  return { text, fold, low: low.length === text.length ? low : norm };
}

export function words(forms: TextForms, start: number, end: number): Word[] {
  const out: Word[] = [];
  const re = WORD; // shared: the scan below runs to completion before anyone else uses it
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(forms.fold)) && m.index < end) {
    const s = m.index, e = Math.min(end, s + m[0].length);
    const fold = forms.fold.slice(s, e);
    // Most words have no accent: their lower-case form is then the folded one, one string for both.
    let accented = false;
    for (let i = s; i < e && !accented; i++) accented = forms.low.charCodeAt(i) !== forms.fold.charCodeAt(i);
    out.push({ start: s, end: e, low: accented ? forms.low.slice(s, e) : fold, fold, capital: forms.text[s] !== forms.low[s] });
  }
  return out;
}

interface TenseSets {
  auxPresent: Set<string>; auxImperfect: Set<string>; auxFuture: Set<string>; auxConditional: Set<string>; auxPastSimple: Set<string>; auxInfinitive: Set<string>;
  goingTo: Set<string>; goingToPast: Set<string>; modals: Set<string>; modalsInPast: Set<string>; intentionsInPast: Set<string>; prospective: Set<string>; disposition: Set<string>;
  reporting: Set<string>; irregularFuture: Set<string>; irregularConditional: Set<string>; notVerbs: Set<string>;
  determiners: Set<string>; skip: Set<string>; clauseBreak: Set<string>;
  irregularParticiples: Set<string>; etreVerbs: Set<string>; etreAux: Set<string>; reflexive: Set<string>; hosting: Set<string>; accentedParticiples: Set<string>;
  prospectiveWithEtre: Set<string>;
}
const setsCache = new WeakMap<Lexicon, TenseSets>();
function sets(lex: Lexicon): TenseSets {
  let s = setsCache.get(lex);
  if (!s) {
    const t = lex.tense as Lexicon['tense'] & { determiners: string[]; skipBetweenAuxAndParticiple: string[]; modalsFutureInPast?: string[]; intentionsInPast?: string[];
      irregularParticiples?: string[]; etreVerbParticiples?: string[]; etreAuxiliaries?: string[]; reflexivePronouns?: string[] };
    const agreed = (stems: string[]) => stems.flatMap((p) => [p, `${p}e`, `${p}s`, `${p}es`]);
    s = {
      auxPresent: new Set(t.auxPresent), auxImperfect: new Set(t.auxImperfect), auxFuture: new Set(t.auxFuture),
      auxConditional: new Set(t.auxConditional), auxPastSimple: new Set(t.auxPastSimple), auxInfinitive: new Set((t as { auxInfinitive?: string[] }).auxInfinitive ?? []),
      goingTo: new Set(t.goingTo), goingToPast: new Set(t.goingToPast), modals: new Set(t.modalsFuture), modalsInPast: new Set(t.modalsFutureInPast ?? []), intentionsInPast: new Set(t.intentionsInPast ?? []),
      prospective: new Set(t.prospectiveWords), disposition: new Set(t.dispositionWords), reporting: new Set(t.reportingPresent),
      irregularFuture: new Set(t.irregularFuture), irregularConditional: new Set(t.irregularConditional),
      notVerbs: new Set(t.notVerbs), determiners: new Set(t.determiners), skip: new Set(t.skipBetweenAuxAndParticiple),
      clauseBreak: new Set(t.clauseBreakWords),
      irregularParticiples: new Set(t.irregularParticiples ?? []), etreVerbs: new Set(agreed(t.etreVerbParticiples ?? [])), etreAux: new Set(t.etreAuxiliaries ?? []),
      reflexive: new Set(t.reflexivePronouns ?? []),
      hosting: new Set((t as { hostingPresent?: string[] }).hostingPresent ?? []),
      accentedParticiples: new Set((t as { accentedParticiples?: string[] }).accentedParticiples ?? []),
      prospectiveWithEtre: new Set((t as { prospectiveWithEtreOnly?: string[] }).prospectiveWithEtreOnly ?? []),
    };
    setsCache.set(lex, s);
  }
  return s;
}

/** "a-t-il" → "a", "s'est" stays two words; the auxiliary of an inverted form. */
function bare(w: Word): string {
  const i = w.fold.indexOf('-');
  return i > 0 ? w.fold.slice(0, i) : w.fold;
}

function isParticiple(lex: Lexicon, w: Word, strict: boolean, capitalOk = false): boolean {
  if ((w.capital && !capitalOk) || w.low.length < 2) return false;
  const S = sets(lex);
  if (!strict && S.irregularParticiples.has(w.fold)) return true; // "ont fait", not an imperfect
  if (!strict && S.accentedParticiples.has(w.low)) return true; // "a dû fermer", not the article "du"
  // The folded form of "rencontré" is the noun "rencontre": an accented -é ending stays a participle.
  if (S.notVerbs.has(w.fold) && !/é(e|s|es)?$/.test(w.low)) return false;
  if (strict) return /(é|ée|és|ées)$/.test(w.low) && w.low.length > 3;
  return lex.tense.participleEndings.some((e) => w.low.endsWith(e)) && !/ais$|ait$/.test(w.low);
}

/**
 * "étaient réunies", "fut élu", "sont menacés": être with the participle of a verb that takes avoir,
 * not reflexive, is a passive of the auxiliary's own time (PAST, PRESENT), not a compound past.
 */
function passiveOfNarrative(lex: Lexicon, ws: Word[], auxIndex: number, participle: Word): Tense | null {
  const S = sets(lex);
  const aux = bare(ws[auxIndex]);
  const present = /^(suis|es|est|sommes|etes|sont)$/.test(aux);
  if (!present && !/^(etai|etio|etie|fut|furent)/.test(aux)) return null;
  // "s'est rendu", and with a clitic between: "s'en est pris", "s'y est rendu"
  let k = auxIndex - 1;
  if (ws[k] && (ws[k].fold === 'en' || ws[k].fold === 'y')) k--;
  const prev = ws[k]?.fold;
  if (prev && S.reflexive.has(prev)) return null;
  if (S.etreVerbs.has(participle.fold) || S.prospective.has(participle.fold)) return null;
  // "sont menacés de droits de douane au 1er août": a passive present
  return present ? 'PRESENT' : 'PAST';
}

function auxTense(lex: Lexicon, aux: string, participle: Word | null): Tense | null {
  const S = sets(lex);
  // "est prévue lundi" plans ahead of now; "était prévue lundi" ahead of a past moment.
  // ("a convoqué jeudi l'ambassadeur": with avoir, a verb that plans only as a passive tells a past act)
  if (participle && S.prospective.has(participle.fold) && (!S.prospectiveWithEtre.has(participle.fold) || S.etreAux.has(aux))) {
    return S.auxImperfect.has(aux) || S.auxPastSimple.has(aux) ? 'FUTURE_IN_PAST' : 'FUTURE';
  }
  if (S.auxPresent.has(aux)) return participle ? 'PAST' : 'PRESENT';
  if (S.auxImperfect.has(aux)) return participle ? 'PLUPERFECT' : 'PAST';
  if (S.auxPastSimple.has(aux)) return participle ? 'PLUPERFECT' : 'PAST';
  if (S.auxFuture.has(aux)) return 'FUTURE';
  if (S.auxConditional.has(aux)) return participle ? 'PAST' : 'FUTURE';
  // "après avoir réagi mercredi": a past infinitive; a bare "avoir" marks no time.
  if (S.auxInfinitive.has(aux)) return participle ? 'PAST' : null;
  return null;
}

function isAux(lex: Lexicon, w: Word): boolean {
  const S = sets(lex);
  const a = bare(w);
  if (a === 'a' && w.low.startsWith('à')) return false; // the preposition
  return S.auxPresent.has(a) || S.auxImperfect.has(a) || S.auxFuture.has(a) || S.auxConditional.has(a) || S.auxPastSimple.has(a) || S.auxInfinitive.has(a);
}

/** The tense a single word (with its neighbours) marks, or null when it is no verb form. */
function wordTense(lex: Lexicon, ws: Word[], i: number, forward = false): Tense | null {
  const S = sets(lex);
  const w = ws[i];
  const f = bare(w);
  if (w.capital && i > 0) return null;
  // A participle: find its auxiliary a few words back ("a de son côté échangé").
  if (isParticiple(lex, w, false)) {
    for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
      if (isAux(lex, ws[j])) return passiveOfNarrative(lex, ws, j, w) ?? auxTense(lex, bare(ws[j]), w);
      const fj = ws[j].fold;
      if (fj === 'etre' || fj === 'avoir' || fj === 'ete') continue; // "pourraient être organisés"
      if (!S.skip.has(fj) && !isParticiple(lex, ws[j], false)) break;
    }
    const prev = ws[i - 1];
    if (prev && (prev.fold === 'etre' || prev.fold === 'avoir')) return null; // infinitive group: the modal decides
    if (S.prospective.has(w.fold)) return 'FUTURE';
    if (isParticiple(lex, w, true) && !(prev && S.determiners.has(prev.fold))) return 'PAST';
  }
  if (isAux(lex, w)) {
    // An auxiliary met first (scanning forward): look ahead for its participle.
    for (let j = i + 1; j < Math.min(ws.length, i + 5); j++) {
      // "est parti", "est partie": a participle of a verb taking être that is also a noun ("le parti").
      const etreParticiple = !ws[j].capital && S.etreVerbs.has(ws[j].fold) && S.etreAux.has(f);
      // "la réunion s'est tenue": right after a reflexive être, a participle that is also a noun ("la tenue")
      const reflexiveParticiple = j === i + 1 && !ws[j].capital && S.etreAux.has(f) && i > 0 && S.reflexive.has(ws[i - 1].fold)
        && lex.tense.participleEndings.some((e) => ws[j].low.endsWith(e));
      if (etreParticiple || reflexiveParticiple || isParticiple(lex, ws[j], false)) return passiveOfNarrative(lex, ws, i, ws[j]) ?? auxTense(lex, f, ws[j]);
      if (!S.skip.has(ws[j].fold) && !/^(s'|se|l'|le|la|les|lui|leur)$/.test(ws[j].fold)) break;
    }
    return auxTense(lex, f, null);
  }
  if (S.modals.has(f)) return 'FUTURE';
  if (S.modalsInPast.has(f)) return 'FUTURE_IN_PAST';
  if (S.intentionsInPast.has(f)) {
    // "comptait se rendre lundi", "prévoyait de signer": an intention only before an infinitive.
    let j = i + 1;
    while (j < ws.length && /^(se|s'|y|en|de|d'|a|à|ne|n'|pas|le|la|les|l'|lui|leur)$/.test(ws[j].low)) j++;
    if (ws[j] && /(er|ir|re|oir)$/.test(ws[j].fold)) return 'FUTURE_IN_PAST';
  }
  if (S.goingTo.has(f) || S.goingToPast.has(f)) {
    const next = ws[i + 1];
    if (next && /(er|ir|re|oir)$/.test(next.fold)) return S.goingToPast.has(f) ? 'FUTURE_IN_PAST' : 'FUTURE';
    return null;
  }
  if ((f === 'vient' || f === 'viennent' || f === 'venait' || f === 'venaient') && /^d/.test(ws[i + 1]?.fold ?? '')) return 'PAST';
  // "Washington réunit les Européens mercredi": a meeting verb in the present (not "la rencontre")
  if (S.hosting.has(f) && !(i > 0 && S.determiners.has(ws[i - 1].fold))) return 'PRESENT';
  if (S.notVerbs.has(f) || w.capital) return null;
  if (S.irregularConditional.has(f) || S.irregularFuture.has(f)) return 'FUTURE';
  if (w.low.length >= 6 && lex.tense.conditionalEndings.some((e) => w.low.endsWith(e))) return 'FUTURE';
  if (w.low.length >= 5 && lex.tense.futureEndings.some((e) => w.low.endsWith(e))) return 'FUTURE';
  if (w.low.length >= 5 && /(ait|aient)$/.test(w.low)) return 'PAST';
  if (lex.tense.pastSimpleEndings.some((e) => w.low.endsWith(e))) return 'PAST';
  if (S.reporting.has(f)) return 'REPORT';
  // "se retrouvent lundi", "se tient mardi": a pronominal verb in the present (not an infinitive
  // after a modal, "doit se rendre") is a present: a meeting or a move today or ahead.
  // Only for the verb before the expression: a fronted day ("Mardi, X, qui se fait appeler…") is
  // governed by the main clause, not by a relative met further on.
  const prev = ws[i - 1];
  if (!forward && prev && (prev.fold === 'se' || prev.fold === "s'") && w.low.length >= 3 && !/(er|ir|re|oir)$/.test(f)) return 'PRESENT';
  return null;
}

/** A participle with no auxiliary just before it ("la réunion, prévue lundi"), an adjective-like use. */
function bareParticiple(lex: Lexicon, ws: Word[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) if (isAux(lex, ws[j])) return false;
  return true;
}

/** A participle with no auxiliary, infinitive or determiner before it ("les négociations tenues"). */
function bareAdjacentParticiple(lex: Lexicon, ws: Word[], i: number): boolean {
  const endings = (lex.tense as { adjacentParticipleEndings?: string[] }).adjacentParticipleEndings ?? [];
  const w = ws[i];
  // "Reçu lundi à l'Élysée, le président…": a participle opening the sentence may bear its capital.
  if (!isParticiple(lex, w, false, i === 0) || !endings.some((e) => w.low.endsWith(e)) || !bareParticiple(lex, ws, i)) return false;
  const prev = ws[i - 1]?.fold;
  // "se réunit", "qui", a pronoun subject: a finite verb, not a participle.
  return !prev || !(prev === 'etre' || prev === 'avoir' || prev === 'ete' || /^(se|s'|il|elle|on|ils|elles|qui|je|tu|nous|vous)$/.test(prev) || sets(lex).determiners.has(prev));
}

/**
 * "ont accepté de se retrouver jeudi", "s'est engagé à signer lundi": an agreement, decision or promise
 * (not a pluperfect one) whose infinitive, before the expression, is the act the expression dates.
 */
function commitsAhead(lex: Lexicon, ws: Word[], i: number, before: number): boolean {
  const commitments = (lex.tense as { commitmentVerbs?: string[] }).commitmentVerbs ?? [];
  if (ws[i].capital || !commitments.includes(ws[i].fold)) return false;
  let j = i + 1;
  if (!ws[j] || !/^(de|d'|a)$/.test(ws[j].fold) || ws[j].low === 'a') return false; // "à", not the auxiliary "a"
  j++;
  while (j < before && /^(se|s'|y|en|le|la|les|l'|lui|leur|ne|n'|pas)$/.test(ws[j].fold)) j++;
  if (j >= before || ws[j].capital || !/(er|ir|re|oir)$/.test(ws[j].fold)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (sets(lex).auxImperfect.has(bare(ws[k]))) return false;
  return true;
}

/** A disposition or plan word ("prête", "prévu") whose complement ("à des pourparlers") holds the expression. */
function orientsFuture(lex: Lexicon, ws: Word[], i: number, before: number): boolean {
  const S = sets(lex);
  const f = ws[i].fold;
  if (!S.disposition.has(f) && !S.prospective.has(f)) return false;
  // "a convoqué jeudi l'ambassadeur": after a form of avoir, a verb that plans only as a passive tells a past act
  if (S.prospectiveWithEtre.has(f) && i > 0 && isAux(lex, ws[i - 1]) && !S.etreAux.has(bare(ws[i - 1]))) return false;
  for (let j = i + 1; j < before; j++) if (ws[j].low === 'à' || ws[j].fold === 'pour' || ws[j].fold === "d'ici") return true;
  return S.prospective.has(f) && i === before - 1; // "prévue lundi"
}

/**
 * "La trêve intervient à la veille du retour de Donald Trump, investi lundi": the expression sits in
 * the complement of "à la veille de" with no finite verb between, and the clause before is not past.
 */
function aheadOfEve(lex: Lexicon, ws: Word[], before: number): boolean {
  const eve = (lex.tense as { eveNouns?: string[] }).eveNouns ?? [];
  for (let i = before - 2; i >= Math.max(2, before - 15); i--) {
    if (!eve.includes(ws[i].fold) || !/^(la|l')$/.test(ws[i - 1].fold) || ws[i - 2].low !== 'à' || !/^(de|du|des|d')$/.test(ws[i + 1].fold)) continue;
    for (let j = i + 2; j < before; j++) {
      if (isParticiple(lex, ws[j], false) && bareParticiple(lex, ws, j)) continue; // "investi lundi"
      if (wordTense(lex, ws, j)) return false;
    }
    for (let j = i - 3; j >= Math.max(0, i - 12); j--) {
      const t = wordTense(lex, ws, j);
      if (t) return t !== 'PAST' && t !== 'PLUPERFECT';
    }
    return true;
  }
  return false;
}

/**
 * "a annoncé le versement d'une nouvelle tranche d'aide à l'Ukraine en mars": the expression closes
 * the object of an announcement ("a annoncé" + determiner + planned act), with no verb between.
 */
function announcedAct(lex: Lexicon, ws: Word[], before: number): boolean {
  const t = lex.tense as { announcingParticiples?: string[]; plannedActionNouns?: string[] };
  const verbs = t.announcingParticiples ?? [], acts = t.plannedActionNouns ?? [];
  for (let i = before - 4; i >= Math.max(1, before - 25); i--) {
    if (!verbs.includes(ws[i].fold) || ws[i].capital || !isAux(lex, ws[i - 1])) continue;
    const det = ws[i + 1]?.fold, noun = ws[i + 2]?.fold;
    if (!det || !/^(le|la|les|l'|un|une|des|son|sa|ses|leur|leurs)$/.test(det) || !noun || !acts.includes(noun)) return false;
    for (let j = i + 3; j < before; j++) {
      // "de nouveaux blindés" qualifies a noun; "l'accord conclu en mars" dates its own participle.
      if (isParticiple(lex, ws[j], false) && bareParticiple(lex, ws, j)) { if (j >= before - 2) return false; continue; }
      if (wordTense(lex, ws, j)) return false;
    }
    return true;
  }
  return false;
}

/**
 * "Mao Ning a précisé lundi que Li Qiang n'avait aucun projet de rencontre … ce week-end": an imperfect
 * with no participle, in a clause "que" after a passé composé, is the present of the reported speech
 * (sequence of tenses), not a past of its own: the expression lies near the time of the report.
 */
function reportedImperfect(lex: Lexicon, ws: Word[], i: number): boolean {
  if (!/(ait|aient)$/.test(ws[i].low) || ws[i].capital) return false;
  const next = ws[i + 1];
  if (next && (isParticiple(lex, next, false) || sets(lex).skip.has(next.fold) && ws[i + 2] && isParticiple(lex, ws[i + 2], false))) return false;
  for (let k = i - 1; k >= Math.max(1, i - 8); k--) {
    if (ws[k].fold !== 'que' && ws[k].fold !== "qu'") continue;
    for (let j = k - 1; j >= Math.max(1, k - 4); j--) {
      if (isParticiple(lex, ws[j], true) && isAux(lex, ws[j - 1]) && sets(lex).auxPresent.has(bare(ws[j - 1]))) return true;
    }
    return false;
  }
  return false;
}

/**
 * The tense governing the expression at [start, end) in the sentence [sentStart, sentEnd):
 * the nearest verb group before it, or after it when the expression opens the clause ("Vendredi, il avait…").
 */
/** The tense of the first verb among the `limit` words from `after` (the expression ends at `end`). */
function tenseAfter(lex: Lexicon, text: string, ws: Word[], after: number, end: number, limit: number): Tense | null {
  for (let i = after; i < Math.min(ws.length, after + limit); i++) {
    // The reporting clause after a quotation ("…le 2 juin», a annoncé X") does not govern it.
    if (/[«»"“”]/.test(text.slice(i === after ? end : ws[i - 1].end, ws[i].start))) return null;
    const t = wordTense(lex, ws, i, true);
    if (t) return t;
  }
  return null;
}

export function clauseTense(lex: Lexicon, forms: TextForms, sentStart: number, sentEnd: number, start: number, end: number, cache?: Map<number, Word[]>): Tense | null {
  const text = forms.text;
  let ws = cache?.get(sentStart);
  if (!ws) { ws = words(forms, sentStart, sentEnd); cache?.set(sentStart, ws); }
  let before = 0;
  while (before < ws.length && ws[before].end <= start) before++;
  let after = before;
  while (after < ws.length && ws[after].start < end) after++;
  const between = text.slice(end, ws[after]?.start ?? end);
  const fronted = before === 0 || (before <= 2 && /^(et|puis|mais|des|depuis|or|ainsi|enfin)$/.test(ws[0].fold)) || /,/.test(between) && before <= 1;
  // "C'est samedi, lors d'une réunion, que Poutine avait annoncé la trêve": a cleft's "est" marks no
  // time; the verb after "que" does.
  if (before >= 2 && ws[before - 2].fold === "c'" && /^(est|etait|fut|sera)$/.test(ws[before - 1].fold)
    && ws.slice(after, after + 20).some((w) => w.fold === 'que' || w.fold === "qu'")) return tenseAfter(lex, text, ws, after, end, 30);
  // "Ouverte lundi, la conférence doit s'achever le 22", "Élu dimanche, il prendra ses fonctions…": a
  // participle opening the sentence right before the expression dates a completed event, whatever the main verb.
  if (before === 1 && after < ws.length && /^\s*,/.test(between) && bareAdjacentParticiple(lex, ws, 0) && !sets(lex).prospective.has(ws[0].fold)) return 'PAST';
  if (fronted) {
    const t = tenseAfter(lex, text, ws, after, end, 30);
    if (t) return t;
  }
  const pastNouns = (lex.tense as { pastOrientingWords?: string[] }).pastOrientingWords ?? [];
  const postponing = (lex.tense as { postponeWords?: string[] }).postponeWords ?? [];
  const notParticiples = (lex.tense as { presentParticipleNotVerbs?: string[] }).presentParticipleNotVerbs ?? [];
  const participleDatePrepositions = (lex.tense as { participleDatePrepositions?: string[] }).participleDatePrepositions ?? [];
  // "a reporté au 10 mars": the day a thing is put off to lies ahead, whatever the verb's tense
  if (before >= 2 && postponing.includes(ws[before - 2].fold) && /^(au|à)$/.test(ws[before - 1].low)) return 'FUTURE';
  if (aheadOfEve(lex, ws, before) || announcedAct(lex, ws, before)) return 'FUTURE';
  for (let i = before - 1; i >= Math.max(0, before - 30); i--) {
    if (orientsFuture(lex, ws, i, before)) {
      // "Une sixième session, prévue le 15 juin, a été annulée": a bare "prévue" in a past clause
      // names a plan seen from the past.
      if (bareParticiple(lex, ws, i)) { const main = tenseAfter(lex, text, ws, after, end, 15); if (main === 'PAST' || main === 'PLUPERFECT') return 'FUTURE_IN_PAST'; }
      return 'FUTURE';
    }
    // "après un précédent entretien le 18 février": the event noun is marked as past.
    if (before - i <= 3 && pastNouns.includes(ws[i].fold)) return 'PAST';
    // "sera le premier reçu depuis l'investiture du président, le 20 janvier": a date in the
    // complement of "depuis", with no verb between, lies in the past whatever the main verb.
    if (ws[i].fold === 'depuis') return 'PAST';
    // "…a rejeté le texte, ouvrant la voie à leur rétablissement le 28 septembre": a participial
    // clause after a comma has no tense of its own and the main verb's does not date its complements.
    if (i > 0 && ws[i].low.length >= 5 && ws[i].fold.endsWith('ant') && !ws[i].capital && !notParticiples.includes(ws[i].fold)
      && /,\s*$/.test(text.slice(ws[i - 1].end, ws[i].start))) return null;
    if (commitsAhead(lex, ws, i, before)) return 'FUTURE_IN_PAST';
    const t = wordTense(lex, ws, i);
    if (t === 'PAST' && reportedImperfect(lex, ws, i)) return 'FUTURE_IN_PAST';
    if (t) return t;
    // "les négociations tenues ce week-end", "le texte adopté mardi", "la trêve conclue en mai": a bare
    // participle right before the expression (or before its "en") dates a completed event.
    if ((i === before - 1 || (i === before - 2 && participleDatePrepositions.includes(ws[before - 1].fold))) && bareAdjacentParticiple(lex, ws, i)) return 'PAST';
  }
  return fronted ? null : tenseAfter(lex, text, ws, after, end, 10);
}
