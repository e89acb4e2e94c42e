/**
 * Writes one JSON document and a newline to stdout. A reader that stops early (`| head`) closes
 * the pipe; that is not an error of the command, so EPIPE ends the process quietly.
 *
 * @example writeJson({ valid: true }); // prints {"valid":true}
 */
export function writeJson(value: unknown): void {
  process.stdout.once('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
