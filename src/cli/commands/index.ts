import { evalCommand } from './eval';

/** Each command takes its arguments and resolves to the process exit code. */
export type Command = (args: string[]) => Promise<number>;

/** The commands `weft` knows; each arrives with the issue that builds it. */
export const commands: Record<string, Command> = {
  eval: evalCommand,
};
