import { asRecord, defineModule, field } from '../define';
import { bytesField } from '../files/field-values';
import { fileBundle } from '../files/file-bundle';
import { badAttachment, nothingToIterate } from './errors';
import { attachmentOutput, parseMessage } from './parse-message';
import type { AttachmentBundle } from './parse-message';

function fromItem(item: unknown, position: number): AttachmentBundle {
  const a = asRecord(item);
  const name = a.fileName;
  if (typeof name !== 'string' || name === '') throw badAttachment(position, 'has no File name');
  const data = a.data;
  if (!(data instanceof Uint8Array)) throw badAttachment(position, 'has no binary Data');
  const mime = typeof a.mimeType === 'string' ? a.mimeType : undefined;
  return {
    ...fileBundle(name, data, mime),
    contentId: typeof a.contentId === 'string' ? a.contentId : null,
    disposition: typeof a.disposition === 'string' ? a.disposition : null,
  };
}

/**
 * Iterate attachments: one bundle per attachment, as Make's Email > Iterate attachments. Takes
 * the `attachments` array of Parse an email, or an .eml file's `data` to parse first.
 */
export const iterateAttachments = defineModule(
  {
    id: 'email:IterateAttachments',
    label: 'Iterate attachments',
    description: 'Turns an email’s attachments into one bundle each.',
    kind: 'feeder',
    mapper: [
      field('attachments', 'Attachments', 'array', { help: 'E.g. {{2.attachments}}.' }),
      field('data', 'Data', 'buffer', { help: 'Or an .eml file’s data.' }),
    ],
    output: [
      ...attachmentOutput,
      field('__IMTLENGTH__', 'Total number of bundles', 'integer'),
      field('__IMTINDEX__', 'Bundle order position', 'integer'),
    ],
  },
  {
    async run(_ctx, input) {
      const m = asRecord(input);
      let list: AttachmentBundle[];
      if (Array.isArray(m.attachments)) list = m.attachments.map((a, i) => fromItem(a, i + 1));
      else if (m.attachments !== undefined && m.attachments !== null && m.attachments !== '')
        throw badAttachment(1, 'is not in an array');
      else if (m.data === undefined || m.data === null || m.data === '') throw nothingToIterate();
      else list = (await parseMessage(bytesField(m, 'data', 'Data', 'EMAIL'), 'Data')).attachments;
      return list.map((a, i) => ({ ...a, __IMTINDEX__: i + 1, __IMTLENGTH__: list.length }));
    },
  },
);
