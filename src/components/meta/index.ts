// The metadata component: title, outlet, agencies, authors and publication date from what
// cleaning moved out of the text (headline, bylines, datelines), else from the URL.
// Values given by ingestion win.
import type { Component } from '../../core/pipeline.ts';
import { parseByline } from './byline.ts';
import { parseDateline, type DateStamp } from './dateline.ts';
import { dateFromUrl, earliestPublished } from './published.ts';
import { detectLanguage } from './language.ts';

export const metaComponent: Component = {
  name: 'meta',
  reads: ['text', 'removed'],
  adds: ['meta'],
  run(doc) {
    const meta = doc.meta;
    if (!doc.text.trim()) {
      doc.messages.push({ component: 'meta', level: 'warning', reason: 'no article text left after cleaning' });
    } else {
      const language = detectLanguage(doc.text);
      if (language && language !== 'fr') {
        meta.language = language;
        doc.messages.push({ component: 'meta', level: 'warning', reason: `the text looks ${language}, not French: the analysis is built for French` });
      }
    }
    const stamps: DateStamp[] = [];
    const givenAuthors = meta.authors.length > 0;
    for (const r of doc.removed) {
      if (r.reason === 'title' && !meta.title) meta.title = r.text;
      else if (r.reason === 'byline' || r.reason === 'agency') {
        const b = parseByline(r.text);
        if (!b) continue;
        if (!meta.outlet && b.outlets.length) meta.outlet = b.outlets[0];
        for (const a of b.agencies) if (!meta.agencies.includes(a)) meta.agencies.push(a);
        if (!givenAuthors) for (const a of b.authors) if (!meta.authors.includes(a)) meta.authors.push(a);
      } else if (r.reason === 'dateline') {
        const d = parseDateline(r.text);
        if (d) stamps.push(...d.stamps);
      }
    }
    const given = meta.published && (meta.publishedFrom === 'given' || meta.publishedFrom === 'header');
    if (given) return;
    const fromHeader = earliestPublished(stamps, meta.crawled);
    if (fromHeader) { meta.published = fromHeader; meta.publishedFrom = 'header'; return; }
    const fromUrl = dateFromUrl(doc.source.url);
    if (fromUrl) { meta.published = fromUrl; meta.publishedFrom = 'url'; }
  },
};
