// The simulator's host ⇄ pane channel (addin/simulator/bridge.ts) between two fake windows:
// requests and answers as structured clones, delivered later, with the sender's origin and
// window — what a browser's postMessage gives a cross-origin frame.
import { describe, expect, it } from 'vitest';
import { CHANNEL, connectToHost, counterpartOrigin, parseRequest, serveCompose } from '../../addin/simulator/bridge.js';
import { createFakeOffice, memoryBackend, ROAMING_KEY } from '../../addin/simulator/fake-office.js';
import { ComposeAdapter, type OfficeLike } from '../../addin/shared/mailbox.js';

type Listener = (event: MessageEvent) => void;

class FakeWindow {
  readonly listeners = new Set<Listener>();
  constructor(readonly origin: string) {}
  addEventListener(_type: 'message', listener: Listener): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'message', listener: Listener): void {
    this.listeners.delete(listener);
  }
  /** `sender` posts `message` to this window; dropped unless targetOrigin matches, like a browser. */
  deliver(sender: FakeWindow, message: unknown, targetOrigin: string): void {
    if (targetOrigin !== '*' && targetOrigin !== this.origin) return;
    const data: unknown = structuredClone(message);
    setTimeout(() => {
      for (const listener of [...this.listeners]) listener({ data, origin: sender.origin, source: sender } as unknown as MessageEvent);
    }, 0);
  }
}

const HOST = 'http://localhost:3000';
const PANE = 'http://127.0.0.1:3000';

function setup(options: { paneOrigin?: string } = {}) {
  const host = new FakeWindow(HOST);
  const pane = new FakeWindow(options.paneOrigin ?? PANE);
  const compose = memoryBackend({ body: 'Laba diena,\n\nTekstas.', subject: 'Dėl pažymos', to: 'Petras <petras@gmail.com>', composeType: 'reply', bodyFormat: 'text' });
  const stored = new Map<string, string>([[ROAMING_KEY, JSON.stringify({ emailLintSettings: { profile: 'lt' } })]]);
  const storage = { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v) };
  // The host's handle on the pane window is the pane itself (event.source is compared by identity).
  const paneWindow = Object.assign(pane, { postMessage: (m: unknown, o: string) => pane.deliver(host, m, o) });
  const hostWindow = Object.assign(host, { postMessage: (m: unknown, o: string) => host.deliver(pane, m, o) });
  const stop = serveCompose(host, () => paneWindow, PANE, compose, { options: { bodyFormat: 'text', composeType: 'reply', displayLanguage: 'lt-LT', delayMs: 0 }, storage });
  return { host: hostWindow, pane: paneWindow, compose, stored, stop };
}

describe('counterpartOrigin', () => {
  it('swaps the two loopback names on the same port and keeps any other origin', () => {
    expect(counterpartOrigin('http://localhost:3000')).toBe('http://127.0.0.1:3000');
    expect(counterpartOrigin('http://127.0.0.1:3000')).toBe('http://localhost:3000');
    expect(counterpartOrigin('https://localhost:3000')).toBe('https://127.0.0.1:3000');
    expect(counterpartOrigin('http://example.test:8080')).toBe('http://example.test:8080');
  });
});

describe('parseRequest', () => {
  it('accepts only the simulator channel, known operations and text arguments', () => {
    expect(parseRequest({ channel: CHANNEL, id: 1, op: 'getBody' })).toEqual({ channel: CHANNEL, id: 1, op: 'getBody' });
    expect(parseRequest({ channel: CHANNEL, id: 2, op: 'setBody', arg: '<b>x</b>' })).toEqual({ channel: CHANNEL, id: 2, op: 'setBody', arg: '<b>x</b>' });
    for (const bad of [null, 'getBody', [], { channel: 'other', id: 1, op: 'getBody' }, { channel: CHANNEL, id: '1', op: 'getBody' }, { channel: CHANNEL, id: 1, op: 'eval' }, { channel: CHANNEL, id: 1, op: 'setBody', arg: { toString: 1 } }, { channel: CHANNEL, id: -1, op: 'getBody' }]) {
      expect(parseRequest(bad)).toBeUndefined();
    }
  });
});

