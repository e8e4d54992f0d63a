// Formatter registry; each formatter is loaded only when chosen.

import type { Formatter } from '../results.js';

export const formatNames = ['stylish', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof formatNames)[number];

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).stylish;
    case 'json':
      return (await import('./json.js')).json;
    case 'sarif':
      return (await import('./sarif.js')).sarif;
    case 'github':
      return (await import('./github.js')).github;
  }
}
