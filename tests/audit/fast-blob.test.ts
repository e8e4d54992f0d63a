import { afterEach, describe, expect, it } from 'vitest';
import PostalMime from 'postal-mime';
import { InMemoryBlob } from '../../audit/fast-blob.js';
import { planMessage, renderMessage } from '../../audit/generate.js';

const nativeBlob = globalThis.Blob;
afterEach(() => {
  globalThis.Blob = nativeBlob;
});

const withAttachment = [
  'From: a@institucija.lt',
  'To: b@gmail.com',
  'Subject: =?UTF-8?Q?D=C4=97l_pra=C5=A1ymo?=',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=iso-8859-13',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Laba diena, pra=F0ome =E8ia',
  '--b1',
  'Content-Type: application/pdf; name="a.pdf"',
  'Content-Disposition: attachment; filename="a.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from('%PDF-1.4 test').toString('base64'),
  '--b1--',
  '',
].join('\r\n');

describe('InMemoryBlob', () => {
  it('gives postal-mime exactly the same result as the native Blob', async () => {
    const options = { messages: 400, seed: 9 };
    const raws = [withAttachment, ...Array.from({ length: 400 }, (_, i) => renderMessage(planMessage(i, options), options))].map((r) => Buffer.from(r, 'latin1'));
    const parseAll = () => Promise.all(raws.map((r) => PostalMime.parse(r, { attachmentEncoding: 'base64' })));
    const native = await parseAll();
    globalThis.Blob = InMemoryBlob as unknown as typeof Blob;
    const inMemory = await parseAll();
    expect(inMemory).toEqual(native);
    expect(native[0]!.text).toContain('prašome čia');
    expect(native[0]!.attachments[0]!.content).toBe(Buffer.from('%PDF-1.4 test').toString('base64'));
  });
});
