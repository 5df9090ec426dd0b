// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Absolute URLs (Open Graph, oEmbed, feeds) use this; set SITE_URL when publishing elsewhere.
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  server: { host: '127.0.0.1' },
});
