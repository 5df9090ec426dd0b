/** A `_headers` file read back: its rules in order. */
export interface ParsedRule {
  path: string;
  headers: [string, string][];
}

/** Reads a `_headers` file as Netlify and Cloudflare Pages do: a path line, then indented `Name: value` lines; `#` starts a comment. */
export function parseHeadersFile(text: string): ParsedRule[] {
  const rules: ParsedRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
      if (!name || !rules.length) throw new Error(`not a header line: ${line}`);
      rules.at(-1)!.headers.push([name, value!]);
    }
  }
  return rules;
}

/**
 * The headers a host reading `_headers` sends for a path: those of every rule whose path matches
 * (a `*` matches any rest, including nothing), values of one name from several rules joined with
 * ", " as both hosts do. Names are lower-cased.
 */
export function headersFor(rules: readonly ParsedRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    const matches = rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
    if (!matches) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
    }
  }
  return headers;
}
