// Narrative time: news copy dates an occasion once and tells the rest of it undated
// ("Vladimir Poutine a fixé vendredi ses conditions : le président russe a exigé que…";
// "Les chefs d'État de la Cedeao ont donné dimanche… Dans le communiqué final du sommet,
// l'organisation exige…"). An undated event that directly continues a dated one — the clause
// after ":" / ";" or the next sentence — takes its date when the two share an actor or the
// continuation points back ("ce sommet", "à cette occasion"). A pluperfect ("avait exigé") or a
// "depuis" marks background and keeps it undated; only dates read in the text are passed on.
import type { Word } from './words.ts';
import type { EventLexicon } from './lexicon.ts';
import type { Mention } from './extract.ts';
import type { Document } from '../../core/document.ts';
import { seqStartingAt } from './words.ts';
import { compareToPublished } from './status.ts';

/** Statuses a continuation may have to inherit a narrative date. */
const CONTINUING = new Set(['occurred', 'requested', 'proposed']);

/** Whether the trigger's verb is in the pluperfect ("avait exigé", "s'étaient entendus"). */
export function pluperfectAt(words: Word[], first: number, lex: EventLexicon): boolean {
  // (the last three words, punctuation aside, of the four before the trigger)
  for (let i = Math.min(first, words.length) - 1, n = 0; i >= Math.max(0, first - 4) && n < 3; i--) {
    if (words[i].punct) continue;
    if (lex.pluperfectAuxiliaries.has(words[i].text)) return true;
    n++;
  }
  return false;
}

/** Whether the clause words before the trigger point back to an occasion already told. */
export function pointsBack(words: Word[], from: number, to: number, lex: EventLexicon): boolean {
  for (let i = from; i < to; i++) if (seqStartingAt(words, i, lex.narrativeAnaphora)) return true;
  return false;
}

const actorKeys = (m: Mention) => new Set(m.record.actors.map((a) => a.entity ?? a.name));

/** Host of a continuation: the first dated event of the earlier clause or of the previous sentence. */
function hostOf(m: Mention, mentions: Mention[], text: string): Mention | undefined {
  // ("lors de deux entretiens séparés": a circumstance noun holds the date its own clause reads)
  const dated = (o: Mention) => o.dates.length > 0 && (!o.inherited || o.circumstance) && !o.background && CONTINUING.has(o.record.status);
  // same sentence: an earlier clause closed by ":" or ";"
  const earlier = mentions.filter((o) => o.sentence === m.sentence && o.trigger.start < m.trigger.start && dated(o)
    && /[:;]/.test(text.slice(o.trigger.end, m.trigger.start)));
  if (earlier.length) return earlier[0];
  // the previous sentence with an event at all must be the one right before
  const previous = mentions.filter((o) => o.sentence === m.sentence - 1);
  return previous.find(dated);
}

