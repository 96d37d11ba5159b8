// The indexed fusion (candidates by type family × actor or place key × date block) must give
// exactly the timeline of the exhaustive reference that compares every mention with every event.
// Random but realistic sets of reports, from a seeded generator so a failure replays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventActor, EventRecord, EventStatus } from '../core/document.ts';
import { buildTimeline, type TimelineDoc, type TimelineEntity } from './index.ts';

const PEOPLE = [
  ['Q7747', 'Vladimir Putin', 'Vladimir Poutine', 'RU'], ['Q80510', 'Sergey Lavrov', 'Sergueï Lavrov', 'RU'],
  ['vigie:per:vladimir-medinsky', 'Vladimir Medinsky', 'Vladimir Medinski', 'RU'], ['Q22686', 'Donald Trump', 'Trump', 'US'],
  ['Q324546', 'Marco Rubio', 'Rubio', 'US'], ['Q3874799', 'Volodymyr Zelensky', 'Zelensky', 'UA'],
  ['vigie:per:rustem-umerov', 'Rustem Umerov', 'Roustem Oumerov', 'UA'], ['Q3052772', 'Emmanuel Macron', 'Macron', 'FR'],
  ['Q39259', 'Recep Tayyip Erdoğan', 'Erdogan', 'TR'], ['Q15031', 'Xi Jinping', 'Xi', 'CN'],
] as const;
const COUNTRIES = [['RU', 'Russia', 'Russie', 'Moscou'], ['US', 'United States', 'États-Unis', 'Washington'], ['UA', 'Ukraine', 'Ukraine', 'Kiev'],
  ['FR', 'France', 'France', 'Paris'], ['TR', 'Turkey', 'Turquie', 'Ankara'], ['CN', 'China', 'Chine', 'Pékin']] as const;
const PLACES = [['city:TR:istanbul', 'Istanbul'], ['region:US:alaska', 'Alaska'], ['city:CH:geneva', 'Genève'], ['city:SA:riyadh', 'Riyad'], ['city:FR:paris', 'Paris']] as const;
const TYPES = ['CONSULT', 'CONSULT', 'CONSULT', 'AGREE', 'ASSAULT', 'COERCE', 'ACCUSE', 'PROTEST', 'REQUEST', 'RETREAT'];
const MODES: Record<string, string[]> = { CONSULT: ['phone', 'visit', 'multilateral', 'third-party'], RETREAT: ['release'], ASSAULT: ['aerial'] };
const STATUSES: EventStatus[] = ['occurred', 'occurred', 'occurred', 'ongoing', 'planned', 'planned', 'proposed', 'requested', 'denied', 'cancelled', 'hypothetical'];
const COUNTRY_OF = new Map<string, string>(PEOPLE.filter((_, i) => i % 4 !== 3).map(([id, , , c]) => [id, `country:${c}`]));
const countryOf = (id: string) => COUNTRY_OF.get(id) ?? null;

/** xorshift32: the same seed gives the same articles on every run. */
function prng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    return x / 4294967296;
  };
}

/**
 * Articles over `days` days reporting overlapping meetings, calls, strikes and accusations;
 * `few` narrows them to two countries, their people and one place (many near-duplicates).
 */
