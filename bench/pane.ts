// The task pane's figures: the gzip size of what taskpane.html loads (office.js excluded) and
// the time from a body change to rendered warnings, in headless Chromium driving the compose
// simulator built into dist-addin/ (addin/simulator/).
//
// Outlook has no body-changed event, so the pane polls (≥ 1 s, addin/taskpane/live-lint.ts).
// The budgeted figure starts the pane's check at the change: the bench changes the body in the
// compose window and at once posts the pane a message on which it fires `visibilitychange`,
// which makes LiveLinter poll (refreshSoon). The simulated Office answers with no delay
// (?delay=0), so the figure is: poll → read (two postMessage round trips to the compose window)
// → lint → render → next frame painted. As in Outlook on the web, the pane is a cross-origin
// frame in its own renderer process (http://127.0.0.1 beside http://localhost), so the compose
// window's own layout of the new text runs beside the pane, not on its thread. The figure with
// the natural 1 s poll is reported beside it for reference.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

type Measured<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface PaneResult {
  /** gzip -9 bytes of taskpane.html + the scripts and styles it loads, office.js excluded. */
  bundle: Measured<number>;
  /** Median ms, body change → rendered warnings (poll started at the change). */
  latency12: Measured<number>;
  latency2000: Measured<number>;
  notes: string[];
  /** Every timed change (ms), for pooling runs: bench/pane.ts --repeat prints p50/p99 over them. */
  samples?: { latency12: number[]; latency2000: number[] };
}

/** Debian's chromium and the flags this machine needs (no sandbox, no GPU, no network of its own); bench/host-layout.ts uses them too. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Nearest-rank percentile (p in 0..100) of a non-empty sample. */
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** Sizes of what taskpane.html loads from its own folder. */
export function bundleSize(distAddin: string): { total: number; parts: { file: string; raw: number; gzip: number }[] } {
  const html = readFileSync(join(distAddin, 'taskpane.html'), 'utf8');
  const refs = new Set<string>(['taskpane.html']);
  // Minified HTML drops the quotes: <script defer src=taskpane.js>.
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)=["']?([^"'\s>]+)/giu)) {
    const ref = m[1]!;
    if (/^(https?:)?\/\//iu.test(ref) || /office(\.debug)?\.js$/iu.test(ref)) continue; // office.js from the CDN
    refs.add(ref.replace(/^\.\//u, '').split(/[?#]/u)[0]!);
  }
  const parts = [...refs].map((file) => {
    const buf = readFileSync(join(distAddin, file));
    return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  return { total: parts.reduce((s, p) => s + p.gzip, 0), parts };
}

function serve(root: string): Promise<{ server: Server; url: string }> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path === '/') path = '/simulator.html';
    const file = normalize(join(base, path));
    if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  // Loopback only; the page is opened as localhost and loads the pane from 127.0.0.1 (another
  // origin, so its own renderer process, as in Outlook on the web; addin/simulator/bridge.ts).
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, url: `http://localhost:${(server.address() as { port: number }).port}` })));
}

interface PageRun {
  times: number[];
  failures: number;
  summaries: string[];
  /** The pane's own User Timing per change (addin/taskpane/taskpane.ts TIMING), when it has them. */
  parts: { read: number[]; lint: number[]; render: number[] };
}

// The pane runs in its own process (a cross-origin frame, as in Outlook on the web), so one
// change is timed with two clocks: the compose window notes when it changed the body, the pane
// notes when its new warnings were painted, both as performance.timeOrigin + performance.now()
// (high-resolution wall time, comparable across the browser's processes; measureClockOffset()
// checks it). The steps run in the page or the pane through Playwright, in order:
// paneArm → hostChange → paneWait.

type PaneWindow = Window & { __emailLintBench?: { installed: boolean; wait?: Promise<PaneSeen | undefined> } };

interface PaneSeen {
  /** When the summary or the list first changed (epoch ms). */
  changedAt: number;
  /** When the frame with that change was painted (epoch ms). */
  paintedAt: number;
  summary: string;
  parts: Partial<Record<'read' | 'lint' | 'render', number>>;
}

