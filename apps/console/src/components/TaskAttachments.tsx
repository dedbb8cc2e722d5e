import { Space, Typography } from 'antd';
import { useQuery } from 'urql';
import { AttachmentFiles } from './attachments/AttachmentFiles';
import { FileSources } from './attachments/FileSources';
import { useAttachFiles } from './attachments/use-attach-files';
import { graphql } from '../gql';
import type { AttachmentRecordKind } from '../gql/graphql';
import { purposeOf } from '../lib/upload';

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

/**
 * A task's photos and scans: what was attached to its progress reports and its hand-in, shown to everyone who reads
 * the task; and, where the API offers the step (allowedActions), the camera or a file as a source.
 */
export function TaskAttachments({ task }: { task: { id: string; allowedActions: string[] } }) {
  const [{ data }, refetch] = useQuery({
    query: TASK_ATTACHMENTS,
    variables: { id: task.id },
    requestPolicy: 'cache-and-network',
  });
  const { busy, send } = useAttachFiles(() => refetch({ requestPolicy: 'network-only' }));
  const stage: AttachmentRecordKind | null = task.allowedActions.includes('handInTask')
    ? 'TASK_HAND_IN'
    : task.allowedActions.includes('reportTaskProgress')
      ? 'TASK_PROGRESS'
      : null;

  return (
    <div className="task-attachments">
      <AttachmentFiles title="进展附件" files={data?.progress ?? []} />
      <AttachmentFiles title="交单附件" files={data?.handIn ?? []} />
      {stage && (
        <Space size={8} wrap>
          <FileSources
            camera
            busy={busy}
            testIdPrefix="task"
            onFiles={(list) => void send(list, { recordKind: stage, recordId: task.id }, purposeOf)}
          >
            <Typography.Text type="secondary">
              {stage === 'TASK_HAND_IN' ? '附于交单' : '附于进展'}
            </Typography.Text>
          </FileSources>
        </Space>
      )}
    </div>
  );
}
