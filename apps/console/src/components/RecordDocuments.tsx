import { FileAddOutlined, TableOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { DocumentKind } from '../gql/graphql';
import { downloadFile } from '../lib/download';
import { label } from '../lib/labels';
import { useSubmit } from '../lib/submit';
import { DocumentDownload } from './DocumentDownload';

const RECORD_DOCUMENTS = graphql(`
  query ConsoleRecordDocuments($recordId: ID!, $kind: DocumentKind!) {
    documentIssuable(kind: $kind, recordId: $recordId)
    documents(recordId: $recordId) {
      id
      kind
      documentNumber
      classification
      docxPath
      pdfPath
      pdfAvailable
    }
  }
`);

const ISSUE = graphql(`
  mutation ConsoleIssueDocument($input: IssueDocumentInput!) {
    issueDocument(input: $input) {
      id
      documentNumber
    }
  }
`);

/**
 * The official document made from one record (a risk letter, a 督办, a task's hand-in, a report): its number and
 * 下载 Word / PDF once issued; before that, 发文 for whoever the API says may issue it (documentIssuable).
 */
export function RecordDocuments({ kind, recordId }: { kind: DocumentKind; recordId: string }) {
  const [{ data }, refetch] = useQuery({
    query: RECORD_DOCUMENTS,
    variables: { recordId, kind },
    requestPolicy: 'cache-and-network',
  });
  const issue = useSubmit(ISSUE);
  const doc = data?.documents.find((d) => d.kind === kind);
  if (doc)
    return (
      <Space size={6} wrap data-testid="record-document">
        <Typography.Text>{doc.documentNumber}</Typography.Text>
        {doc.classification !== 'PUBLIC' && (
          <Tag color="red">{label('DocumentClassification', doc.classification)}</Tag>
        )}
        <DocumentDownload document={doc} />
      </Space>
    );
  if (!data?.documentIssuable) return null;
  return (
    <Popconfirm
      title={`印发${label('DocumentKind', kind)}？`}
      description="将编入本单位当年发文字号（不可撤回），文件的 SHA-256 记入日志"
      okText="发文"
      cancelText="取消"
      onConfirm={async () => {
        const res = await issue.run({ input: { kind, recordId } }, `已印发${label('DocumentKind', kind)}`);
        if (res) refetch({ requestPolicy: 'network-only' });
      }}
    >
      <Button size="small" icon={<FileAddOutlined />} loading={issue.loading} data-testid="issue-document">
        发文（{label('DocumentKind', kind)}）
      </Button>
    </Popconfirm>
  );
}

/** A ledger (台账) as .xlsx from the API's /files/ledgers/…: what the caller may read of it, as of now. */
export function LedgerDownloadButton({ path, children }: { path: string; children: string }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      size="small"
      icon={<TableOutlined />}
      loading={busy}
      data-testid="ledger-download"
      onClick={async () => {
        setBusy(true);
        try {
          await downloadFile(path);
        } catch (err) {
          message.error(err instanceof Error ? err.message : '下载失败', 6);
        } finally {
          setBusy(false);
        }
      }}
    >
      {children}
    </Button>
  );
}

/** 四单台账 of an incident: its tasks with 列单/派单/办单/交单 times and lateness. */
export const FourFormsLedgerButton = ({ incidentId }: { incidentId: string }) => (
  <LedgerDownloadButton path={`/files/ledgers/four-forms/${incidentId}`}>四单台账</LedgerDownloadButton>
);

/** 提示函签收台账 of an incident: each letter's recipients, when they signed for it, and whether late. */
export const LettersLedgerButton = ({ incidentId }: { incidentId: string }) => (
  <LedgerDownloadButton path={`/files/ledgers/letters/${incidentId}`}>提示函签收台账</LedgerDownloadButton>
);
