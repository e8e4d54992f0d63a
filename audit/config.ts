// The lint configuration for an audit: `--config <file>`, else the nearest `.emaillintrc.json`
// or `emailLint` key of a package.json (SPEC §3), same as the CLI.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Config } from '../linter/types.js';

export class AuditUsageError extends Error {}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AuditUsageError(`cannot read config ${path}: ${(error as Error).message}`);
  }
}

export function loadAuditConfig(explicit: string | undefined, cwd = process.cwd()): { config: Config; path?: string } {
  if (explicit) {
    const path = resolve(cwd, explicit);
    if (!existsSync(path)) throw new AuditUsageError(`config file not found: ${explicit}`);
    const data = readJson(path);
    const config = path.endsWith('package.json') ? (data as { emailLint?: Config }).emailLint : data;
    if (!config || typeof config !== 'object') throw new AuditUsageError(`config ${explicit} is not an object`);
    return { config: config as Config, path };
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const rc = join(dir, '.emaillintrc.json');
    if (existsSync(rc)) return { config: readJson(rc) as Config, path: rc };
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      const data = readJson(pkg) as { emailLint?: Config };
      if (data.emailLint) return { config: data.emailLint, path: pkg };
    }
    if (dirname(dir) === dir) return { config: {} };
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
