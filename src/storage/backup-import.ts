import JSZip from 'jszip';
import { err, ok, type Result } from '../shared';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  backupTableNames,
  decodeBinary,
  type BackupTable,
} from './backup-format';
import type { WeftDb } from './db';
import { deviceKey } from './device-key';
import type { ConnectionRecord } from './records';
import { sealSecret } from './secret-box';
import { guardWrite } from './write-guard';

const CODE = 'STORAGE_BACKUP';

/**
 * Replaces the backed-up tables with a backup's contents in one transaction. The whole file is
 * read and checked first; a broken file, or a failure while writing (storage full), changes
 * nothing and the result says what is wrong. Pause every other writer while this runs
 * (CONTRACTS.md §7).
 *
 * @example const r = await importBackup(db, bytes); if (!r.ok) show(r.error.message);
 */
export async function importBackup(
  db: WeftDb,
  bytes: Uint8Array | ArrayBuffer,
): Promise<Result<Record<BackupTable, number>>> {
  const read = await readBackup(bytes);
  if (!read.ok) return read;
  const tables = read.value;
  try {
    tables.connections = await sealPlainSecrets(db, tables.connections);
    await guardWrite('the imported backup', () =>
      db.transaction('rw', backupTableNames, async () => {
        for (const name of backupTableNames) {
          await db.table(name).clear();
          await db.table(name).bulkAdd(tables[name]);
        }
      }),
    );
  } catch (e) {
    return err(CODE, `The backup could not be imported; nothing was changed. ${describe(e)}`);
  }
  return ok(
    Object.fromEntries(backupTableNames.map((n) => [n, tables[n].length])) as Record<
      BackupTable,
      number
    >,
  );
}

async function readBackup(
  bytes: Uint8Array | ArrayBuffer,
): Promise<Result<Record<BackupTable, unknown[]>>> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    return err(CODE, `This file is not a Weft backup (not a readable ZIP: ${describe(e)}).`);
  }
  const manifest = await readJson(zip, 'manifest.json');
  if (!manifest.ok) return manifest;
  const m = manifest.value as Record<string, unknown> | null;
  if (!m || m['format'] !== BACKUP_FORMAT) {
    return err(CODE, 'This ZIP is not a Weft backup (manifest.json has no "weft-backup" format).');
  }
  if (typeof m['formatVersion'] !== 'number' || m['formatVersion'] > BACKUP_FORMAT_VERSION) {
    return err(
      CODE,
      `This backup was made by a newer Weft (format ${String(m['formatVersion'])}).`,
    );
  }
  const out = {} as Record<BackupTable, unknown[]>;
  for (const name of backupTableNames) {
    const path = `tables/${name}.json`;
    const rows = await readJson(zip, path);
    if (!rows.ok) return rows;
    if (!Array.isArray(rows.value)) return err(CODE, `${path} is not a list of rows.`, path);
    for (const [i, row] of rows.value.entries()) {
      const bad = checkRow(row, BACKUP_TABLES[name]);
      if (bad) return err(CODE, `${path} row ${i + 1}: ${bad}.`, `${path}[${i}]`);
    }
    out[name] = decodeBinary(rows.value) as unknown[];
  }
  return ok(out);
}

async function readJson(zip: JSZip, path: string): Promise<Result<unknown>> {
  const file = zip.file(path);
  if (!file) return err(CODE, `The backup is missing ${path}.`, path);
  try {
    return ok(JSON.parse(await file.async('string')) as unknown);
  } catch (e) {
    return err(CODE, `${path} is not valid JSON (${describe(e)}).`, path);
  }
}

function checkRow(row: unknown, required: readonly string[]): string | null {
  if (!row || typeof row !== 'object' || Array.isArray(row)) return 'not an object';
  for (const f of required) {
    if (typeof (row as Record<string, unknown>)[f] !== 'string') return `"${f}" must be text`;
  }
  return null;
}

/** Backups carry secrets decrypted (or not at all); seal them under this device's key. */
async function sealPlainSecrets(db: WeftDb, rows: unknown[]): Promise<unknown[]> {
  return Promise.all(
    rows.map(async (row) => {
      const { plainSecret, ...c } = row as ConnectionRecord & { plainSecret?: unknown };
      const secret =
        plainSecret === undefined ? null : await sealSecret(await deviceKey(db), plainSecret);
      return { ...c, params: c.params ?? {}, updatedAt: c.updatedAt ?? c.createdAt, secret };
    }),
  );
}

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));
