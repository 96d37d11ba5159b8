import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { readLines, type Line } from './lines.ts';

async function lines(chunks: Uint8Array[], maxBytes = 1000): Promise<Line[]> {
  const out: Line[] = [];
  for await (const l of readLines((async function* () { yield* chunks; })(), maxBytes)) out.push(l);
  return out;
}

test('lines split across chunks, CRLF and a UTF-8 BOM handled', async () => {
  const got = await lines([Buffer.from('\uFEFF{"a":"é'), Buffer.from('t"}\r\n{"b":1}')]);
  assert.deepEqual(got, [{ number: 1, text: '{"a":"ét"}' }, { number: 2, text: '{"b":1}' }]);
});

test('a character cut between two chunks is decoded whole', async () => {
  const bytes = Buffer.from('« été »\n');
  const got = await lines([bytes.subarray(0, 4), bytes.subarray(4)]);
  assert.deepEqual(got, [{ number: 1, text: '« été »' }]);
});

test('a UTF-16 LE stream with BOM', async () => {
  const got = await lines([iconv.encode('l’été\nœuvre', 'utf-16le', { addBOM: true })]);
  assert.deepEqual(got.map((l) => 'text' in l && l.text), ['l’été', 'œuvre']);
});

test('a line over the limit is an error for that line only', async () => {
  const got = await lines([Buffer.from('court\n' + 'x'.repeat(50) + '\nfin')], 20);
  assert.deepEqual(got.map((l) => ('error' in l ? 'error' : l.text)), ['court', 'error', 'fin']);
});
