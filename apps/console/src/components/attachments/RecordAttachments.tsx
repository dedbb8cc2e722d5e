import { Space, Typography } from 'antd';
import { useQuery } from 'urql';
import { AttachmentFiles } from './AttachmentFiles';
import { FileSources } from './FileSources';
import { useAttachFiles } from './use-attach-files';
import { graphql } from '../../gql';
import type { AttachmentPurpose, AttachmentRecordKind } from '../../gql/graphql';
import { purposeOf } from '../../lib/upload';

const RECORD_ATTACHMENTS = graphql(`
  query ConsoleRecordAttachments($kind: AttachmentRecordKind!, $id: ID!) {
    attachments(recordKind: $kind, recordId: $id) {
      id
      originalName
      mediaType
      downloadPath
      previewPath
      attachedByName
      attachedAt
      sha256
    }
  }
`);

/** What each record takes from a picture and from anything else (the API's RECORD_PURPOSES). */
const PURPOSE: Partial<Record<AttachmentRecordKind, (mediaType: string) => AttachmentPurpose>> = {
  LETTER: (t) => (t.startsWith('image/') ? 'PHOTO' : 'SCAN'),
};
const ACCEPT: Partial<Record<AttachmentRecordKind, string>> = {
  LETTER: 'image/*,application/pdf',
};

/**
 * A record's files where the record is shown (a letter, a statement, a conference record): seen by everyone who
 * reads the record, added where the API offers it (`mayAttach`, from the record's allowedActions).
 */
export function RecordAttachments({
  recordKind,
  recordId,
  mayAttach,
}: {
  recordKind: AttachmentRecordKind;
  recordId: string;
  mayAttach: boolean;
}) {
  const [{ data }, refetch] = useQuery({
    query: RECORD_ATTACHMENTS,
    variables: { kind: recordKind, id: recordId },
    requestPolicy: 'cache-and-network',
  });
  const { busy, send } = useAttachFiles(() => refetch({ requestPolicy: 'network-only' }));
  const files = data?.attachments ?? [];
  if (!files.length && !mayAttach) return null;
  return (
    <div className="record-attachments" data-testid="record-attachments">
      <AttachmentFiles
        files={files}
        testId="record-files"
        imageTestId="record-photo"
        linkTestId="record-file-link"
        describe={(f) => `${f.originalName} · ${f.attachedByName} · SHA-256 ${f.sha256}`}
      />
      {mayAttach && (
        <Space size={8} wrap>
          <FileSources
            busy={busy}
            testIdPrefix="record"
            accept={ACCEPT[recordKind]}
            onFiles={(list) => void send(list, { recordKind, recordId }, PURPOSE[recordKind] ?? purposeOf)}
          />
          {!files.length && <Typography.Text type="secondary">暂无附件</Typography.Text>}
        </Space>
      )}
    </div>
  );
}
