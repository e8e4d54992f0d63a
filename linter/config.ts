// Validating a configuration and resolving it over its profile (SPEC §3). Configuration fails
// loudly: a bad key or value is an error naming the key (ENGINEERING.md).
import { isProfileName, profiles, type Profile } from './profiles.js';
import type { Config, Language, LintOptions, RuleSetting, SeverityName, SignatureField } from './types.js';

export class ConfigError extends Error {
  constructor(
    message: string,
    /** The offending key, e.g. `rules.all-cap`. */
    readonly key: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

const CONFIG_KEYS = new Set(['profile', 'rules', 'internalDomains', 'signatureFields', 'allowedWords', 'allowedNames', 'language', '$schema']);
const OPTION_KEYS = new Set([...CONFIG_KEYS, 'template', 'noDiacriticsRequested']);
const SEVERITIES = new Set<SeverityName>(['off', 'warning', 'error']);
const FIELDS = new Set<SignatureField>(['name', 'position', 'unit', 'institution', 'phone', 'email']);
const LANGUAGES = new Set<Language>(['lt', 'lv', 'en']);

/** Throws `ConfigError` on the first problem; `ruleIds` are the known rules. */
export function validateConfig(config: unknown, ruleIds: ReadonlySet<string>, allowOptions = false): asserts config is LintOptions {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new ConfigError('configuration must be an object', '');
  const allowed = allowOptions ? OPTION_KEYS : CONFIG_KEYS;
  for (const [key, value] of Object.entries(config)) {
    if (!allowed.has(key)) throw new ConfigError(`unknown key "${key}"`, key);
    if (value === undefined) continue;
    switch (key) {
      case 'profile':
        if (typeof value !== 'string' || !isProfileName(value))
          throw new ConfigError(`unknown profile "${String(value)}" (expected one of ${Object.keys(profiles).join(', ')})`, key);
        break;
      case 'language':
        if (!LANGUAGES.has(value as Language)) throw new ConfigError(`unknown language "${String(value)}" (expected lt, lv or en)`, key);
        break;
      case 'rules':
        validateRules(value, ruleIds);
        break;
      case 'signatureFields':
        if (!Array.isArray(value) || value.some((field) => !FIELDS.has(field as SignatureField)))
          throw new ConfigError(`"signatureFields" must list fields among ${[...FIELDS].join(', ')}`, key);
        break;
      case 'internalDomains':
      case 'allowedWords':
      case 'allowedNames':
        if (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))
          throw new ConfigError(`"${key}" must be a list of strings`, key);
        break;
      case 'template':
      case 'noDiacriticsRequested':
        if (typeof value !== 'boolean') throw new ConfigError(`"${key}" must be true or false`, key);
        break;
    }
  }
}

function validateRules(rules: unknown, ruleIds: ReadonlySet<string>): void {
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) throw new ConfigError('"rules" must be an object', 'rules');
  for (const [id, setting] of Object.entries(rules)) {
    const key = `rules.${id}`;
    if (!ruleIds.has(id)) throw new ConfigError(`unknown rule "${id}"`, key);
    const severity = Array.isArray(setting) ? setting[0] : setting;
    if (!SEVERITIES.has(severity as SeverityName))
      throw new ConfigError(`rule "${id}": severity must be "off", "warning" or "error", or [severity, options]`, key);
    if (Array.isArray(setting) && setting.length > 1 && (typeof setting[1] !== 'object' || setting[1] === null || Array.isArray(setting[1])))
      throw new ConfigError(`rule "${id}": options must be an object`, key);
  }
}

/** The severity and options of every rule: rule default < profile < config. */
export function resolveRuleSettings(
  defaults: ReadonlyArray<{ id: string; severity: SeverityName }>,
  profile: Profile,
  config: Config,
): Map<string, [SeverityName, Record<string, unknown> | undefined]> {
  const resolved = new Map<string, [SeverityName, Record<string, unknown> | undefined]>();
  const apply = (id: string, setting: RuleSetting): void => {
    const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
    resolved.set(id, [severity, options ?? resolved.get(id)?.[1]]);
  };
  for (const rule of defaults) resolved.set(rule.id, [rule.severity, undefined]);
  for (const [id, setting] of Object.entries(profile.rules)) apply(id, setting);
  for (const [id, setting] of Object.entries(config.rules ?? {})) apply(id, setting);
  return resolved;
}
