import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildTimeline } from '../timeline/index.ts';
import { contractFixtures } from './contract.ts';
import { timelineEventJSON, timelineEventView } from './timeline-view.ts';

const reported = buildTimeline(contractFixtures()).events.find((e) => e.mentions.length >= 2)!;

test('a view gives the first mentions and counts every mention and source', () => {
  const view = timelineEventView(reported, 1);
  assert.deepEqual(view.mentions, reported.mentions.slice(0, 1));
  assert.equal(view.mentionCount, reported.mentions.length);
  assert.equal(view.sourceCount, new Set(reported.mentions.map((m) => m.doc)).size);
  assert.equal(timelineEventView(reported, Infinity).mentions, reported.mentions);
});

test('a view is serialised once, as JSON.stringify gives it', () => {
  const first = timelineEventJSON(reported, 1);
  assert.equal(timelineEventJSON(reported, 1), first);
  assert.equal(first, JSON.stringify(timelineEventView(reported, 1)));
});
