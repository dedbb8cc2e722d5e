import { Upload } from 'tus-js-client';
import { authedFetch, bearer } from './client';
import { ERROR_CODE_ZH } from './labels';

/** From this size on a file goes up resumably (tus, in chunks): a video over a poor mobile link (issue 22). */
export const RESUMABLE_FROM_BYTES = 20 * 1024 * 1024;
const CHUNK_BYTES = 5 * 1024 * 1024;

/** The API's refusal in Chinese, from its coded JSON body. */
function refusalText(status: number, body: { code?: string; message?: string } | null): string {
  const head = body?.code ? ERROR_CODE_ZH[body.code] : undefined;
  const text = body?.message ?? `上传失败（${status}）`;
  return head && head !== text ? `${head}：${text}` : text;
}

/**
 * Sends a large file with the tus protocol to /files/tus in 5 MB chunks: a dropped link is retried from the offset
 * the server holds, and the browser remembers the upload (by file) so a reload resumes it too. The finished
 * upload's id is the uploadId attachFile takes.
 */
function uploadResumably(file: File): Promise<{ uploadId: string; mediaType: string }> {
  return new Promise((resolve, reject) => {
    const upload: Upload = new Upload(file, {
      endpoint: '/files/tus',
      chunkSize: CHUNK_BYTES,
      retryDelays: [0, 1000, 3000, 5000, 10_000, 20_000, 30_000],
      metadata: { filename: file.name },
      removeFingerprintOnSuccess: true,
      onBeforeRequest: async (req) => {
        const auth = await bearer();
        if (auth) req.setHeader('Authorization', auth);
      },
      onSuccess: ({ lastResponse }) => {
        const uploadId = upload.url?.split('/').pop() ?? '';
        const body = (() => {
          try {
            return JSON.parse(lastResponse.getBody() || 'null') as { mediaType?: string } | null;
          } catch {
            return null;
          }
        })();
        // Finished on an earlier visit (only the HEAD answered now): the browser's idea of the type stands in.
        resolve({ uploadId, mediaType: body?.mediaType ?? file.type });
      },
      onError: (err) => {
        const res = (err as { originalResponse?: { getStatus(): number; getBody(): string } | null })
          .originalResponse;
        let body: { code?: string; message?: string } | null = null;
        try {
          body = res ? (JSON.parse(res.getBody()) as typeof body) : null;
        } catch {
          body = null;
        }
        reject(
          new Error(res ? refusalText(res.getStatus(), body) : `上传中断，请稍后重试（${err.message}）`),
        );
      },
    });
    void upload.findPreviousUploads().then((previous) => {
      if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
      upload.start();
    });
  });
}

/**
 * Sends one file: up to RESUMABLE_FROM_BYTES to POST /files/uploads as its raw bytes (streamed by the browser, no form encoding) with the
 * session's token; the server reads its type from the bytes and answers its uploadId. Throws the API's Chinese
 * refusal (empty, too large, a type not accepted).
 */
export async function uploadFile(file: File): Promise<{ uploadId: string; mediaType: string }> {
  if (file.size >= RESUMABLE_FROM_BYTES) return uploadResumably(file);
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
  if (!res.ok || !body?.uploadId) throw new Error(refusalText(res.status, body));
  return body;
}

/** What a file is, as far as the browser can tell before the server reads its bytes. */
export function purposeOf(mediaType: string): 'PHOTO' | 'VIDEO' | 'AUDIO' | 'SCAN' {
  if (mediaType.startsWith('image/')) return 'PHOTO';
  if (mediaType.startsWith('video/')) return 'VIDEO';
  if (mediaType.startsWith('audio/')) return 'AUDIO';
  return 'SCAN';
}
