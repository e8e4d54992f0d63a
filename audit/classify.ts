// Which sent messages the audit judges (issue 4): replies and new messages from staff to
// clients. Auto-replies, internal-only mail and received mail are skipped and counted.

import type { Email, Header } from 'postal-mime';

export type SkipReason = 'auto-reply' | 'received' | 'no-recipients' | 'internal-only';
export const skipReasons: SkipReason[] = ['auto-reply', 'received', 'no-recipients', 'internal-only'];

// Subjects of out-of-office and other automatic answers in Lithuanian, Latvian and English.
const autoReplySubject =
  /^\s*(automatic reply|auto(?:matic)?[- ]?reply|autoreply|auto:|automatinis atsakymas|automatinis pranešimas|automātiskā atbilde|automātiska atbilde|out of (?:the )?office|neatvykęs|nebūsiu darbe|prombūtnē)/iu;

function headerValue(headers: Header[], key: string): string | undefined {
  return headers.find((h) => h.key === key)?.value;
}

/** True when headers or subject mark the message as an automatic answer (RFC 3834 and vendor headers). */
export function isAutoReply(email: Pick<Email, 'headers' | 'subject'>): boolean {
  const autoSubmitted = headerValue(email.headers, 'auto-submitted')?.trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') return true;
  if (headerValue(email.headers, 'x-autoreply') !== undefined) return true;
  if (headerValue(email.headers, 'x-autorespond') !== undefined) return true;
  const precedence = headerValue(email.headers, 'precedence')?.trim().toLowerCase();
  if (precedence === 'auto_reply' || precedence === 'bulk' || precedence === 'junk') return true;
  return autoReplySubject.test(email.subject ?? '');
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at === -1 ? '' : address.slice(at + 1).toLowerCase().replace(/\.$/, '');
}

/** `vmi.lt` covers `vmi.lt` and its subdomains (`kaunas.vmi.lt`). */
export function isInternalAddress(address: string, internalDomains: readonly string[]): boolean {
  const domain = domainOf(address);
  if (!domain) return false;
  return internalDomains.some((d) => {
    const want = d.toLowerCase().replace(/^@/, '');
    return domain === want || domain.endsWith(`.${want}`);
  });
}

/**
 * Why a sent message is not judged, or `undefined` when it is a message to a client.
 * Without configured internal domains the sender's own domain is internal (SPEC §2 internal-thread),
 * so received mail cannot be told apart and is judged as sent.
 */
export function skipReasonOf(
  sender: string,
  recipients: readonly string[],
  email: Pick<Email, 'headers' | 'subject'>,
  configuredDomains: readonly string[],
): SkipReason | undefined {
  if (isAutoReply(email)) return 'auto-reply';
  const internal = configuredDomains.length ? configuredDomains : [domainOf(sender)];
  if (!isInternalAddress(sender, internal)) return 'received';
  if (recipients.length === 0) return 'no-recipients';
  if (recipients.every((r) => isInternalAddress(r, internal))) return 'internal-only';
  return undefined;
}
