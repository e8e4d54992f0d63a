// Configuration files (SPEC §3): `.emaillintrc.json` or the `emailLint` key of `package.json`,
// nearest first, searched upward from each input's folder; `--config <file>` replaces the search.
// Configuration fails loudly: every problem names the file and the key.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Config, Language, SignatureField } from '../linter/types.js';

export class ConfigFileError extends Error {
  override name = 'ConfigFileError';
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(reason);
  }
}

export interface ConfigVocabulary {
  ruleIds: readonly string[];
  profileNames: readonly string[];
}

const configKeys = ['profile', 'rules', 'internalDomains', 'signatureFields', 'allowedWords', 'allowedNames', 'language'];
const severities = ['off', 'warning', 'error'];
const signatureFields: SignatureField[] = ['name', 'position', 'unit', 'institution', 'phone', 'email'];
const languages: Language[] = ['lt', 'lv', 'en'];

function describe(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, key: string, allowed?: readonly string[]): string[] {
  if (!Array.isArray(value)) throw new Error(`"${key}" must be an array of strings, got ${describe(value)}`);
  value.forEach((item, i) => {
    if (typeof item !== 'string') throw new Error(`"${key}[${i}]" must be a string, got ${describe(item)}`);
    if (allowed && !allowed.includes(item)) {
      throw new Error(`"${key}[${i}]": unknown value ${describe(item)} (expected one of ${allowed.join(', ')})`);
    }
  });
  return value as string[];
}

/** Checks a parsed configuration; throws an Error whose message names the offending key. */
export function validateConfig(raw: unknown, vocabulary: ConfigVocabulary): Config {
  if (!isPlainObject(raw)) throw new Error(`the configuration must be a JSON object, got ${describe(raw)}`);
  for (const key of Object.keys(raw)) {
    if (key === '$schema') continue; // editors' schema hint, not configuration
    if (!configKeys.includes(key)) throw new Error(`unknown key "${key}" (known keys: ${configKeys.join(', ')})`);
  }
  const config: Config = {};
  if (raw.profile !== undefined) {
    if (typeof raw.profile !== 'string' || !vocabulary.profileNames.includes(raw.profile)) {
      throw new Error(`"profile": unknown profile ${describe(raw.profile)} (expected one of ${vocabulary.profileNames.join(', ')})`);
    }
    config.profile = raw.profile as Config['profile'];
  }
  if (raw.rules !== undefined) {
    if (!isPlainObject(raw.rules)) throw new Error(`"rules" must be an object of rule id → severity, got ${describe(raw.rules)}`);
    for (const [id, setting] of Object.entries(raw.rules)) {
      if (!vocabulary.ruleIds.includes(id)) throw new Error(`"rules.${id}": unknown rule "${id}" (see email-lint --list-rules)`);
      const severity = Array.isArray(setting) ? setting[0] : setting;
      if (typeof severity !== 'string' || !severities.includes(severity)) {
        throw new Error(`"rules.${id}": bad severity ${describe(severity)} (expected "off", "warning" or "error")`);
      }
      if (Array.isArray(setting) && (setting.length > 2 || (setting.length === 2 && !isPlainObject(setting[1])))) {
        throw new Error(`"rules.${id}": expected [severity, {options}], got ${describe(setting)}`);
      }
    }
    config.rules = raw.rules as Config['rules'];
  }
  if (raw.internalDomains !== undefined) config.internalDomains = stringList(raw.internalDomains, 'internalDomains');
  if (raw.allowedWords !== undefined) config.allowedWords = stringList(raw.allowedWords, 'allowedWords');
  if (raw.allowedNames !== undefined) config.allowedNames = stringList(raw.allowedNames, 'allowedNames');
  if (raw.signatureFields !== undefined) {
    config.signatureFields = stringList(raw.signatureFields, 'signatureFields', signatureFields) as SignatureField[];
  }
  if (raw.language !== undefined) {
    if (typeof raw.language !== 'string' || !languages.includes(raw.language as Language)) {
      throw new Error(`"language": unknown language ${describe(raw.language)} (expected lt, lv or en)`);
    }
    config.language = raw.language as Language;
  }
  return config;
}

