import { gunzipSync, gzipSync } from 'fflate';
import { asRecord, defineModule, field } from '../define';
import { bytesField, integerField, textField } from '../files/field-values';
import { fileBundle, fileOutput } from '../files/file-bundle';
import { notGzip } from './errors';

const GZIP_MAGIC = [0x1f, 0x8b];

/** Gzip: compresses data into a `.gz` file bundle (fflate: JSZip has no raw gzip, ADR 0553). */
export const gzip = defineModule(
  {
    id: 'archive:Gzip',
    label: 'Gzip',
    description: 'Compresses data with gzip.',
    kind: 'transformer',
    mapper: [
      field('fileName', 'File name', 'text', { default: 'data' }),
      field('data', 'Data', 'buffer', { required: true }),
      field('compressionLevel', 'Compression level', 'integer', { default: 6 }),
    ],
    output: fileOutput,
  },
  {
    run(_ctx, input) {
      const m = asRecord(input);
      const data = bytesField(m, 'data', 'Data', 'ARCHIVE');
      const level = integerField(m, 'compressionLevel', 'Compression level', 'ARCHIVE', 0, 9, 6);
      const name = textField(m, 'fileName', 'File name', 'ARCHIVE', false) ?? 'data';
      const packed = gzipSync(data, { level: level as 6 });
      return [fileBundle(`${name}.gz`, packed, 'application/gzip')];
    },
  },
);

/** Gunzip: decompresses gzip data; the file name loses its `.gz`. */
export const gunzip = defineModule(
  {
    id: 'archive:Gunzip',
    label: 'Gunzip',
    description: 'Decompresses gzip data.',
    kind: 'transformer',
    mapper: [
      field('fileName', 'File name', 'text'),
      field('data', 'Data', 'buffer', { required: true }),
    ],
    output: fileOutput,
  },
  {
    run(_ctx, input) {
      const m = asRecord(input);
      const data = bytesField(m, 'data', 'Data', 'ARCHIVE');
      if (data[0] !== GZIP_MAGIC[0] || data[1] !== GZIP_MAGIC[1])
        throw notGzip('Data', 'it does not start with the gzip signature');
      let plain: Uint8Array;
      try {
        plain = gunzipSync(data);
      } catch (e) {
        throw notGzip('Data', e instanceof Error ? e.message : String(e));
      }
      const name = textField(m, 'fileName', 'File name', 'ARCHIVE', false) ?? 'data.gz';
      return [fileBundle(name.replace(/\.gz$/i, '') || 'data', plain)];
    },
  },
);
