// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lint } from '../../linter/index.js';
import type { EmailLintMessage } from '../../linter/types.js';
import { applyFix, buildSignature, planFix, replaceWordInHtml, wordEdit, wordOccurrences, type FixAction } from '../../addin/shared/fixes.js';
import { ComposeAdapter, type OfficeLike } from '../../addin/shared/mailbox.js';
import { createFakeOffice, memoryBackend, textToHtml } from '../../addin/simulator/fake-office.js';

const parser = new DOMParser();
const signature = { name: 'Jonas Jonaitis', position: 'Vyriausiasis specialistas', unit: '', institution: 'Lietuvos probacijos tarnyba', phone: '+370 600 12345', email: 'jonas@probacija.lt' };
const SIGNED = '\n\nPagarbiai\nJonas Jonaitis\nVyriausiasis specialistas\nTel. +370 600 12345\njonas.jonaitis@probacija.lt';

function env(options: { body: string; bodyFormat?: 'html' | 'text'; subject?: string }) {
  const backend = memoryBackend({ body: options.body, subject: options.subject ?? 'Dėl pažymos', to: 'petras@gmail.com', bodyFormat: options.bodyFormat ?? 'html' });
  const office = createFakeOffice(backend, { delayMs: 0, parser });
  const adapter = new ComposeAdapter(office as unknown as OfficeLike);
  return { backend, office, adapter, fixEnv: { adapter, parser, signature, profileLanguage: 'lt' as const } };
}

function plan(message: EmailLintMessage, body: string, messages: EmailLintMessage[] = [message], hasSignatureDetails = true) {
  return planFix(message, { profileLanguage: 'lt', hasSignatureDetails, messages, bodyText: body, subjectText: '' });
}

