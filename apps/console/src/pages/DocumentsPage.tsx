import { ReloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { useClient, useQuery } from 'urql';
import { DocumentDownload } from '../components/DocumentDownload';
import { LedgerDownloadButton } from '../components/RecordDocuments';
import { graphql } from '../gql';
import { label } from '../lib/labels';
import { can, useSession } from '../lib/session';
import { errorText } from '../lib/submit';
import { fmt } from '../lib/time';
import { KIND_ORDER, KIND_SHORT, useUnits } from '../lib/units';

const UNIT_DOCUMENTS = graphql(`
  query ConsoleUnitDocuments($unitId: ID) {
    unitDocuments(unitId: $unitId) {
      id
      kind
      documentNumber
      title
      classification
      issuedByName
      issuedAt
      sha256
      verificationCode
      docxPath
      pdfPath
      pdfAvailable
    }
  }
`);

const ONE_DOCUMENT = graphql(`
  query ConsoleDocument($id: ID!) {
    document(id: $id) {
      id
      kind
      documentNumber
      title
      classification
      unitId
      issuedByName
      issuedAt
      verificationCode
      docxPath
      pdfPath
      pdfAvailable
    }
  }
`);

const VERIFY = graphql(`
  query ConsoleVerifyDocument($code: String!, $sha256: String) {
    verifyDocument(code: $code, sha256: $sha256) {
      unitName
      matches
      document {
        id
        kind
        documentNumber
        title
        issuedAt
        issuedByName
        sha256
      }
    }
  }
`);

async function sha256Hex(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * 公文: a unit's issued documents (its 发文 register) with 下载 Word / PDF, and 公文核验 — the verification code
 * printed on a copy's last page finds its issue record, and a copy's file checks against the SHA-256 in the log.
 * Everyone sees their own unit's; the county centre and the auditors pick any unit of the county. The API lists
 * only what the caller may read (the same rules as the records the documents were made from).
 */
export default function DocumentsPage() {
  const session = useSession()!;
  const units = useUnits();
  // A document another unit sent (the inbox's or a notification's link): shown on its own above the register.
  const { id: openedId } = useParams();
  const [opened] = useQuery({ query: ONE_DOCUMENT, variables: { id: openedId ?? '' }, pause: !openedId });
  const received = opened.data?.document;
  const countyWide = can(session, 'READ_COUNTY_INCIDENTS');
  const [unitId, setUnitId] = useState(session.me.unit.id);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: UNIT_DOCUMENTS,
    variables: { unitId },
    requestPolicy: 'cache-and-network',
  });
  const client = useClient();
  // A scanned QR code (…/#/verify/<code>) opens here with the code filled in, and is checked at once.
  const [params] = useSearchParams();
  const scanned = params.get('verify');
  const [code, setCode] = useState(scanned ?? '');
  const [checking, setChecking] = useState(false);
  const [verdict, setVerdict] = useState<
    | {
        ok: true;
        unitName: string;
        matches: boolean | null;
        number: string;
        title: string;
        issuedAt: string;
        by: string;
      }
    | { ok: false; text: string }
    | null
  >(null);

  const verify = async (file?: File) => {
    setChecking(true);
    try {
      const sha256 = file ? await sha256Hex(file) : null;
      const res = await client.query(VERIFY, { code, sha256 }, { requestPolicy: 'network-only' }).toPromise();
      const v = res.data?.verifyDocument;
      setVerdict(
        v
          ? {
              ok: true,
              unitName: v.unitName,
              matches: v.matches ?? null,
              number: v.document.documentNumber,
              title: v.document.title,
              issuedAt: v.document.issuedAt,
              by: v.document.issuedByName,
            }
          : { ok: false, text: res.error ? errorText(res.error) : '未找到' },
      );
    } finally {
      setChecking(false);
    }
  };

  // Checked once, on arriving from a scan: the code is the one the page opened with.
  const [scanChecked, setScanChecked] = useState(false);
  useEffect(() => {
    if (scanned && !scanChecked) {
      setScanChecked(true);
      void verify();
    }
  });

  const unitOptions = KIND_ORDER.filter((k) => k !== 'CITY_OFFICE')
    .map((kind) => ({
      label: KIND_SHORT[kind],
      title: KIND_SHORT[kind],
      options: units.list.filter((u) => u.kind === kind).map((u) => ({ value: u.id, label: u.name })),
    }))
    .filter((g) => g.options.length > 0);
  const unitName = unitId === session.me.unit.id ? session.me.unit.name : units.name(unitId);

  return (
    <div className="page documents-page" data-testid="documents-page">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            公文
          </Typography.Title>
          <Typography.Text type="secondary">
            {unitName} · 发文登记：提示函、督办通知单、书面反馈、预警通知、专报、日报按 GB/T 9704-2012
            排版，发文字号不跳号不重号
          </Typography.Text>
        </div>
        <Space wrap>
          {countyWide && (
            <Select
              data-testid="documents-unit"
              value={unitId}
              onChange={setUnitId}
              options={unitOptions}
              showSearch
              optionFilterProp="label"
              popupMatchSelectWidth={false}
            />
          )}
          {countyWide && (
            <LedgerDownloadButton path="/files/ledgers/incidents">舆情事件台账</LedgerDownloadButton>
          )}
          <Button icon={<ReloadOutlined />} onClick={() => refetch({ requestPolicy: 'network-only' })}>
            刷新
          </Button>
        </Space>
      </div>
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      {opened.error && (
        <Alert type="error" showIcon message={errorText(opened.error)} style={{ marginBottom: 16 }} />
      )}
      {received && (
        <Card size="small" title="公文" style={{ marginBottom: 16 }} data-testid="opened-document">
          <Descriptions size="small" column={1}>
            <Descriptions.Item label="发文字号">{received.documentNumber}</Descriptions.Item>
            <Descriptions.Item label="标题">{received.title}</Descriptions.Item>
            <Descriptions.Item label="种类">{label('DocumentKind', received.kind)}</Descriptions.Item>
            <Descriptions.Item label="发文单位">{units.name(received.unitId)}</Descriptions.Item>
            <Descriptions.Item label="密级">
              {label('DocumentClassification', received.classification)}
            </Descriptions.Item>
            <Descriptions.Item label="印发">
              {fmt(received.issuedAt)} · {received.issuedByName}
            </Descriptions.Item>
            <Descriptions.Item label="核验码">{received.verificationCode}</Descriptions.Item>
          </Descriptions>
          <DocumentDownload document={received} size="middle" />
        </Card>
      )}
      <Card size="small" title="发文登记" style={{ marginBottom: 16 }}>
        <Table
          size="small"
          rowKey="id"
          loading={fetching}
          dataSource={data?.unitDocuments ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 1000 }}
          locale={{ emptyText: '暂无发文' }}
          columns={[
            { title: '发文字号', dataIndex: 'documentNumber', width: 170 },
            { title: '种类', dataIndex: 'kind', width: 110, render: (k: string) => label('DocumentKind', k) },
            { title: '标题', dataIndex: 'title' },
            {
              title: '密级',
              dataIndex: 'classification',
              width: 70,
              render: (c: string) => (
                <Tag color={c === 'PUBLIC' ? 'default' : 'red'}>{label('DocumentClassification', c)}</Tag>
              ),
            },
            {
              title: '印发 · 经办',
              dataIndex: 'issuedAt',
              width: 160,
              render: (t: string, d) => `${fmt(t)} ${d.issuedByName}`,
            },
            {
              title: '核验码',
              dataIndex: 'verificationCode',
              width: 170,
              render: (c: string, d) => (
                <Typography.Text copyable={{ text: `${c} SHA-256 ${d.sha256}` }} code>
                  {c}
                </Typography.Text>
              ),
            },
            {
              title: '下载',
              key: 'download',
              width: 190,
              render: (_: unknown, d) => <DocumentDownload document={d} />,
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={
          <Space>
            <SafetyCertificateOutlined />
            公文核验
          </Space>
        }
      >
        <Space wrap>
          <Input
            data-testid="verify-code"
            placeholder="末页核验码，如 K7QX-2M9D-TR4P"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            style={{ width: 260 }}
          />
          <Button loading={checking} disabled={!code.trim()} onClick={() => void verify()}>
            查发文记录
          </Button>
          <Upload
            accept=".docx"
            showUploadList={false}
            beforeUpload={(file) => {
              void verify(file);
              return false;
            }}
          >
            <Button loading={checking} disabled={!code.trim()}>
              选择 Word 副本比对
            </Button>
          </Upload>
        </Space>
        {verdict && !verdict.ok && (
          <Alert style={{ marginTop: 12 }} type="error" showIcon message={verdict.text} />
        )}
        {verdict?.ok && (
          <>
            {verdict.matches !== null && (
              <Alert
                style={{ marginTop: 12 }}
                type={verdict.matches ? 'success' : 'error'}
                showIcon
                message={
                  verdict.matches
                    ? '副本与发文记录一致（SHA-256 相同）'
                    : '副本与发文记录不一致：文件已被修改或不是印发的文件'
                }
              />
            )}
            <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
              <Descriptions.Item label="发文字号">{verdict.number}</Descriptions.Item>
              <Descriptions.Item label="标题">{verdict.title}</Descriptions.Item>
              <Descriptions.Item label="发文单位">{verdict.unitName}</Descriptions.Item>
              <Descriptions.Item label="印发">
                {fmt(verdict.issuedAt)} · {verdict.by}
              </Descriptions.Item>
            </Descriptions>
          </>
        )}
      </Card>
    </div>
  );
}