function reports(seed: number, articles: number, days: number, few = false): TimelineDoc[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * (few ? Math.min(xs.length, 2) : xs.length))];
  const iso = (k: number) => new Date(Date.UTC(2025, 4, 1) + k * 86_400_000).toISOString().slice(0, 10);
  const week = (k: number) => `2025-W${String(18 + Math.floor(k / 7)).padStart(2, '0')}`;
  const docs: TimelineDoc[] = [];
  for (let i = 0; i < articles; i++) {
    const pub = Math.floor(rnd() * days);
    const published = rnd() < 0.05 ? null : rnd() < 0.5 ? iso(pub) : `${iso(pub)}T09:30:00+02:00`;
    const entities: TimelineEntity[] = [];
    const actor = (): EventActor => {
      const r = rnd();
      if (r < 0.3) {
        const [code, name, alias] = pick(COUNTRIES);
        return { entity: `country:${code}`, name, aliases: [alias], role: 'participant' };
      }
      if (r < 0.4) { // a capital standing for its country
        const [code, name, , capital] = pick(COUNTRIES);
        const id = `city:${code}:capital`;
        entities.push({ id, name: capital, type: 'LOC', subtype: 'city', actor: { entity: `country:${code}`, name } });
        return { entity: id, name: capital, role: 'source' };
      }
      const [id, name, alias, code] = pick(PEOPLE);
      if (r < 0.5) return { entity: null, name: rnd() < 0.5 ? name : alias, role: 'target' };
      if (rnd() < 0.3) entities.push({ id, name, aliases: [alias], type: 'PER', country: `country:${code}` });
      return { entity: id, name, aliases: rnd() < 0.5 ? [alias] : [], role: 'participant' };
    };
    const events: EventRecord[] = Array.from({ length: 1 + Math.floor(rnd() * 4) }, (_, j) => {
      const d = pub - Math.floor(rnd() * 12) + (rnd() < 0.2 ? Math.floor(rnd() * 10) : 0), r = rnd();
      const value = r < 0.45 ? iso(d) : r < 0.5 ? `${iso(d)}TEV` : r < 0.57 ? 'FUTURE_REF' : r < 0.6 ? 'PAST_REF' : r < 0.62 ? 'PRESENT_REF'
        : r < 0.67 ? iso(d).slice(0, 7) : r < 0.71 ? week(d) : r < 0.73 ? `${week(d)}-WE` : r < 0.75 ? '2025-SP' : r < 0.77 ? '2025'
        : r < 0.78 ? 'P3D' : r < 0.79 ? '202X' : null;
      const type = pick(TYPES);
      const [placeId, placeName] = pick(PLACES), p = rnd();
      const place = p < 0.4 ? { entity: placeId, name: placeName } : p < 0.5 ? { entity: null, name: placeName } : null;
      const text = `Rapport ${i}-${j}`;
      return {
        id: `ev-${j}`, type, mode: MODES[type] && rnd() < 0.6 ? pick(MODES[type]) : null, status: pick(STATUSES),
        date: value ? { value, text: value } : null, place, actors: Array.from({ length: 1 + Math.floor(rnd() * 3) }, actor),
        evidence: { start: 0, end: text.length, text },
      };
    });
    docs.push({ id: `doc-${i}-${Math.floor(rnd() * 1e6)}`, source: { name: `article-${i}.txt` }, meta: { published }, entities, events });
  }
  // Syndicated copies: the same article received twice.
  for (let k = 0; k < articles / 20; k++) docs.push(docs[Math.floor(rnd() * articles)]);
  return docs;
}

/** Asserts the indexed and exhaustive fusions agree; returns how many events fuse several reports. */
function assertSameAsExhaustive(seed: number, articles: number, days: number, few = false, undated = false): number {
  const docs = undated ? mostlyUndated(reports(seed, articles, days, few)) : reports(seed, articles, days, few);
  const fast = buildTimeline(docs, { undated: true }, { countryOf });
  const reference = buildTimeline(docs, { undated: true }, { countryOf, exhaustive: true });
  assert.equal(JSON.stringify(fast), JSON.stringify(reference));
  return reference.events.filter((e) => e.mentions.length > 1).length;
}

/** As the pipeline gives them: most reports undated (every other one here, plus the undated ones). */
function mostlyUndated(docs: TimelineDoc[]): TimelineDoc[] {
  return docs.map((d) => ({ ...d, events: d.events.map((e, i) => (i % 2 ? { ...e, date: null } : e)) }));
}

