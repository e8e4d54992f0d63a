/// <reference types="office-js" />
// The slice of Office.js the add-in uses, as a structural type: the real `Office` global,
// the simulator's fake and office-addin-mock objects all satisfy it, so the code is tested as is.

import type { ComposeType, DraftInput } from '../../linter/types.js';
import { CallQueue, officeCall, type AsyncResultLike } from './office-calls.js';

type Callback<T> = (result: AsyncResultLike<T>) => void;
type CoercionOptions = { coercionType: string };

export interface RecipientLike {
  displayName?: string;
  emailAddress?: string;
}

export interface ComposeItemLike {
  body: {
    getAsync(coercionType: string, callback: Callback<string>): void;
    getTypeAsync?(callback: Callback<string>): void;
    setAsync?(data: string, options: CoercionOptions, callback: Callback<void>): void;
    prependAsync?(data: string, options: CoercionOptions, callback: Callback<void>): void;
    setSignatureAsync?(data: string, options: CoercionOptions, callback: Callback<void>): void;
  };
  subject: {
    getAsync(callback: Callback<string>): void;
    setAsync?(data: string, callback: Callback<void>): void;
  };
  to: { getAsync(callback: Callback<RecipientLike[]>): void };
  cc: { getAsync(callback: Callback<RecipientLike[]>): void };
  getComposeTypeAsync?(callback: Callback<{ composeType: string } | string>): void;
  addHandlerAsync?(eventType: string, handler: (event: unknown) => void, callback?: Callback<void>): void;
}

export interface RoamingSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: Callback<void>): void;
}

export interface OfficeLike {
  context: {
    displayLanguage?: string;
    officeTheme?: {
      bodyBackgroundColor?: string;
      bodyForegroundColor?: string;
      controlBackgroundColor?: string;
      controlForegroundColor?: string;
    };
    roamingSettings?: RoamingSettingsLike;
    mailbox: {
      item: ComposeItemLike | null | undefined;
      userProfile?: { emailAddress?: string; displayName?: string };
    };
  };
}

/** Coercion and event names as Office.js spells them at run time. */
export const COERCION_TEXT = 'text';
export const COERCION_HTML = 'html';
export const RECIPIENTS_CHANGED = 'olkRecipientsChanged';

export type BodyFormat = 'text' | 'html';

/** Subject prefixes that mark replies and forwards (en, lt, lv, de, fr, nordic clients). */
const REPLY_PREFIX = /^\s*(re|ats|atb|atbilde|aw|sv|vs|antw)\.?\s*(\[\d+\])?\s*:/iu;
const FORWARD_PREFIX = /^\s*(fw|fwd|tr|wg|persiunčiama|persiųsta|pers|pārsūtīt|pārsūtīts|pārs)\.?\s*:/iu;

/** Compose type from the subject's prefix, for clients older than Mailbox 1.10. */
export function composeTypeFromSubject(subject: string | undefined): ComposeType | undefined {
  if (!subject) return undefined;
  if (REPLY_PREFIX.test(subject)) return 'reply';
  if (FORWARD_PREFIX.test(subject)) return 'forward';
  return undefined;
}

/** `newMail` / `reply` / `forward` (Office.MailboxEnums.ComposeType) → the core's names. */
export function composeTypeFromOffice(value: unknown): ComposeType | undefined {
  const raw = typeof value === 'string' ? value : (value as { composeType?: unknown } | null)?.composeType;
  switch (String(raw ?? '').toLowerCase()) {
    case 'newmail':
    case 'new':
      return 'new';
    case 'reply':
      return 'reply';
    case 'forward':
      return 'forward';
    default:
      return undefined;
  }
}

/** `Name <address>` when the name adds something, else the address. */
export function formatRecipient(recipient: RecipientLike): string | undefined {
  const address = (recipient.emailAddress ?? '').trim();
  const name = (recipient.displayName ?? '').trim();
  if (!address) return name || undefined;
  return name && name.toLowerCase() !== address.toLowerCase() ? `${name} <${address}>` : address;
}

export class MailboxNotAvailable extends Error {
  constructor() {
    super('No message is being composed');
    this.name = 'MailboxNotAvailable';
  }
}

/**
 * Reads and changes the draft being composed. Every Office call goes through one queue, so
 * the pane never has more than one call in flight, whatever the polling does.
 */