/**
 * Runs in the pane (once): on the compose window's `poll` message — from the simulator's origin
 * only — fire `visibilitychange`, which makes LiveLinter poll at once; answer `ping` with the
 * pane's clock.
 */
export function paneInstall(hostOrigin: string): void {
  const w = window as PaneWindow;
  if (w.__emailLintBench?.installed) return;
  w.__emailLintBench = { installed: true };
  window.addEventListener('message', (event) => {
    if (event.origin !== hostOrigin || event.source !== window.parent) return;
    const data = event.data as { emailLintBench?: unknown } | null;
    if (data?.emailLintBench === 'poll') document.dispatchEvent(new Event('visibilitychange'));
    else if (data?.emailLintBench === 'ping') window.parent.postMessage({ emailLintBench: 'pong', t: performance.timeOrigin + performance.now() }, hostOrigin);
  });
}

/** Runs in the pane before a change: waits for the next change of the warnings and its painted frame. */
export function paneArm(input: { timeoutMs: number }): void {
  const w = window as PaneWindow;
  const summary = document.getElementById('summary')!;
  const results = document.getElementById('results')!;
  const now = (): number => performance.timeOrigin + performance.now();
  w.__emailLintBench!.wait = new Promise((ok) => {
    let settled = false;
    const observer = new MutationObserver(() => {
      if (settled) return;
      settled = true;
      observer.disconnect();
      clearTimeout(timer);
      const changedAt = now();
      requestAnimationFrame(() =>
        setTimeout(() => {
          const paintedAt = now();
          const parts: PaneSeen['parts'] = {};
          for (const part of ['read', 'lint', 'render'] as const) {
            const entry = performance.getEntriesByName(`email-lint:${part}`, 'measure').at(-1);
            if (entry) parts[part] = entry.duration;
          }
          ok({ changedAt, paintedAt, summary: summary.textContent ?? '', parts });
        }, 0),
      );
    });
    observer.observe(summary, { childList: true, characterData: true, subtree: true, attributes: true });
    observer.observe(results, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => {
      settled = true;
      observer.disconnect();
      ok(undefined);
    }, input.timeoutMs);
  });
}

/** Runs in the pane after a change: what paneArm saw (undefined: no render in time). */
export function paneWait(): Promise<PaneSeen | undefined> {
  return (window as PaneWindow).__emailLintBench!.wait!;
}

/**
 * Runs in the simulator page: puts `text` in the compose window's body and, with `trigger`,
 * tells the pane to poll now (the message a real host would not send: it stands for the poll
 * starting at the change). Returns when the clock started (epoch ms). With `settleFirst` the
 * compose window paints the new body before the clock starts, so the span is the pane's alone.
 */
export function hostChange(input: { text: string; trigger: boolean; settleFirst?: boolean; edit?: boolean; paneOrigin: string }): Promise<number> {
  const textarea = document.getElementById('body') as HTMLTextAreaElement;
  const frame = document.getElementById('pane') as HTMLIFrameElement;
  const now = (): number => performance.timeOrigin + performance.now();
  const painted = (): Promise<void> => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  const poll = (): void => {
    if (input.trigger) frame.contentWindow!.postMessage({ emailLintBench: 'poll' }, input.paneOrigin);
  };
  const change = (): void => {
    textarea.value = input.text;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  };
  if (input.edit) {
    // A one-line edit at the top through the editing path typing takes (the textarea lays out
    // only what changed), not a new value: insert `text` as the first line, or take it out again.
    textarea.focus();
    const inserted = textarea.value.startsWith(input.text);
    textarea.setSelectionRange(0, inserted ? input.text.length : 0);
    const t0 = now();
    document.execCommand(inserted ? 'delete' : 'insertText', false, inserted ? undefined : input.text);
    poll();
    return Promise.resolve(t0);
  }
  if (input.settleFirst) {
    change();
    return painted().then(() => {
      const t0 = now();
      poll();
      return t0;
    });
  }
  const t0 = now();
  change();
  poll();
  return Promise.resolve(t0);
}

