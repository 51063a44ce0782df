// A one-line progress bar on stderr with rate and ETA; silent unless stderr is a terminal.
export class Progress {
  private done = 0;
  private last = 0;
  private readonly started = Date.now();
  private readonly enabled: boolean;

  constructor(private total: number, private readonly label = 'ingest', stream: NodeJS.WriteStream = process.stderr, force?: boolean) {
    this.enabled = force ?? Boolean(stream.isTTY);
    this.stream = stream;
  }

  private readonly stream: NodeJS.WriteStream;

  grow(n: number): void {
    this.total += n;
  }

  tick(n = 1): void {
    this.done += n;
    const now = Date.now();
    if (!this.enabled || (now - this.last < 100 && this.done < this.total)) return;
    this.last = now;
    this.stream.write(`\r${this.line(now)}\x1b[K`);
  }

  line(now = Date.now()): string {
    const secs = Math.max(0.001, (now - this.started) / 1000);
    const rate = this.done / secs;
    const frac = this.total > 0 ? Math.min(1, this.done / this.total) : 0;
    const width = 24;
    const bar = '#'.repeat(Math.round(frac * width)).padEnd(width, '.');
    const eta = rate > 0 && this.total > this.done ? `${Math.ceil((this.total - this.done) / rate)}s` : '-';
    return `${this.label} [${bar}] ${this.done}/${this.total} ${rate.toFixed(1)}/s ETA ${eta}`;
  }

  finish(): void {
    if (this.enabled) this.stream.write(`\r${this.line()}\x1b[K\n`);
  }
}
