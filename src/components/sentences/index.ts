// The sentence component: paragraph, sentence and token spans of the cleaned text.
import type { Component } from '../../core/pipeline.ts';
import { paragraphSpans, sentenceSpans } from './segment.ts';
import { tokenize } from './tokenize.ts';

export const sentencesComponent: Component = {
  name: 'sentences',
  reads: ['text'],
  adds: ['sentences', 'tokens', 'paragraphs'],
  run(doc) {
    doc.paragraphs = paragraphSpans(doc.text);
    doc.sentences = sentenceSpans(doc.text);
    doc.tokens = tokenize(doc.text);
  },
};
