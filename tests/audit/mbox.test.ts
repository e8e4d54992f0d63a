import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitMbox, toMboxEntry, unescapeMboxrd } from '../../audit/mbox.js';

async function collect(chunks: (string | Buffer)[], max?: number) {
  const out = [];
  for await (const item of splitMbox(Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))), max)) out.push(item);
  return out;
}
const texts = (items: Awaited<ReturnType<typeof collect>>) => items.map((i) => (i.kind === 'message' ? unescapeMboxrd(i.raw).toString() : `<${i.kind}>`));

describe('splitMbox', () => {
  const mbox =
    'From a@x Mon Jan  1 00:00:00 2025\nSubject: one\n\nHello\n>From the start\n\n' +
    'From b@x Mon Jan  1 00:00:00 2025\nSubject: two\n\nFrom here on, not a separator? it is at a line start\n' +
    'From c@x Tue Jan  2 00:00:00 2025\nSubject: three\n\nx From inside a line\n';

  it('splits on From lines at line starts and undoes >From quoting', async () => {
    const items = await collect([mbox]);
    const got = texts(items);
    expect(got[0]).toBe('Subject: one\n\nHello\nFrom the start\n\n');
    expect(got[1]).toBe('Subject: two\n\n');
    expect(got.at(-1)).toBe('Subject: three\n\nx From inside a line\n');
  });

  it('gives the same messages whatever the chunk boundaries', async () => {
    const whole = texts(await collect([mbox]));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: mbox.length - 1 }), { maxLength: 12 }), async (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const chunks: string[] = [];
        let last = 0;
        for (const p of points) {
          chunks.push(mbox.slice(last, p));
          last = p;
        }
        chunks.push(mbox.slice(last));
        expect(texts(await collect(chunks))).toEqual(whole);
      }),
    );
  });

  it('round-trips messages written with toMboxEntry (mboxrd)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.constantFrom('From x', '>From y', 'text', '', ' From z', '>>From w'), { maxLength: 6 }), { minLength: 1, maxLength: 5 }), async (messages) => {
        const raws = messages.map((lines) => `Subject: t\n\n${lines.join('\n')}\n`);
        const got = texts(await collect([raws.map((r) => toMboxEntry(r)).join('')]));
        expect(got.map((g) => g.replace(/\n+$/, ''))).toEqual(raws.map((r) => r.replace(/\n+$/, '')));
      }),
    );
  });

  it('counts a message over the cap as too large without keeping it', async () => {
    const big = `From a@x\nSubject: big\n\n${'x'.repeat(5000)}\nFrom b@x\nSubject: small\n\nok\n`;
    const items = await collect([big.slice(0, 100), big.slice(100, 3000), big.slice(3000)], 1000);
    expect(items.map((i) => i.kind)).toEqual(['too-large', 'message']);
    expect(items[0]!.kind === 'too-large' && items[0]!.bytes).toBeGreaterThan(5000);
    expect(items[1]!.index).toBe(1);
  });

  it('reads a file without a leading From line as one message', async () => {
    expect(texts(await collect(['Subject: only\n\nbody\n']))).toEqual(['Subject: only\n\nbody\n']);
  });
});
