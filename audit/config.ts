// The lint configuration for an audit: `--config <file>`, else the nearest `.emaillintrc.json`
// or `emailLint` key of a package.json (SPEC §3), same as the CLI.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigFileError, ConfigLoader, type FoundConfig } from '../cli/config.js';
import { profileNames, ruleIds, ruleInfos, validateConfig } from '../linter/index.js';

export class AuditUsageError extends Error {}

/**
 * `--config <file>`, else the nearest `.emaillintrc.json` / `emailLint` in package.json from the
 * working directory: the CLI's own loader, so both validate a config the same way.
 */
export function loadAuditConfig(explicit: string | undefined, cwd = process.cwd()): FoundConfig {
  const loader = new ConfigLoader({ ruleIds: ruleInfos.map((r) => r.id), profileNames }, (config) => validateConfig(config, ruleIds));
  try {
    return explicit ? loader.loadFile(resolve(cwd, explicit)) : loader.forFolder(cwd);
  } catch (error) {
    if (error instanceof ConfigFileError) throw new AuditUsageError(`${error.file}: ${error.message}`);
    throw error;
  }
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AuditUsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/** `--units file.json`: `{ "address": "unit" }`, keys matched case-insensitively. */
export function loadUnits(path: string | undefined): Record<string, string> {
  if (!path) return {};
  const data = readJson(path);
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new AuditUsageError(`--units ${path}: expected an object {"address": "unit"}`);
  const units: Record<string, string> = {};
  for (const [address, unit] of Object.entries(data as Record<string, unknown>)) {
    if (typeof unit !== 'string') throw new AuditUsageError(`--units ${path}: the unit of ${address} is not a string`);
    units[address.trim().toLowerCase()] = unit;
  }
  return units;
}
