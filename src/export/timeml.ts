// TimeML: each document's text with its TIMEX3 expressions and EVENT triggers inline.
import type { ExportDoc, ExportInput } from './types.ts';
import { xmlEscape as x } from './xml.ts';

interface Tag { start: number; end: number; open: string; close: string }

function timemlDocument(doc: ExportDoc): string {
  const tags: Tag[] = [];
  (doc.timexes ?? []).forEach((t, i) => tags.push({
    start: t.start, end: t.end, open: `<TIMEX3 tid="t${i + 1}" type="${x(t.type)}" value="${x(t.value)}">`, close: '</TIMEX3>',
  }));
  (doc.events ?? []).forEach((e, i) => {
    if (e.trigger) tags.push({ start: e.trigger.start, end: e.trigger.end, open: `<EVENT eid="e${i + 1}" class="${x(e.type)}">`, close: '</EVENT>' });
  });
  tags.sort((a, b) => a.start - b.start || b.end - a.end);
  // TimeML tags do not overlap: keep the first of two that cross.
  const kept: Tag[] = [];
  for (const t of tags) if (!kept.length || t.start >= kept[kept.length - 1].end) kept.push(t);
  let body = '', pos = 0;
  for (const t of kept) {
    body += x(doc.text.slice(pos, t.start)) + t.open + x(doc.text.slice(t.start, t.end)) + t.close;
    pos = t.end;
  }
  body += x(doc.text.slice(pos));
  const dct = doc.meta.published ? doc.meta.published.slice(0, 10) : '';
  return [
    `<TimeML doc="${x(doc.source.name)}">`,
    `<DOCID>${x(doc.id)}</DOCID>`,
    dct ? `<DCT><TIMEX3 tid="t0" type="DATE" value="${x(dct)}" functionInDocument="CREATION_TIME">${x(dct)}</TIMEX3></DCT>` : '<DCT/>',
    `<TEXT>${body}</TEXT>`,
    '</TimeML>',
  ].join('\n');
}

export function timeml({ docs }: ExportInput): string {
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<TimeMLCollection>', ...docs.map(timemlDocument), '</TimeMLCollection>'].join('\n') + '\n';
}
