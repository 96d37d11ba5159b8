import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventActor, EventRecord, EventStatus } from '../core/document.ts';
import { buildTimeline, type TimelineDoc } from './index.ts';

// Hand-built event records, as the events component would produce them from these sentences.
const PUTIN: EventActor = { entity: 'Q7747', name: 'Vladimir Putin', aliases: ['Vladimir Poutine', 'Poutine'], role: 'participant' };
const TRUMP: EventActor = { entity: 'Q22686', name: 'Donald Trump', aliases: ['Trump'], role: 'participant' };
const ZELENSKY: EventActor = { entity: 'Q3874799', name: 'Volodymyr Zelensky', aliases: ['Zelensky'], role: 'participant' };
const LAVROV: EventActor = { entity: 'Q80510', name: 'Sergey Lavrov', aliases: ['Sergueï Lavrov'], role: 'participant' };
const RUBIO: EventActor = { entity: 'Q324546', name: 'Marco Rubio', aliases: ['Rubio'], role: 'participant' };
const MEDINSKY: EventActor = { entity: 'vigie:per:vladimir-medinsky', name: 'Vladimir Medinsky', aliases: ['Vladimir Medinski'], role: 'participant' };
const UMEROV: EventActor = { entity: 'vigie:per:rustem-umerov', name: 'Rustem Umerov', aliases: ['Roustem Oumerov'], role: 'participant' };
const RUSSIA: EventActor = { entity: 'country:RU', name: 'Russia', aliases: ['Russie'], role: 'participant' };
const UKRAINE: EventActor = { entity: 'country:UA', name: 'Ukraine', aliases: [], role: 'participant' };
const ISTANBUL = { entity: 'city:TR:istanbul', name: 'Istanbul' };
const ALASKA = { entity: 'region:US:alaska', name: 'Alaska' };

// People's countries, as the knowledge base gives them.
const COUNTRY: Record<string, string> = {
  Q7747: 'country:RU', Q80510: 'country:RU', 'vigie:per:vladimir-medinsky': 'country:RU',
  Q22686: 'country:US', Q324546: 'country:US', Q3874799: 'country:UA', 'vigie:per:rustem-umerov': 'country:UA',
  'vigie:per:yuri-ushakov': 'country:RU',
};
const countryOf = (id: string) => COUNTRY[id] ?? null;

interface EventSpec {
  id: string; type?: string; mode?: string | null; status?: EventStatus; date?: string | null;
  place?: { entity: string | null; name: string } | null; actors: EventActor[]; text: string;
}

function event(s: EventSpec): EventRecord {
  return {
    id: s.id, type: s.type ?? 'CONSULT', mode: s.mode ?? null, status: s.status ?? 'occurred',
    date: s.date ? { value: s.date, text: s.date } : null, place: s.place ?? null, actors: s.actors,
    evidence: { start: 0, end: s.text.length, text: s.text },
  };
}

function doc(id: string, published: string, events: EventSpec[]): TimelineDoc {
  return { id, source: { name: `${id}.txt` }, meta: { published }, entities: [], events: events.map(event) };
}

const announced = doc('d-0807', '2025-08-07T10:27:00+02:00', [{
  id: 'e-plan', status: 'planned', date: '2025-W33', actors: [TRUMP, PUTIN],
  text: 'Le diplomate a indiqué que cette rencontre pourrait se tenir «la semaine prochaine».',
}]);
const held = doc('d-0815', '2025-08-15', [{
  id: 'e-held', date: '2025-08-15', place: ALASKA, actors: [TRUMP, PUTIN],
  text: 'Donald Trump et Vladimir Poutine se sont rencontrés vendredi en Alaska.',
}]);
const recalled = doc('d-0824', '2025-08-24', [{
  id: 'e-recall', date: '2025-08-15', place: ALASKA, actors: [PUTIN, TRUMP],
  text: 'Le 15 août, lors du sommet en Alaska, Vladimir Poutine et Donald Trump ont évoqué un cessez-le-feu.',
}]);

test('a summit announced for next week and the summit held in that week are one event', () => {
  const { events } = buildTimeline([announced, held, recalled], {}, { countryOf });
  assert.equal(events.length, 1);
  assert.deepEqual(events[0].mentions.map((m) => m.doc), ['d-0807', 'd-0815', 'd-0824']);
});

test('the fused event takes the most precise date among occurred reports', () => {
  const [e] = buildTimeline([announced, held], {}, { countryOf }).events;
  assert.equal(e.date?.value, '2025-08-15');
  assert.equal(e.place?.name, 'Alaska');
});

