// Memory stays bounded on a multi-gigabyte export (issue 4): streams a generated mbox of `--gb`
// gigabytes (default 5) straight into the audit pipeline — no file — made of large messages:
// ~8 MB messages with a base64 attachment (parsed and linted) alternating with 12 MB messages
// (over the 10 MB cap: counted "too-large", never held), plus a normal generated message between
// them. Prints peak RSS (sampled every 100 ms) against the bytes streamed.
//
//   node dist/audit/bench/stream-big.js [--gb 5] [--workers 2]

import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { lint } from '../../linter/index.js';
import { INTERNAL_DOMAIN, planMessage, renderMessage } from '../generate.js';
import { toMboxEntry } from '../mbox.js';
import { runAuditPipeline } from '../run.js';

const { values } = parseArgs({ options: { gb: { type: 'string', default: '5' }, workers: { type: 'string', default: String(availableParallelism()) } } });
const totalBytes = Number(values.gb) * 1024 ** 3;

function bigMessage(index: number, megabytes: number): Buffer {
  const head = [
    `From sender@${INTERNAL_DOMAIN} Mon Jan  6 10:00:00 2025`,
    `From: Ona Petraitienė <ona.petraitiene@${INTERNAL_DOMAIN}>`,
    'To: jonas.jonaitis@gmail.com',
    `Subject: Dokumentai ${index}`,
    'Date: Mon, 6 Jan 2025 10:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Laba diena,',
    '',
    'siunčiame prašytus dokumentus.',
    '',
    'Pagarbiai,',
    'Ona Petraitienė',
    'Vyriausioji specialistė',
    'Tel. +370 5 212 3456',
    '--b',
    'Content-Type: application/octet-stream; name="scan.bin"',
    'Content-Transfer-Encoding: base64',
    '',
    '',
  ].join('\n');
  const line = `${'QUJDRA'.repeat(12)}\n`; // 73 bytes of base64 per line
  const lines = Math.floor((megabytes * 1024 * 1024) / line.length);
  return Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from(line.repeat(lines)), Buffer.from('--b--\n\n')]);
}

let streamed = 0;
let bigOnes = 0;
async function* source(): AsyncGenerator<Buffer> {
  const options = { messages: 1_000_000, seed: 2 };
  for (let i = 0; streamed < totalBytes; i++) {
    const big = bigMessage(i, i % 2 === 0 ? 8 : 12);
    bigOnes++;
    // Yield in 1 MB slices, as a file stream would.
    for (let at = 0; at < big.length; at += 1 << 20) {
      const slice = big.subarray(at, at + (1 << 20));
      streamed += slice.length;
      yield slice;
    }
    const p = planMessage(i, options);
    const small = Buffer.from(toMboxEntry(renderMessage(p, options), p.staff.address, p.date), 'latin1');
    streamed += small.length;
    yield small;
  }
}

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
const started = performance.now();
const aggregate = await runAuditPipeline({
  inputs: [{ name: 'generated-big-stream', kind: 'mbox', size: totalBytes, open: source }],
  settings: { lintOptions: { profile: 'lt' }, internalDomains: [INTERNAL_DOMAIN], units: {}, examplesPerRule: 1 },
  workers: Number(values.workers),
  lint,
});
clearInterval(sampler);
const summary = aggregate.summary({ profile: 'lt', inputs: ['generated-big-stream'], rules: [] });
process.stdout.write(
  `streamed ${(streamed / 1024 ** 3).toFixed(2)} GiB (${bigOnes} large messages) in ${((performance.now() - started) / 1000).toFixed(0)} s\n` +
    `messages ${summary.totals.messages}, checked ${summary.totals.linted}, unreadable ${JSON.stringify(summary.unreadable.byReason)}\n` +
    `peak rss (sampled) ${(peakRss / 1024 ** 2).toFixed(0)} MiB\n`,
);
