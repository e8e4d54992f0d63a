// Command-line arguments (SPEC §4), parsed with node:util parseArgs.

import { parseArgs } from 'node:util';
import type { Language } from '../linter/types.js';
import { formatNames, type FormatName } from './formatters/index.js';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliOptions {
  paths: string[];
  profile?: string;
  format: FormatName;
  template: boolean;
  fix: boolean;
  /** -1 = no limit. */
  maxWarnings: number;
  config?: string;
  from?: string;
  to?: string[];
  internalDomains?: string[];
  lang?: Language;
  listRules: boolean;
  help: boolean;
  version: boolean;
}

const commaList = (values: string[] | undefined): string[] | undefined =>
  values?.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        profile: { type: 'string', short: 'p' },
        format: { type: 'string', short: 'f' },
        template: { type: 'boolean' },
        fix: { type: 'boolean' },
        'max-warnings': { type: 'string' },
        config: { type: 'string', short: 'c' },
        from: { type: 'string' },
        to: { type: 'string', multiple: true },
        'internal-domain': { type: 'string', multiple: true },
        lang: { type: 'string' },
        'list-rules': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // parseArgs' messages are long and mention "To specify a positional argument…"; keep the first sentence.
    throw new UsageError((error as Error).message.split(/\.\s/)[0]!.replace(/\.$/, ''));
  }
  const v = parsed.values;
  const format = (v.format ?? 'stylish') as FormatName;
  if (!formatNames.includes(format)) {
    throw new UsageError(`unknown format "${v.format}" (expected ${formatNames.join(', ')})`);
  }
  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(v['max-warnings'])) {
      throw new UsageError(`--max-warnings needs a whole number of 0 or more, got "${v['max-warnings']}"`);
    }
    maxWarnings = Number(v['max-warnings']);
  }
  if (v.lang !== undefined && !['lt', 'lv', 'en'].includes(v.lang)) {
    throw new UsageError(`unknown language "${v.lang}" (expected lt, lv or en)`);
  }
  const options: CliOptions = {
    paths: parsed.positionals,
    format,
    template: v.template ?? false,
    fix: v.fix ?? false,
    maxWarnings,
    listRules: v['list-rules'] ?? false,
    help: v.help ?? false,
    version: v.version ?? false,
  };
  if (v.profile !== undefined) options.profile = v.profile;
  if (v.config !== undefined) options.config = v.config;
  if (v.from !== undefined) options.from = v.from.trim();
  const to = commaList(v.to);
  if (to) options.to = to;
  const domains = commaList(v['internal-domain']);
  if (domains) options.internalDomains = domains.map((d) => d.replace(/^@/, '').toLowerCase());
  if (v.lang !== undefined) options.lang = v.lang as Language;
  return options;
}

export function helpText(profiles: readonly string[]): string {
  return `email-lint — checks e-mail answers against the institution's customer-service standard

Usage:
  email-lint [options] [paths…]
  cat draft.txt | email-lint [options]

Paths are files, folders (searched recursively for .txt, .eml, .html and .htm, leaving out
hidden files and folders, node_modules and symbolic links) or globs (quote them:
'drafts/**/*.txt'). With no path and piped input, the draft is read from stdin as a .txt draft.

Options:
  -p, --profile <name>         Standard to check against: ${profiles.join(' | ')}.
                               Overrides the config file.      e.g. --profile lt-vmb
  -f, --format <name>          Output: stylish (default, for people), json (ESLint-compatible),
                               sarif (SARIF 2.1.0 for code scanning), github (Actions annotations).
                                                                e.g. --format sarif > email-lint.sarif
      --template               Inputs are reply templates: placeholders like <...> are allowed.
                                                                e.g. email-lint --template templates/
      --fix                    Apply safe fixes in place (.txt files only; with stdin the fixed
                               text goes to stdout). Running it twice changes nothing.
                                                                e.g. email-lint --fix drafts/
      --max-warnings <n>       Exit with 1 when there are more than n warnings.
                                                                e.g. --max-warnings 0
  -c, --config <file>          Use this config (.emaillintrc.json, or a package.json with an
                               "emailLint" key) instead of searching upward from each file.
                                                                e.g. --config ci/.emaillintrc.json
      --from <address>         Sender address (overrides the From: header of the input).
                                                                e.g. --from jonas@vmi.lt
      --to <addresses>         Recipients, comma-separated (overrides To:). Makes internal-thread
                               know that the draft goes outside.  e.g. --to client@gmail.com
      --internal-domain <d>    Internal mail domains, comma-separated (overrides the config).
                                                                e.g. --internal-domain vmi.lt,vrm.lt
      --lang <lt|lv|en>        Language of the messages. Default: config "language", else
                               LC_ALL/LC_MESSAGES/LANG when it starts with lt, lv or en, else the
                               profile's language.               e.g. --lang en
      --list-rules             List every rule: id, default severity, standard section
                               (add --format json for JSON).     e.g. email-lint --list-rules
  -h, --help                   Show this help.
  -v, --version                Show the version.

Inputs:
  .txt        optional header lines at the top (Subject:/Tema:/Tēma:, From:/Nuo:/No:, To:/Kam:,
              Cc:/Kopija:) and a blank line, then the body. UTF-8 (with or without BOM), LF or
              CRLF. Positions point into the file.
  .eml        MIME message (multipart, quoted-printable, base64; utf-8, windows-1257,
              iso-8859-13, iso-8859-4). Positions are relative to the decoded body text.
  .html/.htm  Outlook HTML body. Positions are relative to the extracted text.
  Refused with a reason: empty, binary, not UTF-8 (.txt), truncated MIME, files over 1 MB
  (.txt, stdin), 5 MB (.html) or 25 MB (.eml), and text over 1,000,000 characters.

Configuration:
  .emaillintrc.json or "emailLint" in package.json, nearest first, e.g.
    { "profile": "lt-utena", "internalDomains": ["utena.lt"],
      "rules": { "line-length": "off", "polite-you": "error" } }

Exit codes:
  0  no errors (and warnings within --max-warnings)
  1  lint errors, or more warnings than --max-warnings
  2  usage or input error (unreadable file, unknown profile, bad config); other files are
     still linted

Examples:
  email-lint drafts/
  email-lint --profile lv-valsts --lang lv atbilde.eml
  email-lint --template --format github 'templates/**/*.txt'
  email-lint --from jonas@vmi.lt --to client@gmail.com --internal-domain vmi.lt reply.txt
`;
}