test('status is the latest report\'s, with the history of reports', () => {
  const [e] = buildTimeline([held, announced], {}, { countryOf }).events;
  assert.equal(e.status, 'occurred');
  assert.deepEqual(e.statusHistory.map((h) => [h.status, h.date?.slice(0, 10)]), [['planned', '2025-08-07'], ['occurred', '2025-08-15']]);
  assert.equal(e.contradiction, false);
});

test('talks between Russia and Ukraine and between Medinsky and Umerov at Istanbul the same day are one event', () => {
  const a = doc('d-a', '2025-05-29', [{
    id: 'a1', date: '2025-05-16', place: ISTANBUL, actors: [RUSSIA, UKRAINE],
    text: 'Les pourparlers directs entre la Russie et l\'Ukraine, le 16 mai à Istanbul, n\'avaient abouti qu\'à un échange de prisonniers.',
  }]);
  const b = doc('d-b', '2025-08-24', [{
    id: 'b1', date: '2025-05-16', place: ISTANBUL, actors: [MEDINSKY, UMEROV],
    text: 'Vladimir Medinski et Roustem Oumerov avaient mené les délégations à Istanbul le 16 mai.',
  }]);
  const { events } = buildTimeline([a, b], {}, { countryOf });
  assert.equal(events.length, 1);
  // The first report names the sides; the other's negotiators stay available beside them.
  assert.deepEqual(events[0].actors.map((x) => x.name), ['Russia', 'Ukraine']);
  assert.deepEqual(events[0].otherActors?.map((x) => x.name), ['Vladimir Medinsky', 'Rustem Umerov']);
});

test('the country of a person can come from the document\'s own entities', () => {
  const a = doc('d-a', '2025-05-29', [{ id: 'a1', date: '2025-05-16', place: ISTANBUL, actors: [RUSSIA, UKRAINE], text: 'Pourparlers russo-ukrainiens à Istanbul le 16 mai.' }]);
  const b = doc('d-b', '2025-05-30', [{ id: 'b1', date: '2025-05-16', place: ISTANBUL, actors: [MEDINSKY, UMEROV], text: 'Medinski et Oumerov se sont vus à Istanbul le 16 mai.' }]);
  b.entities = [
    { id: MEDINSKY.entity!, name: MEDINSKY.name, type: 'PER', country: 'country:RU' },
    { id: UMEROV.entity!, name: UMEROV.name, type: 'PER', country: 'country:UA' },
  ];
  assert.equal(buildTimeline([a, b], {}, { countryOf: () => null }).events.length, 1);
});

test('talks on different days stay different events', () => {
  const a = doc('d-a', '2025-08-24', [
    { id: 'a1', date: '2025-05-16', place: ISTANBUL, actors: [RUSSIA, UKRAINE], text: 'Trois séries de pourparlers à Istanbul, les 16 mai, 2 juin et 23 juillet.' },
    { id: 'a2', date: '2025-06-02', place: ISTANBUL, actors: [RUSSIA, UKRAINE], text: 'Trois séries de pourparlers à Istanbul, les 16 mai, 2 juin et 23 juillet.' },
  ]);
  const b = doc('d-b', '2025-05-29', [{ id: 'b1', status: 'planned', date: '2025-06-02', place: ISTANBUL, actors: [RUSSIA, UKRAINE], text: 'Moscou a proposé un nouveau cycle de pourparlers lundi 2 juin à Istanbul.' }]);
  const { events } = buildTimeline([a, b], {}, { countryOf });
  assert.equal(events.length, 2);
  assert.deepEqual(events.map((e) => [e.date?.value, e.mentions.length]), [['2025-05-16', 1], ['2025-06-02', 2]]);
});

test('two different people of the same countries are not the same meeting', () => {
  const a = doc('d-a', '2025-05-29', [{ id: 'a1', mode: 'phone', date: '2025-05-28', actors: [RUBIO, LAVROV], text: 'Marco Rubio s\'est entretenu mercredi au téléphone avec Sergueï Lavrov.' }]);
  const b = doc('d-b', '2025-05-29', [{ id: 'b1', mode: 'phone', date: '2025-05-28', actors: [TRUMP, PUTIN], text: 'Donald Trump a parlé mercredi au téléphone avec Vladimir Poutine.' }]);
  assert.equal(buildTimeline([a, b], {}, { countryOf }).events.length, 2);
});

