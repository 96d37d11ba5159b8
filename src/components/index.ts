// The default pipeline: each component reads earlier layers and adds one.
import { Pipeline, type Component } from '../core/pipeline.ts';
import { cleanComponent } from './clean/index.ts';
import { metaComponent } from './meta/index.ts';
import { sentencesComponent } from './sentences/index.ts';
import { timexComponent } from './timex/index.ts';
import { entitiesComponent } from './entities/index.ts';
import { quotesComponent } from './quotes/index.ts';
import { eventsComponent } from './events/index.ts';

export const defaultComponents: Component[] = [
  cleanComponent,
  metaComponent,
  sentencesComponent,
  timexComponent,
  entitiesComponent,
  quotesComponent,
  eventsComponent,
];

export function defaultPipeline(only?: string[]): Pipeline {
  return new Pipeline(only ? defaultComponents.filter((c) => only.includes(c.name)) : defaultComponents);
}
