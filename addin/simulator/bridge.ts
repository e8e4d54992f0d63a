// The simulator's host ⇄ add-in channel. Like Outlook on the web and new Outlook, the compose
// window (simulator.html, the "host") and the task pane (taskpane.sim.html) run on different
// origins — http://localhost:<port> and http://127.0.0.1:<port> — so Chromium puts the pane in
// its own renderer process, and the pane's fake Office reaches the draft only by postMessage,
// the way Office.js talks to its host. Both sides accept a message only from the other side's
// window and origin, check its shape, and treat every value as data (strings into
// textarea.value / input.value, never into HTML).

import { ROAMING_KEY, type ComposeBackend, type FakeComposeType } from './fake-office.js';
import type { RecipientLike } from '../shared/mailbox.js';

/** Marks the simulator's messages among whatever else a window receives. */
export const CHANNEL = 'email-lint-simulator/1';
/** Upper bound of one string through the channel (a long quoted thread is a few hundred KB). */
export const MAX_TEXT = 8 * 1024 * 1024;

const OP_NAMES = ['hello', 'getBody', 'setBody', 'getSubject', 'setSubject', 'getRecipients', 'composeType', 'bodyFormat', 'subscribeRecipients', 'saveSettings'] as const;
export type Op = (typeof OP_NAMES)[number];
const OPS = new Set<string>(OP_NAMES);

export interface Request {
  channel: typeof CHANNEL;
  id: number;
  op: Op;
  arg?: string;
}
export type Reply = { channel: typeof CHANNEL; id: number; ok: true; value: unknown } | { channel: typeof CHANNEL; id: number; ok: false; error: string };
export interface HostEvent {
  channel: typeof CHANNEL;
  event: 'recipientsChanged';
}

