// Language of the messages: --lang, else config "language", else the locale, else the profile's.

import type { Language } from '../linter/types.js';

const languages: readonly Language[] = ['lt', 'lv', 'en'];

/** POSIX precedence: the first non-empty of LC_ALL, LC_MESSAGES, LANG decides. */
export function languageOfLocale(env: NodeJS.ProcessEnv): Language | undefined {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  const prefix = locale?.slice(0, 2).toLowerCase();
  return languages.find((l) => l === prefix && (locale!.length === 2 || /^[_.@-]/.test(locale!.slice(2))));
}

export function chooseLanguage(
  cli: Language | undefined,
  config: Language | undefined,
  env: NodeJS.ProcessEnv,
  profileLanguage: () => Language,
): Language {
  return cli ?? config ?? languageOfLocale(env) ?? profileLanguage();
}
