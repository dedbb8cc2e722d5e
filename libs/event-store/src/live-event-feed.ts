import { EventEmitter } from 'node:events';
import { EventStore } from './event-store';
import { LOG_START, LogPosition, RecordedEvent } from './event-store.types';

/**
 * Events as they are committed, in log order, for this process's live listeners (subscriptions). Each API
 * process tails the log from where it started, woken by LISTEN/NOTIFY (any process's appends) — so subscribers
 * hear of every event whichever process wrote it, and no state is shared between processes.
 */
export class LiveEventFeed {
  private cursor: LogPosition = LOG_START;
  private readonly emitter = new EventEmitter();
  private running: Promise<void> | null = null;
  private again = false;
  private retry?: NodeJS.Timeout;
  private failures = 0;
  private stopped = true;

  constructor(private readonly store: EventStore) {
    this.emitter.setMaxListeners(0);
  }

  /** Starts from the current end of the log: live listeners want what happens from now on. */
  async start(): Promise<void> {
    this.stopped = false;
    const tail = await this.store.logTail();
    if (tail) {
      await this.store.waitUntilReadable(tail, 2000);
      this.cursor = tail;
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
  }

  subscribe(listener: (event: RecordedEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }

  /** Something was appended somewhere: read on (coalescing concurrent wake-ups into one reader). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .then(() => {
        this.failures = 0;
      })
      .catch(() => {
        // The database is away (restarting, say): read on from the same cursor once it answers again, whether or
        // not a wake-up comes; the LISTEN connection's own reconnect wakes the feed too.
        this.failures++;
        if (!this.stopped && !this.retry)
          this.retry = setTimeout(
            () => {
              this.retry = undefined;
              this.wake();
            },
            Math.min(100 * 2 ** this.failures, 2000),
          );
      })
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async drain(): Promise<void> {
    for (;;) {
      const events = await this.store.readLog(this.cursor, 500);
      if (events.length === 0) break;
      for (const e of events) {
        this.cursor = { transactionId: e.transactionId, globalPosition: e.globalPosition };
        this.emitter.emit('event', e);
      }
    }
    // Events held back by an older transaction elsewhere: look again shortly.
    if (!this.stopped && !this.retry && (await this.store.hasEventsAfter(this.cursor))) {
      this.retry = setTimeout(() => {
        this.retry = undefined;
        this.wake();
      }, 20);
    }
  }
}
