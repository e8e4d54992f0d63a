// Report wording in Lithuanian, Latvian and English (`--lang`).

import type { SkipReason } from './classify.js';

export type ReportLanguage = 'lt' | 'lv' | 'en';

export interface ReportStrings {
  title: string;
  subtitle: (profile: string, generated: string) => string;
  overall: string;
  overallHelp: string;
  messagesRead: string;
  linted: string;
  compliant: string;
  skipped: string;
  unreadable: string;
  skipReasons: Record<SkipReason, string>;
  unreadableReasons: Record<string, string>;
  rulesTitle: string;
  rulesHelp: string;
  rule: string;
  section: string;
  severity: string;
  error: string;
  warning: string;
  messages: string;
  breachRate: string;
  trendTitle: string;
  trendHelp: string;
  month: string;
  compliance: string;
  sendersTitle: string;
  unitsTitle: string;
  sender: string;
  unit: string;
  topRule: string;
  examplesTitle: string;
  examplesHelp: string;
  noExamples: string;
  unreadableTitle: string;
  file: string;
  position: string;
  reason: string;
  unknown: string;
  none: string;
  inputs: string;
}

const lt: ReportStrings = {
  title: 'El. laiškų atitikties standartui ataskaita',
  subtitle: (p, g) => `Profilis „${p}“ · sudaryta ${g}`,
  overall: 'Atitinka standartą',
  overallHelp: 'Laiškų be klaidų dalis (įspėjimai neskaičiuojami).',
  messagesRead: 'Perskaityta laiškų',
  linted: 'Patikrinta',
  compliant: 'Be klaidų',
  skipped: 'Praleista',
  unreadable: 'Neperskaityta',
  skipReasons: {
    'auto-reply': 'automatiniai atsakymai',
    received: 'gauti laiškai (ne darbuotojų)',
    'no-recipients': 'be gavėjų',
    'internal-only': 'tik vidiniai gavėjai',
  },
  unreadableReasons: {
    'too-large': 'per didelis (> 10 MB)',
    'no-headers': 'nėra antraščių',
    unparsable: 'sugadinta MIME struktūra',
    'no-sender': 'nėra siuntėjo',
    'lint-failed': 'tikrinimo klaida',
    'worker-crashed': 'tikrinimo klaida',
  },
  rulesTitle: 'Pažeidimai pagal taisyklę',
  rulesHelp: 'Kokia dalis patikrintų laiškų pažeidžia taisyklę.',
  rule: 'Taisyklė',
  section: 'Standarto punktas',
  severity: 'Svarba',
  error: 'klaida',
  warning: 'įspėjimas',
  messages: 'Laiškai',
  breachRate: 'Pažeidimų dalis',
  trendTitle: 'Atitiktis pagal mėnesį',
  trendHelp: 'Laiškų be klaidų dalis kiekvieną mėnesį.',
  month: 'Mėnuo',
  compliance: 'Atitiktis',
  sendersTitle: 'Pagal darbuotoją',
  unitsTitle: 'Pagal padalinį',
  sender: 'Darbuotojas',
  unit: 'Padalinys',
  topRule: 'Dažniausias pažeidimas',
  examplesTitle: 'Pavyzdžiai',
  examplesHelp: 'Trumpos ištraukos; asmens kodai, telefonai ir el. pašto adresai paslėpti (•••).',
  noExamples: 'Pavyzdžių nėra.',
  unreadableTitle: 'Neperskaityti laiškai',
  file: 'Failas',
  position: 'Laiško nr. faile',
  reason: 'Priežastis',
  unknown: 'nežinomas',
  none: '—',
  inputs: 'Šaltiniai',
};

