import { defineCollection } from 'astro:content';
import { Event } from './lib/eventSchema.ts';
import { eventsLoader } from './loaders/eventsLoader.ts';

const events = defineCollection({
  loader: eventsLoader({ data: 'data/events.json', seeds: 'seeds' }),
  schema: Event,
});

export const collections = { events };
