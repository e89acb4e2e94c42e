import JSZip from 'jszip';
import { toText } from '../../iml';
import { asRecord, defineModule, field } from '../define';
import { integerField, textField } from '../files/field-values';
import { fileBundle, fileOutput } from '../files/file-bundle';
import type { FileBundle } from '../files/file-bundle';
import { itemField, unsupportedType } from './errors';
import { uniqueNames } from './unique-names';

const encoder = new TextEncoder();

function entryOf(item: unknown, position: number): { name: string; data: Uint8Array } {
  const m = asRecord(item);
  const name = m.fileName;
  if (name === undefined || name === null || name === '')
    throw itemField('File name', position, 'is required');
  const data = m.data;
  if (data instanceof Uint8Array) return { name: toText(name), data };
  if (typeof data === 'string') return { name: toText(name), data: encoder.encode(data) };
  throw itemField('Data', position, data == null ? 'is required' : 'must be binary data or text');
}

/**
 * Create an archive: an aggregator that zips the file of every bundle from its source module
 * into one file bundle `<Archive name>.zip` (MAKE-REFERENCE.md §2.6). The archive name is read
 * from the first bundle; repeated file names get a counter; no bundles make an empty ZIP
 * (ADR 0552).
 */
export const createArchive = defineModule(
  {
    id: 'archive:CreateArchive',
    label: 'Create an archive',
    description: 'Packs the files of the source module’s bundles into a ZIP archive.',
    kind: 'aggregator',
    parameters: [
      field('feeder', 'Source module', 'module', { required: true }),
      field('type', 'Type', 'select', {
        default: 'zip',
        options: [{ value: 'zip', label: 'ZIP' }],
      }),
      field('compressionLevel', 'Compression level', 'integer', {
        default: 6,
        help: '0 stores files as they are; 9 compresses most, slowest.',
      }),
      field('groupBy', 'Group by', 'any'),
      field('stopIfEmpty', 'Stop processing after an empty aggregation', 'boolean'),
    ],
    mapper: [
      field('name', 'Archive name', 'text', { help: 'Without the extension.', default: 'archive' }),
      field('fileName', 'File name', 'text', { required: true }),
      field('data', 'Data', 'buffer', { required: true }),
    ],
    output: fileOutput,
  },
  {
    async aggregate(ctx, items): Promise<FileBundle> {
      const p = ctx.parameters as Record<string, unknown>;
      const type = textField(p, 'type', 'Type', 'ARCHIVE', false) ?? 'zip';
      if (type.toLowerCase() !== 'zip') throw unsupportedType(type);
      const level = integerField(p, 'compressionLevel', 'Compression level', 'ARCHIVE', 0, 9, 6);
      const first = asRecord(items[0]);
      const base = textField(first, 'name', 'Archive name', 'ARCHIVE', false) ?? 'archive';
      const entries = items.map((item, i) => entryOf(item, i + 1));
      const names = uniqueNames(entries.map((e) => e.name));
      const zip = new JSZip();
      entries.forEach((e, i) => zip.file(names[i] as string, e.data, { binary: true }));
      const data = await zip.generateAsync({
        type: 'uint8array',
        compression: level === 0 ? 'STORE' : 'DEFLATE',
        compressionOptions: { level: level ?? 6 },
      });
      const fileName = base.toLowerCase().endsWith('.zip') ? base : `${base}.zip`;
      return fileBundle(fileName, data, 'application/zip');
    },
  },
);
