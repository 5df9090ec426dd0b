// @ts-check
import { defineConfig } from 'astro/config';
import { hostingFiles } from './src/integrations/hostingFiles.ts';
import { withoutTransitionsVite } from './src/integrations/browserBundle.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/locales.ts';

export default defineConfig({
  // Absolute URLs (Open Graph, oEmbed, feeds) use this; set SITE_URL when publishing elsewhere.
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  server: { host: '127.0.0.1' },
  // The editions (src/i18n/locales.ts): English at /, the others under /th/, /km/. Pages live in
  // src/pages/[...locale]/ and list their editions in getStaticPaths (src/i18n/editionPaths.ts).
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  // _headers, nginx-headers.conf and the TimelineJS3 copy, beside the pages (see README, Hosting).
  integrations: [hostingFiles()],
  // Pages render while others are written: a large archive's tens of thousands of files otherwise
  // leave the processor waiting on the disk for half the build.
  // Stylesheets as files, not inlined into every page: an archive's tens of thousands of pages
  // each carried the same 13 KB of CSS (a gigabyte written at 25,000 events), and Astro hashed
  // every inlined sheet again for each page's CSP. As files, a reader's browser caches them once.
  build: { concurrency: 4, inlineStylesheets: 'never' },
  // d3-zoom without d3-transition in the browser: see src/client/d3TransitionStub.ts.
  vite: { plugins: [withoutTransitionsVite()], build: { cssCodeSplit: false } },
  // No code blocks are rendered; Shiki's inline styles would break the CSP below.
  markdown: { syntaxHighlight: false },
  security: {
    // A Content-Security-Policy <meta> on every page: scripts and styles only from this site or
    // hashed by Astro, never 'unsafe-inline' or 'unsafe-eval'; nothing loaded from elsewhere.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