export class ComposeAdapter {
  readonly queue: CallQueue;

  constructor(
    private readonly office: OfficeLike,
    queue?: CallQueue,
  ) {
    this.queue = queue ?? new CallQueue();
  }

  private get item(): ComposeItemLike {
    const item = this.office.context.mailbox?.item;
    if (!item) throw new MailboxNotAvailable();
    return item;
  }

  private call<T>(start: (callback: Callback<T>) => void): Promise<T> {
    return this.queue.run(() => officeCall<T>(start));
  }

  userAddress(): string | undefined {
    return this.office.context.mailbox?.userProfile?.emailAddress || undefined;
  }

  readBody(format: BodyFormat = 'text'): Promise<string> {
    const item = this.item;
    return this.call<string>((cb) => item.body.getAsync(format === 'html' ? COERCION_HTML : COERCION_TEXT, cb)).then(
      (value) => value ?? '',
    );
  }

  readSubject(): Promise<string> {
    const item = this.item;
    return this.call<string>((cb) => item.subject.getAsync(cb)).then((value) => value ?? '');
  }

  async readRecipients(kind: 'to' | 'cc'): Promise<string[]> {
    const item = this.item;
    const list = await this.call<RecipientLike[]>((cb) => item[kind].getAsync(cb));
    return (list ?? []).map(formatRecipient).filter((value): value is string => Boolean(value));
  }

  /** Compose type via Mailbox 1.10; `undefined` when the client lacks it or it fails. */
  async readComposeType(): Promise<ComposeType | undefined> {
    const item = this.item;
    if (typeof item.getComposeTypeAsync !== 'function') return undefined;
    try {
      return composeTypeFromOffice(await this.call((cb) => item.getComposeTypeAsync!(cb)));
    } catch {
      return undefined;
    }
  }

  /** The body's format; assume HTML (Outlook's default) when the client cannot say. */
  async bodyFormat(): Promise<BodyFormat> {
    const item = this.item;
    if (typeof item.body.getTypeAsync !== 'function') return 'html';
    try {
      const type = await this.call<string>((cb) => item.body.getTypeAsync!(cb));
      return String(type).toLowerCase() === 'text' ? 'text' : 'html';
    } catch {
      return 'html';
    }
  }

  prependBody(data: string, format: BodyFormat): Promise<void> {
    const body = this.item.body;
    if (typeof body.prependAsync !== 'function') return Promise.reject(new Error('body.prependAsync is not available'));
    return this.call<void>((cb) => body.prependAsync!(data, { coercionType: format }, cb));
  }

  setBody(data: string, format: BodyFormat): Promise<void> {
    const body = this.item.body;
    if (typeof body.setAsync !== 'function') return Promise.reject(new Error('body.setAsync is not available'));
    return this.call<void>((cb) => body.setAsync!(data, { coercionType: format }, cb));
  }

  setSignature(data: string, format: BodyFormat): Promise<void> {
    const body = this.item.body;
    if (typeof body.setSignatureAsync !== 'function') {
      return Promise.reject(new Error('body.setSignatureAsync is not available'));
    }
    return this.call<void>((cb) => body.setSignatureAsync!(data, { coercionType: format }, cb));
  }

  setSubject(data: string): Promise<void> {
    const subject = this.item.subject;
    if (typeof subject.setAsync !== 'function') return Promise.reject(new Error('subject.setAsync is not available'));
    return this.call<void>((cb) => subject.setAsync!(data, cb));
  }

  /** Registers for `RecipientsChanged` (Mailbox 1.7); resolves false when the client lacks it. */
  async onRecipientsChanged(handler: () => void): Promise<boolean> {
    const item = this.item;
    if (typeof item.addHandlerAsync !== 'function') return false;
    try {
      await this.call<void>((cb) => item.addHandlerAsync!(RECIPIENTS_CHANGED, () => handler(), cb));
      return true;
    } catch {
      return false;
    }
  }

  /** Everything the core needs, read one call at a time. */
  async readDraft(): Promise<DraftInput> {
    const subject = await this.readSubject();
    const body = await this.readBody('text');
    const to = await this.readRecipients('to');
    const cc = await this.readRecipients('cc');
    const composeType = (await this.readComposeType()) ?? composeTypeFromSubject(subject);
    return { subject, body, to, cc, from: this.userAddress(), composeType };
  }
}
