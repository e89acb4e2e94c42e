import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RelayConfig } from './config';
import type { Logger } from './log';
import { createRelay, type Relay } from './relay';
import { openSqliteStore } from './sqlite-store';
import { createStaticHandler } from './static-files';
import type { RelayStore } from './store';

export interface ServerOptions {
  config: RelayConfig;
  log: Logger;
  /** Folder of the built PWA (vite build output); without it only relay paths are served. */
  appRoot?: string;
  /** A store to use instead of `<dataDir>/relay.sqlite`. */
  store?: RelayStore;
}

export interface RunningServer {
  server: Server;
  relay: Relay;
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * One HTTP server on one port: the relay (`/api/*`, `/hook/*`, `/healthz`, CONTRACTS.md §5) and
 * the PWA's static files for everything else. Slow or oversized requests are cut by Node's own
 * limits (headers timeout, request timeout, 16 KiB of headers → 431).
 */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const { config, log } = opts;
  const store = opts.store ?? (await openSqliteStore(config.dataDir));
  const relay = createRelay(config, store, log);
  const serveStatic = opts.appRoot === undefined ? undefined : createStaticHandler(opts.appRoot);
  const server = createServer(
    {
      headersTimeout: config.headersTimeoutMs,
      requestTimeout: config.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, config.headersTimeoutMs),
    },
    (req, res) => {
      if (relay.handle(req, res)) return;
      if (serveStatic) return serveStatic(req, res);
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    },
  );
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    log('debug', 'http.client_error', { code: err.code ?? 'unknown' });
    if (socket.writable && !socket.destroyed) {
      const status =
        err.code === 'HPE_HEADER_OVERFLOW'
          ? '431 Request Header Fields Too Large'
          : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? '408 Request Timeout'
            : '400 Bad Request';
      socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
    } else {
      socket.destroy();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    relay,
    port,
    url: `http://${config.host}:${port}/`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await relay.close();
    },
  };
}
