import { CameraOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Space, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { AttachmentRecordKind } from '../gql/graphql';
import { purposeOf, uploadFile } from '../lib/upload';

const TASK_ATTACHMENTS = graphql(`
  query ConsoleTaskAttachments($id: ID!) {
    progress: attachments(recordKind: TASK_PROGRESS, recordId: $id) {
      id
      originalName
      mediaType
      downloadPath
      previewPath
    }
    handIn: attachments(recordKind: TASK_HAND_IN, recordId: $id) {
      id
      originalName
      mediaType
      downloadPath
      previewPath
    }
  }
`);

const ATTACH = graphql(`
  mutation ConsoleAttachFile($input: AttachFileInput!) {
    attachFile(input: $input) {
      id
    }
  }
`);

interface Shown {
  id: string;
  originalName: string;
  mediaType: string;
  downloadPath: string;
  previewPath?: string | null;
}

function Files({ title, files }: { title: string; files: Shown[] }) {
  if (!files.length) return null;
  return (
    <div className="task-files" data-testid="task-files">
      <Typography.Text type="secondary">{title}</Typography.Text>
      <div className="task-files-grid">
        {files.map((f) => (
          <a key={f.id} href={f.downloadPath} target="_blank" rel="noreferrer" title={f.originalName}>
            {f.mediaType.startsWith('image/') ? (
              <img src={f.previewPath ?? f.downloadPath} alt={f.originalName} data-testid="task-photo" />
            ) : (
              <span className="task-file-name">
                <PaperClipOutlined /> {f.originalName}
              </span>
            )}
          </a>
        ))}
      </div>
    </div>
  );
}

/**
 * A task's photos and scans: what was attached to its progress reports and its hand-in, shown to everyone who reads
 * the task; and, where the API offers the step (allowedActions), the camera or a file as a source.
 */
export function TaskAttachments({ task }: { task: { id: string; allowedActions: string[] } }) {
  const { message } = App.useApp();
  const [{ data }, refetch] = useQuery({
    query: TASK_ATTACHMENTS,
    variables: { id: task.id },
    requestPolicy: 'cache-and-network',
  });
  const [, attach] = useMutation(ATTACH);
  const [busy, setBusy] = useState(false);
  const stage: AttachmentRecordKind | null = task.allowedActions.includes('handInTask')
    ? 'TASK_HAND_IN'
    : task.allowedActions.includes('reportTaskProgress')
      ? 'TASK_PROGRESS'
      : null;

  async function send(list: FileList | null) {
    if (!list?.length || !stage) return;
    setBusy(true);
    let done = 0;
    try {
      for (const file of Array.from(list)) {
        const up = await uploadFile(file);
        const r = await attach({
          input: {
            uploadId: up.uploadId,
            recordKind: stage,
            recordId: task.id,
            purpose: purposeOf(up.mediaType),
          },
        });
        if (r.error) throw new Error(r.error.graphQLErrors[0]?.message ?? r.error.message);
        done++;
      }
      void message.success(`已附加 ${done} 个文件`);
    } catch (err) {
      void message.error((err as Error).message);
    } finally {
      setBusy(false);
      refetch({ requestPolicy: 'network-only' });
    }
  }

  return (
    <div className="task-attachments">
      <Files title="进展附件" files={data?.progress ?? []} />
      <Files title="交单附件" files={data?.handIn ?? []} />
      {stage && (
        <Space size={8} wrap>
          <label className="ant-btn ant-btn-default ant-btn-sm file-source" aria-disabled={busy}>
            <CameraOutlined /> 拍照
            <input
              type="file"
              accept="image/*"
              capture="environment"
              multiple
              hidden
              disabled={busy}
              data-testid="task-camera"
              onChange={(e) => void send(e.target.files)}
            />
          </label>
          <label className="ant-btn ant-btn-default ant-btn-sm file-source" aria-disabled={busy}>
            <PaperClipOutlined /> 附件
            <input
              type="file"
              accept="image/*,application/pdf,video/*,audio/*"
              multiple
              hidden
              disabled={busy}
              data-testid="task-file"
              onChange={(e) => void send(e.target.files)}
            />
          </label>
          <Typography.Text type="secondary">
            {stage === 'TASK_HAND_IN' ? '附于交单' : '附于进展'}
          </Typography.Text>
        </Space>
      )}
    </div>
  );
}
