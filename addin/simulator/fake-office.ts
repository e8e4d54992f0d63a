// A fake `Office` for the compose simulator and tests: the subset of Office.js the add-in uses,
// backed by a simulated compose window. Like Outlook on the web it answers asynchronously and
// refuses more than 3 simultaneous calls, so the pane's one-call-at-a-time discipline is real.

import type { RecipientLike } from '../shared/mailbox.js';

export type FakeComposeType = 'newMail' | 'reply' | 'forward';

type Awaitable<T> = T | Promise<T>;

/**
 * The simulated compose window: where the text lives. In the same page it answers at once; from
 * the task pane's frame it answers over postMessage (bridge.ts), so every answer may be a promise.
 */
export interface ComposeBackend {
  getBody(): Awaitable<string>;
  setBody(text: string): Awaitable<void>;
  getSubject(): Awaitable<string>;
  setSubject(text: string): Awaitable<void>;
  getRecipients(kind: 'to' | 'cc'): Awaitable<RecipientLike[]>;
  composeType(): Awaitable<FakeComposeType>;
  bodyFormat(): Awaitable<'html' | 'text'>;
  /** Registers a RecipientsChanged listener; returns a function that removes it. */
  onRecipientsChanged(listener: () => void): () => void;
}

/** A compose window in the same page: every answer at once. */
export interface LocalComposeBackend extends ComposeBackend {
  getBody(): string;
  setBody(text: string): void;
  getSubject(): string;
  setSubject(text: string): void;
  getRecipients(kind: 'to' | 'cc'): RecipientLike[];
  composeType(): FakeComposeType;
  bodyFormat(): 'html' | 'text';
}

export interface FakeOfficeOptions {
  displayLanguage?: string;
  theme?: 'light' | 'dark';
  userEmail?: string;
  userName?: string;
  /** Where roaming settings persist (the host page's localStorage in the simulator); memory when absent. */
  storage?: { getItem(key: string): string | null; setItem(key: string, value: string): Awaitable<void> };
  /** Delay of every async answer, in ms (Outlook answers in a few ms to a second). */
  delayMs?: number;
  /** How many calls may be in flight at once (3 on the web). */
  maxConcurrent?: number;
  /** Parses HTML given to setAsync/prependAsync/setSignatureAsync (DOMParser in a browser). */
  parser?: { parseFromString(html: string, type: 'text/html'): Document };
}

interface Result<T> {
  status: 'succeeded' | 'failed';
  value: T;
  error?: { name: string; message: string };
  asyncContext?: unknown;
}
type Callback<T> = (result: Result<T>) => void;

/** Where the simulated mailbox keeps roaming settings. */
export const ROAMING_KEY = 'emailLint.fakeRoamingSettings';

const isPromise = <T>(value: Awaitable<T>): value is Promise<T> => typeof (value as { then?: unknown } | undefined)?.then === 'function';
/** `f(value)`, at once for a plain value (an in-page compose window), after it for a promise. */
function then<T, U>(value: Awaitable<T>, f: (value: T) => Awaitable<U>): Awaitable<U> {
  return isPromise(value) ? value.then(f) : f(value);
}

const THEMES = {
  light: { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#242424', controlBackgroundColor: '#fafafa', controlForegroundColor: '#242424' },
  dark: { bodyBackgroundColor: '#292929', bodyForegroundColor: '#ffffff', controlBackgroundColor: '#1f1f1f', controlForegroundColor: '#ffffff' },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

/** Plain text as Outlook on the web would hand it out as HTML: one div per line. */
export function textToHtml(text: string): string {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  const body = lines.map((line) => (line ? `<div>${escapeHtml(line)}</div>` : '<div><br></div>')).join('');
  return `<html><head><style>div{margin:0}</style></head><body><div class="elementToProof">${body}</div></body></html>`;
}

const BLOCK = new Set(['DIV', 'P', 'LI', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'TABLE']);
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'HEAD', 'TITLE', 'TEMPLATE', 'NOSCRIPT']);

/** HTML back to the text the compose window shows: blocks and <br> become line breaks. */
export function htmlToText(html: string, parser: { parseFromString(html: string, type: 'text/html'): Document }, fragment = false): string {
  const doc = parser.parseFromString(html, 'text/html');
  let out = '';
  const atLineStart = (): boolean => out.length === 0 || out.endsWith('\n');
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out += (child as Text).data.replace(/[\r\n]+/gu, ' ');
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (HIDDEN.has(tag)) continue;
        if (tag === 'BR') {
          out += '\n';
          continue;
        }
        const block = BLOCK.has(tag);
        if (block && !atLineStart()) out += '\n';
        walk(child);
        if (block && !atLineStart()) out += '\n';
      }
    }
  };
  walk(doc.body ?? doc.documentElement);
  // A whole body's last block ends the text; a prepended fragment's blocks stand before the body's.
  return !fragment && out.endsWith('\n') ? out.slice(0, -1) : out;
}

/** Where Outlook puts a signature: before the quoted history, else at the end. */
const QUOTE_START = /^(>|-{2,}\s*(Original Message|Originalus laiškas|Forwarded message)|(From|Nuo|No):\s|.*\b(wrote|rašė|rakstīja):\s*$)/imu;