/** Written auxiliaries of the pluperfect, just before a participle or up to two words (adverbs, "s'") before it. */
const PLUPERFECT_BEFORE = /(?:^|[^\p{L}])(?:avait|avaient|était|étaient)(?:[\s']+\p{L}+){0,2}\s+$/iu;
/** The same auxiliaries, their participle ("-é") and the determiner of its object noun: "Il avait aussi annoncé l'". */
const PLUPERFECT_OBJECT = /^(?:il|elle|ils|elles)\s+(?:avait|avaient)(?:\s+\p{L}+)?\s+\p{L}+é(?:e|s|es)?\s+(?:l'|l’|le\s|la\s|les\s|un\s|une\s|des\s|de\s|d'|d’)$/iu;

/**
 * "Le 9 septembre au Caire, Abbas Araghchi et Rafael Grossi avaient signé un accord… Mais le ministre iranien avait
 * aussitôt prévenu que ce texte deviendrait caduc…": background told in the pluperfect goes on in the pluperfect. An
 * undated pluperfect act right after a sentence whose first event is a dated pluperfect act (its own day, in its own
 * words) belongs to that episode when the two share an actor or the sequel points back; a "depuis" keeps it background.
 */
function inheritPluperfectEpisode(mentions: Mention[], text: string, published: string | null): void {
  for (const m of mentions) {
    const from = m.record.evidence.start;
    const before = text.slice(from, m.trigger.start);
    // "Il avait aussi annoncé l'envoi de systèmes Patriot": an event noun as the object of a pluperfect verb tells that verb's act
    const pluperfectObject = m.trigger.cue.spec.pos !== 'verb' && PLUPERFECT_OBJECT.test(before);
    if (m.dates.length || (!m.background && !pluperfectObject) || m.absorbed || m.demonstrative || m.quoted || m.bareParticiple
      || (m.trigger.cue.spec.pos !== 'verb' && !pluperfectObject) || !CONTINUING.has(m.record.status)) continue;
    if (!pluperfectObject && !PLUPERFECT_BEFORE.test(before) || /\bdepuis\b/i.test(text.slice(from, m.record.evidence.end))) continue;
    const host = mentions.find((o) => o.sentence === m.sentence - 1 && !o.absorbed && !o.quoted);
    if (!host || !host.dates.length || host.inherited || !CONTINUING.has(host.record.status) || !host.background || host.trigger.cue.spec.pos !== 'verb' || text.slice(host.record.evidence.end, from).includes('\n')) continue;
    const hostBefore = text.slice(host.record.evidence.start, host.trigger.start);
    if (!PLUPERFECT_BEFORE.test(hostBefore) || /\bdepuis\b/i.test(host.record.evidence.text)) continue;
    const date = host.dates[0];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date.value) || (published && compareToPublished(date.value, published) === 'after')) continue;
    const shared = [...actorKeys(m)].some((k) => actorKeys(host).has(k));
    if (!shared && !m.pointsBack) continue;
    m.dates = [date];
    m.inherited = true;
  }
}

export function inheritNarrativeDates(mentions: Mention[], text: string, published: string | null): void {
  inheritPluperfectEpisode(mentions, text, published);
  for (const m of mentions) {
    // a told action continues the narrative; a noun ("la réunion") or quoted speech often names another occasion
    if (m.dates.length || m.absorbed || m.background || m.demonstrative || m.quoted || m.trigger.cue.spec.pos === 'noun' || !CONTINUING.has(m.record.status)) continue;
    // "Un départ exigé par le Tchad, qui…": a participle with no auxiliary qualifies a noun, it tells no act of that day
    if (m.bareParticiple) continue;
    const host = hostOf(m, mentions, text);
    if (!host) continue;
    const date = host.dates[0];
    if (date.value === 'FUTURE_REF' || !/^\d{4}-\d{2}-\d{2}/.test(date.value)) continue;
    // a narrative date is a past occasion: never pass on one after publication
    if (published && compareToPublished(date.value, published) === 'after') continue;
    const shared = [...actorKeys(m)].some((k) => actorKeys(host).has(k));
    if (!shared && !m.pointsBack) continue;
    m.dates = [date];
    m.inherited = true;
  }
}

/** How far back the proposal a rejection answers may lie. */
const PROPOSAL_SENTENCES = 2;

/**
 * "Kiev dénonce un « ultimatum »", "a rejeté les conditions": a rejection or accusation of a proposal
 * targets the author of the last proposal, demand or threat told before it.
 */
export function targetProposalAuthors(mentions: Mention[], folded: string, lex: EventLexicon): void {
  mentions.forEach((m, i) => {
    if (!['REJECT', 'ACCUSE'].includes(m.record.type) || m.record.actors.some((a) => a.role === 'target')) return;
    const object = folded.slice(m.trigger.end, Math.min(m.record.evidence.end, m.trigger.end + 40)).split(/[^\p{L}]+/u).filter(Boolean).slice(0, 4);
    if (!object.some((w) => lex.proposalNouns.has(w))) return;
    const proposal = mentions.slice(0, i).reverse().find((o) => m.sentence - o.sentence <= PROPOSAL_SENTENCES
      && (['REQUEST', 'THREATEN'].includes(o.record.type) || o.record.status === 'proposed') && o.record.actors.some((a) => a.role === 'source'));
    if (!proposal) return;
    const own = new Set(m.record.actors.map((a) => a.entity ?? a.name));
    for (const a of proposal.record.actors) if (a.role === 'source' && !own.has(a.entity ?? a.name)) m.record.actors.push({ ...a, role: 'target' });
  });
}

