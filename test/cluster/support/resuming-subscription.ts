import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * A graphql-ws subscriber as a console behind a balancer should be: when its socket closes (its process died), it
 * connects again — through the balancer, to whichever process is up — and resubscribes with `after` set to the last
 * position it saw, so that it misses nothing and hears nothing twice.
 */
export class ResumingSubscription<T extends { position: string }> {
  readonly items: T[] = [];
  /** GraphQL errors the server answered with (a closed socket is not one: it is why we reconnect). */
  readonly errors: unknown[] = [];
  reconnects = 0;
  private client?: Client;
  private stopped = false;

  constructor(
    private readonly graphqlUrl: string,
    private readonly token: string,
    private readonly query: string,
    private readonly field: string,
    private last: string,
    private readonly variables: Record<string, unknown> = {},
  ) {}

  start(): void {
    const client = createClient({
      url: this.graphqlUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${this.token}` },
      retryAttempts: 0,
    });
    this.client = client;
    const again = () => {
      void client.dispose();
      if (this.stopped) return;
      this.reconnects++;
      setTimeout(() => this.start(), 200);
    };
    client.subscribe<Record<string, T>>(
      { query: this.query, variables: { ...this.variables, after: this.last } },
      {
        next: (v) => {
          if (v.errors) this.errors.push(v.errors);
          const item = v.data?.[this.field];
          if (item) {
            this.items.push(item);
            this.last = item.position;
          }
        },
        error: (e) => {
          if (Array.isArray(e)) this.errors.push(e);
          again();
        },
        complete: again,
      },
    );
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.dispose();
  }
}
