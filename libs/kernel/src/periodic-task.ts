/**
 * A check a process runs every so often (and once at start): never two runs at once, a failure reported and the next
 * run made as usual, and stopping waits for a run under way. The interval does not keep the process alive.
 */
export class PeriodicTask {
  private interval: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly run: () => Promise<unknown>,
    private readonly onError: (err: Error) => void,
  ) {}

  /** Runs now and every `everyMs` (nothing when `everyMs` ≤ 0). */
  start(everyMs: number): void {
    if (everyMs <= 0) return;
    const tick = () => {
      if (this.running) return;
      this.running = this.run()
        .catch((err: Error) => this.onError(err))
        .finally(() => (this.running = null));
    };
    tick();
    this.interval = setInterval(tick, everyMs);
    this.interval.unref();
  }

  async stop(): Promise<void> {
    if (this.interval) clearInterval(this.interval);
    this.interval = null;
    await this.running;
  }
}
