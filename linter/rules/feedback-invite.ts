import { defineRule, type Localized } from '../rule.js';
import { EMAIL, URL, mayHaveLink } from '../text/patterns.js';
import type { Word } from '../text/words.js';

// Own copies of the shared global patterns: `matchAll` inherits a `lastIndex` another module's
// `.test()` may have left on them.
const EMAILS = new RegExp(EMAIL.source, 'gu');
const URLS = new RegExp(URL.source, 'giu');
// A web address without a scheme, as staff type it: `www.vid.gov.lv/atsauksmes`, `latvija.gov.lv`.
const BARE_SITE = /(?<![\p{L}\p{N}@.-])(?:[\p{L}\p{N}-]{1,63}\.){1,6}(?:lv|lt|eu|gov|com|org|net|info)(?![\p{L}\p{N}-])(?:\/[^\s<>"”“]{0,300})?/giu;
// Every bare site has a dot right before its top-level domain. Most lines have dots (sentence
// ends) but no such pair, and this test (same flags, so the same case folding) finds that several
// times faster than the full pattern with its look-behind at every position.
const DOT_TLD = /\.(?:lv|lt|eu|gov|com|org|net|info)/iu;

const NO_INVITATION: Localized = {
  lt: 'Atsakymo pabaigoje pakvieskite klientą pateikti nuomonę ar pasiūlymus ir pridėkite nuorodą į vietą, kur tai padaryti',
  lv: 'Atbildes nobeigumā aiciniet klientu izteikt savu viedokli vai priekšlikumus un pievienojiet saiti uz vietni, kur to izdarīt',
  en: 'At the end of the reply, invite the client to give an opinion or suggestions and add a link to the page where to do it',
};
const NO_LINK: Localized = {
  lt: 'Kvietime pateikti nuomonę trūksta nuorodos: pridėkite saitą į vietą, kur tai padaryti',
  lv: 'Aicinājumā izteikt viedokli trūkst saites: pievienojiet saiti uz konkrēto vietni',
  en: 'The invitation to give feedback has no link: add a link to the page where to do it',
};

// 004 E-PASTS: "Elektroniskās atbildes nobeigumā aicinām klientu izteikt savu viedokli, jautājumus
// vai priekšlikumus, norādot konkrētu vietu … un pievienojot saiti uz konkrēto vietni."
export default defineRule({
  id: 'feedback-invite',
  severity: 'warning',
  standard: '004 E-PASTS',
  fixable: false,
  description: {
    lt: 'Atsakyme klientas kviečiamas pateikti nuomonę ar pasiūlymus, nurodant nuorodą.',
    lv: 'Atbildē klientu aicina izteikt viedokli vai priekšlikumus, pievienojot saiti.',
    en: 'A reply invites the client to give an opinion or suggestions, with a link.',
  },
  check({ draft, report }) {
    if (!draft.isReply) return;
    const { start, end } = draft.own;
    const words: Word[] = [];
    let link = false;
    for (let i = start; i < end; i++) {
      const line = draft.lines[i]!;
      if (line.text.trim() === '') continue;
      // Words inside a link or an address (`…/atsauksmes`, `viedoklis@…`) are not an invitation.
      const exempt = linkRanges(line.text, line.start);
      if (exempt.links > 0) link = true;
      for (const word of draft.wordsOfLine(i)) if (!inside(exempt.ranges, word)) words.push(word);
    }
    let invitation: { start: number; end: number } | undefined;
    for (let i = 0; i < words.length && !invitation; i++) {
      const match = draft.lexicon.feedbackPhrases.matchAt(words, i);
      if (match) invitation = { start: match.start, end: match.end };
    }
    if (invitation && link) return;
    if (invitation) {
      report({ start: invitation.start, end: invitation.end, actual: draft.body.text.slice(invitation.start, invitation.end), message: NO_LINK });
      return;
    }
    // The invitation belongs at the end of the answer (004: "nobeigumā"): point at the last content line.
    const index = draft.content.end > draft.content.start ? draft.content.end - 1 : (draft.closing?.start ?? 0);
    const line = draft.lines[index]!;
    const lead = line.text.length - line.text.trimStart().length;
    report({ start: line.start + lead, end: line.start + line.text.trimEnd().length, message: NO_INVITATION });
  },
});

function linkRanges(text: string, base: number): { ranges: Array<[number, number]>; links: number } {
  const ranges: Array<[number, number]> = [];
  let links = 0;
  const emails: Array<[number, number]> = [];
  if (text.includes('@')) for (const m of text.matchAll(EMAILS)) emails.push([m.index, m.index + m[0].length]);
  if (mayHaveLink(text)) {
    for (const m of text.matchAll(URLS)) {
      ranges.push([base + m.index, base + m.index + m[0].length]);
      links++;
    }
  }
  if (DOT_TLD.test(text)) {
    for (const m of text.matchAll(BARE_SITE)) {
      const start = m.index;
      const stop = start + m[0].length;
      // The domain of an e-mail address is not a link.
      if (emails.some(([from, to]) => start < to && stop > from)) continue;
      ranges.push([base + start, base + stop]);
      links++;
    }
  }
  for (const [from, to] of emails) ranges.push([base + from, base + to]);
  return { ranges, links };
}

function inside(ranges: ReadonlyArray<[number, number]>, word: Word): boolean {
  for (const [from, to] of ranges) if (word.start < to && word.end > from) return true;
  return false;
}
