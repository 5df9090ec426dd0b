import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface ServeOptions {
  /** Headers added to every response, or the headers for each request's path. */
  headers?: Record<string, string> | ((path: string) => Iterable<[string, string]>);
  /** Serve files written after the server started (sirv otherwise indexes the folder once). */
  live?: boolean;
  /** Serve `<file>.gz` beside a file, when there is one, to clients that accept gzip: a host's compression. */
  gzip?: boolean;
}

/** Serves a folder of static files on 127.0.0.1 at a free port; resolves with its origin. */
export async function serve(dir: string, { headers = {}, live = false, gzip = false }: ServeOptions = {}): Promise<{ origin: string; close: () => Promise<void>; server: Server }> {
  const headersFor = typeof headers === 'function' ? headers : () => Object.entries(headers);
  // `dotfiles: true` because sirv's test for a hidden file, /[\\+|\/+]\./, also matches "+." and
  // "|." anywhere in a path, so it would hide an article named "Y,+.txt" that every real host serves.
  const handler = sirv(dir, { dev: live, etag: true, dotfiles: true, gzip, setHeaders: (res, path) => [...headersFor(path)].forEach(([k, v]) => res.setHeader(k, v)) });
  const server = createServer((req, res) => handler(req, res, () => {
    res.statusCode = 404;
    res.end('not found');
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
