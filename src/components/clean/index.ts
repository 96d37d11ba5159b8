// The cleaning component: raw page text → article text, with what was dropped in `removed`.
import type { Component } from '../../core/pipeline.ts';
import { cleanText } from './clean.ts';

export const cleanComponent: Component = {
  name: 'clean',
  reads: ['raw'],
  adds: ['text', 'removed'],
  run(doc) {
    const { text, removed } = cleanText(doc.raw, { title: doc.meta.title });
    doc.text = text;
    doc.removed.push(...removed);
  },
};