test('a phone call and a meeting the same day are different events', () => {
  const a = doc('d-a', '2025-08-19', [{ id: 'a1', mode: 'phone', date: '2025-08-18', actors: [TRUMP, PUTIN], text: 'Donald Trump a appelé Vladimir Poutine lundi soir.' }]);
  const b = doc('d-b', '2025-08-19', [{ id: 'b1', mode: 'visit', date: '2025-08-18', actors: [TRUMP, PUTIN], text: 'Donald Trump a reçu Vladimir Poutine lundi.' }]);
  assert.equal(buildTimeline([a, b], {}, { countryOf }).events.length, 2);
});

test('a mention dated FUTURE_REF only joins events after its article\'s date', () => {
  const before = doc('d-old', '2025-06-01', [{ id: 'o1', date: '2025-05-20', place: ALASKA, actors: [TRUMP, PUTIN], text: 'Donald Trump et Vladimir Poutine se sont parlé le 20 mai.' }]);
  const future = doc('d-fut', '2025-08-07', [{ id: 'f1', status: 'planned', date: 'FUTURE_REF', actors: [TRUMP, PUTIN], text: 'Une rencontre entre Donald Trump et Vladimir Poutine est prévue «dans les prochains jours».' }]);
  const { events } = buildTimeline([before, future, held], {}, { countryOf });
  const fused = events.find((e) => e.mentions.some((m) => m.doc === 'd-fut'))!;
  assert.deepEqual(fused.mentions.map((m) => m.doc).sort(), ['d-0815', 'd-fut']);
});

test('a month date joins a day inside that month', () => {
  const month = doc('d-m', '2025-06-10', [{ id: 'm1', date: '2025-05', place: ISTANBUL, actors: [RUSSIA, UKRAINE], text: 'En mai, Russes et Ukrainiens s\'étaient retrouvés à Istanbul.' }]);
  const day = doc('d-d', '2025-05-17', [{ id: 'd1', date: '2025-05-16', place: ISTANBUL, actors: [RUSSIA, UKRAINE], text: 'Les délégations russe et ukrainienne se sont rencontrées vendredi à Istanbul.' }]);
  const [e, ...rest] = buildTimeline([month, day], {}, { countryOf }).events;
  assert.equal(rest.length, 0);
  assert.equal(e.date?.value, '2025-05-16');
});

test('an undated mention joins only with the same place and both actors', () => {
  const undatedPlaced = doc('d-u1', '2025-05-20', [{ id: 'u1', date: null, place: ISTANBUL, actors: [RUSSIA, UKRAINE], text: 'Les pourparlers d\'Istanbul entre la Russie et l\'Ukraine ont déçu.' }]);
  const undatedBare = doc('d-u2', '2025-05-20', [{ id: 'u2', date: null, actors: [RUSSIA], text: 'La Russie a salué les discussions.' }]);
  const day = doc('d-d', '2025-05-17', [{ id: 'd1', date: '2025-05-16', place: ISTANBUL, actors: [RUSSIA, UKRAINE], text: 'Les délégations se sont rencontrées vendredi à Istanbul.' }]);
  const { events } = buildTimeline([undatedPlaced, undatedBare, day], { undated: true }, { countryOf });
  assert.equal(events.length, 2);
  assert.deepEqual(events[0].mentions.map((m) => m.doc).sort(), ['d-d', 'd-u1']);
});

test('an event reported as held and then denied is flagged as a contradiction', () => {
  const said = doc('d-1', '2025-03-01', [{ id: 's1', date: '2025-02-27', place: ISTANBUL, actors: [RUSSIA, UKRAINE], text: 'Des émissaires russes et ukrainiens se sont rencontrés jeudi à Istanbul.' }]);
  const denied = doc('d-2', '2025-03-02', [{ id: 'n1', status: 'denied', date: '2025-02-27', place: ISTANBUL, actors: [UKRAINE, RUSSIA], text: 'Kiev a démenti toute rencontre avec des émissaires russes jeudi à Istanbul.' }]);
  const [e] = buildTimeline([said, denied], {}, { countryOf }).events;
  assert.equal(e.status, 'denied');
  assert.equal(e.contradiction, true);
  assert.match(e.reason ?? '', /occurred.*denied/);
});

