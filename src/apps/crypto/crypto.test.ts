import { describe, expect, it } from 'vitest';
import { fakeContext, runModule } from '../util-tools/fake-context';
import { decode, decrypt, encode, encrypt } from './cipher-modules';
import { hash } from './hash';

const ctx = fakeContext();

describe('crypto:Hash', () => {
  it('hashes text and binary, and makes HMACs (RFC 4231 case 2)', async () => {
    expect(await runModule(hash, ctx, { data: 'abc', algorithm: 'md5' })).toEqual([
      { hash: '900150983cd24fb0d6963f7d28e17f72' },
    ]);
    expect(
      await runModule(hash, ctx, { data: new Uint8Array([97, 98, 99]), algorithm: 'sha1' }),
    ).toEqual([{ hash: 'a9993e364706816aba3e25717850c26c9cd0d89d' }]);
    const [mac] = await runModule(hash, ctx, {
      data: 'what do ya want for nothing?',
      hmacKey: 'Jefe',
      algorithm: 'SHA-256',
    });
    expect(mac).toEqual({
      hash: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    });
    const [b64] = await runModule(hash, ctx, { data: '', algorithm: 'sha512', encoding: 'base64' });
    expect((b64 as { hash: string }).hash).toHaveLength(88);
  });

  it('names the field for an unknown algorithm or encoding', async () => {
    await expect(runModule(hash, ctx, { data: 'a', algorithm: 'crc32' })).rejects.toThrow(
      /^Algorithm:/,
    );
    await expect(runModule(hash, ctx, { data: 'a', encoding: 'rot13' })).rejects.toThrow(
      /^Output encoding:/,
    );
  });
});

describe('crypto:Encrypt / Decrypt', () => {
  it('round-trips with a passphrase and with a key, via binary or base64 text', async () => {
    const [sealed] = (await runModule(encrypt, ctx, { data: 'secret ✓', passphrase: 'pw' })) as {
      data: Uint8Array;
      text: string;
    }[];
    expect(sealed?.data.length).toBe(16 + 12 + new TextEncoder().encode('secret ✓').length + 16);
    expect(await runModule(decrypt, ctx, { data: sealed?.text, passphrase: 'pw' })).toMatchObject([
      { text: 'secret ✓' },
    ]);
    const key = '00112233445566778899aabbccddeeff';
    const [k] = (await runModule(encrypt, ctx, {
      data: new Uint8Array([1, 2, 3]),
      keyType: 'key',
      key,
    })) as {
      data: Uint8Array;
    }[];
    expect(await runModule(decrypt, ctx, { data: k?.data, keyType: 'key', key })).toMatchObject([
      { data: new Uint8Array([1, 2, 3]) },
    ]);
  });

  it('fails with a DataError for a wrong passphrase, a bad key and missing secrets', async () => {
    const [sealed] = (await runModule(encrypt, ctx, { data: 'x', passphrase: 'pw' })) as {
      text: string;
    }[];
    await expect(
      runModule(decrypt, ctx, { data: sealed?.text, passphrase: 'nope' }),
    ).rejects.toThrow(/^Data: decryption failed/);
    await expect(
      runModule(encrypt, ctx, { data: 'x', keyType: 'key', key: 'abcd' }),
    ).rejects.toThrow(/^Key: an AES key/);
    await expect(runModule(encrypt, ctx, { data: 'x' })).rejects.toThrow(
      /^Passphrase: a value is required/,
    );
    await expect(runModule(decrypt, ctx, { data: '%%%', passphrase: 'p' })).rejects.toThrow(
      /^Data: the text is not valid base64/,
    );
  });
});

describe('crypto:Encode / Decode', () => {
  it('encodes and decodes base64, base64url and hex', async () => {
    const bytes = new Uint8Array([251, 255, 0]);
    expect(await runModule(encode, ctx, { data: bytes })).toEqual([{ text: '+/8A' }]);
    expect(await runModule(encode, ctx, { data: bytes, encoding: 'base64url' })).toEqual([
      { text: '-_8A' },
    ]);
    expect(await runModule(encode, ctx, { data: 'Make', encoding: 'hex' })).toEqual([
      { text: '4d616b65' },
    ]);
    expect(
      await runModule(decode, ctx, { text: '4d616b65', encoding: 'hex', fileName: 'a.txt' }),
    ).toEqual([{ data: new TextEncoder().encode('Make'), size: 4, fileName: 'a.txt' }]);
    await expect(runModule(decode, ctx, { text: 'abc', encoding: 'hex' })).rejects.toThrow(
      /^Text: the text is not valid hex/,
    );
  });
});
