// Interface strings in Lithuanian, Latvian and English, chosen by Office.context.displayLanguage.

import type { Language } from '../../linter/types.js';

export function pickLanguage(displayLanguage: string | undefined): Language {
  const code = (displayLanguage ?? '').toLowerCase();
  if (code.startsWith('lt')) return 'lt';
  if (code.startsWith('lv')) return 'lv';
  return 'en';
}

export interface Strings {
  appName: string;
  tabCheck: string;
  tabSettings: string;
  checking: string;
  errors: string;
  warnings: string;
  /** Header and live-region summary: counts with labels, no plural forms needed. */
  summary(errors: number, warnings: number): string;
  allGoodTitle: string;
  allGoodText(profile: string): string;
  standard: string;
  text: string;
  line(line: number): string;
  suggestion: string;
  fixGreeting(greeting: string): string;
  fixSignature: string;
  fixReplace(from: string, to: string): string;
  fixDone: string;
  fixFailed(reason: string): string;
  fixChanged: string;
  fixAmbiguous(word: string): string;
  fixNeedsSettings: string;
  fixUnsupported: string;
  howToFix: string;
  readFailed: string;
  noItem: string;
  settingsTitle: string;
  profile: string;
  profileNames: Record<string, string>;
  signatureDetails: string;
  signatureFields: { name: string; position: string; unit: string; institution: string; phone: string; email: string };
  internalDomains: string;
  internalDomainsHelp: string;
  save: string;
  saved: string;
  saveFailed(reason: string): string;
  sendBlocked: string;
  andMore(count: number): string;
}

const profilesLt = {
  lt: 'Bendrosios taisyklės (lt)',
  'lt-probacija': 'Lietuvos probacijos tarnyba (000)',
  'lt-utena': 'Utenos informacijos centras (001)',
  'lt-vmb': 'SĮ „Vilniaus miesto būstas“ (002)',
  'lt-daigelis': 'Lopšelis-darželis „Daigelis“ (003)',
  'lv-valsts': 'Latvijos valstybės institucijos (004)',
};

const lt: Strings = {
  appName: 'Laiško tikrinimas',
  tabCheck: 'Tikrinimas',
  tabSettings: 'Nustatymai',
  checking: 'Tikrinama…',
  errors: 'Klaidos',
  warnings: 'Įspėjimai',
  summary: (e, w) => `Klaidų: ${e}, įspėjimų: ${w}`,
  allGoodTitle: 'Viskas gerai',
  allGoodText: (p) => `Laiškas atitinka standartą: ${p}.`,
  standard: 'Standartas',
  text: 'Tekstas',
  line: (n) => `${n} eilutė`,
  suggestion: 'Siūloma',
  fixGreeting: (g) => `Įterpti „${g}“`,
  fixSignature: 'Įterpti parašą',
  fixReplace: (a, b) => `Keisti „${a}“ į „${b}“`,
  fixDone: 'Pataisyta.',
  fixFailed: (r) => `Nepavyko pataisyti: ${r}`,
  fixChanged: 'laiškas pasikeitė, patikrinkite dar kartą.',
  fixAmbiguous: (w) => `žodžio „${w}“ nepavyko vienareikšmiškai rasti laiške. Pataisykite jį ranka.`,
  fixNeedsSettings: 'Parašo duomenis pirmiausia įrašykite nustatymuose.',
  fixUnsupported: 'ši Outlook versija to neleidžia.',
  howToFix: 'Pataisykite laišką ranka.',
  readFailed: 'Nepavyko perskaityti laiško.',
  noItem: 'Atidarykite rašomą laišką.',
  settingsTitle: 'Nustatymai',
  profile: 'Standartas (profilis)',
  profileNames: profilesLt,
  signatureDetails: 'Parašo duomenys',
  signatureFields: {
    name: 'Vardas ir pavardė',
    position: 'Pareigos',
    unit: 'Padalinys',
    institution: 'Įstaiga',
    phone: 'Telefonas',
    email: 'El. paštas',
  },
  internalDomains: 'Vidiniai domenai',
  internalDomainsHelp: 'Atskirkite kableliais, pvz. probacija.lt, vmb.lt',
  save: 'Išsaugoti',
  saved: 'Nustatymai išsaugoti.',
  saveFailed: (r) => `Nepavyko išsaugoti: ${r}`,
  sendBlocked: 'Laiškas neatitinka standarto:',
  andMore: (n) => `…ir dar ${n}`,
};

