/**
 * `weft eval '<field text>' [--bundles <file.json>] [--now <ISO>] [--timezone <IANA>]`
 * (CONTRACTS.md §2): prints `{"value": …}` (exit 0) or `{"error": {code, message, span}}`
 * (exit 2 for syntax errors, 1 for the others). Bad usage goes to stderr with exit 2.
 */
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { compileField } from '../../iml';
import { decodeJsonValue, encodeJsonValue } from '../../shared/json-values';
import type { Command } from './index';

interface EvalOptions {
  field: string;
  bundles: Record<string, unknown>;
  now: Date;
  timezone: string;
}

function usageError(message: string): number {
  process.stderr.write(`weft eval: ${message}\n`);
  return 2;
}

function parseOptions(args: string[]): EvalOptions | string {
  let field: string | undefined;
  let bundles: Record<string, unknown> = {};
  let now = new Date();
  let timezone = 'UTC';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--bundles' || arg === '--now' || arg === '--timezone') {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--now') {
        now = new Date(value);
        if (Number.isNaN(now.getTime())) return `--now '${value}' is not an ISO date`;
      } else if (arg === '--timezone') {
        if (!isTimezone(value)) return `--timezone '${value}' is not a known IANA time zone`;
        timezone = value;
      } else {
        const loaded = readBundles(value);
        if (typeof loaded === 'string') return loaded;
        bundles = loaded;
      }
    } else if (field === undefined) {
      field = arg;
    } else {
      return `unexpected argument '${arg}'`;
    }
  }
  if (field === undefined) return "missing the field text: weft eval '<field text>'";
  return { field, bundles, now, timezone };
}

function readBundles(file: string): Record<string, unknown> | string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return `cannot read --bundles file '${file}'`;
  }
  try {
    const data = decodeJsonValue(JSON.parse(text));
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return `--bundles file '${file}' must hold an object of bundles by module id`;
    }
    return data as Record<string, unknown>;
  } catch {
    return `--bundles file '${file}' is not valid JSON`;
  }
}

function isTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const evalCommand: Command = async (args) => {
  const options = parseOptions(args);
  if (typeof options === 'string') return usageError(options);
  const result = compileField(options.field).evaluate({
    bundle: (id) => options.bundles[id],
    now: options.now,
    timezone: options.timezone,
    executionId: randomUUID().replace(/-/g, ''),
  });
  if (result.ok) {
    process.stdout.write(`${JSON.stringify({ value: encodeJsonValue(result.value) ?? null })}\n`);
    return 0;
  }
  const { code, message, span } = result.error;
  process.stdout.write(`${JSON.stringify({ error: { code, message, span } })}\n`);
  return result.error.kind === 'syntax' ? 2 : 1;
};