describe('the pane reads and writes the compose window only through messages', () => {
  it('answers body, subject, recipients and compose type; writes land in the compose window as text', async () => {
    const { host, pane, compose, stored } = setup();
    const connection = await connectToHost(pane, host, HOST);
    expect(connection.options).toMatchObject({ bodyFormat: 'text', composeType: 'reply', displayLanguage: 'lt-LT' });
    const office = createFakeOffice(connection.backend, { ...connection.options, storage: connection.storage, delayMs: 0 });
    const adapter = new ComposeAdapter(office as unknown as OfficeLike);
    expect(await adapter.readSubject()).toBe('Dėl pažymos');
    expect(await adapter.readBody('text')).toBe('Laba diena,\n\nTekstas.');
    expect(await adapter.readRecipients('to')).toEqual(['Petras <petras@gmail.com>']);
    expect(await adapter.readComposeType()).toBe('reply');
    const hostile = '<img src=x onerror="alert(1)">';
    const body = office.context.mailbox.item.body as { setAsync(data: string, options: object, callback: (r: { status: string }) => void): void };
    const status = await new Promise<string>((done) => body.setAsync(hostile, { coercionType: 'text' }, (r) => done(r.status)));
    expect(status).toBe('succeeded');
    expect(compose.getBody()).toBe(hostile);
    // Roaming settings: read from the host at start, saved back to the host's storage.
    expect(connection.storage.getItem(ROAMING_KEY)).toBe(JSON.stringify({ emailLintSettings: { profile: 'lt' } }));
    await connection.storage.setItem(ROAMING_KEY, JSON.stringify({ emailLintSettings: { profile: 'lv' } }));
    expect(JSON.parse(stored.get(ROAMING_KEY)!)).toEqual({ emailLintSettings: { profile: 'lv' } });
    connection.close();
  });

  it('fires RecipientsChanged in the pane after it subscribed', async () => {
    const { host, pane, compose } = setup();
    const connection = await connectToHost(pane, host, HOST);
    let fired = 0;
    connection.backend.onRecipientsChanged(() => fired++);
    await new Promise((r) => setTimeout(r, 5));
    compose.setRecipients('to', 'kitas@gmail.com');
    await new Promise((r) => setTimeout(r, 5));
    expect(fired).toBe(1);
  });

  it('the host ignores requests from another window or origin', async () => {
    const { host, compose } = setup();
    const intruder = new FakeWindow(PANE); // right origin, wrong window
    const stranger = new FakeWindow('http://evil.test'); // wrong origin
    for (const sender of [intruder, stranger]) host.deliver(sender, { channel: CHANNEL, id: 1, op: 'setBody', arg: 'pwned' }, HOST);
    await new Promise((r) => setTimeout(r, 5));
    expect(compose.getBody()).toBe('Laba diena,\n\nTekstas.');
  });

  it('the pane ignores answers and events that do not come from the host window and origin', async () => {
    const { host, pane } = setup();
    const connection = await connectToHost(pane, host, HOST);
    let fired = 0;
    connection.backend.onRecipientsChanged(() => fired++);
    const forged = new FakeWindow(HOST); // the host's origin, another window
    const stranger = new FakeWindow('http://evil.test');
    const reading = connection.backend.getBody();
    // The next request id is answered first by forgers; only the host's answer counts.
    for (const sender of [forged, stranger]) {
      for (let id = 1; id < 10; id++) pane.deliver(sender, { channel: CHANNEL, id, ok: true, value: '<script>alert(1)</script>' }, PANE);
      pane.deliver(sender, { channel: CHANNEL, event: 'recipientsChanged' }, PANE);
    }
    expect(await reading).toBe('Laba diena,\n\nTekstas.');
    await new Promise((r) => setTimeout(r, 5));
    expect(fired).toBe(0);
  });

  it('a pane answered by nobody gives up (the pane then uses a draft in memory)', async () => {
    const pane = new FakeWindow(PANE);
    const silent = { postMessage: () => undefined };
    await expect(connectToHost(pane, silent, HOST, 20)).rejects.toThrow(/no simulator host/u);
    expect(pane.listeners.size).toBe(0);
  });
});
