import { request } from 'node:http';
import { GqlResponse } from './api-fixture';

/**
 * A GraphQL call over HTTP from a chosen local address (127.0.0.2, 127.0.0.3 …: every 127/8 address is the
 * loopback on Linux), so that a test can be several machines at once.
 */
export function gqlFrom<T = Record<string, unknown>>(
  localAddress: string,
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        localAddress,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Omit<
              GqlResponse<T>,
              'status'
            >;
            resolve({ status: res.statusCode ?? 0, ...parsed });
          } catch (err) {
            reject(err instanceof Error ? err : new Error(String(err)));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
