// Reads the simulator's URL options: ?lang=lt|lv|en, ?theme=dark, ?bodyType=text, ?compose=reply, ?delay=ms.

import type { FakeComposeType, FakeOfficeOptions } from './fake-office.js';

const LOCALES: Record<string, string> = { lt: 'lt-LT', lv: 'lv-LV', en: 'en-US' };

export interface SimulatorOptions extends FakeOfficeOptions {
  bodyFormat: 'html' | 'text';
  composeType: FakeComposeType;
}

export function simulatorOptions(search: string): SimulatorOptions {
  const params = new URLSearchParams(search);
  const lang = (params.get('lang') ?? 'lt').toLowerCase();
  const compose = params.get('compose');
  const delay = Number(params.get('delay'));
  return {
    displayLanguage: LOCALES[lang] ?? LOCALES.lt,
    theme: params.get('theme') === 'dark' ? 'dark' : 'light',
    bodyFormat: params.get('bodyType') === 'text' ? 'text' : 'html',
    composeType: compose === 'reply' || compose === 'forward' ? compose : 'newMail',
    delayMs: Number.isFinite(delay) && delay >= 0 && delay <= 5000 ? delay : 5,
  };
}