/**
 * Runs in the simulator page: the pane's clock minus the page's (ms), from the ping with the
 * shortest round trip of `n`, and that round trip. Near 0 when the two processes' clocks agree.
 */
export function measureClockOffset(input: { n: number; paneOrigin: string }): Promise<{ offset: number; rtt: number }> {
  const frame = document.getElementById('pane') as HTMLIFrameElement;
  const now = (): number => performance.timeOrigin + performance.now();
  const once = (): Promise<{ offset: number; rtt: number }> =>
    new Promise((ok) => {
      const sent = now();
      const listener = (event: MessageEvent): void => {
        const data = event.data as { emailLintBench?: unknown; t?: unknown } | null;
        if (event.origin !== input.paneOrigin || data?.emailLintBench !== 'pong' || typeof data.t !== 'number') return;
        const back = now();
        window.removeEventListener('message', listener);
        ok({ offset: data.t - (sent + back) / 2, rtt: back - sent });
      };
      window.addEventListener('message', listener);
      frame.contentWindow!.postMessage({ emailLintBench: 'ping' }, input.paneOrigin);
    });
  return (async () => {
    let best = { offset: Number.NaN, rtt: Infinity };
    for (let i = 0; i < input.n; i++) {
      const r = await once();
      if (r.rtt < best.rtt) best = r;
      await new Promise((r) => setTimeout(r, 5));
    }
    return best;
  })();
}

/**
 * Alternates two bodies in the compose window and times each change until the pane has painted
 * its new warnings. With `settleFirst`, a change the pane's own 1 s poll picked up before the
 * clock started is dropped, not timed.
 */
async function measureChanges(
  page: import('playwright-core').Page,
  pane: import('playwright-core').Frame,
  input: { bodies: [string, string]; runs: number; trigger: boolean; timeoutMs: number; settleFirst?: boolean; edit?: boolean; paneOrigin: string },
): Promise<PageRun> {
  const out: PageRun = { times: [], failures: 0, summaries: [], parts: { read: [], lint: [], render: [] } };
  // Every change must alter the body: a pass that would start with the body the last pass left
  // (an odd number of runs ends on the first body) starts with the other one instead, or its first
  // change renders nothing new and waits out the time limit.
  const current = await page.evaluate(() => (document.getElementById('body') as HTMLTextAreaElement).value);
  const offset = !input.edit && current === input.bodies[0] ? 1 : 0;
  for (let i = 0; i < input.runs; i++) {
    await pane.evaluate(paneArm, { timeoutMs: input.timeoutMs });
    const text = input.edit ? input.bodies[0] : input.bodies[(i + offset) % 2]!;
    const t0 = await page.evaluate(hostChange, { text, trigger: input.trigger, settleFirst: input.settleFirst, edit: input.edit, paneOrigin: input.paneOrigin });
    const seen = await pane.evaluate(paneWait);
    if (!seen) out.failures++;
    else if (seen.changedAt >= t0) {
      out.times.push(seen.paintedAt - t0);
      for (const part of ['read', 'lint', 'render'] as const) if (seen.parts[part] !== undefined) out.parts[part].push(seen.parts[part]);
    }
    if (i < 2) out.summaries.push(seen?.summary ?? '');
    // Let the pane's poll cycle settle so the next change starts from a quiet pane.
    await new Promise((r) => setTimeout(r, 30));
  }
  return out;
}

/**
 * Runs in the simulator page: the same body change, timed to the next painted frame without
 * waiting for the pane (it is not told to poll). This is what the simulated compose window
 * itself costs (the textarea's style and layout of the new text), now in its own process as in
 * Outlook, where the compose window runs outside the add-in's frame.
 */
export function pageBaseline(input: { bodies: [string, string]; runs: number }): Promise<number[]> {
  const textarea = document.getElementById('body') as HTMLTextAreaElement;
  const painted = (): Promise<number> => new Promise((ok) => requestAnimationFrame(() => setTimeout(() => ok(performance.now()), 0)));
  return (async () => {
    const times: number[] = [];
    for (let i = 0; i < input.runs; i++) {
      const t0 = performance.now();
      textarea.value = input.bodies[i % 2]!;
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
      times.push((await painted()) - t0);
      await new Promise((r) => setTimeout(r, 30));
    }
    return times;
  })();
}

