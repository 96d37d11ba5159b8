// The behaviour every Store must have, as node:test cases: run it against a factory
// (SQLite now: ./sqlite/sqlite.test.ts; the PostgreSQL store later).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, EventRecord, Quote, Timex } from '../core/document.ts';
import { buildTimeline } from '../timeline/index.ts';
import type { ContractDocument, Store } from './types.ts';

/** A fresh, empty store per test; `cleanup` runs after the test closes it. */
export type StoreFactory = () => Promise<{ store: Store; cleanup?: () => Promise<void> | void }>;

const PUTIN_NAMES = { name: 'Vladimir Putin', aliases: ['Vladimir Poutine', 'Poutine', 'Putin'] };

function span(text: string, part: string, from = 0) {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`fixture: "${part}" not in text`);
  return { start, end: start + part.length, text: part };
}

interface Fixture {
  id: string; name: string; published: string | null; title: string; text: string;
  entities: [id: string, type: Entity['type'], names: { name: string; aliases: string[] }, surface: string[], subtype?: string][];
  timexes: [surface: string, value: string][];
  quotes: [text: string, speakerId: string | null, speakerName: string, cue: string][];
  events: Omit<EventRecord, 'evidence'> & { evidence: string }[] | (Omit<EventRecord, 'evidence'> & { evidence: string })[];
}

function build(f: Fixture): ContractDocument {
  const t = f.text;
  const entities: Entity[] = f.entities.map(([id, type, names, surfaces, subtype]) => ({
    id, name: names.name, type, aliases: names.aliases, subtype: subtype ?? null,
    mentions: surfaces.map((s) => ({ ...span(t, s), kind: 'name' as const })),
  }));
  const timexes: Timex[] = f.timexes.map(([s, value]) => ({ ...span(t, s), type: 'DATE', value }));
  const quotes: Quote[] = f.quotes.map(([q, entity, name, cue]) => ({
    ...span(t, q), kind: 'direct', speaker: { entity, name, aliases: entity === 'Q7747' ? PUTIN_NAMES.aliases : [], start: null, end: null }, cue,
  }));
  const events: EventRecord[] = (f.events as (Omit<EventRecord, 'evidence'> & { evidence: string })[]).map((e) => ({ ...e, evidence: span(t, e.evidence) }));
  return {
    id: f.id,
    source: { name: f.name, path: null, url: null },
    meta: { title: f.title, published: f.published, publishedFrom: f.published ? 'header' : null, outlet: 'ATS', agencies: ['ATS'], authors: [], language: 'fr' },
    text: t,
    removed: [{ text: 'Passer la publicité', reason: 'ad' }],
    sentences: [{ start: 0, end: t.length }],
    entities, timexes, quotes, events, messages: [],
  };
}

const TRUMP = { entity: 'Q22686', name: 'Donald Trump', aliases: ['Trump'] };
const PUTIN = { entity: 'Q7747', ...PUTIN_NAMES };

