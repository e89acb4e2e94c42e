import type { FilesPort, HandlerContext } from '../contract';
import { noLibrary } from './errors';

/** The host's file library, or the error that says how to get one. */
export function library(ctx: HandlerContext): FilesPort {
  if (!ctx.files) throw noLibrary();
  return ctx.files;
}
