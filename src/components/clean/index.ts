// Placeholder: the cleaning component (issue 3) replaces this.
import type { Component } from '../../core/pipeline.ts';

export const cleanComponent: Component = {
  name: 'clean',
  reads: ['raw'],
  adds: ['text', 'removed'],
  run(doc) {
    doc.text = doc.raw.trim();
  },
};
