import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { binaryReason, decodeBytes, declaredHtmlCharset, encodingForLabel } from './decode.ts';

const SENTENCE = 'l’été « décisif » — œuvre 5 €';
/** "l’été « décisif » — œuvre 5 €" in Windows-1252, byte by byte. */
const CP1252 = Buffer.from([
  0x6c, 0x92, 0xe9, 0x74, 0xe9, 0x20, 0xab, 0x20, 0x64, 0xe9, 0x63, 0x69, 0x73, 0x69, 0x66, 0x20, 0xbb, 0x20,
  0x97, 0x20, 0x9c, 0x75, 0x76, 0x72, 0x65, 0x20, 0x35, 0x20, 0x80,
]);

function decoded(bytes: Uint8Array, declared?: string | null): string {
  const r = decodeBytes(bytes, declared);
  assert.ok(r.ok, r.ok ? '' : r.reason);
  return r.text;
}

test('Windows-1252 bytes decode with ’ « — œ € right', () => {
  assert.equal(decoded(CP1252), SENTENCE);
});

test('ISO-8859-1 French prose is decoded (as its superset Windows-1252)', () => {
  const text = 'Le président a déclaré à Genève que la réunion aurait lieu la semaine prochaine, à l’issue des négociations.'.replace('’', "'");
  assert.equal(decoded(Buffer.from(text, 'latin1')), text);
});

test('UTF-8 without BOM', () => {
  assert.equal(decoded(Buffer.from(SENTENCE, 'utf8')), SENTENCE);
});

test('UTF-8 with BOM: the BOM is dropped', () => {
  assert.equal(decoded(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE)])), SENTENCE);
});

test('UTF-16 LE with BOM', () => {
  assert.equal(decoded(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')])), SENTENCE);
});

test('UTF-16 BE with BOM', () => {
  const le = Buffer.from(SENTENCE, 'utf16le');
  const be = Buffer.from(le).swap16();
  assert.equal(decoded(Buffer.concat([Buffer.from([0xfe, 0xff]), be])), SENTENCE);
});

test('output is NFC and line breaks are \\n', () => {
  const decomposed = 'Le pre\u0301sident\r\nde\u0301clare\rici';
  assert.equal(decoded(Buffer.from(decomposed)), 'Le président\ndéclare\nici');
});

test('a declared charset decides when the bytes are not UTF-8', () => {
  const cyrillic = iconv.encode('Москва заявила о переговорах', 'windows-1251');
  assert.equal(decoded(cyrillic, 'windows-1251'), 'Москва заявила о переговорах');
});

test('a declared ISO-8859-1 still gets Windows-1252 quotes right', () => {
  assert.equal(decoded(CP1252, 'iso-8859-1'), SENTENCE);
});

test('valid UTF-8 wins over a wrong Latin-1 declaration', () => {
  assert.equal(decoded(Buffer.from(SENTENCE), 'ISO-8859-1'), SENTENCE);
});

test('bytes undefined in Windows-1252 are reported as undecodable', () => {
  const r = decodeBytes(Buffer.from([0x4c, 0x65, 0x20, 0x81, 0x8d, 0x20, 0x9d, 0x61]));
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.reason : '', /undecodable bytes/);
});

test('invalid UTF-8 after a UTF-8 BOM is undecodable, with its byte offset', () => {
  const r = decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x62, 0xe9, 0x20, 0x63]));
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.reason : '', /byte 5/);
});

test('NUL bytes make a file binary', () => {
  assert.match(binaryReason(Buffer.from([0x41, 0x00, 0x42])) ?? '', /NUL byte at offset 1/);
});

test('a PDF is recognised by its magic number', () => {
  assert.match(binaryReason(Buffer.from('%PDF-1.7\n...')) ?? '', /PDF/);
});

test('many control bytes make a file binary', () => {
  assert.match(binaryReason(Buffer.from([0x41, 1, 2, 3, 4, 5, 6, 0x42, 0x43])) ?? '', /control bytes/);
});

test('UTF-16 text with its BOM is not binary', () => {
  assert.equal(binaryReason(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Paris', 'utf16le')])), null);
});

test('French text is not binary', () => {
  assert.equal(binaryReason(Buffer.from('Le Kremlin a démenti.\n\tSelon Moscou…')), null);
});

test('<meta charset> and http-equiv Content-Type are read from the page head', () => {
  assert.equal(declaredHtmlCharset(Buffer.from('<html><head><meta charset="windows-1252">')), 'windows-1252');
  assert.equal(declaredHtmlCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')), 'ISO-8859-1');
});

test('WHATWG labels: latin1 means Windows-1252, unknown labels are null', () => {
  assert.equal(encodingForLabel('latin1'), 'windows-1252');
  assert.equal(encodingForLabel('x-no-such-charset'), null);
});
