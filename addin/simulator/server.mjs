// A small static server for the compose simulator: serves only the files in dist-addin/,
// only on the loopback interface, makes no network requests of its own. The simulator page is
// opened as http://localhost:<port> and loads the task pane from http://127.0.0.1:<port> (the
// same server under its other loopback name): a different origin, so the pane runs in its own
// renderer process and talks to the compose window by postMessage, as in Outlook.
// Usage: node addin/simulator/server.mjs [--port 3000] [--root dist-addin] [--https [--cert f --key f]]
// --https serves https://localhost:3000 for sideloading in real Outlook, with the certificate
// that `npx office-addin-dev-certs install` puts in ~/.office-addin-dev-certs/.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Starts the server. Resolves with the listening server and its base URL.
 * @param {{ port?: number, root?: string, host?: string, tls?: { cert: Buffer, key: Buffer } }} [options]
 * @returns {Promise<{ server: import('node:http').Server, url: string, close: () => Promise<void> }>}
 */
export function startServer(options = {}) {
  const root = resolve(options.root ?? 'dist-addin');
  const host = options.host ?? '127.0.0.1';
  const handler = async (request, response) => {
    const send = (status, text) => {
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(text);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method not allowed');
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(400, 'Bad request');
    }
    if (pathname === '/' || pathname === '') pathname = '/simulator.html';
    const file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) return send(403, 'Forbidden');
    try {
      const info = await stat(file);
      if (!info.isFile()) return send(404, 'Not found');
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      if (request.method === 'HEAD') return response.end();
      createReadStream(file).pipe(response);
    } catch {
      send(404, 'Not found');
    }
  };
  const server = options.tls ? createHttpsServer(options.tls, handler) : createServer(handler);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolvePromise({
        server,
        url: `${options.tls ? 'https' : 'http'}://localhost:${port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const certs = join(homedir(), '.office-addin-dev-certs');
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '3000' },
      root: { type: 'string', default: 'dist-addin' },
      https: { type: 'boolean', default: false },
      cert: { type: 'string', default: join(certs, 'localhost.crt') },
      key: { type: 'string', default: join(certs, 'localhost.key') },
    },
  });
  let tls;
  if (values.https) {
    try {
      tls = { cert: readFileSync(values.cert), key: readFileSync(values.key) };
    } catch (error) {
      console.error(`No certificate at ${values.cert}: run \`npx office-addin-dev-certs install\` first (${error.message})`);
      process.exit(2);
    }
  }
  const { url } = await startServer({ port: Number(values.port), root: values.root, tls });
  console.log(`email-lint compose simulator: ${url}simulator.html  (?lang=lt|lv|en, ?theme=dark, ?compose=reply)`);
  console.log(`  (the pane inside it loads from ${url.replace('//localhost:', '//127.0.0.1:')}: another origin, its own process, as in Outlook)`);
  console.log(`task pane alone: ${url}taskpane.sim.html   (Ctrl+C to stop)`);
}