/** Three realistic articles: a summit announced, the summit held, talks in Geneva. */
export function contractFixtures(): ContractDocument[] {
  const announced = 'Une rencontre entre Donald Trump et Vladimir Poutine est prévue «dans les prochains jours», a indiqué jeudi Iouri Ouchakov. «Nous commençons maintenant à régler les détails», a-t-il ajouté.';
  const held = 'Donald Trump et Vladimir Poutine se sont rencontrés vendredi en Alaska. «Nous avons eu une discussion constructive», a déclaré Poutine à l\'issue du sommet.';
  const geneva = 'Les délégations russe et ukrainienne se retrouveront à Genève le 3 septembre, selon Kiev. «La paix doit être juste», a affirmé Volodymyr Zelensky.';
  return [
    build({
      id: 'a1f0000000000001', name: '003_announced.txt', published: '2025-08-07T10:27:00+02:00', title: 'Une rencontre Trump-Poutine «dans les prochains jours»', text: announced,
      entities: [['Q22686', 'PER', { name: 'Donald Trump', aliases: ['Trump'] }, ['Donald Trump'], 'person'], ['Q7747', 'PER', PUTIN_NAMES, ['Vladimir Poutine'], 'person'],
        ['vigie:per:yuri-ushakov', 'PER', { name: 'Yuri Ushakov', aliases: ['Iouri Ouchakov'] }, ['Iouri Ouchakov'], 'person']],
      timexes: [['jeudi', '2025-08-07']],
      quotes: [['Nous commençons maintenant à régler les détails', 'vigie:per:yuri-ushakov', 'Yuri Ushakov', 'a-t-il ajouté']],
      events: [{ id: 'ev-announced', type: 'CONSULT', mode: null, status: 'planned', date: { value: 'FUTURE_REF', text: 'dans les prochains jours' }, place: null,
        actors: [{ ...TRUMP, role: 'participant' }, { ...PUTIN, role: 'participant' }], evidence: 'Une rencontre entre Donald Trump et Vladimir Poutine est prévue' }],
    }),
    build({
      id: 'a1f0000000000002', name: '004_held.txt', published: '2025-08-15', title: 'Sommet en Alaska', text: held,
      entities: [['Q22686', 'PER', { name: 'Donald Trump', aliases: ['Trump'] }, ['Donald Trump'], 'person'], ['Q7747', 'PER', PUTIN_NAMES, ['Vladimir Poutine', 'Poutine'], 'person'],
        ['region:US:alaska', 'LOC', { name: 'Alaska', aliases: [] }, ['Alaska'], 'region']],
      timexes: [['vendredi', '2025-08-15']],
      quotes: [['Nous avons eu une discussion constructive', 'Q7747', 'Vladimir Putin', 'a déclaré']],
      events: [{ id: 'ev-held', type: 'CONSULT', mode: 'visit', status: 'occurred', date: { value: '2025-08-15', text: 'vendredi' }, place: { entity: 'region:US:alaska', name: 'Alaska' },
        actors: [{ ...TRUMP, role: 'participant' }, { ...PUTIN, role: 'participant' }], evidence: 'Donald Trump et Vladimir Poutine se sont rencontrés vendredi en Alaska' }],
    }),
    build({
      id: 'a1f0000000000003', name: 'geneve.txt', published: null, title: 'Pourparlers à Genève', text: geneva,
      entities: [['city:CH:geneva', 'LOC', { name: 'Geneva', aliases: ['Genève'] }, ['Genève'], 'city'], ['city:UA:kyiv', 'LOC', { name: 'Kyiv', aliases: ['Kiev'] }, ['Kiev'], 'city'],
        ['Q3874799', 'PER', { name: 'Volodymyr Zelensky', aliases: ['Zelensky'] }, ['Volodymyr Zelensky'], 'person']],
      timexes: [['le 3 septembre', '2025-09-03']],
      quotes: [['La paix doit être juste', 'Q3874799', 'Volodymyr Zelensky', 'a affirmé']],
      events: [{ id: 'ev-geneva', type: 'CONSULT', mode: null, status: 'planned', date: { value: '2025-09-03', text: 'le 3 septembre' }, place: { entity: 'city:CH:geneva', name: 'Geneva' },
        actors: [{ entity: 'country:RU', name: 'Russia', aliases: ['Russie'], role: 'participant' }, { entity: 'country:UA', name: 'Ukraine', aliases: [], role: 'participant' }],
        evidence: 'Les délégations russe et ukrainienne se retrouveront à Genève le 3 septembre' }],
    }),
  ];
}

