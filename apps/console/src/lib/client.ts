import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { cacheExchange, Client, fetchExchange, subscriptionExchange } from 'urql';
import { publishLiveChange } from './live';
import { getSession, setSession, type Session } from './session';

const REFRESH = `mutation Refresh($t: String!) { refresh(refreshToken: $t) {
  accessToken refreshToken accessTokenExpiresAt me { id username displayName roles capabilities unit { id kind name } } } }`;

let refreshing: Promise<Session | null> | null = null;

/** Exchanges the refresh token once for all requests waiting on it; a failed refresh signs the user out. */
async function freshSession(): Promise<Session | null> {
  const s = getSession();
  if (!s) return null;
  if (new Date(s.accessTokenExpiresAt).getTime() - Date.now() > 60_000) return s;
  refreshing ??= (async () => {
    try {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: REFRESH, variables: { t: s.refreshToken } }),
      });
      const body = (await res.json()) as { data?: { refresh: Session } };
      const next = body.data?.refresh ?? null;
      setSession(next);
      return next;
    } catch {
      return s; // offline: keep the session, the request will say what went wrong
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/** The session's bearer header value, refreshed first when about to expire (resumable uploads set it per request). */
export async function bearer(): Promise<string | null> {
  const s = await freshSession();
  return s ? `Bearer ${s.accessToken}` : null;
}

/** fetch with the session's bearer token (refreshed first when it is about to expire): GraphQL and file downloads. */
export const authedFetch: typeof fetch = async (input, init) => {
  const s = await freshSession();
  const headers = new Headers(init?.headers);
  if (s) headers.set('authorization', `Bearer ${s.accessToken}`);
  const res = await fetch(input, { ...init, headers });
  // A session the server has ended (password changed, user deactivated, refresh token replayed): sign in again.
  if (s && res.headers.get('content-type')?.includes('json')) {
    const body = (await res
      .clone()
      .json()
      .catch(() => null)) as { errors?: { extensions?: { code?: string } }[] } | null;
    if (body?.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED') && getSession() === s)
      setSession(null);
  }
  return res;
};

let ws: WsClient | null = null;
function wsClient(): WsClient {
  ws ??= createWsClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    lazy: true,
    retryAttempts: Infinity,
    on: {
      // Back after the socket was lost (the API process it was on went away, the network dropped): whatever arrived
      // meanwhile was not heard, so the pages that show live figures read them again.
      connected: (_socket, _payload, wasRetry) => {
        if (wasRetry) publishLiveChange();
      },
    },
    connectionParams: async () => {
      const s = await freshSession();
      return s ? { authorization: `Bearer ${s.accessToken}` } : {};
    },
  });
  return ws;
}

/** One client per signed-in session: a new sign-in starts with an empty cache and a new socket. */
export function makeClient(): Client {
  // graphql-ws's dispose waits for a connection in progress and rejects with its CloseEvent when that one fails (a
  // socket the server closed on an ended session, retrying): the old socket is going away anyway.
  if (ws) Promise.resolve(ws.dispose()).catch(() => undefined);
  ws = null;
  return new Client({
    url: '/graphql',
    // Apollo's CSRF prevention refuses simple GET requests: every operation is a JSON POST.
    preferGetMethod: false,
    fetch: authedFetch,
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: wsClient().subscribe({ ...request, query: request.query ?? '' }, sink),
          }),
        }),
      }),
    ],
  });
}
