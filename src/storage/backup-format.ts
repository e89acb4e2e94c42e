/** The backup ZIP: `manifest.json` plus one `tables/<name>.json` array per backed-up table. */
export const BACKUP_FORMAT = 'weft-backup';
export const BACKUP_FORMAT_VERSION = 1;

/**
 * What a backup holds, with the fields every row must have as strings (primary keys and what the
 * UI lists by). History, usage, the inbox, runtime state and the device key stay out: they are
 * this device's record of what happened, large, or (the key) not extractable by design.
 */
export const BACKUP_TABLES = {
  scenarios: ['id', 'name'],
  scenarioRevisions: ['id', 'scenarioId'],
  connections: ['id', 'name', 'type'],
  dataStores: ['id', 'name'],
  dataRecords: ['storeId', 'key'],
  files: ['id', 'folder', 'name'],
  settings: ['key'],
  counters: ['id'],
} as const;

export type BackupTable = keyof typeof BACKUP_TABLES;
export const backupTableNames = Object.keys(BACKUP_TABLES) as BackupTable[];

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  exportedAt: string;
  includesSecrets: boolean;
  tables: Record<string, number>;
}

/**
 * JSON for stored values: binary becomes `{ "$binary": "<base64>", "size": n }` (CONTRACTS.md §1).
 *
 * @example encodeBinary({ b: new Uint8Array([1]) }) // { b: { $binary: 'AQ==', size: 1 } }
 */
export function encodeBinary(value: unknown): unknown {
  if (value instanceof ArrayBuffer) value = new Uint8Array(value);
  if (value instanceof Uint8Array) {
    let s = '';
    for (let i = 0; i < value.length; i += 0x8000) {
      s += String.fromCharCode(...value.subarray(i, i + 0x8000));
    }
    return { $binary: btoa(s), size: value.byteLength };
  }
  if (Array.isArray(value)) return value.map(encodeBinary);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeBinary(v)]));
  }
  return value;
}

/** The inverse of `encodeBinary`. */
export function decodeBinary(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeBinary);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['$binary'] === 'string') {
      const s = atob(o['$binary']);
      const bytes = new Uint8Array(s.length);
      for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
      return bytes;
    }
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, decodeBinary(v)]));
  }
  return value;
}
