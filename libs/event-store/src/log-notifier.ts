import { EventEmitter } from 'node:events';
import { Client } from 'pg';

export const LOG_CHANNEL = 'es_events';

/**
 * Holds one LISTEN connection and tells subscribers when any process committed events, so readers in every API
 * process wake up at once instead of polling hard. Reconnects after a lost connection, and wakes subscribers
 * then too, because notifications sent while disconnected are lost.
 */
export class LogNotifier {
  private client?: Client;
  private readonly emitter = new EventEmitter();
  private stopped = false;
  private reconnectTimer?: NodeJS.Timeout;

  /**
   * @param ownPayload the payload a store of this process sends with its appends (`EventStore.notifyToken`): that
   *   store already reports its own commits directly (`onAppended`), so those notifications are not passed on.
   */
  constructor(
    private readonly connectionString: string,
    private readonly ownPayload?: string,
  ) {
    this.emitter.setMaxListeners(100);
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  /** Whether the LISTEN connection is up (false while it reconnects: other processes' commits go unheard). */
  get listening(): boolean {
    return this.client !== undefined;
  }

  subscribe(listener: () => void): () => void {
    this.emitter.on('notify', listener);
    return () => this.emitter.off('notify', listener);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const c = this.client;
    this.client = undefined;
    await c?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.connectionString });
    client.on('notification', (msg) => {
      if (this.ownPayload === undefined || msg.payload !== this.ownPayload) this.emitter.emit('notify');
    });
    client.on('error', () => this.scheduleReconnect());
    client.on('end', () => this.scheduleReconnect());
    await client.connect();
    await client.query(`LISTEN ${LOG_CHANNEL}`);
    this.client = client;
    this.emitter.emit('notify');
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    this.client = undefined;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.connect().catch(() => this.scheduleReconnect());
    }, 500);
  }
}
