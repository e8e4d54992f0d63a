import { defineRule } from '../rule.js';
import { addressesIn, domainOf } from '../text/patterns.js';
import type { ParsedDraft, Region } from '../draft/parse.js';
import type { QuotedMessage } from '../draft/quoted.js';
import { publicMailDomains } from '../lexicon/mail-providers.js';

// 001 §10: "niekada nepersiunčiame laiške likusios vidaus įstaigos darbuotojų susirašinėjimo
// istorijos"; 003 §35: "negali būti persiunčiamas įstaigos atstovų susirašinėjimas".
export default defineRule({
  id: 'internal-thread',
  severity: 'error',
  standard: '001 §10; 003 §35',
  fixable: false,
  description: {
    lt: 'Klientui siunčiamame laiške nelieka vidinio darbuotojų susirašinėjimo istorijos.',
    lv: 'Klientam sūtītajā vēstulē nepaliek iestādes darbinieku iekšējā sarakste.',
    en: 'A letter to a client carries no internal staff correspondence in its quoted history.',
  },
  check({ draft, settings, report }) {
    if (!draft.quoted && !draft.quotedAbove) return;
    // Internal = the configured domains, else the sender's own (SPEC `internal-thread`).
    const domains = settings.internalDomains.length > 0 ? settings.internalDomains : senderDomains(draft);
    if (domains.length === 0) return;
    // `vilnius.lt` also covers `savivaldybe.vilnius.lt`-style sub-domains of the institution.
    const suffixes = domains.map((own) => '.' + own);
    // A thread names the same few people in every message: each address is judged once.
    const judged = new Map<string, boolean>();
    const isInternal = (address: string): boolean => {
      let internal = judged.get(address);
      if (internal === undefined) {
        const domain = domainOf(address);
        internal = domains.includes(domain) || suffixes.some((suffix) => domain.endsWith(suffix));
        judged.set(address, internal);
      }
      return internal;
    };

    // Recipients unknown (a body without headers): still worth a warning (SPEC `internal-thread`).
    let unknown = draft.input.to === undefined;
    if (!unknown) {
      const entries = [...(draft.input.to ?? []), ...(draft.input.cc ?? [])];
      // `Jonas <j@x.lt>` or `j@x.lt` → the address(es); a bare display name has none.
      const addresses = entries.map(addressesIn);
      // A note between colleagues may keep its history: only a draft leaving the institution matters.
      if (!addresses.some((list) => list.some((address) => !isInternal(address)))) {
        // A recipient written as a bare name (no address) may be anyone: warn as with unknown recipients.
        if (!addresses.some((list) => list.length === 0)) return;
        unknown = true;
      }
    }

    // Who wrote to whom in the quote is read last: only for a draft that leaves the institution.
    const messages = draft.quotedMessages;
    const internal = messages.find((message, index) => isInternalCorrespondence(message, messages[index + 1], isInternal));
    if (!internal) return;
    const line = draft.lines[internal.line]!;
    const lead = line.text.length - line.text.trimStart().length;
    const from = internal.from[0] ?? '';
    const to = [...internal.to, ...internal.cc].join(', ');
    report({
      start: line.start + lead,
      end: line.start + line.text.trimEnd().length,
      actual: `${from} → ${to}`,
      ...(unknown ? { severity: 'warning' as const } : {}),
      message: {
        lt: `Citatoje liko vidinis darbuotojų susirašinėjimas (${from} → ${to}): pašalinkite jį prieš siųsdami klientui`,
        lv: `Citātā palikusi iestādes darbinieku iekšējā sarakste (${from} → ${to}): izdzēsiet to pirms sūtīšanas klientam`,
        en: `The quoted history holds internal staff correspondence (${from} → ${to}): remove it before sending to the client`,
      },
    });
  },
});

/**
 * Staff writing to staff: a quoted message from an internal sender to internal recipients only;
 * or, where the quote names senders only (Gmail's `… rašė:`), an internal sender answering the
 * message it quotes from another internal address (a colleague answering a colleague — a member
 * of staff following up their own message has the same address).
 */
function isInternalCorrespondence(message: QuotedMessage, quoted: QuotedMessage | undefined, isInternal: (address: string) => boolean): boolean {
  const sender = message.from[0];
  if (!sender || !isInternal(sender)) return false;
  const recipients = [...message.to, ...message.cc];
  if (recipients.length > 0) return recipients.every(isInternal);
  const previous = quoted?.from[0];
  return previous !== undefined && quoted!.to.length + quoted!.cc.length === 0 && previous !== sender && isInternal(previous);
}

