import { OfficeMockObject } from 'office-addin-mock';
import { describe, expect, it } from 'vitest';
import { CallQueue, officeCall } from '../../addin/shared/office-calls.js';
import { ComposeAdapter, composeTypeFromOffice, composeTypeFromSubject, formatRecipient, type OfficeLike } from '../../addin/shared/mailbox.js';
import { createFakeOffice, memoryBackend } from '../../addin/simulator/fake-office.js';
import { failed, succeeded } from './helpers.js';

type Cb = (result: unknown) => void;

/** An Outlook compose item as office-addin-mock objects: callbacks answer asynchronously. */
function outlookMock(overrides: { composeType?: boolean; bodyFails?: boolean } = {}): { office: OfficeLike; calls: string[] } {
  const calls: string[] = [];
  const later = (name: string, cb: Cb, value: unknown) => {
    calls.push(name);
    setTimeout(() => cb(value), 1);
  };
  const item: Record<string, unknown> = {
    subject: { getAsync: (cb: Cb) => later('subject', cb, succeeded('RE: Dėl pažymos')) },
    body: {
      getAsync: (coercion: string, cb: Cb) =>
        later(`body:${coercion}`, cb, overrides.bodyFails ? failed('Body unavailable') : succeeded(coercion === 'html' ? '<p>Laba diena,</p>' : 'Laba diena,\r\n\r\nTekstas.')),
    },
    to: {
      getAsync: (cb: Cb) =>
        later('to', cb, succeeded([{ displayName: 'Petras Petraitis', emailAddress: 'petras@example.com' }, { displayName: 'ona@vmb.lt', emailAddress: 'ona@vmb.lt' }])),
    },
    cc: { getAsync: (cb: Cb) => later('cc', cb, succeeded([])) },
  };
  if (overrides.composeType !== false) {
    item.getComposeTypeAsync = (cb: Cb) => later('composeType', cb, succeeded({ composeType: 'reply', coercionType: 'html' }));
  }
  const mock = new OfficeMockObject(
    {
      context: {
        displayLanguage: 'lt-LT',
        mailbox: { item, userProfile: { emailAddress: 'jonas@probacija.lt', displayName: 'Jonas' } },
      },
    },
    'outlook' as ConstructorParameters<typeof OfficeMockObject>[1],
  );
  return { office: mock as unknown as OfficeLike, calls };
}

describe('officeCall', () => {
  it('resolves with the value of a succeeded result', async () => {
    await expect(officeCall<string>((cb) => cb(succeeded('x')))).resolves.toBe('x');
  });
  it('rejects with the error message of a failed result', async () => {
    await expect(officeCall<string>((cb) => cb(failed('Nope') as never))).rejects.toThrow('Nope');
  });
  it('rejects when the Office method throws synchronously', async () => {
    await expect(
      officeCall<string>(() => {
        throw new Error('not in this requirement set');
      }),
    ).rejects.toThrow('not in this requirement set');
  });
});

describe('CallQueue', () => {
  it('runs tasks one at a time, in order, even when one fails', async () => {
    const queue = new CallQueue();
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const task = (n: number, fail = false) => async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 3));
      running--;
      order.push(n);
      if (fail) throw new Error(`task ${n}`);
      return n;
    };
    const results = await Promise.allSettled([queue.run(task(1)), queue.run(task(2, true)), queue.run(task(3))]);
    expect(most).toBe(1);
    expect(order).toEqual([1, 2, 3]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(queue.size).toBe(0);
  });
});

describe('ComposeAdapter on an office-addin-mock Outlook item', () => {
  it('reads subject, body as text, recipients, user address and compose type into a draft', async () => {
    const { office, calls } = outlookMock();
    const draft = await new ComposeAdapter(office).readDraft();
    expect(draft).toEqual({
      subject: 'RE: Dėl pažymos',
      body: 'Laba diena,\r\n\r\nTekstas.',
      to: ['Petras Petraitis <petras@example.com>', 'ona@vmb.lt'],
      cc: [],
      from: 'jonas@probacija.lt',
      composeType: 'reply',
    });
    expect(calls).toEqual(['subject', 'body:text', 'to', 'cc', 'composeType']);
  });

  it('falls back to the subject prefix when getComposeTypeAsync (Mailbox 1.10) is missing', async () => {
    const { office } = outlookMock({ composeType: false });
    const draft = await new ComposeAdapter(office).readDraft();
    expect(draft.composeType).toBe('reply');
  });

  it('rejects when Outlook fails to give the body', async () => {
    const { office } = outlookMock({ bodyFails: true });
    await expect(new ComposeAdapter(office).readBody('text')).rejects.toThrow('Body unavailable');
  });

  it('never has two Office calls in flight, even when callers do not wait', async () => {
    const fake = createFakeOffice(memoryBackend({ body: 'Laba diena,', subject: 'S', to: 'a@b.lt' }), { delayMs: 2, maxConcurrent: 3 });
    const adapter = new ComposeAdapter(fake as unknown as OfficeLike);
    await Promise.all([adapter.readDraft(), adapter.readDraft(), adapter.readDraft(), adapter.readBody('html')]);
    expect(fake.stats.calls).toBeGreaterThanOrEqual(16);
    expect(fake.stats.maxInFlight).toBe(1);
    expect(fake.stats.refused).toBe(0);
  });
});

describe('compose type and recipients', () => {
  it('maps Office compose types and subject prefixes', () => {
    expect(composeTypeFromOffice({ composeType: 'newMail' })).toBe('new');
    expect(composeTypeFromOffice('forward')).toBe('forward');
    expect(composeTypeFromOffice(undefined)).toBeUndefined();
    expect(composeTypeFromSubject('Ats.: klausimas')).toBe('reply');
    expect(composeTypeFromSubject('RE: RE: klausimas')).toBe('reply');
    expect(composeTypeFromSubject('FW: dokumentai')).toBe('forward');
    expect(composeTypeFromSubject('Persiunčiama: dokumentai')).toBe('forward');
    expect(composeTypeFromSubject('Rezultatai')).toBeUndefined();
  });
  it('formats recipients as Name <address> only when the name adds something', () => {
    expect(formatRecipient({ displayName: 'Ona', emailAddress: 'ona@x.lt' })).toBe('Ona <ona@x.lt>');
    expect(formatRecipient({ displayName: 'ONA@x.lt', emailAddress: 'ona@x.lt' })).toBe('ona@x.lt');
    expect(formatRecipient({ emailAddress: '' })).toBeUndefined();
  });
});
