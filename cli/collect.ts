// Expands the command line's paths into input files: files as named, folders recursed (fdir),
// globs via tinyglobby. Unknown extensions are skipped in folders and globs, refused when named.

import { stat } from 'node:fs/promises';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { kindOfPath, type InputKind } from './readers/read.js';

export interface Target {
  /** Absolute path. */
  path: string;
  /** Relative to the working folder when inside it. */
  displayPath: string;
  kind: InputKind;
}

export interface PathError {
  displayPath: string;
  reason: string;
}

const ignore = ['**/node_modules/**', '**/.git/**'];

/**
 * The drafts under a folder: every .txt, .eml, .html, .htm file (any case), recursively, as
 * absolute paths. Skipped as a glob of `**\/*.{txt,eml,html,htm}` skips them: hidden files and
 * folders (a leading dot), node_modules, and symbolic links (never followed, never read).
 * fdir directly, not tinyglobby: a folder needs no pattern matching, and matching every path took
 * ~130 ms of a 10,000-draft run (fdir alone walks that folder in ~20 ms).
 */
async function draftsUnder(folder: string): Promise<string[]> {
  const { fdir } = await import('fdir');
  return new fdir({
    resolvePaths: true,
    includeBasePath: true,
    resolveSymlinks: false,
    excludeSymlinks: true,
    exclude: (name) => name.startsWith('.') || name === 'node_modules',
    filters: [(path) => kindOfPath(path) !== undefined && !basename(path).startsWith('.')],
  })
    .crawl(folder)
    .withPromise();
}

export function displayPathOf(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

export async function collectTargets(args: string[], cwd: string): Promise<{ targets: Target[]; errors: PathError[] }> {
  const targets: Target[] = [];
  const errors: PathError[] = [];
  const seen = new Set<string>();
  const add = (path: string, kind: InputKind): void => {
    if (seen.has(path)) return;
    seen.add(path);
    targets.push({ path, displayPath: displayPathOf(path, cwd), kind });
  };
  // tinyglobby is loaded only for folders and globs: linting one named file starts faster.
  const globber = (): Promise<typeof import('tinyglobby')> => import('tinyglobby');
  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    let info;
    try {
      info = await stat(absolute);
    } catch {
      info = undefined;
    }
    if (info?.isFile()) {
      const kind = kindOfPath(absolute);
      if (kind) add(absolute, kind);
      else errors.push({ displayPath: arg, reason: 'unknown file type (expected .txt, .eml, .html or .htm)' });
    } else if (info?.isDirectory()) {
      const drafts = (await draftsUnder(absolute)).sort(comparePaths); // absolute and resolved already
      if (drafts.length === 0) errors.push({ displayPath: arg, reason: 'no drafts (.txt, .eml, .html, .htm) in this folder' });
      for (const path of drafts) add(path, kindOfPath(path)!);
    } else if (info) {
      errors.push({ displayPath: arg, reason: 'not a regular file or folder' });
    } else if ((await globber()).isDynamicPattern(arg)) {
      const found = await (await globber()).glob(arg.split(sep).join('/'), { cwd, absolute: true, onlyFiles: true, ignore, followSymbolicLinks: false });
      const drafts = found
        .map((p) => resolve(p))
        .filter((p) => kindOfPath(p))
        .sort(comparePaths);
      if (drafts.length === 0) errors.push({ displayPath: arg, reason: 'no drafts match this pattern' });
      for (const path of drafts) add(path, kindOfPath(path)!);
    } else {
      errors.push({ displayPath: arg, reason: 'no such file or folder' });
    }
  }
  return { targets, errors };
}

/** Stable, locale-independent order: folder by folder, then by name. */
function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