/** The line the one-line edit inserts and removes: a line in capitals that also displaces the greeting. */
const EDIT_LINE = 'DĖMESIO: TERMINAS NEBUS PRATĘSTAS.\n';

/**
 * The second body differs in several rules' worth (informal greeting, a line in capitals, an
 * escalating phrase), so every change alters the warnings whichever rules the bundle has.
 */
export function variant(body: string): string {
  const lines = body.split('\n');
  lines[0] = 'Labas,';
  lines.splice(2, 0, 'DĖMESIO: TERMINAS NEBUS PRATĘSTAS.', 'Nusiraminkite, Jūsų prašymas bus išnagrinėtas.');
  return lines.join('\n');
}

export async function measurePane(root: string, drafts: { body12: string; body2000: string }, opts: { runs?: number; natural?: boolean; tracePath?: string } = {}): Promise<PaneResult> {
  const runs = opts.runs ?? 21;
  const dist = join(root, 'dist-addin');
  const notes: string[] = [];
  const missing = (what: string): PaneResult => ({ bundle: { ok: false, reason: what }, latency12: { ok: false, reason: what }, latency2000: { ok: false, reason: what }, notes });
  if (!existsSync(join(dist, 'taskpane.html'))) return missing('dist-addin/taskpane.html not built (npm run build:addin)');

  let bundle: Measured<number>;
  try {
    const size = bundleSize(dist);
    bundle = { ok: true, value: size.total };
    notes.push(`task-pane bundle (gzip -9): ${size.parts.map((p) => `${p.file} ${(p.gzip / 1024).toFixed(1)} KB (raw ${(p.raw / 1024).toFixed(0)} KB)`).join(', ')}`);
  } catch (e) {
    bundle = { ok: false, reason: `cannot size the bundle: ${e instanceof Error ? e.message : String(e)}` };
  }

  const result: PaneResult = { bundle, latency12: { ok: false, reason: 'not run' }, latency2000: { ok: false, reason: 'not run' }, notes };
  if (!existsSync(join(dist, 'simulator.html'))) {
    result.latency12 = result.latency2000 = { ok: false, reason: 'dist-addin/simulator.html not built' };
    return result;
  }
  if (!existsSync(CHROMIUM)) {
    result.latency12 = result.latency2000 = { ok: false, reason: `no Chromium at ${CHROMIUM}` };
    return result;
  }
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    result.latency12 = result.latency2000 = { ok: false, reason: 'playwright-core not installed' };
    return result;
  }

  const { server, url } = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // tsx/esbuild keep function names with a `__name` helper that page.evaluate's copy lacks.
    await page.addInitScript('globalThis.__name = (f) => f;');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}/simulator.html?lang=lt&bodyType=text&delay=0`, { waitUntil: 'load' });
    const pane = (await (await page.waitForSelector('#pane')).contentFrame())!;
    // The pane has run its first check when the summary is filled.
    await pane.waitForSelector('#summary:not(:empty)', { timeout: 15_000 });
    const hostOrigin = new URL(page.url()).origin;
    const paneOrigin = new URL(pane.url()).origin;
    await pane.evaluate(paneInstall, hostOrigin);
    const session = await page.context().newCDPSession(page);
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
    const ownProcess = targetInfos.some((t) => t.type === 'iframe' && t.url.startsWith(paneOrigin));
    await session.detach();
    const clock = await page.evaluate(measureClockOffset, { n: 30, paneOrigin });
    notes.push(
      `pane at ${paneOrigin}, compose window at ${hostOrigin}: ${ownProcess ? 'the pane is an out-of-process iframe (its own renderer)' : 'the pane shares the page\'s process (no iframe target)'}; ` +
        `pane clock − page clock ${clock.offset.toFixed(2)} ms (ping round trip ${clock.rtt.toFixed(2)} ms)`,
    );

    const measure = async (body: string, runs: number, trigger: boolean, settleFirst = false): Promise<PageRun> =>
      measureChanges(page, pane, { bodies: [body, variant(body)], runs, trigger, timeoutMs: 5000, settleFirst, paneOrigin });

    for (const [name, body, key] of [
      ['12-line draft', drafts.body12, 'latency12'],
      ['2,000-line thread', drafts.body2000, 'latency2000'],
    ] as const) {
      await measure(body, 4, true); // warm-up: JIT, first layout of a long list
      const tracing = Boolean(opts.tracePath) && key === 'latency2000';
      // Timeline trace of the measured 2,000-line changes (slows them: figures are not for the table).
      if (tracing) await browser.startTracing(page, { path: opts.tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      const run = await measure(body, runs, true);
      if (tracing) await browser.stopTracing();
      if (run.times.length === 0) {
        result[key] = { ok: false, reason: `no render within 5 s (${run.failures} tries)${errors.length ? `; page error: ${errors[0]}` : ''}` };
        continue;
      }
      result[key] = { ok: true, value: median(run.times) };
      (result.samples ??= { latency12: [], latency2000: [] })[key].push(...run.times);
      const sorted = [...run.times].sort((a, b) => a - b);
      notes.push(
        `pane ${name}: median ${median(run.times).toFixed(1)} ms, p90 ${percentile(run.times, 90).toFixed(1)}, p99 ${percentile(run.times, 99).toFixed(1)}, ` +
          `min ${sorted[0]!.toFixed(1)}, max ${sorted.at(-1)!.toFixed(1)} ms over ${run.times.length} changes` +
          `${run.failures ? ` (${run.failures} without a render in 5 s)` : ''}; pane summary: "${run.summaries[0] ?? ''}"`,
      );
      const parts = (['read', 'lint', 'render'] as const).filter((part) => run.parts[part].length > 0);
      if (parts.length) notes.push(`pane ${name}, the pane's own work (median per change): ${parts.map((part) => `${part} ${median(run.parts[part]).toFixed(1)} ms`).join(', ')}`);
      const own = await measure(body, runs, true, true);
      if (own.times.length) {
        notes.push(
          `pane ${name}, the pane's span alone (compose window painted first; poll → rendered warnings painted): ` +
            `median ${median(own.times).toFixed(1)} ms, p99 ${percentile(own.times, 99).toFixed(1)} ms over ${own.times.length} changes`,
        );
      }
      const baseline = await page.evaluate(pageBaseline, { bodies: [body, variant(body)] as [string, string], runs });
      notes.push(
        `pane ${name}, the simulated compose window alone (same change, next frame painted in the compose window's process, pane not polled): ` +
          `median ${median(baseline).toFixed(1)} ms, p90 ${percentile(baseline, 90).toFixed(1)} ms`,
      );
      // A change the size of typing: one line inserted at the top, then removed (the editing
      // path lays out only what changed, unlike a new 2,000-line value).
      await page.evaluate(hostChange, { text: body, trigger: false, paneOrigin });
      await new Promise((r) => setTimeout(r, 1200)); // the pane's own poll picks the body up
      const edited = await measureChanges(page, pane, { bodies: [EDIT_LINE, EDIT_LINE], runs, trigger: true, timeoutMs: 5000, edit: true, paneOrigin });
      if (edited.times.length) {
        notes.push(
          `pane ${name}, a one-line edit at the top instead of a new body (execCommand, as typing): median ${median(edited.times).toFixed(1)} ms, ` +
            `p99 ${percentile(edited.times, 99).toFixed(1)} ms over ${edited.times.length} changes${edited.failures ? ` (${edited.failures} without a render in 5 s)` : ''}` +
            `; the pane's read ${median(edited.parts.read).toFixed(1)} ms`,
        );
      }
      // For reference: the same change left to the pane's own 1 s poll.
      if (opts.natural === false) continue;
      const natural = await measure(body, 6, false);
      if (natural.times.length) notes.push(`pane ${name} with the natural poll (no immediate refresh): median ${median(natural.times).toFixed(0)} ms over ${natural.times.length} changes`);
    }
    if (errors.length) notes.push(`page errors: ${errors.slice(0, 3).join(' | ')}`);
  } finally {
    await browser.close();
    server.close();
  }
  return result;
}

