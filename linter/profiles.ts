// The six profiles of SPEC §3, one per standard. A profile is a plain list of differences from
// the base `lt`, each with the standard's section that asks for it (ENGINEERING.md: "presets are
// plain lists with reasons").
import type { ProfileName, RuleSetting, SignatureField } from './types.js';

export interface Profile {
  name: ProfileName;
  /** Language of the standard and of its drafts. */
  language: 'lt' | 'lv';
  /** The standard file the profile enforces (`seeds/000…`), or null for the common base. */
  standard: '000' | '001' | '002' | '003' | '004' | null;
  title: string;
  signatureFields: SignatureField[];
  /** 002 §4.2.3: further on in a thread, name and surname are enough. */
  nameOnlySignatureInReplies: boolean;
  rules: Record<string, RuleSetting>;
}

// Rules that are on only in the profiles whose standard asks for them.
const profileOnly: Record<string, RuleSetting> = {
  'confidentiality-notice': 'off',
  'thank-for-letter': 'off',
  'feedback-invite': 'off',
};

export const profiles: Record<ProfileName, Profile> = {
  lt: {
    name: 'lt',
    language: 'lt',
    standard: null,
    title: 'Common Lithuanian rules',
    signatureFields: ['name', 'position', 'phone'],
    nameOnlySignatureInReplies: false,
    rules: { ...profileOnly },
  },
  'lt-probacija': {
    name: 'lt-probacija',
    language: 'lt',
    standard: '000',
    title: 'Lietuvos probacijos tarnyba (000)',
    // 000 §70.8, annex 19: "Įstaigos darbuotojo rekvizitai"
    signatureFields: ['name', 'position', 'institution', 'phone'],
    nameOnlySignatureInReplies: false,
    // 000 annex 20: a confidentiality text when sending confidential information
    rules: { ...profileOnly, 'confidentiality-notice': 'warning' },
  },
  'lt-utena': {
    name: 'lt-utena',
    language: 'lt',
    standard: '001',
    title: 'Utenos informacijos centras (001)',
    // 001 §10: "savo padalinį, pareigas, vardą ir pavardę, taip pat telefono numerį"
    signatureFields: ['name', 'position', 'unit', 'phone'],
    nameOnlySignatureInReplies: false,
    rules: { ...profileOnly },
  },
  'lt-vmb': {
    name: 'lt-vmb',
    language: 'lt',
    standard: '002',
    title: 'SĮ „Vilniaus miesto būstas“ (002)',
    signatureFields: ['name', 'position', 'phone'],
    // 002 §4.2.3: "Toliau susirašinėdami galime nurodyti tik vardą ir pavardę"
    nameOnlySignatureInReplies: true,
    // 002 §4.2.1: "padėkojame už laišką"
    rules: { ...profileOnly, 'thank-for-letter': 'warning' },
  },
  'lt-daigelis': {
    name: 'lt-daigelis',
    language: 'lt',
    standard: '003',
    title: 'Kauno lopšelis-darželis „Daigelis“ (003)',
    // 003 §36: "savo pareigas, vardą ir pavardę, taip pat savo telefono numerį"
    signatureFields: ['name', 'position', 'phone'],
    nameOnlySignatureInReplies: false,
    rules: { ...profileOnly },
  },
  'lv-valsts': {
    name: 'lv-valsts',
    language: 'lv',
    standard: '004',
    title: 'Latvian state administration handbook (004)',
    // 004 E-PASTS: "savu vārdu, uzvārdu, iestādi, amatu un kontaktinformāciju (e-pasts, tālrunis…)"
    signatureFields: ['name', 'institution', 'position', 'phone', 'email'],
    nameOnlySignatureInReplies: false,
    rules: {
      ...profileOnly,
      // 004 E-PASTS: "aicinām klientu izteikt savu viedokli … pievienojot saiti"
      'feedback-invite': 'warning',
      // 004 sets no line, length or Lithuanian-letter limits (SPEC §3)
      'line-length': 'off',
      'max-lines': 'off',
      'missing-diacritics': 'off',
      'polite-you': 'off',
    },
  },
};

export const profileNames = Object.keys(profiles) as ProfileName[];

export function isProfileName(name: string): name is ProfileName {
  return Object.hasOwn(profiles, name);
}

export const languageOfProfile = (name: ProfileName): 'lt' | 'lv' => profiles[name].language;