test('two reports a day apart on the same talks are fused and flagged', () => {
  const a = doc('d-1', '2025-02-28', [{ id: 'a1', date: '2025-02-27', place: ISTANBUL, actors: [RUSSIA, UKRAINE], text: 'Les délégations se sont réunies jeudi à Istanbul.' }]);
  const b = doc('d-2', '2025-03-01', [{ id: 'b1', date: '2025-02-28', place: ISTANBUL, actors: [RUSSIA, UKRAINE], text: 'Les délégations se sont réunies vendredi à Istanbul.' }]);
  const [e, ...rest] = buildTimeline([a, b], {}, { countryOf }).events;
  assert.equal(rest.length, 0);
  assert.equal(e.contradiction, true);
  assert.match(e.reason ?? '', /different dates/);
});

test('two events of one article are never fused together', () => {
  const a = doc('d-1', '2025-08-07', [
    { id: 'a1', status: 'planned', date: 'FUTURE_REF', actors: [TRUMP, PUTIN], text: 'Une rencontre Trump-Poutine est prévue dans les prochains jours.' },
    { id: 'a2', status: 'proposed', date: 'FUTURE_REF', actors: [TRUMP, PUTIN, ZELENSKY], text: 'L\'idée américaine d\'une rencontre à trois.' },
  ]);
  assert.equal(buildTimeline([a], {}, { countryOf }).events.length, 2);
});

test('the output does not depend on the order of the documents', () => {
  const docs = [announced, held, recalled];
  const one = JSON.stringify(buildTimeline(docs, {}, { countryOf }));
  const other = JSON.stringify(buildTimeline([recalled, announced, held, held], {}, { countryOf }));
  assert.equal(one, other);
});

test('the fused event id is a hash of its earliest mention', () => {
  const [a] = buildTimeline([announced, held], {}, { countryOf }).events;
  const [b] = buildTimeline([announced, held, recalled], {}, { countryOf }).events;
  assert.match(a.id, /^tl-[0-9a-f]{16}$/);
  assert.equal(a.id, b.id);
});

test('events are ordered by date, undated last', () => {
  const a = doc('d-1', '2025-08-24', [
    { id: 'x1', date: '2025-07-23', place: ISTANBUL, actors: [RUSSIA, UKRAINE], text: 'Pourparlers du 23 juillet à Istanbul.' },
    { id: 'x2', date: null, actors: [ZELENSKY, TRUMP], text: 'Volodymyr Zelensky a rencontré Donald Trump à la Maison-Blanche.' },
    { id: 'x3', date: '2025-05-16', place: ISTANBUL, actors: [RUSSIA, UKRAINE], text: 'Pourparlers du 16 mai à Istanbul.' },
  ]);
  assert.deepEqual(buildTimeline([a], { undated: true }, { countryOf }).events.map((e) => e.date?.value ?? null), ['2025-05-16', '2025-07-23', null]);
});

test('an undated meeting held between two actors at a place is listed by default, after the dated events', () => {
  const WHITE_HOUSE = { entity: 'vigie:loc:white-house', name: 'White House' };
  const a = doc('d-1', '2025-08-24', [
    { id: 'x1', date: '2025-08-15', place: ALASKA, actors: [TRUMP, PUTIN], text: 'Le sommet du 15 août en Alaska entre Donald Trump et Vladimir Poutine.' },
    { id: 'x2', date: null, place: WHITE_HOUSE, actors: [ZELENSKY, TRUMP], text: 'Volodymyr Zelensky a rencontré Donald Trump à la Maison-Blanche.' },
  ]);
  assert.deepEqual(buildTimeline([a], {}, { countryOf }).events.map((e) => e.date?.value ?? null), ['2025-08-15', null]);
  assert.deepEqual(buildTimeline([a], { undated: false }, { countryOf }).events.map((e) => e.date?.value ?? null), ['2025-08-15']);
});

test('undated events without a place, with one actor or only announced are left out unless asked for', () => {
  const a = doc('d-1', '2025-08-24', [
    { id: 'n1', date: null, actors: [ZELENSKY, TRUMP], text: 'Volodymyr Zelensky a rencontré Donald Trump.' },
    { id: 'n2', date: null, place: ISTANBUL, actors: [LAVROV], text: 'Sergueï Lavrov a évoqué les discussions d\'Istanbul.' },
    { id: 'n3', status: 'planned', date: null, place: ISTANBUL, actors: [RUSSIA, UKRAINE], text: 'Moscou et Kiev doivent se retrouver à Istanbul.' },
  ]);
  assert.equal(buildTimeline([a], {}, { countryOf }).events.length, 0);
  assert.equal(buildTimeline([a], { undated: true }, { countryOf }).events.length, 3);
});

