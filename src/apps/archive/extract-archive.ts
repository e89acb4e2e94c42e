import JSZip from 'jszip';
import { asRecord, defineModule, field } from '../define';
import { bytesField } from '../files/field-values';
import { fileBundle, fileOutput } from '../files/file-bundle';
import { notZip } from './errors';

/**
 * Extract an archive: one file bundle per file of a ZIP (folders are skipped), with `path` inside
 * the archive and `__IMTINDEX__`/`__IMTLENGTH__` as the Iterator gives.
 */
export const extractArchive = defineModule(
  {
    id: 'archive:ExtractArchive',
    label: 'Extract an archive',
    description: 'Unpacks a ZIP archive into one bundle per file.',
    kind: 'feeder',
    mapper: [
      field('fileName', 'File name', 'text'),
      field('data', 'Data', 'buffer', { required: true }),
    ],
    output: [
      ...fileOutput,
      field('path', 'Path in the archive', 'text'),
      field('__IMTLENGTH__', 'Total number of bundles', 'integer'),
      field('__IMTINDEX__', 'Bundle order position', 'integer'),
    ],
  },
  {
    async run(_ctx, input) {
      const data = bytesField(asRecord(input), 'data', 'Data', 'ARCHIVE');
      let zip: JSZip;
      try {
        zip = await JSZip.loadAsync(data);
      } catch (e) {
        throw notZip('Data', e instanceof Error ? e.message : String(e));
      }
      const entries = Object.values(zip.files).filter((f) => !f.dir);
      const out = [];
      for (const [i, entry] of entries.entries()) {
        const bytes = await entry.async('uint8array');
        const name = entry.name.slice(entry.name.lastIndexOf('/') + 1);
        out.push({
          ...fileBundle(name, bytes),
          path: entry.name,
          __IMTINDEX__: i + 1,
          __IMTLENGTH__: entries.length,
        });
      }
      return out;
    },
  },
);