/**
 * "« Il s'agissait d'une tentative de coup d'État », a affirmé Irakli Kobakhidze lors d'une conférence de presse dimanche.
 * Le chef du gouvernement s'en est pris à l'ambassadeur de l'UE, qu'il accuse de…": a speaker's words dated in one sentence
 * go on in the next, which tells more of what the same speaker did then. An undated act in the next sentence whose actors
 * include the speaker takes the single day the quoting sentence gives (outside the quote).
 */
export function inheritSpeakerDates(mentions: Mention[], doc: Document, published: string | null): void {
  inheritQuotedSequel(mentions, doc, published);
  for (const m of mentions) {
    if (m.dates.length || m.absorbed || m.background || m.demonstrative || m.quoted || m.bareParticiple || m.trigger.cue.spec.pos === 'noun' || !CONTINUING.has(m.record.status)) continue;
    const prev = doc.sentences[m.sentence - 1];
    if (!prev || doc.text.slice(prev.end, doc.sentences[m.sentence].start).includes('\n')) continue;
    const keys = actorKeys(m);
    const quotes = doc.quotes.filter((q) => q.end > prev.start && q.end <= prev.end && q.speaker?.entity && keys.has(q.speaker.entity));
    if (!quotes.length) continue;
    const days = doc.timexes.filter((t) => t.start >= prev.start && t.end <= prev.end && !quotes.some((q) => t.start >= q.start && t.end <= q.end))
      .map((t) => ({ t, v: /^(\d{4}-\d{2}-\d{2})/.exec(t.value)?.[1] })).filter((x) => x.v);
    if (days.length !== 1) continue;
    const value = days[0].v!;
    if (published && compareToPublished(value, published) === 'after') continue;
    m.dates = [{ value, text: days[0].t.text, start: days[0].t.start, end: days[0].t.end }];
    m.inherited = true;
  }
}

/** How many characters the reporting verb between a speaker's mention and its day may take ("a averti dimanche"). */
const SAID_ON_CHARS = 30;

/**
 * "Le chef de la diplomatie américaine a averti dimanche que Washington surveillerait l'accord. « Si le cessez-le-feu est
 * violé, nous demanderons des comptes », a-t-il prévenu.": a sentence opening on a quote whose reporting verb, inverted
 * after it, is the event goes on with the words its speaker said in the sentence before, on the day given there right
 * after the speaker and a reporting verb in the compound past. The sentence must give no date of its own.
 */