const lv: ReportStrings = {
  title: 'E-pasta vēstuļu atbilstības standartam pārskats',
  subtitle: (p, g) => `Profils “${p}” · sagatavots ${g}`,
  overall: 'Atbilst standartam',
  overallHelp: 'Vēstuļu bez kļūdām daļa (brīdinājumi netiek skaitīti).',
  messagesRead: 'Nolasītas vēstules',
  linted: 'Pārbaudītas',
  compliant: 'Bez kļūdām',
  skipped: 'Izlaistas',
  unreadable: 'Nenolasāmas',
  skipReasons: {
    'auto-reply': 'automātiskās atbildes',
    received: 'saņemtās vēstules (ne no darbiniekiem)',
    'no-recipients': 'bez adresātiem',
    'internal-only': 'tikai iekšējie adresāti',
  },
  unreadableReasons: {
    'too-large': 'pārāk liela (> 10 MB)',
    'no-headers': 'nav galvenes',
    unparsable: 'bojāta MIME struktūra',
    'no-sender': 'nav sūtītāja',
    'lint-failed': 'pārbaudes kļūda',
    'worker-crashed': 'pārbaudes kļūda',
  },
  rulesTitle: 'Pārkāpumi pa noteikumiem',
  rulesHelp: 'Kāda daļa pārbaudīto vēstuļu pārkāpj noteikumu.',
  rule: 'Noteikums',
  section: 'Standarta punkts',
  severity: 'Nozīmīgums',
  error: 'kļūda',
  warning: 'brīdinājums',
  messages: 'Vēstules',
  breachRate: 'Pārkāpumu daļa',
  trendTitle: 'Atbilstība pa mēnešiem',
  trendHelp: 'Vēstuļu bez kļūdām daļa katru mēnesi.',
  month: 'Mēnesis',
  compliance: 'Atbilstība',
  sendersTitle: 'Pa darbiniekiem',
  unitsTitle: 'Pa struktūrvienībām',
  sender: 'Darbinieks',
  unit: 'Struktūrvienība',
  topRule: 'Biežākais pārkāpums',
  examplesTitle: 'Piemēri',
  examplesHelp: 'Īsi fragmenti; personas kodi, tālruņi un e-pasta adreses slēpti (•••).',
  noExamples: 'Piemēru nav.',
  unreadableTitle: 'Nenolasāmās vēstules',
  file: 'Fails',
  position: 'Vēstules nr. failā',
  reason: 'Iemesls',
  unknown: 'nezināma',
  none: '—',
  inputs: 'Avoti',
};

const en: ReportStrings = {
  title: 'E-mail compliance report',
  subtitle: (p, g) => `Profile “${p}” · generated ${g}`,
  overall: 'Compliant with the standard',
  overallHelp: 'Share of messages with no error (warnings do not count).',
  messagesRead: 'Messages read',
  linted: 'Checked',
  compliant: 'No errors',
  skipped: 'Skipped',
  unreadable: 'Unreadable',
  skipReasons: {
    'auto-reply': 'automatic replies',
    received: 'received mail (not from staff)',
    'no-recipients': 'no recipients',
    'internal-only': 'internal recipients only',
  },
  unreadableReasons: {
    'too-large': 'too large (> 10 MB)',
    'no-headers': 'no headers',
    unparsable: 'broken MIME structure',
    'no-sender': 'no sender',
    'lint-failed': 'check failed',
    'worker-crashed': 'check failed',
  },
  rulesTitle: 'Breaches per rule',
  rulesHelp: 'Share of checked messages that break the rule.',
  rule: 'Rule',
  section: 'Standard section',
  severity: 'Severity',
  error: 'error',
  warning: 'warning',
  messages: 'Messages',
  breachRate: 'Breach rate',
  trendTitle: 'Compliance per month',
  trendHelp: 'Share of messages with no error, month by month.',
  month: 'Month',
  compliance: 'Compliance',
  sendersTitle: 'Per staff member',
  unitsTitle: 'Per unit',
  sender: 'Staff member',
  unit: 'Unit',
  topRule: 'Most frequent breach',
  examplesTitle: 'Examples',
  examplesHelp: 'Short excerpts; personal codes, phone numbers and e-mail addresses are masked (•••).',
  noExamples: 'No examples.',
  unreadableTitle: 'Unreadable messages',
  file: 'File',
  position: 'Message no. in file',
  reason: 'Reason',
  unknown: 'unknown',
  none: '—',
  inputs: 'Inputs',
};

export const reportStrings: Record<ReportLanguage, ReportStrings> = { lt, lv, en };

const locales: Record<ReportLanguage, string> = { lt: 'lt-LT', lv: 'lv-LV', en: 'en-GB' };

/** Percent with one decimal in the report language (`87,5 %` in lt/lv, `87.5%` in en). */
export function formatPercent(rate: number, lang: ReportLanguage): string {
  return new Intl.NumberFormat(locales[lang], { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
}

export function formatCount(n: number, lang: ReportLanguage): string {
  return new Intl.NumberFormat(locales[lang]).format(n);
}