/** The other origin of the simulator: localhost ⇄ 127.0.0.1 on the same port; any other host keeps its own origin. */
export function counterpartOrigin(origin: string): string {
  try {
    const url = new URL(origin);
    if (url.hostname === 'localhost') url.hostname = '127.0.0.1';
    else if (url.hostname === '127.0.0.1') url.hostname = 'localhost';
    return url.origin;
  } catch {
    return origin;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;

/** A request from the pane, or undefined when the data is not one (wrong channel, op, id or argument type). */
export function parseRequest(data: unknown): Request | undefined {
  if (!isRecord(data) || data.channel !== CHANNEL) return undefined;
  const { id, op, arg } = data;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) return undefined;
  if (typeof op !== 'string' || !OPS.has(op)) return undefined;
  if (arg !== undefined && !isText(arg)) return undefined;
  return { channel: CHANNEL, id, op: op as Op, ...(arg === undefined ? {} : { arg }) };
}

/** Minimal window surface each side needs (a real Window, or a fake in unit tests). */
export interface MessageWindow {
  postMessage(message: unknown, targetOrigin: string): void;
}
export interface MessageSource {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** What the host answers besides the compose window itself. */
export interface HostServices {
  options: { displayLanguage?: string; theme?: 'light' | 'dark'; bodyFormat: 'html' | 'text'; composeType: FakeComposeType; delayMs?: number };
  storage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * Host side: answers the pane's requests from the compose window (`backend`) and forwards
 * RecipientsChanged once the pane has subscribed. Messages from any other window or origin are
 * ignored. Returns a function that stops serving.
 */
export function serveCompose(self: MessageSource, pane: () => MessageWindow | null | undefined, paneOrigin: string, backend: ComposeBackend, services: HostServices): () => void {
  let subscribed = false;
  let unsubscribe: (() => void) | undefined;
  const notify = (): void => {
    const target = pane();
    if (subscribed && target) target.postMessage({ channel: CHANNEL, event: 'recipientsChanged' } satisfies HostEvent, paneOrigin);
  };
  const run = async (request: Request): Promise<unknown> => {
    const text = request.arg ?? '';
    switch (request.op) {
      case 'hello':
        // A (re)loaded pane starts without subscriptions, like a fresh Office.js session.
        subscribed = false;
        return { options: services.options, roamingSettings: services.storage.getItem(ROAMING_KEY) };
      case 'getBody':
        return backend.getBody();
      case 'setBody':
        return void (await backend.setBody(text));
      case 'getSubject':
        return backend.getSubject();
      case 'setSubject':
        return void (await backend.setSubject(text));
      case 'getRecipients':
        if (text !== 'to' && text !== 'cc') throw new Error(`Unknown recipient field ${text}`);
        return backend.getRecipients(text);
      case 'composeType':
        return backend.composeType();
      case 'bodyFormat':
        return backend.bodyFormat();
      case 'subscribeRecipients':
        subscribed = true;
        unsubscribe ??= backend.onRecipientsChanged(notify);
        return undefined;
      case 'saveSettings': {
        JSON.parse(text); // settings are JSON or nothing
        services.storage.setItem(ROAMING_KEY, text);
        return undefined;
      }
    }
  };
  const listener = (event: MessageEvent): void => {
    const target = pane();
    if (!target || event.source !== target || event.origin !== paneOrigin) return;
    const request = parseRequest(event.data);
    if (!request) return;
    run(request).then(
      (value) => target.postMessage({ channel: CHANNEL, id: request.id, ok: true, value } satisfies Reply, paneOrigin),
      (error: unknown) => target.postMessage({ channel: CHANNEL, id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies Reply, paneOrigin),
    );
  };
  self.addEventListener('message', listener);
  return () => {
    self.removeEventListener('message', listener);
    unsubscribe?.();
  };
}

const asRecipients = (value: unknown): RecipientLike[] => {
  if (!Array.isArray(value)) throw new Error('recipients: not a list');
  return value.map((entry) => {
    if (!isRecord(entry) || !isText(entry.displayName) || !isText(entry.emailAddress)) throw new Error('recipients: bad entry');
    return { displayName: entry.displayName, emailAddress: entry.emailAddress };
  });
};
const asString = (value: unknown): string => {
  if (!isText(value)) throw new Error('expected text');
  return value;
};

export interface Connection {
  backend: ComposeBackend;
  options: HostServices['options'];
  /** Roaming settings kept by the host: read once at start, saved back through the channel. */
  storage: { getItem(key: string): string | null; setItem(key: string, value: string): Promise<void> };
  close(): void;
}

/**
 * Pane side: a compose backend that asks the host window over postMessage. Resolves when the
 * host has answered `hello`; rejects after `timeoutMs` without an answer (not in a simulator).
 * Only messages from `host` and `hostOrigin` are read, and only as data.
 */
export function connectToHost(self: MessageSource, host: MessageWindow, hostOrigin: string, timeoutMs = 3000): Promise<Connection> {
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const recipientListeners = new Set<() => void>();
  const listener = (event: MessageEvent): void => {
    if (event.source !== (host as unknown) || event.origin !== hostOrigin) return;
    const data: unknown = event.data;
    if (!isRecord(data) || data.channel !== CHANNEL) return;
    if (data.event === 'recipientsChanged') {
      for (const listen of [...recipientListeners]) listen();
      return;
    }
    if (typeof data.id !== 'number') return;
    const waiting = pending.get(data.id);
    if (!waiting) return;
    pending.delete(data.id);
    if (data.ok === true) waiting.resolve(data.value);
    else waiting.reject(new Error(typeof data.error === 'string' ? data.error.slice(0, 500) : 'host error'));
  };
  self.addEventListener('message', listener);
  const call = (op: Op, arg?: string): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      host.postMessage({ channel: CHANNEL, id, op, ...(arg === undefined ? {} : { arg }) } satisfies Request, hostOrigin);
    });

  return new Promise<Connection>((resolve, reject) => {
    const timer = setTimeout(() => {
      self.removeEventListener('message', listener);
      reject(new Error('no simulator host answered'));
    }, timeoutMs);
    call('hello').then((value) => {
      clearTimeout(timer);
      if (!isRecord(value) || !isRecord(value.options)) {
        reject(new Error('hello: bad answer'));
        return;
      }
      const o = value.options;
      const options: HostServices['options'] = {
        bodyFormat: o.bodyFormat === 'text' ? 'text' : 'html',
        composeType: o.composeType === 'reply' || o.composeType === 'forward' ? o.composeType : 'newMail',
        ...(typeof o.displayLanguage === 'string' ? { displayLanguage: o.displayLanguage } : {}),
        ...(o.theme === 'dark' || o.theme === 'light' ? { theme: o.theme } : {}),
        ...(typeof o.delayMs === 'number' && o.delayMs >= 0 && o.delayMs <= 5000 ? { delayMs: o.delayMs } : {}),
      };
      let roaming = typeof value.roamingSettings === 'string' ? value.roamingSettings : null;
      const backend: ComposeBackend = {
        getBody: async () => asString(await call('getBody')),
        setBody: async (text) => void (await call('setBody', text)),
        getSubject: async () => asString(await call('getSubject')),
        setSubject: async (text) => void (await call('setSubject', text)),
        getRecipients: async (kind) => asRecipients(await call('getRecipients', kind)),
        composeType: async () => {
          const type = await call('composeType');
          return type === 'reply' || type === 'forward' ? type : 'newMail';
        },
        bodyFormat: async () => ((await call('bodyFormat')) === 'text' ? 'text' : 'html'),
        onRecipientsChanged: (listen) => {
          if (recipientListeners.size === 0) void call('subscribeRecipients').catch(() => undefined);
          recipientListeners.add(listen);
          return () => recipientListeners.delete(listen);
        },
      };
      resolve({
        backend,
        options,
        storage: {
          getItem: (key) => (key === ROAMING_KEY ? roaming : null),
          setItem: async (key, text) => {
            if (key !== ROAMING_KEY) return;
            await call('saveSettings', text);
            roaming = text;
          },
        },
        close: () => self.removeEventListener('message', listener),
      });
    }, (error: unknown) => {
      clearTimeout(timer);
      reject(error instanceof Error ? error : new Error(String(error)));
    });
  }).catch((error: unknown) => {
    self.removeEventListener('message', listener);
    throw error;
  });
}
