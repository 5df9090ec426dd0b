import type { APIRoute } from 'astro';
// The generated schema, byte for byte (`npm run schema` writes it from the zod schema).
import schema from '../../data/events.schema.json?raw';

export const GET = (() => new Response(schema, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } })) satisfies APIRoute;
