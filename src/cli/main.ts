/**
 * The `weft` command (CONTRACTS.md §2). Only JSON goes to stdout; messages go to stderr.
 * Bundled to build/weft.mjs at install time (`npm run build:node`), so a call is a plain node start.
 */
import { commands } from './commands';
import { usage } from './usage';

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : commands[name];
  if (!command) {
    process.stderr.write(name === undefined ? usage : `weft: unknown command '${name}'\n${usage}`);
    return 2;
  }
  return command(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not a user error: say so plainly, without a stack trace unless asked.
    process.stderr.write(
      `weft: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    if (process.env.WEFT_DEBUG) console.error(error);
    process.exitCode = 1;
  },
);
