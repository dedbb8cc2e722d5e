import { authedFetch } from './client';
import { ERROR_CODE_ZH } from './labels';

/** The API's Chinese refusal of a /files/ request, as one line a person can act on. */
export async function refusalText(res: Response, what = '下载'): Promise<string> {
  const body = (await res.json().catch(() => null)) as { code?: string; message?: string } | null;
  const head = body?.code ? ERROR_CODE_ZH[body.code] : undefined;
  const text = body?.message ?? `${what}失败（${res.status}）`;
  return head && head !== text ? `${head}：${text}` : text;
}

/**
 * Saves a file the API serves under /files/ (an issued document, a ledger, a bundle check's report): fetched with
 * the session's token — a plain link would carry none — and handed to the browser as a download under the server's
 * file name. `init` for a POST (the bundle to report on). Throws an Error whose message is the API's refusal.
 */
export async function downloadFile(path: string, init: RequestInit = {}): Promise<void> {
  const res = await authedFetch(path, {
    ...init,
    headers: { accept: 'application/octet-stream', ...(init.headers as Record<string, string> | undefined) },
  });
  if (!res.ok) throw new Error(await refusalText(res));
  const disposition = res.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : path.split('/').pop()!;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
