// @ts-check
import { defineConfig } from 'astro/config';
import { eventOembeds } from './src/integrations/eventOembeds.ts';
import { eventPages } from './src/integrations/eventPages.ts';
import { hostingFiles } from './src/integrations/hostingFiles.ts';
import { spooledLists } from './src/integrations/spooledLists.ts';
import { compileOnLoadVite, withoutTransitionsVite } from './src/integrations/browserBundle.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/locales.ts';

export default defineConfig({
  // Absolute URLs (Open Graph, oEmbed, feeds) use this; set SITE_URL when publishing elsewhere.
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  server: { host: '127.0.0.1' },
  // The editions (src/i18n/locales.ts): English at /, the others under /th/, /km/. Pages live in
  // src/pages/[...locale]/ and list their editions in getStaticPaths (src/i18n/editionPaths.ts).
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  // The reader and embed pages' event lists, written into the built pages part by part
  // (src/integrations/spooledLists.ts);
  // each event's page, split out of the batches Astro renders them in (src/integrations/eventPages.ts);
  // each event's oEmbed answer, written after the pages (see src/integrations/eventOembeds.ts);
  // _headers, nginx-headers.conf and the TimelineJS3 copy, beside the pages (see README, Hosting).
  integrations: [spooledLists(), eventPages(), eventOembeds(), hostingFiles()],
  // Pages render while others are written: a large archive's tens of thousands of files otherwise
  // leave the processor waiting on the disk for half the build.
  build: { concurrency: 4, inlineStylesheets: 'always' },
  // d3-zoom without d3-transition in the browser: see src/client/d3TransitionStub.ts. The reader
  // page's script (src/components/ReaderScript.astro) compiled as it streams in: see compileOnLoadVite.
  vite: { plugins: [withoutTransitionsVite(), compileOnLoadVite(/(^|\/)ReaderScript\.astro_astro_type_script_index_0_lang\b/)] },
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
