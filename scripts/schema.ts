// npm run schema — regenerates data/events.schema.json from src/lib/eventSchema.ts.
import { writeAtomic } from './io/writeAtomic.ts';
import { eventsJsonSchema } from '../src/lib/eventsJsonSchema.ts';

await writeAtomic('data/events.schema.json', eventsJsonSchema());
console.log('wrote data/events.schema.json');