/**
 * The sender's own domain: from `From:`. With no sender (a .txt draft without `From:`), the
 * draft is read for it, public mail services aside: the addresses in its signature; without one,
 * the address the quoted headers give for the name it is signed with (`To: Tomas Rimkus
 * <tomas.rimkus@probacija.lt>` under a letter signed `Tomas Rimkus`); with no signature to go
 * by, where the client's own quoted letter was sent (`clientLetterDomains`).
 */
function senderDomains(draft: ParsedDraft): string[] {
  const from = draft.input.from;
  if (from?.includes('@')) return [domainOf(from.replace(/.*</, '').replace(/>.*/, ''))];
  const signed = draft.signature ? signatureDomains(draft, draft.signature) : [];
  return signed.length > 0 ? signed : clientLetterDomains(draft);
}

/** The institution's domain as the signature gives it: an address in it, or the signer's in the quoted headers. */
function signatureDomains(draft: ParsedDraft, signature: Region): string[] {
  const addresses: string[] = [];
  for (let i = signature.start; i < signature.end; i++) addresses.push(...addressesIn(draft.lines[i]!.text));
  const domains = institutionalDomains(addresses);
  if (domains.length > 0) return domains;
  const name = signerName(draft);
  if (!name) return [];
  // The first header that gives the signer's address settles it (a thread repeats it in every message).
  for (const region of [draft.quotedAbove, draft.quoted]) {
    if (!region) continue;
    for (let i = region.start; i < region.end; i++) {
      const text = draft.lines[i]!.text;
      // Header and attribution lines are short: a pasted wall of text is not searched.
      if (text.length > MAX_HEADER_LINE || !text.includes('@')) continue;
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        ADDRESS_AFTER_NAME.lastIndex = at + name.length;
        const address = ADDRESS_AFTER_NAME.exec(text)?.[1];
        // A signer on a public service says nothing of the institution: keep looking.
        const domain = address && institutionalDomain(address);
        if (domain) return [domain];
      }
    }
  }
  return [];
}

/**
 * A reply quotes the client's letter, and that letter went to the institution: the domains of its
 * `To:` (public mail services aside), for the first quoted letter sent by one of the draft's own
 * recipients. Only with the recipients known: otherwise nobody in the quote is known to be the client.
 */
function clientLetterDomains(draft: ParsedDraft): string[] {
  const recipients = new Set([...(draft.input.to ?? []), ...(draft.input.cc ?? [])].flatMap(addressesIn));
  if (recipients.size === 0) return [];
  for (const message of draft.quotedMessages) {
    const sender = message.from[0];
    if (sender === undefined || !recipients.has(sender)) continue;
    const domains = institutionalDomains(message.to);
    if (domains.length > 0) return domains;
  }
  return [];
}

/** The distinct domains of `addresses`, public mail services left out. */
function institutionalDomains(addresses: readonly string[]): string[] {
  const domains = new Set<string>();
  for (const address of addresses) {
    const domain = institutionalDomain(address);
    if (domain) domains.add(domain);
  }
  return [...domains];
}

/** The address's domain, unless it is a public mail service's. */
function institutionalDomain(address: string): string | undefined {
  const domain = domainOf(address);
  return publicMailDomains.has(domain) ? undefined : domain;
}

// `Name <address>` or `"Name" <address>`: the address right after the display name (sticky:
// tried where the name ends).
const ADDRESS_AFTER_NAME = /"?[ \t]*<([^<>\s@]+@[^<>\s@]+)>/y;
const MAX_HEADER_LINE = 400;

/** The name line of the signature (after the closing phrase when they share a line). */
function signerName(draft: ParsedDraft): string | undefined {
  const index = draft.signatureFields?.nameLine;
  if (index === undefined) return undefined;
  const line = draft.lines[index]!;
  const text = draft.closing && draft.closing.start === index ? line.text.slice(draft.closing.phraseEnd - line.start) : line.text;
  const name = text.replace(/^[\s,!.]+/, '').trim();
  // One word (`Tomas`) could be anyone's first name.
  return name.includes(' ') ? name : undefined;
}
