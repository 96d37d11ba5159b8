// Timeline fusion at scale: BENCH_N synthetic articles (default 20,000) of 5 event records each,
// actors drawn from 40 people of 8 countries plus the countries themselves, dates over 3 years.
import { buildTimeline, type TimelineDoc } from '../src/timeline/index.ts';

const n = Number(process.env.BENCH_N ?? 20_000);
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
const countries = ['RU', 'UA', 'US', 'FR', 'DE', 'TR', 'CN', 'GB'];
const people = Array.from({ length: 40 }, (_, i) => ({ id: `vigie:per:p${i}`, country: `country:${countries[i % countries.length]}` }));
const countryOf = new Map(people.map((p) => [p.id, p.country]));
const types = ['CONSULT', 'CONSULT', 'CONSULT', 'AGREE', 'REQUEST', 'ACCUSE', 'ASSAULT', 'SANCTION'];
const statuses = ['occurred', 'occurred', 'occurred', 'planned', 'proposed'] as const;
const day = (k: number) => new Date(Date.UTC(2023, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);

const docs: TimelineDoc[] = [];
for (let i = 0; i < n; i++) {
  const pub = Math.floor(rnd() * 1000);
  const events = Array.from({ length: 5 }, (_, j) => {
    const actor = () => (rnd() < 0.3
      ? { entity: `country:${pick(countries)}`, name: 'country', role: 'participant' as const }
      : { entity: pick(people).id, name: 'person', role: 'participant' as const });
    const r = rnd();
    const value = r < 0.6 ? day(pub - Math.floor(rnd() * 30)) : r < 0.75 ? 'FUTURE_REF' : r < 0.85 ? day(pub).slice(0, 7) : null;
    return {
      id: `e${i}-${j}`, type: pick(types), mode: null, status: pick([...statuses]),
      date: value ? { value, text: value } : null, place: rnd() < 0.5 ? { entity: `city:${Math.floor(rnd() * 30)}`, name: 'city' } : null,
      actors: [actor(), actor()], evidence: { text: 'evidence', start: 0, end: 8 },
    };
  });
  docs.push({ id: `d${i}`, source: { name: `d${i}.txt` }, meta: { published: day(pub) }, events });
}
const t = performance.now();
const { events } = buildTimeline(docs, {}, { countryOf: (id) => countryOf.get(id) ?? null });
const ms = performance.now() - t;
console.log(`timeline: ${n} articles, ${n * 5} mentions → ${events.length} events in ${ms.toFixed(0)} ms (${((n * 5) / (ms / 1000)).toFixed(0)} mentions/s), rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
