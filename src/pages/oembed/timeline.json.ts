import type { APIRoute } from 'astro';
import { oembedFor } from '../../data/oembedFor.ts';
import { siteConfig } from '../../siteConfig.ts';

export const GET: APIRoute = ({ site }) => oembedFor(site, new URLSearchParams(), `Timeline: ${siteConfig.title}`);
