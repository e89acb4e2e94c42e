import { asRecord, defineModule, field } from '../define';
import { bytesField } from '../files/field-values';
import { attachmentOutput, mailboxes, parseMessage } from './parse-message';

const addressSpec = [field('name', 'Name', 'text'), field('address', 'Email address', 'text')];

/** Headers as a collection by lower-case name; a repeated header gives an array. */
function headerCollection(headers: readonly { key: string; value: string }[]) {
  const out: Record<string, string | string[]> = {};
  for (const { key, value } of headers) {
    const old = out[key];
    out[key] = old === undefined ? value : Array.isArray(old) ? [...old, value] : [old, value];
  }
  return out;
}

/**
 * Parse an email (.eml): its addresses, subject, date, text and HTML bodies, headers and
 * attachments (file bundles; Iterate attachments turns them into bundles).
 */
export const parseEml = defineModule(
  {
    id: 'email:ParseEml',
    label: 'Parse an email',
    description: 'Reads an .eml file into its headers, bodies and attachments.',
    kind: 'action',
    mapper: [field('data', 'Data', 'buffer', { required: true, help: 'An .eml file’s data.' })],
    output: [
      field('subject', 'Subject', 'text'),
      field('from', 'From', 'collection', { spec: addressSpec }),
      field('to', 'To', 'array', { spec: addressSpec }),
      field('cc', 'Cc', 'array', { spec: addressSpec }),
      field('bcc', 'Bcc', 'array', { spec: addressSpec }),
      field('replyTo', 'Reply to', 'array', { spec: addressSpec }),
      field('date', 'Date', 'date'),
      field('messageId', 'Message ID', 'text'),
      field('inReplyTo', 'In reply to', 'text'),
      field('references', 'References', 'text'),
      field('text', 'Text content', 'text'),
      field('html', 'HTML content', 'text'),
      field('headers', 'Headers', 'collection', { help: 'By lower-case header name.' }),
      field('attachments', 'Attachments', 'array', { spec: attachmentOutput }),
    ],
  },
  {
    async run(_ctx, input) {
      const bytes = bytesField(asRecord(input), 'data', 'Data', 'EMAIL');
      const { email, attachments } = await parseMessage(bytes, 'Data');
      const date = email.date ? new Date(email.date) : null;
      return [
        {
          subject: email.subject ?? '',
          from: mailboxes(email.from ? [email.from] : [])[0] ?? null,
          to: mailboxes(email.to),
          cc: mailboxes(email.cc),
          bcc: mailboxes(email.bcc),
          replyTo: mailboxes(email.replyTo),
          date: date && !Number.isNaN(date.getTime()) ? date : null,
          messageId: email.messageId ?? null,
          inReplyTo: email.inReplyTo ?? null,
          references: email.references ?? null,
          text: email.text ?? '',
          html: email.html ?? '',
          headers: headerCollection(email.headers),
          attachments,
        },
      ];
    },
  },
);
