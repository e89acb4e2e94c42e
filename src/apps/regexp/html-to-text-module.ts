import { toBoolean, toText } from '../../iml';
import { asRecord, defineModule, field } from '../define';
import { htmlToText } from './html-to-text';

const NEWLINES: Record<string, string> = { lf: '\n', crlf: '\r\n', cr: '\r' };

/** Text parser › HTML to text: `text` (MAKE-OUTPUTS.md §10). */
export const htmlToTextModule = defineModule(
  {
    id: 'regexp:HTMLToText',
    label: 'HTML to text',
    description: 'Converts HTML into plain text.',
    kind: 'transformer',
    mapper: [
      field('html', 'HTML', 'text', { required: true }),
      field('newline', 'Line break', 'select', {
        default: 'lf',
        options: [
          { value: 'lf', label: 'LF (\\n)' },
          { value: 'crlf', label: 'CRLF (\\r\\n)' },
          { value: 'cr', label: 'CR (\\r)' },
        ],
      }),
      field('uppercaseHeadings', 'Uppercase headings', 'boolean', { default: true }),
    ],
    output: [field('text', 'Text', 'text')],
  },
  {
    run(_ctx, input) {
      const m = asRecord(input);
      const upper = m.uppercaseHeadings === undefined || toBoolean(m.uppercaseHeadings);
      const text = htmlToText(toText(m.html), upper);
      const nl = NEWLINES[toText(m.newline).toLowerCase()] ?? '\n';
      return [{ text: nl === '\n' ? text : text.replace(/\n/g, nl) }];
    },
  },
);