describe('replaceWordInHtml', () => {
  it('replaces the n-th whole-word occurrence inside text nodes and keeps the markup', () => {
    const html = '<html><head><style>.jus{color:red}</style></head><body><p class="x"><b>Laba diena,</b></p><p>ar jus gavote? Jus ir jus.</p></body></html>';
    const result = replaceWordInHtml(html, 'jus', 'Jus', 1, 2, parser);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.html).toContain('<b>Laba diena,</b>');
    expect(result.html).toContain('<p class="x">');
    expect(result.html).toContain('ar jus gavote? Jus ir Jus.');
    expect(result.html).toContain('.jus{color:red}'); // style text is not message text
  });

  it('refuses when the word is split across elements (counts differ)', () => {
    const html = '<p>ar <b>j</b>us gavote? jus</p>';
    expect(replaceWordInHtml(html, 'jus', 'Jus', 0, 2, parser)).toEqual({ ok: false, reason: 'ambiguous' });
    expect(replaceWordInHtml('<p>nieko</p>', 'jus', 'Jus', 0, 1, parser)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('keeps hostile markup inert: it is parsed detached and never executed', () => {
    const html = '<p>jus</p><img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=2</script>';
    const result = replaceWordInHtml(html, 'jus', 'Jus', 0, 1, parser);
    expect(result.ok).toBe(true);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('finds whole words only, with Lithuanian letters as letters', () => {
    expect(wordOccurrences('jus jusu jūs ajus jus.', 'jus')).toEqual([0, 18]);
  });
});

describe('wordEdit', () => {
  it('widens a one-letter case fix to its word', () => {
    const text = 'Laba diena,\n\nDėkojame.';
    expect(wordEdit(text, { range: [13, 14], text: 'd' })).toEqual({ start: 13, word: 'Dėkojame', replacement: 'dėkojame' });
  });
  it('turns an insertion after a word into a word change', () => {
    expect(wordEdit('Laba diena\n', { range: [10, 10], text: ',' })).toEqual({ start: 5, word: 'diena', replacement: 'diena,' });
  });
  it('refuses fixes that add spaces or lines', () => {
    expect(wordEdit('Laba diena', { range: [0, 0], text: 'Laba diena,\n\n' })).toBeUndefined();
  });
});

describe('planFix on real core messages', () => {
  it('offers the greeting-case fix as a word change', () => {
    const body = `Laba diena,\n\nDėkojame už Jūsų laišką.${SIGNED}`;
    const messages = lint({ body, subject: 'Dėl pažymos' }, { profile: 'lt', language: 'lt' });
    const caseMessage = messages.find((m) => m.ruleId === 'greeting-case');
    expect(caseMessage).toBeDefined();
    expect(plan(caseMessage!, body, messages)).toEqual({ kind: 'replace', field: 'body', start: 13, word: 'Dėkojame', replacement: 'dėkojame' });
  });

  it('offers a greeting, and a signature only when the details are saved', () => {
    const body = 'dėkojame už laišką.';
    const messages = lint({ body, subject: 'Dėl pažymos' }, { profile: 'lt', language: 'lt' });
    const greeting = messages.find((m) => m.ruleId === 'greeting')!;
    const sig = messages.find((m) => m.ruleId === 'signature')!;
    expect(plan(greeting, body, messages)).toEqual({ kind: 'greeting', greeting: 'Laba diena,' });
    expect(plan(sig, body, messages)).toEqual({ kind: 'signature', withClosing: messages.some((m) => m.ruleId === 'sign-off') });
    expect(plan(sig, body, messages, false)).toBe('needs-settings');
  });

  it('offers nothing for rules that need a human', () => {
    const body = `Labas,\n\ndėkojame.${SIGNED}`;
    const messages = lint({ body, subject: 'Dėl pažymos' }, { profile: 'lt', language: 'lt' });
    const informal = messages.find((m) => m.ruleId === 'greeting-informal')!;
    expect(plan(informal, body, messages)).toBeUndefined();
  });
});

describe('applyFix through the fake Outlook', () => {
  it('greeting: prepends "Laba diena," and a blank line, and the greeting error goes away', async () => {
    const body = `dėkojame už Jūsų laišką.${SIGNED}`;
    const t = env({ body });
    expect(lint({ body, subject: 'S' }, { profile: 'lt' }).map((m) => m.ruleId)).toContain('greeting');
    const outcome = await applyFix({ kind: 'greeting', greeting: 'Laba diena,' }, t.fixEnv);
    expect(outcome).toEqual({ ok: true });
    expect(t.backend.getBody()).toBe(`Laba diena,\n\n${body}`);
    expect(lint({ body: t.backend.getBody(), subject: 'S' }, { profile: 'lt' }).map((m) => m.ruleId)).not.toContain('greeting');
    expect(t.office.stats.log).toContain('body.prependAsync');
  });

  it('greeting in a plain-text body prepends text', async () => {
    const t = env({ body: 'dėkojame.', bodyFormat: 'text' });
    await applyFix({ kind: 'greeting', greeting: 'Labdien,' }, t.fixEnv);
    expect(t.backend.getBody()).toBe('Labdien,\n\ndėkojame.');
  });

  it('signature: setSignatureAsync with the saved details clears signature', async () => {
    const body = 'Laba diena,\n\ndėkojame už Jūsų laišką.';
    const t = env({ body });
    const before = lint({ body, subject: 'S' }, { profile: 'lt' }).map((m) => m.ruleId);
    expect(before).toContain('signature');
    await applyFix({ kind: 'signature', withClosing: before.includes('sign-off') }, t.fixEnv);
    expect(t.office.stats.log).toContain('body.setSignatureAsync');
    const after = lint({ body: t.backend.getBody(), subject: 'S' }, { profile: 'lt' }).map((m) => m.ruleId);
    expect(after).not.toContain('signature');
    expect(after).not.toContain('sign-off');
    expect(t.backend.getBody()).toContain('Jonas Jonaitis\nVyriausiasis specialistas\nLietuvos probacijos tarnyba\n+370 600 12345');
  });

  it('signature text is escaped when sent as HTML', () => {
    const html = buildSignature({ ...signature, name: '<img src=x onerror=alert(1)>' }, { format: 'html' });
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img');
  });

  it('greeting-case: rewrites only that word in the HTML body and the warning clears', async () => {
    const body = `Laba diena,\n\nDėkojame už Jūsų laišką.${SIGNED}`;
    const t = env({ body });
    const messages = lint({ body, subject: 'S' }, { profile: 'lt' });
    const action = plan(messages.find((m) => m.ruleId === 'greeting-case')!, body, messages) as FixAction;
    expect(await applyFix(action, t.fixEnv)).toEqual({ ok: true });
    expect(t.backend.getBody()).toBe(body.replace('Dėkojame', 'dėkojame'));
    expect(t.office.stats.log).toEqual(expect.arrayContaining(['body.getAsync', 'body.setAsync']));
    expect(lint({ body: t.backend.getBody(), subject: 'S' }, { profile: 'lt' }).map((m) => m.ruleId)).not.toContain('greeting-case');
  });

  it('polite-you: capitalises the exact occurrence, not the others', async () => {
    const body = 'Laba diena,\n\nar jus gavote? Prašome jus atsakyti.';
    const t = env({ body });
    const start = body.lastIndexOf('jus');
    const action: FixAction = { kind: 'replace', field: 'body', start, word: 'jus', replacement: 'Jus' };
    expect(await applyFix(action, t.fixEnv)).toEqual({ ok: true });
    expect(t.backend.getBody()).toBe('Laba diena,\n\nar jus gavote? Prašome Jus atsakyti.');
  });

  it('changes nothing when the draft changed since the check', async () => {
    const body = 'Laba diena,\n\nar jus gavote?';
    const t = env({ body });
    const action: FixAction = { kind: 'replace', field: 'body', start: body.indexOf('jus'), word: 'jus', replacement: 'Jus' };
    t.backend.setBody('Sveiki,\n\nar jus gavote?');
    expect(await applyFix(action, t.fixEnv)).toEqual({ ok: false, reason: 'changed' });
    expect(t.backend.getBody()).toBe('Sveiki,\n\nar jus gavote?');
  });

  it('changes nothing when the HTML does not match the text unambiguously', async () => {
    const body = 'Laba diena,\n\nar jus gavote? jus';
    const t = env({ body });
    // Outlook's HTML body splits one occurrence across formatting: the counts differ.
    const item = (t.office.context.mailbox as unknown as { item: { body: { getAsync: (c: string, cb: (r: unknown) => void) => void } } }).item;
    const original = item.body.getAsync;
    item.body.getAsync = (coercion, cb) =>
      coercion === 'html' ? cb({ status: 'succeeded', value: '<div>Laba diena,</div><div><br></div><div>ar <b>j</b>us gavote? jus</div>' }) : original(coercion, cb);
    const action: FixAction = { kind: 'replace', field: 'body', start: body.indexOf('jus'), word: 'jus', replacement: 'Jus' };
    expect(await applyFix(action, t.fixEnv)).toEqual({ ok: false, reason: 'ambiguous' });
    expect(t.backend.getBody()).toBe(body);
    expect(t.office.stats.log).not.toContain('body.setAsync');
  });

  it('round-trips the fake HTML body', () => {
    expect(textToHtml('a\n\n<b>')).toContain('<div>&#60;b&#62;</div>');
  });
});
