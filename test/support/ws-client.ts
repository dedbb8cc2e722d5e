import { Client as WsClient, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** A graphql-ws client to a test server, and how its socket was closed (code and reason), if it was. */
export interface TestSocket {
  client: WsClient;
  /** The server acknowledged the connection (or closed it). */
  connected: Promise<void>;
  closes: { code: number; reason: string }[];
  /** Waits (up to 8 s) until the socket has been closed, and says how. */
  closed(): Promise<{ code: number; reason: string } | undefined>;
  dispose(): Promise<void>;
}

const opened: TestSocket[] = [];

export function openSocket(
  graphqlUrl: string,
  token?: string,
  connectionParams?: Record<string, unknown>,
): TestSocket {
  const closes: { code: number; reason: string }[] = [];
  let settled = () => undefined as void;
  const connected = new Promise<void>((r) => (settled = r));
  const client = createClient({
    url: graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: connectionParams ?? (token ? { authorization: `Bearer ${token}` } : {}),
    retryAttempts: 0,
    on: {
      connected: () => settled(),
      closed: (e) => {
        const c = e as { code: number; reason: string };
        closes.push({ code: c.code, reason: String(c.reason) });
        settled();
      },
    },
  });
  const socket: TestSocket = {
    client,
    connected,
    closes,
    closed: async () => {
      const deadline = Date.now() + 8000;
      while (closes.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      return closes[0];
    },
    dispose: () => client.dispose() as Promise<void>,
  };
  opened.push(socket);
  return socket;
}

/** Disposes every socket opened by this test file (call in afterAll). */
export async function closeSockets(): Promise<void> {
  await Promise.all(opened.splice(0).map((s) => s.dispose()));
}

/** Collects what a subscription delivers; `until(done)` waits (up to 8 s) for a condition on what arrived. */
export function collect<T>(socket: TestSocket, query: string, variables: Record<string, unknown> = {}) {
  const items: T[] = [];
  const errors: unknown[] = [];
  let completed = false;
  let notify = () => undefined as void;
  const dispose = socket.client.subscribe<T>(
    { query, variables },
    {
      next: (v) => {
        if (v.errors) errors.push(v.errors);
        if (v.data) items.push(v.data);
        notify();
      },
      error: (e) => {
        errors.push(e);
        notify();
      },
      complete: () => {
        completed = true;
        notify();
      },
    },
  );
  const until = async (done: () => boolean) => {
    const deadline = Date.now() + 8000;
    while (!done() && Date.now() < deadline)
      await new Promise<void>((r) => ((notify = () => r()), setTimeout(r, 50)));
  };
  return { items, errors, dispose, until, isComplete: () => completed };
}

/**
 * Waits until every socket opened so far is connected (or refused), then the time a subscription takes to be in
 * place on the server after it is sent — graphql-ws acknowledges the connection, not the subscription.
 */
export async function settle(): Promise<void> {
  await Promise.race([Promise.all(opened.map((s) => s.connected)), new Promise((r) => setTimeout(r, 8000))]);
  await new Promise((r) => setTimeout(r, 500));
}
