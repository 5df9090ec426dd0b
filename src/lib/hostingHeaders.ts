// The HTTP headers the site should be served with, in the two forms static hosts read: a
// `_headers` file (Netlify, Cloudflare Pages) and an nginx include. The build writes both from
// this one list, so the README, the files and the tests cannot drift apart.

/** Headers for every response: no MIME sniffing, and only the origin in the Referer sent to other sites. */
const EVERYWHERE: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
];
/** Pages other sites may not frame (clickjacking); `frame-ancestors` has no effect in a <meta> policy, so it must be a header. */
const NOT_FRAMED: [string, string][] = [
  ['Content-Security-Policy', "frame-ancestors 'self'"],
  ['X-Frame-Options', 'SAMEORIGIN'],
];
/** The embed, made to be framed by any site. */
const FRAMED_ANYWHERE: [string, string][] = [['Content-Security-Policy', 'frame-ancestors *']];
/** Files other sites' pages fetch (the open data, TimelineJS3 and its library, oEmbed answers). */
const SHARED: [string, string][] = [['Access-Control-Allow-Origin', '*']];

export interface HostingInput {
  /** The site's base path, e.g. `/` or `/timeline/`. */
  base: string;
  /** The path of every HTML page, relative to the base, e.g. `''`, `events/a/`, `embed/`. */
  pages: readonly string[];
  /** Files, relative to the base, that pages on other sites may fetch, e.g. `events.json`. */
  shared: readonly string[];
  /** Folders, relative to the base, whose every file pages on other sites may fetch, e.g. `timelinejs/`. */
  sharedFolders: readonly string[];
}

/** One rule: the paths it matches (a trailing `*` matches any rest) and the headers it adds. */
export interface HeaderRule {
  path: string;
  headers: [string, string][];
}

/**
 * The rules, written so that no two rules matching one path set the same header: hosts that read
 * `_headers` join such values with commas, and two frame-ancestors policies would both apply.
 * Each top-level section of pages gets its own rule, the embed's saying it may be framed.
 * @example hostingRules({ base: '/', pages: ['', 'embed/'], shared: [], sharedFolders: [] }).map((r) => r.path) // ['/*', '/', '/index.html', '/embed/*']
 */
export function hostingRules(input: HostingInput): HeaderRule[] {
  const at = (path: string) => `${input.base.replace(/\/?$/, '/')}${path}`;
  const sections = [...new Set(input.pages.map((page) => page.split('/')[0]!))].sort();
  return [
    { path: at('*'), headers: EVERYWHERE },
    ...sections.flatMap((section): HeaderRule[] =>
      section === '' ? [{ path: at(''), headers: NOT_FRAMED }, { path: at('index.html'), headers: NOT_FRAMED }]
      : [{ path: at(`${section}/*`), headers: section === 'embed' ? FRAMED_ANYWHERE : NOT_FRAMED }]),
    ...input.shared.map((file) => ({ path: at(file), headers: SHARED })),
    ...input.sharedFolders.map((folder) => ({ path: at(`${folder.replace(/\/?$/, '/')}*`), headers: SHARED })),
  ];
}

/**
 * The rules as a `_headers` file: a path line, then indented `Name: value` lines.
 * @example headersFile(rules).startsWith('# ') // true
 */
export function headersFile(rules: readonly HeaderRule[]): string {
  return [
    '# HTTP headers for hosts that read _headers (Netlify, Cloudflare Pages); written by the build.',
    '# See "Hosting" in the README. No two rules matching one path set the same header.',
    ...rules.flatMap((rule) => ['', rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)]),
    '',
  ].join('\n');
}

/**
 * The same headers as an example nginx `server` block that serves the built site. nginx's
 * add_header in a location replaces the headers of the level above instead of adding to them,
 * so each location lists everything its paths need.
 * @example nginxExample(rules).includes('location ^~ /embed/ {') // true
 */
export function nginxExample(rules: readonly HeaderRule[]): string {
  const [everywhere, ...rest] = rules;
  const base = everywhere!.path.replace(/\*$/, '');
  const block = (match: string, headers: [string, string][]) => [
    `    location ${match} {`,
    ...[...everywhere!.headers, ...headers].map(([name, value]) => `        add_header ${name} "${value.replace(/"/g, '\\"')}" always;`),
    '    }',
  ];
  // The base as a prefix for every page without a rule of its own; ^~ prefixes for folders and
  // = for files; /index.html is served under the base's own block.
  const root = rules.find((r) => r.path === base);
  return [
    '# An example nginx server block for the built site, with its HTTP headers; written by the build.',
    '# Set server_name, root (the built folder) and TLS; see "Hosting" in the README. For a site',
    `# built with a base other than /, serve the folder at ${base} with alias.`,
    'server {',
    '    listen 80;',
    '    server_name timeline.example.org;',
    '    root /var/www/timeline/dist;',
    '    index index.html;',
    '',
    ...block(base, root?.headers ?? []),
    ...rest
      .filter((rule) => rule !== root && !rule.path.endsWith('/index.html'))
      .flatMap((rule) => ['', ...block(rule.path.endsWith('*') ? `^~ ${rule.path.slice(0, -1)}` : `= ${rule.path}`, rule.headers)]),
    '}',
    '',
  ].join('\n');
}
