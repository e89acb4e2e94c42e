import { newId } from '../shared';
import type { WeftDb } from './db';
import type { FileRecord } from './records';
import { guardWrite } from './write-guard';

/**
 * The file library. Saving a name that exists in the folder replaces that file (same id), so a
 * retried save does not make a copy.
 */
export function filesRepo(db: WeftDb) {
  return {
    get: (id: string) => db.files.get(id),
    find: (folder: string, name: string) =>
      db.files.where('[folder+name]').equals([folder, name]).first(),
    list: (folder: string) =>
      db.files
        .where('[folder+name]')
        .between([folder, ''], [folder, '\uffff'], true, true)
        .toArray(),
    save(
      input: { folder: string; name: string; mimeType: string; data: Uint8Array },
      now = new Date(),
    ): Promise<FileRecord> {
      return guardWrite(`the file ${input.name}`, () =>
        db.transaction('rw', db.files, async () => {
          const at = now.toISOString();
          const existing = await db.files
            .where('[folder+name]')
            .equals([input.folder, input.name])
            .first();
          const record: FileRecord = {
            id: existing?.id ?? newId(),
            folder: input.folder,
            name: input.name,
            mimeType: input.mimeType,
            size: input.data.byteLength,
            data: input.data,
            createdAt: existing?.createdAt ?? at,
            updatedAt: at,
          };
          await db.files.put(record);
          return record;
        }),
      );
    },
    remove: (id: string) => db.files.delete(id),
  };
}