test('an undated meeting reported as held never joins an event after the article', () => {
  const old = doc('d-feb', '2025-02-27', [{ id: 'o1', date: null, place: ALASKA, actors: [TRUMP, PUTIN], text: 'Donald Trump et Vladimir Poutine se sont déjà rencontrés en Alaska.' }]);
  const { events } = buildTimeline([old, held], { undated: true }, { countryOf });
  assert.equal(events.length, 2);
});

test('filters by date range, actor alias, type and status', () => {
  const docs = [announced, held, doc('d-x', '2025-05-29', [
    { id: 'r1', type: 'REQUEST', date: '2025-05-28', actors: [RUBIO, RUSSIA], text: 'Marco Rubio a appelé mercredi Moscou à s\'engager dans des négociations.' },
  ])];
  const tl = (f: object) => buildTimeline(docs, f, { countryOf }).events.map((e) => e.type);
  assert.deepEqual(tl({ from: '2025-08', to: '2025-08-31' }), ['CONSULT']);
  assert.deepEqual(tl({ actor: 'poutine' }), ['CONSULT']);
  assert.deepEqual(tl({ actor: 'Rubio', type: 'request' }), ['REQUEST']);
  assert.deepEqual(tl({ status: 'planned' }), []);
});

test('the fused summit keeps the actors the held reports agree on, not every name any report gave', () => {
  const USHAKOV: EventActor = { entity: 'vigie:per:yuri-ushakov', name: 'Yuri Ushakov', aliases: ['Iouri Ouchakov'], role: 'participant' };
  const US: EventActor = { entity: 'country:US', name: 'United States', aliases: ['États-Unis'], role: 'participant' };
  const plan = doc('d-0807', '2025-08-07', [{
    id: 'p', status: 'planned', date: '2025-W33', actors: [USHAKOV, US, TRUMP, PUTIN, UKRAINE, ZELENSKY],
    text: 'Iouri Ouchakov a indiqué que la rencontre entre Donald Trump et Vladimir Poutine pourrait se tenir la semaine prochaine, sans Volodymyr Zelensky.',
  }]);
  const summit = doc('d-0815', '2025-08-15', [{
    id: 'h', date: '2025-08-15', place: ALASKA, actors: [RUSSIA, PUTIN, US, TRUMP],
    text: 'Vladimir Poutine et Donald Trump se sont rencontrés vendredi en Alaska.',
  }]);
  const recall = doc('d-0824', '2025-08-24', [{
    id: 'r', date: '2025-08-15', place: ALASKA, actors: [PUTIN, TRUMP, LAVROV, ZELENSKY],
    text: 'Sergueï Lavrov a rappelé le sommet du 15 août en Alaska entre Vladimir Poutine et Donald Trump, avant la visite de Volodymyr Zelensky à Washington.',
  }]);
  const [e, ...rest] = buildTimeline([plan, summit, recall], {}, { countryOf }).events;
  assert.equal(rest.length, 0);
  assert.deepEqual(e.actors.map((a) => a.name).sort(), ['Donald Trump', 'Russia', 'United States', 'Vladimir Putin']);
  assert.deepEqual(e.otherActors?.map((a) => a.name).sort(), ['Sergey Lavrov', 'Ukraine', 'Volodymyr Zelensky', 'Yuri Ushakov']);
});

test('announcements of a meeting "in the coming days" a month and a half apart are not one event', () => {
  const RIYADH = { entity: 'city:SA:riyadh', name: 'Riyad' };
  const soon = (id: string, published: string) => doc(id, published, [{
    id: `${id}-e`, status: 'planned', date: 'FUTURE_REF', place: RIYADH, actors: [TRUMP, PUTIN],
    text: 'Donald Trump et Vladimir Poutine doivent se rencontrer à Riyad dans les prochains jours.',
  }]);
  const { events } = buildTimeline([soon('d-1', '2025-03-01'), soon('d-2', '2025-03-20'), soon('d-3', '2025-04-15')], {}, { countryOf });
  // The third is 45 days after the first announcement: it does not chain on through the second.
  assert.deepEqual(events.map((e) => e.mentions.map((m) => m.doc)), [['d-1', 'd-2'], ['d-3']]);
});

