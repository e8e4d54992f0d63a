import { describe, expect, it } from 'vitest';
import { defaultSettings, lintOptionsOf, loadSettings, parseDomains, saveSettings, SETTINGS_KEY } from '../../addin/shared/settings.js';
import { createFakeOffice, memoryBackend } from '../../addin/simulator/fake-office.js';
import type { RoamingSettingsLike } from '../../addin/shared/mailbox.js';

function roaming(): { settings: RoamingSettingsLike; store: Map<string, string> } {
  const store = new Map<string, string>();
  const office = createFakeOffice(memoryBackend(), { storage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) }, delayMs: 0 });
  return { settings: office.context.roamingSettings as RoamingSettingsLike, store };
}

describe('settings in roaming settings', () => {
  it('defaults by display language', () => {
    expect(loadSettings(undefined, 'lv-LV').profile).toBe('lv-valsts');
    expect(loadSettings(undefined, 'lt-LT').profile).toBe('lt');
    expect(loadSettings(undefined, 'en-US')).toEqual(defaultSettings('en-US'));
  });

  it('saves with set + saveAsync and loads back', async () => {
    const { settings, store } = roaming();
    const value = {
      profile: 'lt-utena' as const,
      signature: { name: 'Ona Onaitė', position: 'Specialistė', unit: 'Skyrius', institution: 'UIC', phone: '+370 600 00000', email: 'ona@uic.lt' },
      internalDomains: ['uic.lt'],
    };
    await saveSettings(settings, value);
    expect(store.size).toBe(1);
    expect(loadSettings(settings)).toEqual(value);
  });

  it('ignores malformed stored values instead of trusting them', () => {
    const { settings } = roaming();
    settings.set(SETTINGS_KEY, { profile: 'evil', signature: { name: 42, phone: '+370\u0000 1' }, internalDomains: ['ok.lt', 7, 'not a domain', '@x.lv'] });
    const loaded = loadSettings(settings, 'lt-LT');
    expect(loaded.profile).toBe('lt');
    expect(loaded.signature.name).toBe('');
    expect(loaded.signature.phone).toBe('+370  1');
    expect(loaded.internalDomains).toEqual(['ok.lt', 'x.lv']);
  });

  it('parses domain lists and builds lint options', () => {
    expect(parseDomains('@Probacija.lt, vmb.lt\nvmb.lt; bad_domain')).toEqual(['probacija.lt', 'vmb.lt']);
    expect(lintOptionsOf({ ...defaultSettings(), internalDomains: ['vmb.lt'] }, 'en')).toEqual({ profile: 'lt', language: 'en', internalDomains: ['vmb.lt'] });
    expect(lintOptionsOf(defaultSettings(), 'lt')).toEqual({ profile: 'lt', language: 'lt' });
  });
});
