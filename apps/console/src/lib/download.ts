import { authedFetch } from './client';
import { ERROR_CODE_ZH } from './labels';

/**
 * Saves a file the API serves under /files/ (an issued document, a ledger): fetched with the session's token —
 * a plain link would carry none — and handed to the browser as a download under the server's file name.
 * Throws an Error whose message is the API's Chinese refusal.
 */
export async function downloadFile(path: string): Promise<void> {
  const res = await authedFetch(path, { headers: { accept: 'application/octet-stream' } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { code?: string; message?: string } | null;
    const head = body?.code ? ERROR_CODE_ZH[body.code] : undefined;
    const text = body?.message ?? `下载失败（${res.status}）`;
    throw new Error(head && head !== text ? `${head}：${text}` : text);
  }
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
