import { App } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { AttachmentPurpose, AttachmentRecordKind } from '../../gql/graphql';
import { uploadFile } from '../../lib/upload';

const ATTACH = graphql(`
  mutation ConsoleAttachFile($input: AttachFileInput!) {
    attachFile(input: $input) {
      id
    }
  }
`);

/**
 * Uploads files one after another (large ones resumably) and attaches each to a record, as every attachment place
 * of the console does; says how many were attached, or the API's refusal, and then calls `onDone`.
 */
export function useAttachFiles(onDone: () => void) {
  const { message } = App.useApp();
  const [, attach] = useMutation(ATTACH);
  const [busy, setBusy] = useState(false);

  async function send(
    list: FileList | null,
    target: { recordKind: AttachmentRecordKind; recordId: string },
    purposeOf: (mediaType: string) => AttachmentPurpose,
    done: (n: number) => string = (n) => `已附加 ${n} 个文件`,
  ): Promise<void> {
    if (!list?.length) return;
    setBusy(true);
    let n = 0;
    try {
      for (const file of Array.from(list)) {
        const up = await uploadFile(file);
        const r = await attach({
          input: { uploadId: up.uploadId, ...target, purpose: purposeOf(up.mediaType) },
        });
        if (r.error) throw new Error(r.error.graphQLErrors[0]?.message ?? r.error.message);
        n++;
      }
      void message.success(done(n));
    } catch (err) {
      void message.error((err as Error).message);
    } finally {
      setBusy(false);
      onDone();
    }
  }

  return { busy, send };
}
