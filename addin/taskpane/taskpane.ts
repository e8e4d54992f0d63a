/// <reference types="office-js" />
// The task pane: lints the draft on open and while the user types, shows the warnings with
// their explanation and section, offers the fixes Office.js can apply safely, and keeps the
// user's settings in roaming settings.

import { languageOfProfile, lint, ruleInfos } from '../../linter/index.js';
import type { DraftInput, EmailLintMessage, Language, RuleInfo } from '../../linter/types.js';
import { applyFix, planFix, type FixAction, type FixOutcome } from '../shared/fixes.js';
import { pickLanguage, STRINGS, type Strings } from '../shared/i18n.js';
import { ComposeAdapter, composeTypeFromSubject, MailboxNotAvailable, type OfficeLike } from '../shared/mailbox.js';
import {
  lintOptionsOf,
  loadSettings,
  parseDomains,
  PROFILES,
  saveSettings,
  SIGNATURE_KEYS,
  type AddinSettings,
} from '../shared/settings.js';
import { LiveLinter } from './live-lint.js';
import { applyTheme } from './theme.js';
import { renderResults } from './view.js';

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} missing from taskpane.html`);
  return node as T;
}

/**
 * User Timing of the pane's own work (read, lint, render), kept to the latest entry per name so
 * the buffer does not grow while the pane polls; bench/pane.ts reads them. Local only.
 */
export const TIMING = { read: 'email-lint:read', lint: 'email-lint:lint', render: 'email-lint:render' } as const;

function measureSince(name: string, start: number): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  performance.clearMeasures(name);
  performance.measure(name, { start, end: performance.now() });
}

function profileLanguage(settings: AddinSettings): 'lt' | 'lv' {
  return languageOfProfile(settings.profile) === 'lv' ? 'lv' : 'lt';
}

function fixReason(outcome: FixOutcome, action: FixAction, strings: Strings): string {
  if (outcome.ok) return strings.fixDone;
  switch (outcome.reason) {
    case 'changed':
      return strings.fixFailed(strings.fixChanged);
    case 'ambiguous':
      return strings.fixFailed(strings.fixAmbiguous(action.kind === 'replace' ? action.word : ''));
    case 'unsupported':
      return strings.fixFailed(strings.fixUnsupported);
    default:
      return strings.fixFailed(outcome.detail ?? '');
  }
}

export function startPane(office: OfficeLike): LiveLinter {
  const language: Language = pickLanguage(office.context.displayLanguage);
  const strings = STRINGS[language];
  const rules = new Map<string, RuleInfo>(ruleInfos.map((info) => [info.id, info]));
  const adapter = new ComposeAdapter(office);
  let settings = loadSettings(office.context.roamingSettings, office.context.displayLanguage);
  // One options object per settings: the core validates options and builds its processor once
  // per options object (by identity), so a fresh object per poll redid both on every check.
  let lintOptions = lintOptionsOf(settings, language);

  document.documentElement.lang = language;
  applyTheme(document.documentElement, office.context.officeTheme);
  byId('title').textContent = strings.appName;
  const tabCheck = byId<HTMLButtonElement>('tab-check');
  const tabSettings = byId<HTMLButtonElement>('tab-settings');
  tabCheck.textContent = strings.tabCheck;
  tabSettings.textContent = strings.tabSettings;
  const summary = byId('summary');
  const status = byId('status');
  const results = byId('results');
  const announcer = byId('announcer');
  const viewCheck = byId('view-check');
  const viewSettings = byId('view-settings');

  let lastSummary = '';
  const announce = (text: string): void => {
    // Re-set even when equal so screen readers repeat fix results.
    announcer.textContent = '';
    announcer.textContent = text;
  };

  const check = (draft: DraftInput): void => {
    const lintStart = performance.now();
    const messages: EmailLintMessage[] = lint(draft, lintOptions);
    measureSince(TIMING.lint, lintStart);
    const renderStart = performance.now();
    status.textContent = '';
    const errors = messages.filter((m) => m.severity === 2).length;
    const warnings = messages.length - errors;
    const text = errors + warnings === 0 ? strings.allGoodTitle : strings.summary(errors, warnings);
    // Touch the summary only when it changes: every write is a DOM mutation and a style pass.
    if (summary.textContent !== text) summary.textContent = text;
    if (summary.dataset.errors !== String(errors)) summary.dataset.errors = String(errors);
    if (summary.dataset.warnings !== String(warnings)) summary.dataset.warnings = String(warnings);
    const hadFocus = results.contains(document.activeElement);
    const hasSignatureDetails = settings.signature.name.trim().length > 0;
    // Unchanged items are reused and an unchanged list leaves the DOM alone (view.ts).
    const changed = renderResults(results, messages, {
      strings,
      language,
      rules,
      profileLabel: strings.profileNames[settings.profile] ?? settings.profile,
      bodyText: draft.body,
      subjectText: draft.subject ?? '',
      planFor: (message) =>
        planFix(message, {
          profileLanguage: profileLanguage(settings),
          hasSignatureDetails,
          messages,
          bodyText: draft.body,
          subjectText: draft.subject ?? '',
        }),
      onFix: (action, _message, button) => void runFix(action, button),
      onOpenSettings: () => showView('settings'),
    });
    if (changed && hadFocus) results.focus();
    if (text !== lastSummary) {
      lastSummary = text;
      announce(text);
    }
    measureSince(TIMING.render, renderStart);
  };

  const live = new LiveLinter({
    readText: async () => {
      const start = performance.now();
      const subject = await adapter.readSubject();
      const body = await adapter.readBody('text');
      measureSince(TIMING.read, start);
      return { subject, body };
    },
    readRecipients: async () => ({ to: await adapter.readRecipients('to'), cc: await adapter.readRecipients('cc') }),
    readContext: async () => {
      const composeType = await adapter.readComposeType();
      return { from: adapter.userAddress(), ...(composeType ? { composeType } : {}) };
    },
    check: (draft) => {
      // Older clients: no compose type from Office, fall back to the subject's prefix.
      check(draft.composeType ? draft : { ...draft, ...composeFallback(draft) });
    },
    isVisible: () => document.visibilityState === 'visible',
    onError: (error) => {
      status.textContent = error instanceof MailboxNotAvailable ? strings.noItem : strings.readFailed;
      console.error('email-lint: reading the draft failed', error);
    },
  });

  const runFix = async (action: FixAction, button: HTMLButtonElement): Promise<void> => {
    button.disabled = true;
    const outcome = await applyFix(action, {
      adapter,
      parser: new DOMParser(),
      signature: settings.signature,
      profileLanguage: profileLanguage(settings),
    });
    const text = fixReason(outcome, action, strings);
    status.textContent = text;
    announce(text);
    if (!outcome.ok) button.disabled = false;
    live.refreshSoon();
  };

  const showView = (view: 'check' | 'settings'): void => {
    const isCheck = view === 'check';
    viewCheck.hidden = !isCheck;
    viewSettings.hidden = isCheck;
    tabCheck.setAttribute('aria-pressed', String(isCheck));
    tabSettings.setAttribute('aria-pressed', String(!isCheck));
    if (!isCheck) fillSettingsForm();
  };
  tabCheck.addEventListener('click', () => showView('check'));
  tabSettings.addEventListener('click', () => showView('settings'));

  // Settings form: labels localised here, values from roaming settings.
  const form = byId<HTMLFormElement>('settings-form');
  byId('settings-title').textContent = strings.settingsTitle;
  byId('label-profile').textContent = strings.profile;
  const profileSelect = byId<HTMLSelectElement>('profile');
  profileSelect.replaceChildren(
    ...PROFILES.map((name) => {
      const option = document.createElement('option');
      option.value = name;
      option.textContent = strings.profileNames[name] ?? name;
      return option;
    }),
  );
  byId('legend-signature').textContent = strings.signatureDetails;
  for (const key of SIGNATURE_KEYS) byId(`label-sig-${key}`).textContent = strings.signatureFields[key];
  byId('label-domains').textContent = strings.internalDomains;
  byId('help-domains').textContent = strings.internalDomainsHelp;
  byId('save').textContent = strings.save;
  const formStatus = byId('settings-status');

  const fillSettingsForm = (): void => {
    profileSelect.value = settings.profile;
    for (const key of SIGNATURE_KEYS) byId<HTMLInputElement>(`sig-${key}`).value = settings.signature[key];
    byId<HTMLTextAreaElement>('domains').value = settings.internalDomains.join(', ');
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next: AddinSettings = {
      profile: (PROFILES as readonly string[]).includes(profileSelect.value) ? (profileSelect.value as AddinSettings['profile']) : settings.profile,
      signature: { ...settings.signature },
      internalDomains: parseDomains(byId<HTMLTextAreaElement>('domains').value),
    };
    for (const key of SIGNATURE_KEYS) next.signature[key] = byId<HTMLInputElement>(`sig-${key}`).value.trim().slice(0, 200);
    saveSettings(office.context.roamingSettings, next).then(
      () => {
        settings = next;
        lintOptions = lintOptionsOf(next, language);
        formStatus.textContent = strings.saved;
        live.invalidate();
      },
      (error: unknown) => {
        formStatus.textContent = strings.saveFailed(error instanceof Error ? error.message : String(error));
      },
    );
  });

  status.textContent = strings.checking;
  document.addEventListener('visibilitychange', () => live.visibilityChanged());
  void adapter.onRecipientsChanged(() => live.recipientsChanged());
  void live.start();
  return live;
}

function composeFallback(draft: DraftInput): Partial<DraftInput> {
  const composeType = composeTypeFromSubject(draft.subject);
  return composeType ? { composeType } : {};
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady(() => {
    startPane(Office as unknown as OfficeLike);
  });
} else {
  document.addEventListener('DOMContentLoaded', () => {
    const status = document.getElementById('status');
    if (status) status.textContent = 'Office.js is not loaded: open this page from Outlook.';
  });
}
