// A static file server for the end-to-end tests, on 127.0.0.1 and a free
// port. `routes` lets a test answer a path itself (a changed programme, an
// error status, a hang) without touching the files.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

/**
 * Serves `root`. `routes` maps a path ("/programme.json") to a handler
 * `(req, res) => void` that answers instead of the file.
 * `asAHost`: answer as a static host does (the bench's phone network):
 * brotli to a browser that accepts it (Chromium asks for it over HTTPS and
 * on localhost only), else gzip, and an ETag with 304s on
 * revalidation. Off for the tests, which count what the files weigh.
 * Returns { url, close, routes } where `url` ends with "/".
 */
export async function startServer(root, routes = new Map(), { asAHost = false } = {}) {
  const compressed = new Map();
  const compress = (encoding, file, body, mtime) => {
    const key = `${encoding}:${file}:${mtime}`;
    if (!compressed.has(key)) {
      compressed.set(
        key,
        encoding === 'br'
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
          : gzipSync(body, { level: 9 }),
      );
    }
    return compressed.get(key);
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const route = routes.get(path);
    if (route) return route(req, res);
    const file = normalize(join(root, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(normalize(root + sep))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      };
      if (asAHost) {
        headers.etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
        headers.vary = 'accept-encoding';
        if (req.headers['if-none-match'] === headers.etag) {
          res.writeHead(304, headers).end();
          return;
        }
        const accepted = req.headers['accept-encoding'] ?? '';
        const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
        if (encoding && !/\.png$/.test(file)) {
          body = compress(encoding, file, body, info.mtimeMs);
          headers['content-encoding'] = encoding;
        }
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    routes,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
