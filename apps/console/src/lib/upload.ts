import { authedFetch } from './client';
import { ERROR_CODE_ZH } from './labels';

/**
 * Sends one file to POST /files/uploads as its raw bytes (streamed by the browser, no form encoding) with the
 * session's token; the server reads its type from the bytes and answers its uploadId. Throws the API's Chinese
 * refusal (empty, too large, a type not accepted).
 */
export async function uploadFile(file: File): Promise<{ uploadId: string; mediaType: string }> {
  const res = await authedFetch(`/files/uploads?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: file,
  });
  const body = (await res.json().catch(() => null)) as {
    uploadId: string;
    mediaType: string;
    code?: string;
    message?: string;
  } | null;
  if (!res.ok || !body?.uploadId) {
    const head = body?.code ? ERROR_CODE_ZH[body.code] : undefined;
    const text = body?.message ?? `上传失败（${res.status}）`;
    throw new Error(head && head !== text ? `${head}：${text}` : text);
  }
  return body;
}

/** What a file is, as far as the browser can tell before the server reads its bytes. */
export function purposeOf(mediaType: string): 'PHOTO' | 'VIDEO' | 'AUDIO' | 'SCAN' {
  if (mediaType.startsWith('image/')) return 'PHOTO';
  if (mediaType.startsWith('video/')) return 'VIDEO';
  if (mediaType.startsWith('audio/')) return 'AUDIO';
  return 'SCAN';
}
