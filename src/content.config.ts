import { defineCollection } from 'astro:content';
import { Event } from './lib/eventSchema.ts';
import { SourceEntry } from './lib/sourceEntry.ts';
import { eventsLoader } from './loaders/eventsLoader.ts';
import { sourcesLoader } from './loaders/sourcesLoader.ts';

// TIMELINE_DATA and TIMELINE_SEEDS point a build at other data (the benchmark's generated sets).
const paths = {
  data: process.env.TIMELINE_DATA ?? 'data/events.json',
  seeds: process.env.TIMELINE_SEEDS ?? 'seeds',
};

export const collections = {
  events: defineCollection({ loader: eventsLoader(paths), schema: Event }),
  sources: defineCollection({ loader: sourcesLoader(paths), schema: SourceEntry }),
};
