// The registry: every rule of SPEC §2, one module each; the id is the file name.
import type { RuleDefinition } from '../rule.js';
import greeting from './greeting.js';
import greetingInformal from './greeting-informal.js';
import greetingPunctuation from './greeting-punctuation.js';
import greetingCase from './greeting-case.js';
import signOff from './sign-off.js';
import signOffInformal from './sign-off-informal.js';
import lineLength from './line-length.js';
import maxLines from './max-lines.js';
import signature from './signature.js';
import signatureFields from './signature-fields.js';
// group A imports (text and letters)
// group B imports (tone and content)
// group C imports (thread, auto-reply, replies)

export const rules: ReadonlyArray<RuleDefinition<never>> = [
  greeting,
  greetingInformal,
  greetingPunctuation,
  greetingCase,
  signOff,
  signOffInformal,
  lineLength,
  maxLines,
  signature,
  signatureFields,
  // group A rules
  // group B rules
  // group C rules
] as ReadonlyArray<RuleDefinition<never>>;
