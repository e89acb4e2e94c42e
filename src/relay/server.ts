import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createStaticHandler, relayPathPattern } from './static-files';

export interface ServerOptions {
  /** Folder of the built PWA (vite build output). */
  appRoot: string;
  port: number;
  host?: string;
}

/**
 * One HTTP server on one port: the relay's API (`/api/*`, `/hook/*`, `/healthz`, CONTRACTS.md §5)
 * and the PWA's static files for everything else.
 */
export function startServer(opts: ServerOptions): Promise<{ server: Server; url: string }> {
  const serveStatic = createStaticHandler(opts.appRoot);
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://local').pathname;
    if (pathname === '/healthz') {
      res
        .writeHead(200, {
          'content-type': 'text/plain; charset=utf-8',
          'cache-control': 'no-store',
        })
        .end('ok');
      return;
    }
    if (relayPathPattern.test(pathname)) {
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: 'Not found' }));
      return;
    }
    serveStatic(req, res);
  });
  const host = opts.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://${host}:${port}/` });
    });
  });
}
