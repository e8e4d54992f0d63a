// The registry: every rule of SPEC §2, one module each; the id is the file name. The order is
// SPEC's: the rules of the written standards first, then what the standards ask beyond those.
import type { RuleDefinition } from '../rule.js';
import greeting from './greeting.js';
import greetingInformal from './greeting-informal.js';
import greetingPunctuation from './greeting-punctuation.js';
import greetingCase from './greeting-case.js';
import signOff from './sign-off.js';
import signOffInformal from './sign-off-informal.js';
import allCaps from './all-caps.js';
import lineLength from './line-length.js';
import maxLines from './max-lines.js';
import signature from './signature.js';
import signatureFields from './signature-fields.js';
import internalThread from './internal-thread.js';
import foreignDiacritics from './foreign-diacritics.js';
import missingDiacritics from './missing-diacritics.js';
import subject from './subject.js';
import politeYou from './polite-you.js';
import escalatingPhrase from './escalating-phrase.js';
import familiarity from './familiarity.js';
import personalData from './personal-data.js';
import confidentialityNotice from './confidentiality-notice.js';
import placeholder from './placeholder.js';
import repeatedWords from './repeated-words.js';
import sentenceLength from './sentence-length.js';
import autoReply from './auto-reply.js';
import thankForLetter from './thank-for-letter.js';
import feedbackInvite from './feedback-invite.js';

export const rules: ReadonlyArray<RuleDefinition<never>> = [
  greeting,
  greetingInformal,
  greetingPunctuation,
  greetingCase,
  signOff,
  signOffInformal,
  allCaps,
  lineLength,
  maxLines,
  signature,
  signatureFields,
  internalThread,
  foreignDiacritics,
  missingDiacritics,
  subject,
  politeYou,
  escalatingPhrase,
  familiarity,
  personalData,
  confidentialityNotice,
  placeholder,
  repeatedWords,
  sentenceLength,
  autoReply,
  thankForLetter,
  feedbackInvite,
] as ReadonlyArray<RuleDefinition<never>>;
