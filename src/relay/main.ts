/**
 * `npm start`: serves the built PWA and the relay API on 127.0.0.1:`PORT` (or `RELAY_PORT`;
 * default 8080; 0 = any free port) and prints the URL when ready (CONTRACTS.md §5).
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { startServer } from './server';

const raw = process.env.PORT ?? process.env.RELAY_PORT ?? '8080';
const port = Number(raw);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`weft: PORT must be a port number (0 = any free port), not '${raw}'\n`);
  process.exit(2);
}
const appRoot = path.resolve(process.env.WEFT_APP_ROOT ?? 'dist');
if (!existsSync(path.join(appRoot, 'index.html'))) {
  process.stderr.write(`weft: no built app in ${appRoot}; run 'npm run build' first\n`);
  process.exit(2);
}
startServer({ appRoot, port }).then(
  ({ server, url }) => {
    console.log(url);
    const stop = () => server.close(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (error: Error) => {
    process.stderr.write(`weft: cannot listen on port ${port}: ${error.message}\n`);
    process.exit(1);
  },
);
