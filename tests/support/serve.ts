/**
 * Serves a build folder as a static host would: a path to a folder gets its index.html, an
 * unknown path gets 404.html with status 404, and every response carries the headers the
 * folder's `_headers` gives its path (public/_headers, copied into the build), so every
 * browser test runs under the header policy the host will send. Used by the browser tests for
 * both builds at once (astro preview runs one server per project) and by the benchmark.
 * Usage: node tests/support/serve.ts <folder> <port>
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeadersFile } from '../gates/headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The file for a request path, or undefined. */
function fileFor(root: string, pathname: string): string | undefined {
  let path: string;
  try {
    path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  } catch {
    return undefined;
  }
  const file = join(root, path);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

export function serve(root: string, port: number): Promise<Server> {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const headers = headersFor(rules, url.pathname);
    // A folder is addressed with a trailing slash, as the site's links write it.
    if (!url.pathname.endsWith('/') && !extname(url.pathname) && existsSync(join(root, url.pathname, 'index.html'))) {
      res.writeHead(301, { ...headers, location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    // The host reads its configuration files; it does not serve them.
    const file = /^\/_(headers|redirects)$/.test(url.pathname) ? undefined : fileFor(root, url.pathname);
    const status = file ? 200 : 404;
    const body = file ?? join(root, '404.html');
    res.writeHead(status, { ...headers, 'content-type': TYPES[extname(body)] ?? 'application/octet-stream' });
    createReadStream(body).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.main) {
  const [root = 'dist', port = '4329'] = process.argv.slice(2);
  await serve(join(process.cwd(), root), Number(port));
  console.log(`serving ${root}/ at http://127.0.0.1:${port}/`);
}
