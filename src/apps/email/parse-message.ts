import PostalMime from 'postal-mime';
import type { Address, Attachment, Email } from 'postal-mime';
import type { FieldSpec } from '../contract';
import { field } from '../define';
import { fileBundle, fileOutput } from '../files/file-bundle';
import type { FileBundle } from '../files/file-bundle';
import { notEmail } from './errors';

/** An attachment bundle: a file bundle plus how the message referred to it. */
export interface AttachmentBundle extends FileBundle {
  contentId: string | null;
  disposition: string | null;
}

export const attachmentOutput: readonly FieldSpec[] = [
  ...fileOutput,
  field('contentId', 'Content ID', 'text'),
  field('disposition', 'Disposition', 'text', { help: 'attachment or inline' }),
];

const encoder = new TextEncoder();
/** A header line: an RFC 5322 field name (printable ASCII, no colon or space), then a colon. */
const FIELD_LINE = /^[!-9;-~]+:/;

function toAttachment(a: Attachment, i: number): AttachmentBundle {
  const bytes =
    typeof a.content === 'string'
      ? encoder.encode(a.content)
      : a.content instanceof Uint8Array
        ? a.content
        : new Uint8Array(a.content);
  const name = a.filename ?? `attachment-${i + 1}`;
  return {
    ...fileBundle(name, bytes, a.mimeType),
    contentId: a.contentId ?? null,
    disposition: a.disposition,
  };
}

/** Mailboxes of an address list, groups flattened. */
export const mailboxes = (list: readonly Address[] | undefined) =>
  (list ?? []).flatMap((a) =>
    a.group ? a.group.map((m) => ({ name: m.name, address: m.address })) : [a],
  );

/**
 * Parses an RFC 822 message with postal-mime; a text with no header at all is not an email.
 *
 * @example const { email, attachments } = await parseMessage(bytes, 'Data');
 */
export async function parseMessage(
  bytes: Uint8Array,
  label: string,
): Promise<{ email: Email; attachments: AttachmentBundle[] }> {
  let email: Email;
  try {
    email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  } catch (e) {
    throw notEmail(label, e instanceof Error ? e.message : String(e));
  }
  if (!email.headerLines.some((h) => FIELD_LINE.test(h.line)))
    throw notEmail(label, 'it has no header lines');
  return { email, attachments: email.attachments.map(toAttachment) };
}