export interface FoundConfig {
  /** Absolute path of the file the configuration came from; undefined = defaults. */
  file?: string;
  config: Config;
}

type CacheEntry = FoundConfig | { file: string; error: ConfigFileError };

/**
 * The defaults, when no folder up to the root has a configuration: one object for every draft,
 * so they all share one set of lint options (the core builds its rule pipeline once per options
 * object; a new object per draft cost about a tenth of each lint).
 */
const NO_CONFIG: FoundConfig = Object.freeze({ config: Object.freeze({}) });

function readJson(file: string): unknown {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigFileError(file, `invalid JSON: ${(error as Error).message}`);
  }
}

/** Finds and validates configuration files; results are cached per folder. */
export class ConfigLoader {
  private readonly byFolder = new Map<string, CacheEntry | null>();
  private readonly byFile = new Map<string, CacheEntry>();

  constructor(
    private readonly vocabulary: ConfigVocabulary,
    /** Extra validation by the core (e.g. its resolveConfig throwing ConfigError); optional. */
    private readonly coreCheck?: (config: Config) => void,
  ) {}

  /** Loads one explicit file (`--config`); throws ConfigFileError. */
  loadFile(path: string): FoundConfig {
    const file = resolve(path);
    const cached = this.byFile.get(file);
    if (cached) {
      if ('error' in cached) throw cached.error;
      return cached;
    }
    let entry: CacheEntry;
    try {
      let raw: unknown;
      try {
        raw = readJson(file);
      } catch (error) {
        if (error instanceof ConfigFileError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        throw new ConfigFileError(file, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? (error as Error).message})`);
      }
      if (file.endsWith('package.json')) {
        raw = isPlainObject(raw) ? raw.emailLint : undefined;
        if (raw === undefined) throw new ConfigFileError(file, 'no "emailLint" key in package.json');
      }
      entry = { file, config: this.check(file, raw) };
    } catch (error) {
      if (!(error instanceof ConfigFileError)) throw error;
      entry = { file, error };
    }
    this.byFile.set(file, entry);
    if ('error' in entry) throw entry.error;
    return entry;
  }

  private check(file: string, raw: unknown): Config {
    const prefix = file.endsWith('package.json') ? 'emailLint.' : '';
    try {
      const config = validateConfig(raw, this.vocabulary);
      this.coreCheck?.(config);
      return config;
    } catch (error) {
      const message = (error as Error).message;
      throw new ConfigFileError(file, prefix && message.startsWith('"') ? `"${prefix}${message.slice(1)}` : message);
    }
  }

  /** The nearest configuration for a file in `folder`; throws ConfigFileError for a bad one. */
  forFolder(folder: string): FoundConfig {
    const start = resolve(folder);
    const visited: string[] = [];
    let found: CacheEntry | null | undefined;
    for (let dir = start; ; dir = dirname(dir)) {
      if (this.byFolder.has(dir)) {
        found = this.byFolder.get(dir)!;
        break;
      }
      visited.push(dir);
      found = this.inFolder(dir);
      if (found) break;
      if (dirname(dir) === dir) break;
    }
    for (const dir of visited) this.byFolder.set(dir, found ?? null);
    if (!found) return NO_CONFIG;
    if ('error' in found) throw found.error;
    return found;
  }

  private inFolder(dir: string): CacheEntry | undefined {
    const rc = join(dir, '.emaillintrc.json');
    try {
      return this.loadFile(rc);
    } catch (error) {
      if (error instanceof ConfigFileError) {
        if (error.message !== 'no such file') return { file: rc, error };
      } else throw error;
    }
    const pkg = join(dir, 'package.json');
    let raw: unknown;
    try {
      raw = readJson(pkg);
    } catch (error) {
      if (error instanceof ConfigFileError) return { file: pkg, error };
      return undefined; // no package.json here
    }
    if (!isPlainObject(raw) || raw.emailLint === undefined) return undefined;
    try {
      return { file: pkg, config: this.check(pkg, raw.emailLint) };
    } catch (error) {
      return { file: pkg, error: error as ConfigFileError };
    }
  }
}
