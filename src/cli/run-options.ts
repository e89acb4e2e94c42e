/** Parsing `weft run` options (CONTRACTS.md §2). A string result is a usage error (exit 2). */
import { parseArgs } from 'node:util';
import type { DataStoreRecord } from '../apps';
import { decodeJsonValue } from '../shared/json-values';
import { appsRunOptionSpecs, parseAppsRunOptions } from './apps-run-options';
import type { AppsRunOptions } from './apps-run-options';
import { readJsonFile } from './blueprint-file';

export interface RunCliOptions {
  file: string;
  input: unknown[] | undefined;
  cycles: number | undefined;
  datastores: Record<string, DataStoreRecord[]>;
  now: Date | undefined;
  timezone: string;
  apps: AppsRunOptions;
}

export function parseRunOptions(args: string[]): RunCliOptions | string {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        input: { type: 'string' },
        cycles: { type: 'string' },
        datastore: { type: 'string', multiple: true },
        now: { type: 'string' },
        timezone: { type: 'string' },
        ...appsRunOptionSpecs,
      },
    });
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  const { values, positionals } = parsed;
  const [file, extra] = positionals;
  if (file === undefined) return 'missing the blueprint file: weft run <blueprint.json>';
  if (extra !== undefined) return `unexpected argument '${extra}'`;

  let input: unknown[] | undefined;
  if (values.input !== undefined) {
    const read = readJsonFile('--input', values.input);
    if (!read.ok) return read.message;
    if (!Array.isArray(read.value))
      return `--input: '${values.input}' must hold a JSON array of bundles`;
    input = decodeJsonValue(read.value) as unknown[];
  }
  let cycles: number | undefined;
  if (values.cycles !== undefined) {
    cycles = Number(values.cycles);
    if (!Number.isInteger(cycles) || cycles < 1)
      return `--cycles '${values.cycles}' must be a positive integer`;
  }
  const datastores: Record<string, DataStoreRecord[]> = {};
  for (const spec of values.datastore ?? []) {
    const seeded = readDatastore(spec);
    if (typeof seeded === 'string') return seeded;
    datastores[seeded.id] = seeded.records;
  }
  let now: Date | undefined;
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (Number.isNaN(now.getTime())) return `--now '${values.now}' is not an ISO date`;
  }
  const timezone = values.timezone ?? 'UTC';
  if (!isTimezone(timezone)) return `--timezone '${timezone}' is not a known IANA time zone`;
  const apps = parseAppsRunOptions(values);
  if (typeof apps === 'string') return apps;
  if (apps.requests && input) return '--requests and --input cannot be used together';
  return { file, input, cycles, datastores, now, timezone, apps };
}

function readDatastore(spec: string): { id: string; records: DataStoreRecord[] } | string {
  const eq = spec.indexOf('=');
  if (eq <= 0) return `--datastore '${spec}' must look like <id>=<records.json>`;
  const id = spec.slice(0, eq);
  const read = readJsonFile('--datastore', spec.slice(eq + 1));
  if (!read.ok) return read.message;
  const records = decodeJsonValue(read.value);
  const valid =
    Array.isArray(records) &&
    records.every(
      (r) =>
        typeof r === 'object' && r !== null && typeof (r as { key?: unknown }).key === 'string',
    );
  if (!valid) return `--datastore ${id}: records must be a JSON array of {"key": "…", "data": {…}}`;
  return { id, records: records as DataStoreRecord[] };
}

function isTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
