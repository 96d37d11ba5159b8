import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DOMParser } from 'linkedom';
import { parseCsv } from './csv.ts';
import { calendarDate } from './dates.ts';
import { parseIcs } from './ics.ts';
import { renderExport } from './index.ts';
import { sample } from './fixture.test-data.ts';

test('events CSV round-trips through a CSV parser, commas, quotes and semicolons included', () => {
  const rows = parseCsv(renderExport('csv', sample));
  assert.equal(rows.length, 3);
  assert.deepEqual(rows[0], ['id', 'date', 'type', 'mode', 'status', 'actors', 'place', 'sources', 'evidence']);
  assert.equal(rows[1][5], 'Vladimir Putin; Donald Trump');
  assert.equal(rows[1][8], 'Le sommet, en Alaska, s’est tenu vendredi; « constructif », dit-il.');
});

test('quotes CSV keeps the speaker and the quote text', () => {
  const rows = parseCsv(renderExport('csv-quotes', sample));
  assert.deepEqual(rows[1].slice(3), ['Donald Trump', 'direct', 'a répondu', 'C’est intéressant']);
});

test('GEXF parses as XML with a node per actor and a weighted edge per pair', () => {
  const xml = new DOMParser().parseFromString(renderExport('gexf', sample), 'text/xml');
  assert.equal(xml.querySelectorAll('node').length, 2);
  const edges = xml.querySelectorAll('edge');
  assert.equal(edges.length, 1);
  assert.equal(edges[0].getAttribute('weight'), '2');
});

test('iCalendar holds one VEVENT for the planned visit, dated to its ISO week', () => {
  const comps = parseIcs(renderExport('ics', sample));
  const events = comps.filter((c) => c.name === 'VEVENT');
  assert.equal(events.length, 1);
  assert.equal(events[0].props.DTSTART, '20250901');
  assert.equal(events[0].props.LOCATION, 'Moscou');
  assert.ok(comps.some((c) => c.name === 'VCALENDAR' && c.props.VERSION === '2.0'));
});

test('TimelineJS JSON has a title and slides with integer start dates and escaped text', () => {
  const tl = JSON.parse(renderExport('timelinejs', sample));
  assert.equal(typeof tl.title.text.headline, 'string');
  assert.equal(tl.events.length, 2);
  for (const s of tl.events) {
    assert.ok(Number.isInteger(s.start_date.year));
    assert.equal(typeof s.text.headline, 'string');
  }
  assert.deepEqual(tl.events[0].start_date, { year: 2025, month: 8, day: 15 });
});

test('TimeML marks timexes inline and escapes the text', () => {
  const out = renderExport('timeml', sample);
  assert.match(out, /<TIMEX3 tid="t1" type="DATE" value="2025-08-15">vendredi<\/TIMEX3>/);
  assert.match(out, /<EVENT eid="e1" class="AGREE">invité<\/EVENT>/);
  const xml = new DOMParser().parseFromString(out, 'text/xml');
  assert.equal(xml.querySelectorAll('TimeML').length, 1);
});

test('PLOVER records carry type, mode, source and target actors', () => {
  const [, visit] = JSON.parse(renderExport('plover', sample));
  assert.equal(visit.event_type, 'CONSULT');
  assert.equal(visit.event_mode, 'visit');
  assert.equal(visit.source_actor, 'Donald Trump');
  assert.equal(visit.target_actor, 'Vladimir Putin');
});

test('calendarDate reads weeks, weekends, seasons and leaves vague references out', () => {
  assert.deepEqual(calendarDate('2025-W21-WE'), { year: 2025, month: 5, day: 24 });
  assert.deepEqual(calendarDate('2022-SP'), { year: 2022, month: 3 });
  assert.equal(calendarDate('FUTURE_REF'), null);
});
