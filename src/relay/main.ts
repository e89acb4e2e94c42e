/**
 * `npm start`: serves the built PWA and the relay API on 127.0.0.1:`PORT` (or `RELAY_PORT`;
 * default 8080; 0 = any free port) and prints the URL as the first line on stdout (CONTRACTS.md
 * §5). `npm run relay` passes `--relay-only`: the relay without the app. Logs are JSON lines on
 * stdout after the URL line.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { ConfigError, configFromEnv, type RelayConfig } from './config';
import { createLogger } from './log';
import { startServer } from './server';

function fail(message: string, code: number): never {
  process.stderr.write(`weft: ${message}\n`);
  process.exit(code);
}

let config: RelayConfig;
try {
  config = configFromEnv(process.env);
} catch (e) {
  if (e instanceof ConfigError) fail(e.message, 2);
  throw e;
}
const relayOnly = process.argv.includes('--relay-only');
const appRoot = relayOnly ? undefined : path.resolve(process.env.WEFT_APP_ROOT ?? 'dist');
if (appRoot !== undefined && !existsSync(path.join(appRoot, 'index.html'))) {
  fail(
    `no built app in ${appRoot}; run 'npm run build' first (or 'npm run relay' for the relay alone)`,
    2,
  );
}
const log = createLogger(config.logLevel, (line) => process.stdout.write(line));

startServer({ config, log, appRoot }).then(
  (running) => {
    console.log(running.url);
    log('info', 'relay.started', {
      url: running.url,
      dataDir: config.dataDir,
      app: appRoot ?? null,
    });
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log('info', 'relay.stopping', { signal });
      running.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  },
  (error: Error) => fail(`cannot start on port ${config.port}: ${error.message}`, 1),
);