// Each set must fuse some reports, or the equality would prove nothing.
test('indexed fusion equals the exhaustive reference on a dense week of reports', () => assert.ok(assertSameAsExhaustive(1, 150, 7) > 0));
test('indexed fusion equals the exhaustive reference on a month of reports', () => assert.ok(assertSameAsExhaustive(2, 300, 30) > 0));
test('indexed fusion equals the exhaustive reference on half a year of reports', () => assert.ok(assertSameAsExhaustive(3, 400, 180) > 0));
test('indexed fusion equals the exhaustive reference on three years of reports', () => assert.ok(assertSameAsExhaustive(4, 300, 1100) > 0));
test('indexed fusion equals the exhaustive reference when most reports are undated', () => {
  assert.ok(assertSameAsExhaustive(26, 400, 120, false, true) > 0);
  assert.ok(assertSameAsExhaustive(27, 300, 60, true, true) > 0);
});
test('indexed fusion equals the exhaustive reference on sparse reports of the same two sides', () => {
  let fused = 0;
  for (let seed = 5; seed < 25; seed++) fused += assertSameAsExhaustive(seed, 12, 40, true);
  assert.ok(fused >= 10, `${fused} fused events over 20 sets`);
});

test('a report open to the past (PAST_REF) fitting two events equally joins the first formed', () => {
  const RU: EventActor = { entity: 'country:RU', name: 'Russia', role: 'participant' }, UA: EventActor = { entity: 'country:UA', name: 'Ukraine', role: 'participant' };
  const talks = (id: string, text: string): EventRecord => ({
    id, type: 'CONSULT', mode: null, status: 'occurred', date: { value: 'PAST_REF', text: 'par le passé' },
    place: { entity: 'city:TR:istanbul', name: 'Istanbul' }, actors: [RU, UA], evidence: { start: 0, end: text.length, text },
  });
  const two: TimelineDoc = { id: 'a', source: { name: 'a.txt' }, meta: { published: '2025-05-20' }, entities: [], events: [
    talks('a1', 'Russes et Ukrainiens se sont déjà rencontrés à Istanbul.'), talks('a2', 'Ils s\'y étaient aussi vus auparavant.')] };
  const later: TimelineDoc = { id: 'b', source: { name: 'b.txt' }, meta: { published: '2025-05-25' }, entities: [], events: [
    talks('b1', 'Les délégations s\'étaient retrouvées à Istanbul.')] };
  for (const exhaustive of [false, true]) {
    const { events } = buildTimeline([later, two], {}, { countryOf, exhaustive });
    assert.deepEqual(events.map((e) => e.mentions.map((m) => m.event)).sort(), [['a1', 'b1'], ['a2']]);
  }
});

test('two reports of the same talks a day apart are fused on any pair of days', () => {
  const RU: EventActor = { entity: 'country:RU', name: 'Russia', role: 'participant' }, UA: EventActor = { entity: 'country:UA', name: 'Ukraine', role: 'participant' };
  const report = (id: string, date: string, text: string): TimelineDoc => ({
    id, source: { name: `${id}.txt` }, meta: { published: '2025-07-01' }, entities: [],
    events: [{ id: 'e', type: 'CONSULT', mode: null, status: 'occurred', date: { value: date, text: date }, place: { entity: 'city:TR:istanbul', name: 'Istanbul' },
      actors: [RU, UA], evidence: { start: 0, end: text.length, text } }],
  });
  // Sixteen consecutive pairs of days: some straddle the index's date blocks.
  for (let day = 1; day <= 16; day++) {
    const first = `2025-06-${String(day).padStart(2, '0')}`, next = `2025-06-${String(day + 1).padStart(2, '0')}`;
    const { events } = buildTimeline([report('a', first, 'Les délégations se sont réunies jeudi à Istanbul.'), report('b', next, 'Les délégations se sont réunies vendredi à Istanbul.')], {}, { countryOf });
    assert.deepEqual(events.map((e) => [e.mentions.length, e.contradiction]), [[2, true]], `${first} / ${next}`);
  }
});
