// Opens an audit report in headless Chromium and saves a full-page screenshot (issue 4 review):
//   node dist/audit/screenshot.js report.html docs/screenshots/audit-report.png
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [input = 'report.html', output = 'docs/screenshots/audit-report.png'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
  const requests: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url());
  });
  await page.goto(pathToFileURL(resolve(input)).href, { waitUntil: 'load' });
  await page.screenshot({ path: output, fullPage: true });
  if (requests.length) {
    process.stderr.write(`report made network requests: ${requests.join(', ')}\n`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
}
