import { App } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useClient, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';
import { ERROR_CODE_ZH } from './labels';
import { publishLiveChange } from './live';

function newKey(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `console-${Date.now().toString(36)}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** A Chinese sentence for an API error: what the code means, then the API's own (Chinese) message. */
export function errorText(error: CombinedError): string {
  const first = error.graphQLErrors[0];
  if (!first) return '网络异常，请检查网络后重试（重试不会重复提交）';
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : '';
  const fields = (first.extensions?.fields as { field: string; message: string }[] | undefined) ?? [];
  // Refused fields: each in the API's own words, without the message's field paths (input.endsAt means nothing
  // to a clerk) and without saying it twice.
  const text = fields.length ? fields.map((f) => f.message).join('；') : first.message;
  // Signing in answers with its own sentence (用户名或密码错误…): "not signed in or expired" before it misleads.
  const reason = typeof first.extensions?.reason === 'string' ? first.extensions.reason : '';
  const head = code === 'UNAUTHENTICATED' && reason.startsWith('AUTH.') ? undefined : ERROR_CODE_ZH[code];
  return head && head !== text ? `${head}：${text}` : text;
}

/**
 * Runs a mutation with an Idempotency-Key that stays the same until the server has answered: a double click, or
 * a retry after a lost connection, sends the same key and the API applies it once. A new key follows an answer.
 */
export function useSubmit<TData, TVars extends AnyVariables>(doc: TypedDocumentNode<TData, TVars>) {
  const client = useClient();
  const { message } = App.useApp();
  const key = useRef(newKey());
  const inflight = useRef<Promise<TData | undefined> | null>(null);
  const [loading, setLoading] = useState(false);
  const run = useCallback(
    (variables: TVars, success: string): Promise<TData | undefined> => {
      if (inflight.current) return inflight.current;
      setLoading(true);
      const p = client
        .mutation(doc, variables, {
          fetchOptions: { headers: { 'Idempotency-Key': key.current } },
          requestPolicy: 'network-only',
        })
        .toPromise()
        .then((res) => {
          if (res.error && res.error.graphQLErrors.length === 0) {
            message.error(errorText(res.error));
            return undefined; // no answer: keep the key so a retry cannot apply twice
          }
          key.current = newKey();
          if (res.error) {
            message.error(errorText(res.error), 6);
            return undefined;
          }
          message.success(success);
          // A step taken changes what waits (the 待办 badge) and what the open pages count.
          publishLiveChange();
          return res.data;
        })
        .finally(() => {
          inflight.current = null;
          setLoading(false);
        });
      inflight.current = p;
      return p;
    },
    [client, doc, message],
  );
  return { run, loading };
}
