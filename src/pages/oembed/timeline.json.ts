import type { APIRoute } from 'astro';
import { oembedFor } from '../../lib/oembedFor.ts';

export const GET: APIRoute = ({ site }) => oembedFor(site, new URLSearchParams());