test('a vague announcement between two countries does not join a meeting of two of their ministers', () => {
  const talks = doc('d-1', '2025-02-19', [{ id: 't', date: '2025-02-18', actors: [RUBIO, LAVROV], text: 'Marco Rubio et Sergueï Lavrov se sont réunis mardi à Riyad.' }]);
  const soon = doc('d-2', '2025-02-10', [{
    id: 's', status: 'planned', date: 'FUTURE_REF', actors: [RUSSIA, { entity: 'country:US', name: 'United States', role: 'participant' }],
    text: 'La Russie et les États-Unis doivent se parler prochainement.',
  }]);
  assert.equal(buildTimeline([talks, soon], {}, { countryOf }).events.length, 2);
});

test('a report dated only to the month does not let others join through its extra actors', () => {
  const held = doc('d-1', '2025-08-16', [{ id: 'h', date: '2025-08-15', actors: [TRUMP, PUTIN], text: 'Donald Trump et Vladimir Poutine se sont rencontrés vendredi.' }]);
  const month = doc('d-2', '2025-09-02', [{ id: 'm', date: '2025-08', actors: [TRUMP, PUTIN, ZELENSKY], text: 'En août, Donald Trump a vu Vladimir Poutine puis Volodymyr Zelensky.' }]);
  const other = doc('d-3', '2025-09-03', [{ id: 'o', date: '2025-08', actors: [ZELENSKY, TRUMP], text: 'Volodymyr Zelensky a rencontré Donald Trump en août.' }]);
  const { events } = buildTimeline([held, month, other], {}, { countryOf });
  // Ordered by date: "août" starts on the 1st.
  assert.deepEqual(events.map((e) => e.mentions.map((m) => m.doc).sort()), [['d-3'], ['d-1', 'd-2']]);
});

test('an undated report of talks at a place written months later is not tied to one round there', () => {
  const round = doc('d-1', '2025-05-17', [{ id: 'r', date: '2025-05-16', place: ISTANBUL, actors: [RUSSIA, UKRAINE], text: 'Les délégations russe et ukrainienne se sont rencontrées vendredi à Istanbul.' }]);
  const later = doc('d-2', '2025-08-24', [{ id: 'l', date: null, place: ISTANBUL, actors: [RUSSIA, UKRAINE], text: 'Les pourparlers d\'Istanbul entre la Russie et l\'Ukraine n\'ont pas abouti.' }]);
  assert.equal(buildTimeline([round, later], { undated: true }, { countryOf }).events.length, 2);
});

test('the countries of the people the best report names are kept with them, not left to the other actors', () => {
  const SAUDI_ARABIA: EventActor = { entity: 'country:SA', name: 'Saudi Arabia', aliases: ['Arabie saoudite'], role: 'participant' };
  const MBS: EventActor = { entity: 'vigie:per:mohammed-bin-salman', name: 'Mohammed bin Salman', aliases: ['Mohammed ben Salmane'], role: 'participant' };
  const countries = (id: string) => (id === MBS.entity ? 'country:SA' : countryOf(id));
  const plan = doc('d-0218', '2025-02-18', [{
    id: 'p', status: 'planned', date: '2025-03-10', actors: [ZELENSKY, UKRAINE, SAUDI_ARABIA],
    text: 'Volodymyr Zelensky a reporté au 10 mars sa visite en Arabie saoudite.',
  }]);
  const held = doc('d-0311', '2025-03-11', [{
    id: 'h', date: '2025-03-10', place: { entity: 'city:SA:jeddah', name: 'Djeddah' }, actors: [ZELENSKY, MBS],
    text: 'Volodymyr Zelensky a été reçu lundi à Djeddah par le prince héritier Mohammed ben Salmane.',
  }]);
  const [e, ...rest] = buildTimeline([plan, held], {}, { countryOf: countries }).events;
  assert.equal(rest.length, 0);
  assert.deepEqual(e.actors.map((a) => a.name).sort(), ['Mohammed bin Salman', 'Saudi Arabia', 'Ukraine', 'Volodymyr Zelensky']);
  assert.equal(e.otherActors, undefined);
});

test('a country none of the best report\'s people belongs to stays among the other actors', () => {
  const plan = doc('d-0807', '2025-08-07', [{
    id: 'p', status: 'planned', date: '2025-W33', actors: [TRUMP, PUTIN, UKRAINE],
    text: 'La rencontre entre Donald Trump et Vladimir Poutine pourrait se tenir la semaine prochaine, sans l\'Ukraine.',
  }]);
  const [e] = buildTimeline([plan, held], {}, { countryOf }).events;
  assert.deepEqual(e.actors.map((a) => a.name).sort(), ['Donald Trump', 'Vladimir Putin']);
  assert.deepEqual(e.otherActors?.map((a) => a.name), ['Ukraine']);
});
