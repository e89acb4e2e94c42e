import JSZip from 'jszip';
import type { WeftDb } from './db';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupTableNames,
  encodeBinary,
  type BackupManifest,
} from './backup-format';
import { deviceKey } from './device-key';
import type { ConnectionRecord } from './records';
import { openSecret } from './secret-box';

/**
 * Exports scenarios, revisions, connections, data stores and records, files, settings and counters
 * as one ZIP. Connection secrets are left out unless `includeSecrets`; then they are written
 * decrypted (the device key cannot leave the device), and the manifest says so.
 *
 * @example const zip = await exportBackup(db); // Uint8Array, save as weft-backup.zip
 */
export async function exportBackup(
  db: WeftDb,
  opts: { includeSecrets?: boolean; now?: Date } = {},
): Promise<Uint8Array> {
  const includeSecrets = opts.includeSecrets ?? false;
  const tables = await db.transaction('r', backupTableNames, async () => {
    const out: Record<string, unknown[]> = {};
    for (const name of backupTableNames) out[name] = await db.table(name).toArray();
    return out;
  });
  tables['connections'] = await Promise.all(
    (tables['connections'] as ConnectionRecord[]).map(async (c) => {
      const { secret, ...rest } = c;
      if (!includeSecrets || !secret) return { ...rest, secret: null };
      return { ...rest, secret: null, plainSecret: await openSecret(await deviceKey(db), secret) };
    }),
  );
  const zip = new JSZip();
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: db.verno,
    exportedAt: (opts.now ?? new Date()).toISOString(),
    includesSecrets: includeSecrets,
    tables: Object.fromEntries(backupTableNames.map((n) => [n, tables[n]?.length ?? 0])),
  };
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  for (const name of backupTableNames) {
    zip.file(`tables/${name}.json`, JSON.stringify(encodeBinary(tables[name])));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
