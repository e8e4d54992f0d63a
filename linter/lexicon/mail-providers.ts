// Public mail services: an address there is a person's own, not an institution's. The
// internal-thread rule never takes such a domain for the institution's (a member of staff who
// signs with a private address would make every client on the same service look internal).
// The international services and those common in Lithuania and Latvia.
export const publicMailDomains: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'ymail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com',
  'icloud.com', 'me.com', 'mac.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.net', 'gmx.de',
  'web.de', 'mail.com', 'zoho.com', 'yandex.ru', 'yandex.com', 'mail.ru', 'inbox.ru', 'bk.ru', 'list.ru', 'rambler.ru',
  'ukr.net', 'wp.pl', 'o2.pl', 'interia.pl', 'onet.pl',
  // Lithuania
  'inbox.lt', 'one.lt', 'takas.lt', 'zebra.lt', 'delfi.lt', 'splius.lt', 'yahoo.lt', 'gmail.lt', 'hotmail.lt',
  // Latvia
  'inbox.lv', 'apollo.lv', 'one.lv', 'e-apollo.lv', 'tvnet.lv', 'delfi.lv', 'navigator.lv', 'mail.lv',
]);
