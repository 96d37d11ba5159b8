import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDateline, parseDateline } from './dateline.ts';

const first = (line: string) => parseDateline(line)?.stamps[0];

test('"date 2025-08-07" is an ISO dateline', () => {
  assert.deepEqual(first('date 2025-08-07'), { kind: 'published', date: '2025-08-07', time: null });
});

test('Swiss "07.08.2025, 10:27" gives day, month, year and time', () => {
  assert.deepEqual(first('07.08.2025, 10:27'), { kind: 'published', date: '2025-08-07', time: '10:27' });
});

test('Swiss short "7.8.2025 - 10:27" is read day first', () => {
  assert.deepEqual(first('7.8.2025 - 10:27'), { kind: 'published', date: '2025-08-07', time: '10:27' });
});

test('"Publié le 7 août 2025 à 10h27" reads month names and the French hour', () => {
  assert.deepEqual(first('Publié le 7 août 2025 à 10h27'), { kind: 'published', date: '2025-08-07', time: '10:27' });
});

test('"Publié le 07/08/2025 à 10:27" is day/month/year', () => {
  assert.deepEqual(first('Publié le 07/08/2025 à 10:27'), { kind: 'published', date: '2025-08-07', time: '10:27' });
});

test('"Mis à jour le …" is an update, not a publication', () => {
  assert.equal(first('Mis à jour le 8 août 2025 à 12h05')?.kind, 'updated');
});

test('publication and update on one line give two stamps', () => {
  const p = parseDateline('Publié le 1er septembre 2025 à 08h00, mis à jour le 1er septembre 2025 à 09h15');
  assert.deepEqual(p?.stamps.map((s) => `${s.kind} ${s.date} ${s.time}`), ['published 2025-09-01 08:00', 'updated 2025-09-01 09:15']);
});

test('"Il y a 2 heures" is relative to the crawl time', () => {
  assert.equal(first('Il y a 2 heures')?.agoMinutes, 120);
  assert.equal(first('il y a 30 minutes')?.agoMinutes, 30);
});

test('a sentence starting with a date is not a whole dateline', () => {
  assert.equal(isDateline('Le 15 août 2025, les deux présidents se sont retrouvés en Alaska.'), false);
  assert.equal(isDateline('Lundi 1er septembre 2025'), true);
});

test('more publication formats: weekday and "à", colon label, "Le … à", "|" separator, CEST', () => {
  for (const [line, date, time] of [
    ['Publié le lundi 7 juillet 2025 à 14h05', '2025-07-07', '14:05'],
    ['Publié : 07/07/2025 - 14:05', '2025-07-07', '14:05'],
    ['Le 07/07/2025 à 14h05', '2025-07-07', '14:05'],
    ['7 juillet 2025 à 14:05 CEST', '2025-07-07', '14:05'],
    ['Mardi 8 juillet 2025 | 14 h 05', '2025-07-08', '14:05'],
    ['Publié le 7 juil. 2025 à 14:05', '2025-07-07', '14:05'],
  ]) {
    assert.ok(isDateline(line), line);
    assert.deepEqual(first(line), { kind: 'published', date, time }, line);
  }
});

test('"mis en ligne le" is the publication, not an update', () => {
  assert.equal(first('Mis en ligne le 07/07/2025 à 14:05')?.kind, 'published');
});

test('Belgian dates with dashes: "07-07-2025 à 14h05 - Mis à jour le …"', () => {
  const p = parseDateline('Publié le 07-07-2025 à 14h05 - Mis à jour le 07-07-2025 à 16h20');
  assert.deepEqual(p?.stamps.map((s) => `${s.kind} ${s.date} ${s.time}`), ['published 2025-07-07 14:05', 'updated 2025-07-07 16:20']);
});

test('Canadian and GMT time zones after the hour are part of the dateline', () => {
  assert.ok(isDateline('Publié le 7 juillet 2025 à 14 h 05 HAE'));
  assert.ok(isDateline('Publié le 07/07/2025 - 14:05 GMT+2'));
});

test('an update in brackets or after a period belongs to the dateline', () => {
  assert.ok(isDateline('publié le 7 juillet 2025 à 14h05 (mis à jour à 16h20)'));
  assert.ok(isDateline('Publié le 07/07/2025 à 14h05. Mis à jour à 16h20.'));
});

test('a labelled hour without a date is a dateline that gives no date', () => {
  assert.ok(isDateline('Mis à jour à 16h20'));
  const stamp = first('Publié à 14 h 05 HAE');
  assert.deepEqual([stamp?.kind, stamp?.date, stamp?.time], ['published', null, '14:05']);
});
