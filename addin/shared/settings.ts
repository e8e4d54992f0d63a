// The user's settings, kept in Office roaming settings so they follow the user between
// computers: profile (one per standard), signature details and internal domains.

import type { Language, LintOptions, ProfileName } from '../../linter/types.js';
import { officeCall } from './office-calls.js';
import type { RoamingSettingsLike } from './mailbox.js';

export const SETTINGS_KEY = 'emailLintSettings';

/** One profile per standard (SPEC §3); typed against the core so a renamed profile fails to compile. */
export const PROFILES: readonly ProfileName[] = ['lt', 'lt-probacija', 'lt-utena', 'lt-vmb', 'lt-daigelis', 'lv-valsts'];

export interface SignatureDetails {
  name: string;
  position: string;
  unit: string;
  institution: string;
  phone: string;
  email: string;
}

export const SIGNATURE_KEYS: readonly (keyof SignatureDetails)[] = ['name', 'position', 'unit', 'institution', 'phone', 'email'];

export interface AddinSettings {
  profile: ProfileName;
  signature: SignatureDetails;
  internalDomains: string[];
}

/** Roaming settings hold at most 32 KB; no field of ours needs more than this. */
const MAX_FIELD = 200;

function cleanText(value: unknown): string {
  return typeof value === 'string' ? value.replace(/[\u0000-\u001f\u007f]/gu, ' ').trim().slice(0, MAX_FIELD) : '';
}

/** Domain names from free text: commas, spaces or new lines between; `@` and case dropped. */
export function parseDomains(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[\s,;]+/u)) {
    const domain = part.trim().replace(/^@+/u, '').replace(/\.$/u, '').toLowerCase();
    if (/^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/u.test(domain)) {
      seen.add(domain);
    }
  }
  return [...seen].slice(0, 50);
}

export function defaultProfile(displayLanguage: string | undefined): ProfileName {
  return (displayLanguage ?? '').toLowerCase().startsWith('lv') ? 'lv-valsts' : 'lt';
}

export function defaultSettings(displayLanguage?: string): AddinSettings {
  return {
    profile: defaultProfile(displayLanguage),
    signature: { name: '', position: '', unit: '', institution: '', phone: '', email: '' },
    internalDomains: [],
  };
}

/** Reads and validates stored settings; anything malformed falls back to the default. */
export function loadSettings(roaming: RoamingSettingsLike | undefined, displayLanguage?: string): AddinSettings {
  const settings = defaultSettings(displayLanguage);
  let stored: unknown;
  try {
    stored = roaming?.get(SETTINGS_KEY);
    if (typeof stored === 'string') stored = JSON.parse(stored);
  } catch {
    return settings;
  }
  if (!stored || typeof stored !== 'object') return settings;
  const record = stored as Record<string, unknown>;
  if (typeof record.profile === 'string' && (PROFILES as readonly string[]).includes(record.profile)) {
    settings.profile = record.profile as ProfileName;
  }
  const signature = record.signature;
  if (signature && typeof signature === 'object') {
    for (const key of SIGNATURE_KEYS) settings.signature[key] = cleanText((signature as Record<string, unknown>)[key]);
  }
  if (Array.isArray(record.internalDomains)) {
    settings.internalDomains = parseDomains(record.internalDomains.filter((d) => typeof d === 'string').join(' '));
  }
  return settings;
}

export async function saveSettings(roaming: RoamingSettingsLike | undefined, settings: AddinSettings): Promise<void> {
  if (!roaming) throw new Error('Roaming settings are not available');
  roaming.set(SETTINGS_KEY, {
    profile: settings.profile,
    signature: { ...settings.signature },
    internalDomains: [...settings.internalDomains],
  });
  await officeCall<void>((cb) => roaming.saveAsync(cb));
}

/** What the core gets: the profile, internal domains, and the user's interface language. */
export function lintOptionsOf(settings: AddinSettings, language: Language): LintOptions {
  const options: LintOptions = { profile: settings.profile, language };
  if (settings.internalDomains.length > 0) options.internalDomains = [...settings.internalDomains];
  return options;
}
