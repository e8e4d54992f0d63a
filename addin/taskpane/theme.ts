// Office theme colours (Office.context.officeTheme) as CSS custom properties. Set through
// CSSOM, which the page's `style-src 'self'` allows (inline style attributes it forbids).

import type { OfficeLike } from '../shared/mailbox.js';

type OfficeTheme = NonNullable<OfficeLike['context']['officeTheme']>;

const HEX = /^#?([0-9a-f]{6})$/iu;

function parseHex(value: string | undefined): [number, number, number] | undefined {
  const match = HEX.exec((value ?? '').trim());
  if (!match) return undefined;
  const n = Number.parseInt(match[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]: [number, number, number]): number {
  const channel = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * Applies the Office theme: `data-theme` picks our light or dark token set (so accent
 * colours keep their contrast) and the theme's own background and text colours override ours.
 * Without a theme the page follows `prefers-color-scheme`.
 */
export function applyTheme(root: HTMLElement, theme: OfficeTheme | undefined): void {
  const background = parseHex(theme?.bodyBackgroundColor);
  const foreground = parseHex(theme?.bodyForegroundColor);
  if (!background || !foreground) return;
  root.dataset.theme = luminance(background) < 0.2 ? 'dark' : 'light';
  const hex = (rgb: [number, number, number]): string => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  root.style.setProperty('--bg', hex(background));
  root.style.setProperty('--fg', hex(foreground));
  const control = parseHex(theme?.controlBackgroundColor);
  const controlText = parseHex(theme?.controlForegroundColor);
  if (control && controlText) {
    root.style.setProperty('--surface', hex(control));
    root.style.setProperty('--surface-fg', hex(controlText));
  }
}
