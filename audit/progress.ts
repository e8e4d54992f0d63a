// Progress bar on stderr for long runs: messages done, rate, time left. Quiet when not a TTY.

export interface ProgressSink {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  return h ? `${h}h ${String(m).padStart(2, '0')}m` : m ? `${m}m ${String(r).padStart(2, '0')}s` : `${r}s`;
}

export class ProgressBar {
  private readonly started = Date.now();
  private last = 0;
  private readonly enabled: boolean;

  constructor(
    private readonly sink: ProgressSink,
    private readonly totalBytes: number,
    enabled = Boolean(sink.isTTY),
  ) {
    this.enabled = enabled;
  }

  /** Redraws at most four times a second. */
  update(messages: number, bytesDone: number, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.last < 250) return;
    this.last = now;
    this.sink.write(`\r${this.line(messages, bytesDone, now)}\x1b[K`);
  }

  line(messages: number, bytesDone: number, now = Date.now()): string {
    const elapsed = Math.max((now - this.started) / 1000, 0.001);
    const share = this.totalBytes > 0 ? Math.min(bytesDone / this.totalBytes, 1) : 0;
    const rate = messages / elapsed;
    const left = share > 0 ? (elapsed / share) * (1 - share) : NaN;
    const width = 24;
    const filled = Math.round(share * width);
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
    return `${bar} ${(share * 100).toFixed(1)}% · ${messages.toLocaleString('en')} messages · ${Math.round(rate).toLocaleString('en')}/s · ${duration(left)} left`;
  }

  done(messages: number, bytesDone: number): void {
    if (!this.enabled) return;
    this.update(messages, bytesDone, true);
    this.sink.write('\n');
  }
}