const lv: Strings = {
  appName: 'Vēstules pārbaude',
  tabCheck: 'Pārbaude',
  tabSettings: 'Iestatījumi',
  checking: 'Pārbauda…',
  errors: 'Kļūdas',
  warnings: 'Brīdinājumi',
  summary: (e, w) => `Kļūdas: ${e}, brīdinājumi: ${w}`,
  allGoodTitle: 'Viss kārtībā',
  allGoodText: (p) => `Vēstule atbilst standartam: ${p}.`,
  standard: 'Standarts',
  text: 'Teksts',
  line: (n) => `${n}. rinda`,
  suggestion: 'Ieteikums',
  fixGreeting: (g) => `Ievietot “${g}”`,
  fixSignature: 'Ievietot parakstu',
  fixReplace: (a, b) => `Mainīt “${a}” uz “${b}”`,
  fixDone: 'Izlabots.',
  fixFailed: (r) => `Neizdevās izlabot: ${r}`,
  fixChanged: 'vēstule ir mainījusies, pārbaudiet vēlreiz.',
  fixAmbiguous: (w) => `vārdu “${w}” nevar viennozīmīgi atrast vēstulē. Izlabojiet to manuāli.`,
  fixNeedsSettings: 'Vispirms ievadiet paraksta datus iestatījumos.',
  fixUnsupported: 'šī Outlook versija to neatbalsta.',
  howToFix: 'Izlabojiet vēstuli manuāli.',
  readFailed: 'Neizdevās nolasīt vēstuli.',
  noItem: 'Atveriet rakstāmu vēstuli.',
  settingsTitle: 'Iestatījumi',
  profile: 'Standarts (profils)',
  profileNames: {
    lt: 'Lietuvas vispārīgie noteikumi (lt)',
    'lt-probacija': 'Lietuvas probācijas dienests (000)',
    'lt-utena': 'Utenas informācijas centrs (001)',
    'lt-vmb': 'SĮ „Vilniaus miesto būstas“ (002)',
    'lt-daigelis': 'Bērnudārzs „Daigelis“ (003)',
    'lv-valsts': 'Latvijas valsts pārvalde (004)',
  },
  signatureDetails: 'Paraksta dati',
  signatureFields: {
    name: 'Vārds un uzvārds',
    position: 'Amats',
    unit: 'Struktūrvienība',
    institution: 'Iestāde',
    phone: 'Tālrunis',
    email: 'E-pasts',
  },
  internalDomains: 'Iekšējie domēni',
  internalDomainsHelp: 'Atdaliet ar komatiem, piem., vid.gov.lv',
  save: 'Saglabāt',
  saved: 'Iestatījumi saglabāti.',
  saveFailed: (r) => `Neizdevās saglabāt: ${r}`,
  sendBlocked: 'Vēstule neatbilst standartam:',
  andMore: (n) => `…un vēl ${n}`,
};

const en: Strings = {
  appName: 'Email check',
  tabCheck: 'Check',
  tabSettings: 'Settings',
  checking: 'Checking…',
  errors: 'Errors',
  warnings: 'Warnings',
  summary: (e, w) => `${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}`,
  allGoodTitle: 'All good',
  allGoodText: (p) => `The draft follows the standard: ${p}.`,
  standard: 'Standard',
  text: 'Text',
  line: (n) => `Line ${n}`,
  suggestion: 'Suggested',
  fixGreeting: (g) => `Insert “${g}”`,
  fixSignature: 'Insert signature',
  fixReplace: (a, b) => `Change “${a}” to “${b}”`,
  fixDone: 'Fixed.',
  fixFailed: (r) => `Could not fix: ${r}`,
  fixChanged: 'the draft has changed; check again.',
  fixAmbiguous: (w) => `the word “${w}” cannot be found unambiguously in the message. Please change it by hand.`,
  fixNeedsSettings: 'Enter your signature details in Settings first.',
  fixUnsupported: 'this version of Outlook does not allow it.',
  howToFix: 'Change the draft by hand.',
  readFailed: 'Could not read the draft.',
  noItem: 'Open a message you are writing.',
  settingsTitle: 'Settings',
  profile: 'Standard (profile)',
  profileNames: {
    lt: 'Common Lithuanian rules (lt)',
    'lt-probacija': 'Lithuanian Probation Service (000)',
    'lt-utena': 'Utena information centre (001)',
    'lt-vmb': 'Vilnius city housing (002)',
    'lt-daigelis': 'Kindergarten “Daigelis” (003)',
    'lv-valsts': 'Latvian state administration (004)',
  },
  signatureDetails: 'Signature details',
  signatureFields: {
    name: 'Name and surname',
    position: 'Position',
    unit: 'Unit',
    institution: 'Institution',
    phone: 'Phone',
    email: 'E-mail',
  },
  internalDomains: 'Internal domains',
  internalDomainsHelp: 'Separate with commas, e.g. probacija.lt, vmb.lt',
  save: 'Save',
  saved: 'Settings saved.',
  saveFailed: (r) => `Could not save: ${r}`,
  sendBlocked: 'This message does not follow the standard:',
  andMore: (n) => `…and ${n} more`,
};

export const STRINGS: Record<Language, Strings> = { lt, lv, en };
