import { defineRule } from '../rule.js';
import { addressesIn, domainOf } from '../text/patterns.js';
import type { QuotedMessage } from '../draft/quoted.js';

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
    const domains = settings.internalDomains;
    if (domains.length === 0 || (!draft.quoted && !draft.quotedAbove)) return;
    const isInternal = (address: string): boolean => {
      const domain = domainOf(address);
      // `vilnius.lt` also covers `savivaldybe.vilnius.lt`-style sub-domains of the institution.
      return domains.some((own) => domain === own || domain.endsWith('.' + own));
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