export function runStoreContract(label: string, factory: StoreFactory): void {
  const withStore = (name: string, body: (store: Store, docs: ContractDocument[]) => Promise<void>) =>
    test(`${label}: ${name}`, async () => {
      const { store, cleanup } = await factory();
      try {
        await body(store, contractFixtures());
      } finally {
        await store.close();
        await cleanup?.();
      }
    });
  const fill = async (store: Store, docs: ContractDocument[]) => { for (const d of docs) await store.putDocument(d); };

  withStore('a stored document comes back as it was given', async (store, [a]) => {
    assert.deepEqual(await store.putDocument(a), { id: a.id, status: 'stored' });
    assert.equal(JSON.stringify(await store.getDocument(a.id)), JSON.stringify(a));
  });

  withStore('storing the same id again changes nothing', async (store, [a, b]) => {
    await fill(store, [a, b]);
    const before = await store.stats();
    assert.deepEqual(await store.putDocument(a), { id: a.id, status: 'unchanged' });
    assert.deepEqual(await store.stats(), before);
  });

  withStore('hasDocument and getDocument know stored ids only', async (store, [a]) => {
    await store.putDocument(a);
    assert.equal(await store.hasDocument(a.id), true);
    assert.equal(await store.hasDocument('0000000000000000'), false);
    assert.equal(await store.getDocument('0000000000000000'), null);
  });

  withStore('documents list newest first, undated last, with a total for paging', async (store, docs) => {
    await fill(store, docs);
    const all = await store.listDocuments();
    assert.equal(all.total, 3);
    assert.deepEqual(all.items.map((d) => d.source.name), ['004_held.txt', '003_announced.txt', 'geneve.txt']);
    const page = await store.listDocuments({ limit: 1, offset: 1 });
    assert.deepEqual(page.items.map((d) => d.source.name), ['003_announced.txt']);
    assert.equal(page.total, 3);
  });

  withStore('full-text search ignores accents and case: "geneve" finds "Genève"', async (store, docs) => {
    await fill(store, docs);
    assert.deepEqual((await store.listDocuments({ q: 'geneve' })).items.map((d) => d.source.name), ['geneve.txt']);
    assert.equal((await store.listDocuments({ q: 'POUTINE' })).total, 2);
    assert.equal((await store.listDocuments({ q: 'poutiné' })).total, 2);
  });

  withStore('events filter by type, status, actor alias and date', async (store, docs) => {
    await fill(store, docs);
    assert.equal((await store.listEvents({ type: 'CONSULT' })).total, 3);
    // Ordered by date: "dans les prochains jours" written on the 7th starts on the 7th.
    assert.deepEqual((await store.listEvents({ actor: 'Poutine' })).items.map((e) => e.id), ['ev-announced', 'ev-held']);
    assert.deepEqual((await store.listEvents({ status: 'occurred' })).items.map((e) => e.id), ['ev-held']);
    assert.deepEqual((await store.listEvents({ to: '2025-08-10' })).items.map((e) => e.id), ['ev-announced']);
    assert.deepEqual((await store.listEvents({ from: '2025-08-15', to: '2025-08-15', type: 'consult' })).items.map((e) => e.id), ['ev-announced', 'ev-held']);
    assert.deepEqual((await store.listEvents({ place: 'geneve' })).items.map((e) => e.id), ['ev-geneva']);
  });

  withStore('an event carries where it comes from', async (store, docs) => {
    await fill(store, docs);
    const [e] = (await store.listEvents({ doc: docs[1].id })).items;
    assert.deepEqual([e.doc, e.source, e.published], [docs[1].id, '004_held.txt', '2025-08-15']);
    assert.equal(e.evidence.text, 'Donald Trump et Vladimir Poutine se sont rencontrés vendredi en Alaska');
  });

  withStore('quotes filter by speaker alias and words, accents ignored', async (store, docs) => {
    await fill(store, docs);
    assert.deepEqual((await store.listQuotes({ speaker: 'Putin' })).items.map((q) => q.text), ['Nous avons eu une discussion constructive']);
    assert.deepEqual((await store.listQuotes({ q: 'detailS' })).items.map((q) => q.speaker?.name), ['Yuri Ushakov']);
  });

  withStore('entities merge across articles by id and are found by any alias', async (store, docs) => {
    await fill(store, docs);
    const putin = await store.listEntities({ q: 'putin' });
    assert.deepEqual(putin.items.map((e) => [e.id, e.documents, e.mentions]), [['Q7747', 2, 3]]);
    assert.equal((await store.listEntities({ q: 'genève' })).items[0]?.id, 'city:CH:geneva');
  });

  withStore('search "Putin" finds Vladimir Poutine\'s entity, his quotes and the articles naming him', async (store, docs) => {
    await fill(store, docs);
    const r = await store.search('Putin');
    assert.deepEqual(r.entities.map((e) => e.id), ['Q7747']);
    assert.deepEqual(r.quotes.map((q) => q.text), ['Nous avons eu une discussion constructive']);
    assert.deepEqual(r.documents.map((d) => d.source.name).sort(), ['003_announced.txt', '004_held.txt']);
  });

  withStore('the timeline equals the fusion of the stored articles', async (store, docs) => {
    await fill(store, [docs[2], docs[0], docs[1]]);
    const stored = await store.getTimeline();
    assert.equal(JSON.stringify(stored), JSON.stringify(buildTimeline(docs)));
    assert.equal(stored.events.length, 2);
    assert.deepEqual((await store.getTimeline({ actor: 'poutine' })).events.map((e) => e.mentions.length), [2]);
  });

  withStore('a timeline page gives the same events as the whole timeline, and their count', async (store, docs) => {
    await fill(store, docs);
    const all = (await store.getTimeline({ undated: true })).events;
    const page = await store.getTimelinePage({ undated: true, limit: 1, offset: 1 });
    assert.equal(page.total, all.length);
    assert.deepEqual(page.items.map((e) => e.id), all.slice(1, 2).map((e) => e.id));
    const putin = await store.getTimelinePage({ actor: 'poutine', q: 'rencontr' });
    assert.deepEqual([putin.total, putin.items.map((e) => e.mentions.length)], [1, [2]]);
    assert.equal((await store.getTimelinePage({ place: 'Geneva' })).total, 1);
  });

  withStore('a fused event is found by its id, with every mention', async (store, docs) => {
    await fill(store, docs);
    const [first] = (await store.getTimeline({ actor: 'poutine' })).events;
    assert.equal(JSON.stringify(await store.getTimelineEvent(first.id)), JSON.stringify(first));
    assert.equal(await store.getTimelineEvent('tl-0000000000000000'), null);
  });

  withStore('the data version changes when an article is stored, not when nothing is', async (store, [a, b]) => {
    const empty = await store.dataVersion();
    await store.putDocument(a);
    const one = await store.dataVersion();
    assert.notEqual(one, empty);
    assert.equal(await store.dataVersion(), one);
    await store.putDocument(a);
    assert.equal(await store.dataVersion(), one);
    await store.putDocument(b);
    assert.notEqual(await store.dataVersion(), one);
  });

  withStore('stats count every layer', async (store, docs) => {
    await fill(store, docs);
    const s = await store.stats();
    assert.deepEqual([s.documents, s.quotes, s.events, s.timexes, s.firstPublished, s.lastPublished], [3, 3, 3, 3, '2025-08-07', '2025-08-15']);
    assert.equal(s.entities, 7);
  });
}
