// How long a compose window takes to lay out and paint a new 2,000-line body, with no add-in:
// the simulator's textarea against a contenteditable body of one <div> per line (how Outlook
// builds its compose body). The pane's 2,000-line figure starts with this (docs/architecture.md).
//   node --import tsx bench/host-layout.ts [--runs 15]
// Headless Chromium as bench/pane.ts launches it, one page, both bodies 900 × 700 px.

import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { threadDraft } from './corpus.js';
import { CHROMIUM, CHROMIUM_ARGS } from './pane.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const runs = Math.max(3, Number(values.runs));
const body = threadDraft(2000);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.setContent(
    '<style>body { font: 14px/20px "Segoe UI", -apple-system, Roboto, sans-serif } .body { width: 900px; height: 700px; border: 1px solid #ccc; padding: 8px; overflow: auto }</style>' +
      '<textarea id="textarea" class="body" spellcheck="false"></textarea><div id="editable" class="body" contenteditable="true" spellcheck="false"></div>',
  );
  await page.evaluate('globalThis.__name = (f) => f;'); // tsx keeps names with a helper the page lacks
  const medians = await page.evaluate(
    async ({ body, runs }) => {
      const painted = (): Promise<void> => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
      const pause = (): Promise<void> => new Promise((ok) => setTimeout(ok, 30));
      // Alternate two bodies so that every change is a new text.
      const bodyOf = (i: number): string => (i % 2 ? body : `Labas,\n${body}`);
      const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
      const textarea = document.getElementById('textarea') as HTMLTextAreaElement;
      const editable = document.getElementById('editable')!;
      const times = { textarea: [] as number[], editable: [] as number[] };
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        textarea.value = bodyOf(i);
        await painted();
        times.textarea.push(performance.now() - t0);
        await pause();
      }
      textarea.value = '';
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        const lines = document.createDocumentFragment();
        for (const line of bodyOf(i).split('\n')) {
          const div = document.createElement('div');
          div.append(line === '' ? document.createElement('br') : line);
          lines.append(div);
        }
        editable.replaceChildren(lines);
        await painted();
        times.editable.push(performance.now() - t0);
        await pause();
      }
      return { textarea: median(times.textarea), editable: median(times.editable) };
    },
    { body, runs },
  );
  process.stdout.write(
    `new 2,000-line body → next painted frame, median of ${runs}: textarea ${medians.textarea.toFixed(1)} ms, ` +
      `contenteditable with a <div> per line ${medians.editable.toFixed(1)} ms\n`,
  );
} finally {
  await browser.close();
}