/**
 * Main-thread rendering time in a timeline trace, per document and phase (style, layout,
 * pre-paint, paint): shows whether the time goes to the pane or to the compose window.
 */
export function renderingByDocument(tracePath: string): { document: string; phase: string; count: number; ms: number }[] {
  const trace = JSON.parse(readFileSync(tracePath, 'utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
  const urls = new Map<string, string>();
  for (const e of events) {
    const data = e.args?.data;
    // Documents only: script events carry a frame and a script URL too.
    for (const f of data?.frames ?? (data?.frame ? [data] : [])) if (f.frame && f.url && /\.html(\?|#|$)/u.test(f.url)) urls.set(f.frame, f.url);
  }
  const totals = new Map<string, { document: string; phase: string; count: number; ms: number }>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || !['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint'].includes(e.name)) continue;
    const frame = e.args?.beginData?.frame ?? e.args?.data?.frame;
    const url = frame ? urls.get(frame) : undefined;
    const document = url ? (new URL(url).pathname.split('/').pop() ?? url) : 'all frames';
    const key = `${document} ${e.name}`;
    const row = totals.get(key) ?? { document, phase: e.name, count: 0, ms: 0 };
    row.count++;
    row.ms += e.dur / 1000;
    totals.set(key, row);
  }
  return [...totals.values()].sort((a, b) => b.ms - a.ms);
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { beginData?: { frame?: string }; data?: { frame?: string; url?: string; frames?: { frame?: string; url?: string }[] } };
}

// Only the pane part of `npm run bench` (npm run bench:pane, after npm run build:addin):
//   node --import tsx bench/pane.ts [--runs 21] [--repeat 1] [--no-natural] [--trace file.json]
// --trace records a timeline trace of the 2,000-line changes and prints where the rendering
// time went, per document (simulator.html = the compose window, taskpane.sim.html = the pane;
// each in its own renderer process now, so each has its own pre-paint and paint).
// Same harness and drafts as bench/run.ts; --repeat runs it in a fresh browser each time.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { parseArgs } = await import('node:util');
  const { threadDraft, typicalDraft } = await import('./corpus.js');
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '21' }, repeat: { type: 'string', default: '1' }, 'no-natural': { type: 'boolean', default: false }, trace: { type: 'string' } } });
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const drafts = { body12: typicalDraft(), body2000: threadDraft(2000) };
  const fmt = (m: Measured<number>): string => (m.ok ? `${m.value.toFixed(1)} ms` : `n/a (${m.reason})`);
  const pooled = { latency12: [] as number[], latency2000: [] as number[] };
  const repeat = Number(values.repeat);
  for (let i = 0; i < repeat; i++) {
    const result = await measurePane(root, drafts, { runs: Number(values.runs), natural: !values['no-natural'], tracePath: values.trace });
    process.stdout.write(`run ${i + 1}: 12-line p50 ${fmt(result.latency12)}, 2,000-line p50 ${fmt(result.latency2000)}\n`);
    for (const note of result.notes) process.stdout.write(`  - ${note}\n`);
    if (values.trace && existsSync(values.trace)) {
      const changes = Number(values.runs);
      process.stdout.write(`  rendering on the main thread during the ${changes} traced 2,000-line changes (ms per change):\n`);
      for (const row of renderingByDocument(values.trace).slice(0, 8)) {
        process.stdout.write(`    ${row.document.padEnd(20)} ${row.phase.padEnd(17)} ${(row.ms / changes).toFixed(1).padStart(6)}  (${row.count} events)\n`);
      }
    }
    pooled.latency12.push(...(result.samples?.latency12 ?? []));
    pooled.latency2000.push(...(result.samples?.latency2000 ?? []));
  }
  if (repeat > 1) {
    for (const [name, xs] of [['12-line', pooled.latency12], ['2,000-line', pooled.latency2000]] as const) {
      if (xs.length) process.stdout.write(`all ${repeat} runs, ${name}: p50 ${percentile(xs, 50).toFixed(1)} ms, p99 ${percentile(xs, 99).toFixed(1)} ms over ${xs.length} changes\n`);
    }
  }
}
