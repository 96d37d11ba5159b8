// Placeholder: the sentence and token component (issue 3) replaces this.
import type { Component } from '../../core/pipeline.ts';

export const sentencesComponent: Component = {
  name: 'sentences',
  reads: ['text'],
  adds: ['sentences', 'tokens', 'paragraphs'],
  run(doc) {
    const re = /[^.!?\n]+[.!?]*/g;
    for (const m of doc.text.matchAll(re)) {
      const s = m.index!; const e = s + m[0].length;
      if (m[0].trim()) doc.sentences.push({ start: s, end: e });
    }
    for (const m of doc.text.matchAll(/\S+/g)) doc.tokens.push({ start: m.index!, end: m.index! + m[0].length });
  },
};