export function insertSignature(body: string, signature: string, previous: string | undefined): string {
  let text = previous && body.includes(previous) ? body.replace(previous, '') : body;
  const match = QUOTE_START.exec(text);
  if (!match) {
    text = text.replace(/\s+$/u, '');
    return `${text}${text ? '\n' : ''}${signature.replace(/^\n+/u, '\n')}`;
  }
  const head = text.slice(0, match.index).replace(/\s+$/u, '');
  return `${head}\n${signature.replace(/^\n+/u, '\n')}\n\n${text.slice(match.index)}`;
}

export interface FakeOffice {
  context: Record<string, unknown> & {
    mailbox: { item: Record<string, unknown>; userProfile: { emailAddress: string; displayName: string } };
  };
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  actions: { associate(name: string, handler: (event: unknown) => unknown): void };
  /** Handlers registered with Office.actions.associate. */
  readonly handlers: Map<string, (event: unknown) => unknown>;
  /** Call statistics the tests read. */
  readonly stats: { calls: number; inFlight: number; maxInFlight: number; refused: number; log: string[] };
  [key: string]: unknown;
}

export function createFakeOffice(backend: ComposeBackend, options: FakeOfficeOptions = {}): FakeOffice {
  const delay = options.delayMs ?? 5;
  const maxConcurrent = options.maxConcurrent ?? 3;
  const stats = { calls: 0, inFlight: 0, maxInFlight: 0, refused: 0, log: [] as string[] };
  const handlers = new Map<string, (event: unknown) => unknown>();
  let lastSignature: string | undefined;
  const memory = new Map<string, string>();
  const storage = options.storage ?? { getItem: (k: string) => memory.get(k) ?? null, setItem: (k: string, v: string) => void memory.set(k, v) };

  const parser = (): { parseFromString(html: string, type: 'text/html'): Document } => {
    if (options.parser) return options.parser;
    if (typeof DOMParser !== 'undefined') return new DOMParser();
    throw new Error('No HTML parser available');
  };

  /** Answers like Office.js: later, through the callback, never by throwing. */
  function answer<T>(name: string, callback: Callback<T> | undefined, work: () => Awaitable<T>): void {
    stats.calls++;
    stats.log.push(name);
    if (stats.inFlight >= maxConcurrent) {
      stats.refused++;
      setTimeout(() => callback?.({ status: 'failed', value: undefined as T, error: { name: 'TooManyCalls', message: 'Too many simultaneous calls' } }), 0);
      return;
    }
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    const failed = (error: unknown): Result<T> => ({
      status: 'failed',
      value: undefined as T,
      error: { name: 'GenericError', message: error instanceof Error ? error.message : String(error) },
    });
    const finish = (result: Result<T>): void => {
      stats.inFlight--;
      callback?.(result);
    };
    setTimeout(() => {
      let value: Awaitable<T>;
      try {
        value = work();
      } catch (error) {
        finish(failed(error));
        return;
      }
      // A compose window in another frame answers later: the call stays in flight until then.
      if (isPromise(value)) value.then((v) => finish({ status: 'succeeded', value: v }), (error: unknown) => finish(failed(error)));
      else finish({ status: 'succeeded', value });
    }, delay);
  }

  const lastArg = <T>(args: unknown[]): Callback<T> | undefined => {
    const last = args[args.length - 1];
    return typeof last === 'function' ? (last as Callback<T>) : undefined;
  };
  const coercionOf = (args: unknown[]): string => {
    const first = args[0];
    if (typeof first === 'string') return first.toLowerCase();
    const fromOptions = (args.find((a) => a && typeof a === 'object') as { coercionType?: string } | undefined)?.coercionType;
    return String(fromOptions ?? 'text').toLowerCase();
  };
  const asText = (data: string, coercion: string, fragment = false): string => (coercion === 'html' ? htmlToText(data, parser(), fragment) : data);

  const item = {
    itemType: 'message',
    body: {
      getAsync: (coercionType: string, ...rest: unknown[]) =>
        answer<string>('body.getAsync', lastArg(rest), () =>
          then(backend.getBody(), (text) => (String(coercionType).toLowerCase() === 'html' ? textToHtml(text) : text)),
        ),
      getTypeAsync: (...args: unknown[]) => answer<string>('body.getTypeAsync', lastArg(args), () => backend.bodyFormat()),
      setAsync: (data: string, ...rest: unknown[]) =>
        answer<void>('body.setAsync', lastArg(rest), () => backend.setBody(asText(String(data), coercionOf(rest)))),
      prependAsync: (data: string, ...rest: unknown[]) =>
        answer<void>('body.prependAsync', lastArg(rest), () => then(backend.getBody(), (text) => backend.setBody(asText(String(data), coercionOf(rest), true) + text))),
      setSignatureAsync: (data: string, ...rest: unknown[]) =>
        answer<void>('body.setSignatureAsync', lastArg(rest), () => {
          const signature = asText(String(data), coercionOf(rest)).replace(/^\n+|\n+$/gu, '');
          return then(backend.getBody(), (text) =>
            then(backend.setBody(insertSignature(text, signature, lastSignature)), () => {
              lastSignature = signature;
            }),
          );
        }),
    },
    subject: {
      getAsync: (...args: unknown[]) => answer<string>('subject.getAsync', lastArg(args), () => backend.getSubject()),
      setAsync: (data: string, ...rest: unknown[]) => answer<void>('subject.setAsync', lastArg(rest), () => backend.setSubject(String(data))),
    },
    to: { getAsync: (...args: unknown[]) => answer<RecipientLike[]>('to.getAsync', lastArg(args), () => backend.getRecipients('to')) },
    cc: { getAsync: (...args: unknown[]) => answer<RecipientLike[]>('cc.getAsync', lastArg(args), () => backend.getRecipients('cc')) },
    getComposeTypeAsync: (...args: unknown[]) =>
      answer<{ composeType: string; coercionType: string }>('getComposeTypeAsync', lastArg(args), () =>
        then(backend.composeType(), (composeType) => then(backend.bodyFormat(), (coercionType) => ({ composeType, coercionType }))),
      ),
    addHandlerAsync: (eventType: string, handler: (event: unknown) => void, ...rest: unknown[]) =>
      answer<void>('addHandlerAsync', lastArg(rest), () => {
        if (eventType !== 'olkRecipientsChanged') throw new Error(`Unsupported event ${eventType}`);
        backend.onRecipientsChanged(() => handler({ type: eventType, changedRecipientFields: { to: true, cc: true, bcc: false } }));
      }),
  };

  const settings = (): Record<string, unknown> => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(ROAMING_KEY) ?? '{}');
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  };
  let pendingSettings = settings();
  const roamingSettings = {
    get: (name: string) => {
      pendingSettings = { ...settings(), ...pendingSettings };
      return pendingSettings[name];
    },
    set: (name: string, value: unknown) => {
      pendingSettings = { ...pendingSettings, [name]: JSON.parse(JSON.stringify(value)) as unknown };
    },
    remove: (name: string) => {
      const { [name]: _removed, ...rest } = pendingSettings;
      pendingSettings = rest;
    },
    saveAsync: (...args: unknown[]) => answer<void>('roamingSettings.saveAsync', lastArg(args), () => storage.setItem(ROAMING_KEY, JSON.stringify(pendingSettings))),
  };

  const info = { host: 'Outlook', platform: 'OfficeOnline' };
  const office: FakeOffice = {
    handlers,
    stats,
    context: {
      displayLanguage: options.displayLanguage ?? 'en-US',
      officeTheme: THEMES[options.theme ?? 'light'],
      roamingSettings,
      requirements: { isSetSupported: (name: string, version?: string) => name === 'Mailbox' && Number(version ?? '1') <= 1.14 },
      mailbox: {
        item,
        userProfile: { emailAddress: options.userEmail ?? 'jonas.jonaitis@probacija.lt', displayName: options.userName ?? 'Jonas Jonaitis' },
      },
    },
    onReady(callback) {
      return new Promise((resolve) => {
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0);
      });
    },
    actions: {
      associate(name, handler) {
        handlers.set(name, handler);
      },
    },
    CoercionType: { Text: 'text', Html: 'html' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { RecipientsChanged: 'olkRecipientsChanged' },
    MailboxEnums: { ComposeType: { NewMail: 'newMail', Reply: 'reply', Forward: 'forward' } },
    HostType: { Outlook: 'Outlook' },
  };
  return office;
}

