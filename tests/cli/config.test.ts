import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigFileError, ConfigLoader, validateConfig } from '../../cli/config.js';
import { chooseLanguage, languageOfLocale } from '../../cli/lang.js';

const vocabulary = { ruleIds: ['greeting', 'line-length'], profileNames: ['lt', 'lv-valsts'] };

describe('validateConfig', () => {
  test('accepts a full configuration', () => {
    const config = {
      profile: 'lv-valsts',
      rules: { greeting: 'warning', 'line-length': ['error', { max: 80 }] },
      internalDomains: ['vid.gov.lv'],
      signatureFields: ['name', 'phone'],
      allowedWords: ['VMI'],
      allowedNames: ['Müller'],
      language: 'lv',
    };
    expect(validateConfig(config, vocabulary)).toEqual(config);
  });

  test.each([
    [{ profil: 'lt' }, 'unknown key "profil"'],
    [{ profile: 'lt-kaunas' }, '"profile": unknown profile "lt-kaunas"'],
    [{ rules: { greting: 'error' } }, '"rules.greting": unknown rule "greting"'],
    [{ rules: { greeting: 'err' } }, '"rules.greeting": bad severity "err"'],
    [{ rules: { greeting: 2 } }, '"rules.greeting": bad severity 2'],
    [{ rules: { greeting: ['error', 5] } }, '"rules.greeting": expected [severity, {options}]'],
    [{ internalDomains: 'vmi.lt' }, '"internalDomains" must be an array of strings'],
    [{ signatureFields: ['name', 'fax'] }, '"signatureFields[1]": unknown value "fax"'],
    [{ language: 'de' }, '"language": unknown language "de"'],
    [[1, 2], 'must be a JSON object'],
  ])('%j → %s', (raw, message) => {
    expect(() => validateConfig(raw, vocabulary)).toThrow(message);
  });
});

describe('ConfigLoader', () => {
  const root = mkdtempSync(join(tmpdir(), 'email-lint-config-'));
  mkdirSync(join(root, 'a/b/c'), { recursive: true });
  mkdirSync(join(root, 'pkg/sub'), { recursive: true });
  mkdirSync(join(root, 'bad'), { recursive: true });
  writeFileSync(join(root, 'a/.emaillintrc.json'), JSON.stringify({ profile: 'lt' }));
  writeFileSync(join(root, 'a/b/.emaillintrc.json'), JSON.stringify({ profile: 'lv-valsts' }));
  writeFileSync(join(root, 'pkg/package.json'), JSON.stringify({ name: 'x', emailLint: { internalDomains: ['vmi.lt'] } }));
  writeFileSync(join(root, 'bad/.emaillintrc.json'), '{ "profile": "lt", }');
  const loader = new ConfigLoader(vocabulary);

  test('nearest file wins, searching upward', () => {
    expect(loader.forFolder(join(root, 'a/b/c'))).toEqual({ file: join(root, 'a/b/.emaillintrc.json'), config: { profile: 'lv-valsts' } });
    expect(loader.forFolder(join(root, 'a'))).toEqual({ file: join(root, 'a/.emaillintrc.json'), config: { profile: 'lt' } });
  });

  test('package.json emailLint key', () => {
    expect(loader.forFolder(join(root, 'pkg/sub')).config).toEqual({ internalDomains: ['vmi.lt'] });
  });

  test('invalid JSON names the file', () => {
    expect(() => loader.forFolder(join(root, 'bad'))).toThrow(ConfigFileError);
    try {
      loader.forFolder(join(root, 'bad'));
    } catch (error) {
      expect((error as ConfigFileError).file).toBe(join(root, 'bad/.emaillintrc.json'));
      expect((error as Error).message).toMatch(/^invalid JSON/);
    }
  });

  test('explicit file: missing, package.json without the key', () => {
    expect(() => loader.loadFile(join(root, 'nope.json'))).toThrow('no such file');
    writeFileSync(join(root, 'package.json'), '{"name":"y"}');
    expect(() => loader.loadFile(join(root, 'package.json'))).toThrow('no "emailLint" key');
  });

  test('errors inside package.json name the emailLint key', () => {
    writeFileSync(join(root, 'bad/package.json'), JSON.stringify({ emailLint: { profile: 'zz' } }));
    expect(() => loader.loadFile(join(root, 'bad/package.json'))).toThrow('"emailLint.profile": unknown profile "zz"');
  });
});

describe('language choice', () => {
  test('locale precedence LC_ALL > LC_MESSAGES > LANG', () => {
    expect(languageOfLocale({ LC_ALL: 'lv_LV.UTF-8', LANG: 'en_US.UTF-8' })).toBe('lv');
    expect(languageOfLocale({ LC_MESSAGES: 'lt_LT.UTF-8', LANG: 'en_US' })).toBe('lt');
    expect(languageOfLocale({ LANG: 'en' })).toBe('en');
    expect(languageOfLocale({ LANG: 'C.UTF-8' })).toBeUndefined();
    expect(languageOfLocale({ LC_ALL: 'C', LANG: 'lt_LT' })).toBeUndefined();
    expect(languageOfLocale({ LANG: 'ltx' })).toBeUndefined();
  });

  test('--lang > config > locale > profile', () => {
    expect(chooseLanguage('en', 'lv', { LANG: 'lt_LT' }, () => 'lt')).toBe('en');
    expect(chooseLanguage(undefined, 'lv', { LANG: 'en_US' }, () => 'lt')).toBe('lv');
    expect(chooseLanguage(undefined, undefined, { LANG: 'en_US' }, () => 'lt')).toBe('en');
    expect(chooseLanguage(undefined, undefined, {}, () => 'lv')).toBe('lv');
  });
});
