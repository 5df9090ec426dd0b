/** How a reference page loads its one script: a module file, a classic deferred file, or inline. */
export type ScriptLoading = 'module' | 'defer' | 'inline';

/** The file a reference page's module or deferred script is served from, beside the page. */
export const REFERENCE_SCRIPT = 'floor-script.js';

/** What the reference script does: the least that still runs (it marks the page as done). */
export const REFERENCE_SCRIPT_CODE = 'document.documentElement.dataset.ran = "";\n';

/**
 * The floor's page with one trivial script added in its head, loaded as `how` says: a reference
 * for `npm run bench:trace`, which shows what a script costs a page's ready time by itself, apart
 * from anything it does. The floor page is the benchmark's and stays as it is; this is a copy.
 * @example floorWithScript('<head></head>', 'defer') // '<head><script defer src="floor-script.js"></script></head>'
 */
export function floorWithScript(floorHtml: string, how: ScriptLoading): string {
  if (!floorHtml.includes('</head>')) throw new Error('floorWithScript: the page has no </head>');
  const tag = {
    module: `<script type="module" src="${REFERENCE_SCRIPT}"></script>`,
    defer: `<script defer src="${REFERENCE_SCRIPT}"></script>`,
    inline: `<script type="module">${REFERENCE_SCRIPT_CODE.trim()}</script>`,
  }[how];
  return floorHtml.replace('</head>', `${tag}</head>`);
}