/** Parses `Name <address>; other@x.lt` as typed in the To/Cc boxes. */
export function parseRecipients(text: string): RecipientLike[] {
  return text
    .split(/[;,]/u)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(.*?)\s*<([^>]+)>$/u.exec(part);
      return match ? { displayName: match[1]!.replace(/^"|"$/gu, '').trim() || match[2]!.trim(), emailAddress: match[2]!.trim() } : { displayName: part, emailAddress: part };
    });
}

/** A backend held in memory (tests, or the pane opened without the simulator around it). */
export function memoryBackend(initial: { body?: string; subject?: string; to?: string; cc?: string; composeType?: FakeComposeType; bodyFormat?: 'html' | 'text' } = {}): LocalComposeBackend & {
  setRecipients(kind: 'to' | 'cc', text: string): void;
} {
  let body = initial.body ?? '';
  let subject = initial.subject ?? '';
  const recipients = { to: initial.to ?? '', cc: initial.cc ?? '' };
  const listeners = new Set<() => void>();
  return {
    getBody: () => body,
    setBody: (text) => void (body = text),
    getSubject: () => subject,
    setSubject: (text) => void (subject = text),
    getRecipients: (kind) => parseRecipients(recipients[kind]),
    composeType: () => initial.composeType ?? 'newMail',
    bodyFormat: () => initial.bodyFormat ?? 'html',
    onRecipientsChanged: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setRecipients: (kind, text) => {
      recipients[kind] = text;
      for (const listener of listeners) listener();
    },
  };
}