function inheritQuotedSequel(mentions: Mention[], doc: Document, published: string | null): void {
  for (const m of mentions) {
    if (m.dates.length || m.absorbed || m.background || m.quoted || m.trigger.cue.spec.pos !== 'verb' || !CONTINUING.has(m.record.status)) continue;
    const sent = doc.sentences[m.sentence], prev = doc.sentences[m.sentence - 1];
    if (!prev || doc.text.slice(prev.end, sent.start).includes('\n')) continue;
    if (doc.timexes.some((t) => t.start >= sent.start && t.end <= sent.end)) continue;
    // the quote opens the sentence and its inverted reporting clause is the trigger: «…», a-t-il prévenu
    const quote = doc.quotes.find((q) => q.start >= sent.start && q.end <= m.trigger.start && q.speaker?.entity
      && /^[\s«"“]*$/.test(doc.text.slice(sent.start, q.start)));
    if (!quote || !/^[\s»"”]*,\s*\p{L}+(?:-t)?-(?:il|elle)\s+$/u.test(doc.text.slice(quote.end, m.trigger.start))) continue;
    const speaker = quote.speaker!.entity!;
    if (!m.record.actors.some((a) => a.entity === speaker)) continue;
    // the sentence before: "<speaker> a averti dimanche", its only day outside quotes
    const inQuote = (x: number) => doc.quotes.some((q) => x >= q.start && x < q.end);
    const days = doc.timexes.filter((t) => t.start >= prev.start && t.end <= prev.end && !inQuote(t.start))
      .map((t) => ({ t, v: /^(\d{4}-\d{2}-\d{2})/.exec(t.value)?.[1] })).filter((x) => x.v);
    if (days.length !== 1) continue;
    const day = days[0];
    const said = doc.entities.find((e) => e.id === speaker)?.mentions.some((x) => x.start >= prev.start && x.end <= day.t.start
      && day.t.start - x.end <= SAID_ON_CHARS && /^\s+(?:a|ont|avait|avaient)\s+\p{L}+\s+$/u.test(doc.text.slice(x.end, day.t.start)));
    if (!said) continue;
    if (published && compareToPublished(day.v!, published) === 'after') continue;
    m.dates = [{ value: day.v!, text: day.t.text, start: day.t.start, end: day.t.end }];
    m.inherited = true;
  }
}

/** From this local hour on, an article tells the day it is published. */
const EVENING_HOUR = 14;

/**
 * An evening dispatch ("Publié le 2 juin à 19h40") whose story opens on that day (its first dated event) tells the day's
 * other acts in the passé composé without repeating the date: "Volodymyr Zelensky a accusé Moscou de vouloir gagner du
 * temps". Such an undated act (not quoted, not background) is dated the day of publication.
 */
export function inheritEveningDay(mentions: Mention[], published: string | null): void {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})/.exec(published ?? '');
  if (!m || Number(m[2]) < EVENING_HOUR) return;
  const day = m[1];
  const first = mentions.find((o) => o.dates.length && !o.inherited && !o.background && !o.quoted && o.record.status === 'occurred' && /^\d{4}-\d{2}-\d{2}$/.test(o.dates[0].value));
  if (!first || first.dates[0].value !== day) return;
  for (const x of mentions) {
    if (x.dates.length || x.absorbed || x.background || x.quoted || !x.compoundPast || x.record.status !== 'occurred' || x.sentence < first.sentence) continue;
    // who acted must be known ("Ce dernier a appelé Ilham Aliev à…" names only the one asked)
    if (!x.record.actors.some((a) => a.role !== 'target')) continue;
    // …and whom it accuses: "le ministère a dénoncé une arrestation" may answer an act of the day before
    if (x.record.type === 'ACCUSE' && !x.record.actors.some((a) => a.role === 'target')) continue;
    // …and the report must still be telling that day: an undated act whose next sentence opens on an act told of an
    // earlier day ("Le Brésil… ont condamné l'assaut. Le Nicaragua a annoncé samedi rompre…") belongs to that round-up
    const next = mentions.find((o) => o.sentence === x.sentence + 1 && !o.quoted);
    if (next?.dates.length && !next.inherited && !next.background && next.record.status === 'occurred'
      && /^\d{4}-\d{2}-\d{2}$/.test(next.dates[0].value) && next.dates[0].value < day) continue;
    x.dates = [{ ...first.dates[0] }];
    x.inherited = true;
  }
}

/** How many characters the place between a date and ", où" may take ("en juin 2024 à Pyongyang, où…"). */
const WHERE_PLACE_CHARS = 40;

/**
 * "Les deux hommes s'étaient vus en juin 2024 à Pyongyang, où ils avaient signé un traité": an event told in a relative
 * clause opened by "où" right after the place of a dated event (its date, a place, a comma) happened then and there.
 */
export function inheritWhereClause(mentions: Mention[], text: string, lex: EventLexicon): void {
  for (const m of mentions) {
    if (m.dates.length || m.absorbed || m.quoted || m.trigger.cue.spec.pos !== 'verb' || m.record.status !== 'occurred') continue;
    const host = mentions.filter((o) => o !== m && o.sentence === m.sentence && o.trigger.end <= m.trigger.start && o.dates.length === 1 && !o.inherited
      && !o.quoted && o.record.status === 'occurred' && o.dates[0].value !== 'FUTURE_REF' && o.dates[0].start >= o.trigger.end && o.dates[0].end <= m.trigger.start).pop();
    // (told of the same actors: "il a signé avec X" after "le pays s'était rendu" names whom the clause speaks of)
    if (!host || ![...actorKeys(m)].some((k) => actorKeys(host).has(k))) continue;
    const between = text.slice(host.dates[0].end, m.trigger.start);
    const at = between.search(/,\s*o[uù]\s/);
    if (at < 0 || at > WHERE_PLACE_CHARS) continue;
    const place = between.slice(0, at).trim().split(/\s+/);
    if (!place.length || !lex.frontedPlacePrepositions.has(foldWord(place[0])) || /[;:«»"]/.test(between)) continue;
    // (the relative clause runs to the trigger: no other clause in between)
    if (/[,;:]/.test(between.slice(at + 1))) continue;
    m.dates = [host.dates[0]];
    m.inherited = true;
  }
}

const foldWord = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
