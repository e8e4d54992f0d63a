// Memory stays bounded: the mbox is pulled only as fast as messages are linted, and a
// too-large message is counted without being kept.
import { describe, expect, it } from 'vitest';
import { lint } from '../../linter/index.js';
import { INTERNAL_DOMAIN, mboxChunks, planMessage, renderMessage, type GenerateOptions } from '../../audit/generate.js';
import { toMboxEntry } from '../../audit/mbox.js';
import { runAuditPipeline } from '../../audit/run.js';
import type { LintFunction } from '../../audit/analyse.js';

describe('bounded memory', () => {
  it('reads ahead of the linter by at most one batch and one chunk', async () => {
    const options: GenerateOptions = { messages: 2000, seed: 3 };
    // Small chunks (one message each) so read-ahead is measured in messages.
    let produced = 0;
    async function* source(): AsyncGenerator<Buffer> {
      for (let i = 0; i < options.messages; i++) {
        const p = planMessage(i, options);
        produced++;
        yield Buffer.from(toMboxEntry(renderMessage(p, options), p.staff.address, p.date), 'latin1');
      }
    }
    let done = 0;
    let worstLead = 0;
    const countingLint: LintFunction = (draft, o) => {
      worstLead = Math.max(worstLead, produced - done);
      return lint(draft, o);
    };
    const batchSize = 50;
    const aggregate = await runAuditPipeline({
      inputs: [{ name: 'stream', kind: 'mbox', size: 0, open: source }],
      settings: { lintOptions: { profile: 'lt' }, internalDomains: [INTERNAL_DOMAIN], units: {}, examplesPerRule: 1 },
      workers: 0,
      lint: countingLint,
      batchSize,
      onProgress: (messages) => (done = messages),
    });
    expect(aggregate.messages).toBe(options.messages);
    // While a batch is linted: that batch, plus the one message the splitter reads to find its end.
    expect(worstLead).toBeLessThanOrEqual(batchSize + 2);
    expect(worstLead).toBeGreaterThan(0);
  });

  it('counts a message over the cap as unreadable "too-large" and carries on', async () => {
    const options: GenerateOptions = { messages: 30, seed: 5, malformedAt: -1 };
    const big = toMboxEntry(`From: a@${INTERNAL_DOMAIN}\nTo: c@gmail.com\nSubject: big\n\n${'x'.repeat(70)}\n`.repeat(1).concat('y'.repeat(3_000_000)));
    async function* source(): AsyncGenerator<Buffer> {
      yield* mboxChunks({ ...options, messages: 10 });
      yield Buffer.from(big, 'latin1');
      yield* mboxChunks({ ...options, messages: 10 });
    }
    const aggregate = await runAuditPipeline({
      inputs: [{ name: 'stream', kind: 'mbox', size: 0, open: source }],
      settings: { lintOptions: { profile: 'lt' }, internalDomains: [INTERNAL_DOMAIN], units: {}, examplesPerRule: 1 },
      workers: 0,
      lint,
      maxMessageBytes: 1_000_000,
    });
    const s = aggregate.summary({ profile: 'lt', inputs: ['stream'], rules: [] });
    expect(s.totals.messages).toBe(21);
    expect(s.unreadable.items).toEqual([{ source: 'stream', message: 11, reason: 'too-large' }]);
  });
});
