import { describe, expect, it } from 'vitest';
import type { ModuleError } from '../contract';
import { runModule, testContext, text, utf8 } from '../files/test-context';
import { iterateAttachments } from './iterate-attachments';
import { parseEml } from './parse-eml';

const failure = async (p: Promise<unknown>) => {
  const e = (await p.then(
    () => undefined,
    (thrown: unknown) => thrown,
  )) as (ModuleError & { code?: string }) | undefined;
  if (!e) throw new Error('expected a failure');
  return { type: e.type, code: e.code, message: e.message };
};

const EML = [
  'From: Ada Lovelace <ada@example.com>',
  'To: bob@example.com, Team: carol@example.com, dan@example.com;',
  'Subject: =?UTF-8?B?UmVwb3J0IMOp?=',
  'Date: Mon, 30 Nov 2026 10:00:00 +0000',
  'Message-ID: <m1@example.com>',
  'X-Tag: one',
  'X-Tag: two',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b1"',
  '',
  '--b1',
  'Content-Type: multipart/alternative; boundary="b2"',
  '',
  '--b2',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Hello Bob',
  '--b2',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p>Hello Bob</p>',
  '--b2--',
  '--b1',
  'Content-Type: text/csv; name="q1.csv"',
  'Content-Disposition: attachment; filename="q1.csv"',
  'Content-Transfer-Encoding: base64',
  '',
  'YSxiCjEsMg==',
  '--b1',
  'Content-Type: image/png',
  'Content-Disposition: inline; filename="logo.png"',
  'Content-ID: <logo>',
  'Content-Transfer-Encoding: base64',
  '',
  'iVBORw0KGgo=',
  '--b1--',
  '',
].join('\r\n');

describe('email:ParseEml', () => {
  it('gives addresses, subject, date, bodies, headers and attachments', async () => {
    const [out] = (await runModule(parseEml, testContext(), { data: utf8(EML) })) as Record<
      string,
      unknown
    >[];
    expect(out).toMatchObject({
      subject: 'Report é',
      from: { name: 'Ada Lovelace', address: 'ada@example.com' },
      to: [
        { address: 'bob@example.com' },
        { address: 'carol@example.com' },
        { address: 'dan@example.com' },
      ],
      date: new Date('2026-11-30T10:00:00.000Z'),
      messageId: '<m1@example.com>',
      text: 'Hello Bob\n',
      html: '<p>Hello Bob</p>\n',
    });
    expect((out?.headers as Record<string, unknown>)['x-tag']).toEqual(['one', 'two']);
    const attachments = out?.attachments as { fileName: string; data: Uint8Array }[];
    expect(attachments.map((a) => a.fileName)).toEqual(['q1.csv', 'logo.png']);
    expect(attachments[0]).toMatchObject({
      mimeType: 'text/csv',
      size: 7,
      disposition: 'attachment',
    });
    expect(text(attachments[0]?.data)).toBe('a,b\n1,2');
  });

  it('fails with a DataError naming Data for no data or text that is not an email', async () => {
    expect(await failure(runModule(parseEml, testContext(), {}))).toEqual({
      type: 'DataError',
      code: 'EMAIL_E001',
      message: 'Data is required',
    });
    const plain = await failure(runModule(parseEml, testContext(), { data: 'just words' }));
    expect(plain).toMatchObject({ code: 'EMAIL_E003' });
    expect(plain.message).toMatch(/^Data is not an email message/);
  });
});

describe('email:IterateAttachments', () => {
  it('gives one bundle per attachment from an .eml or from a parsed attachments array', async () => {
    const fromEml = await runModule(iterateAttachments, testContext(), { data: EML });
    expect(fromEml).toHaveLength(2);
    expect(fromEml[1]).toMatchObject({
      fileName: 'logo.png',
      mimeType: 'image/png',
      contentId: '<logo>',
      __IMTINDEX__: 2,
      __IMTLENGTH__: 2,
    });
    const [parsed] = (await runModule(parseEml, testContext(), { data: EML })) as {
      attachments: unknown[];
    }[];
    const fromArray = await runModule(iterateAttachments, testContext(), {
      attachments: parsed?.attachments,
    });
    expect(fromArray).toEqual(fromEml);
    expect(await runModule(iterateAttachments, testContext(), { attachments: [] })).toEqual([]);
  });

  it('names the field for missing input and bad items', async () => {
    expect((await failure(runModule(iterateAttachments, testContext(), {}))).code).toBe(
      'EMAIL_E001',
    );
    const bad = { attachments: [{ fileName: 'a.txt', data: 'not bytes' }] };
    expect(await failure(runModule(iterateAttachments, testContext(), bad))).toEqual({
      type: 'DataError',
      code: 'EMAIL_E004',
      message: 'Attachments: item 1 has no binary Data',
    });
    expect(
      (await failure(runModule(iterateAttachments, testContext(), { attachments: 'x' }))).code,
    ).toBe('EMAIL_E004');
  });
});
