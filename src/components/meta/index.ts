// Placeholder: the metadata component (issue 3) replaces this.
import type { Component } from '../../core/pipeline.ts';

export const metaComponent: Component = {
  name: 'meta',
  reads: ['text', 'removed'],
  adds: ['meta'],
  run() {},
};
