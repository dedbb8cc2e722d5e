import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import type { ConsoleIntakeImportFragment } from '../../gql/graphql';
import { label } from '../../lib/labels';
import { can, useSession } from '../../lib/session';
import { useSubmit } from '../../lib/submit';
import { fmt } from '../../lib/time';
import { IntakeMappingForm } from './IntakeMappingForm';
import {
  IMPORT_FIELDS,
  IMPORT_INTAKE_FILE,
  INTAKE_SOURCES,
  PREVIEW_INTAKE_IMPORT,
  SET_INTAKE_MAPPING,
} from './intake-source-queries';

type Picked = { name: string; base64: string; headers: string[] };

/** The file as base64 (what the API takes), and a CSV's header line as hints for the mapping. */
async function read(file: File): Promise<Picked> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const headers = /\.csv$/i.test(file.name)
    ? new TextDecoder()
        .decode(bytes.subarray(0, 4096))
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)[0]
        .split(',')
        .map((h) => h.trim().replace(/^"|"$/g, ''))
        .filter(Boolean)
    : [];
  return { name: file.name, base64: btoa(binary), headers };
}

/** A refused row's field path (第3行.spread.views) as the column's Chinese name. */
function fieldName(path: string): string {
  const key = path.replace(/^第\d+行\.?/, '').replace(/^spread\./, '');
  return IMPORT_FIELDS.find((f) => f.field === key)?.label ?? (key || '整行');
}

/**
 * 导入: a monitoring service's Excel/CSV export read through the source's saved column mapping. The API's preview
 * lists each row that will import and each that will not, with why; the import then takes the good rows only.
 */
export function IntakeImportCard({ onImported }: { onImported?: () => void }) {
  const session = useSession();
  const manage = can(session, 'MANAGE_INTAKE_SOURCES');
  const [{ data }, refetch] = useQuery({ query: INTAKE_SOURCES });
  const preview = useSubmit(PREVIEW_INTAKE_IMPORT);
  const importFile = useSubmit(IMPORT_INTAKE_FILE);
  const setMapping = useSubmit(SET_INTAKE_MAPPING);
  const [sourceId, setSourceId] = useState<string>();
  const [file, setFile] = useState<Picked | null>(null);
  const [seen, setSeen] = useState<ConsoleIntakeImportFragment | null>(null);
  const [done, setDone] = useState<ConsoleIntakeImportFragment | null>(null);
  const sources = data?.intakeSources ?? [];
  const source = sources.find((s) => s.id === sourceId);
  const input =
    source && file ? { sourceId: source.id, fileName: file.name, contentBase64: file.base64 } : null;

  async function runPreview() {
    if (!input) return;
    setDone(null);
    const r = await preview.run({ input }, '已生成预览');
    setSeen(r?.previewIntakeImport ?? null);
  }

  async function runImport() {
    if (!input) return;
    const r = await importFile.run({ input }, '导入完成');
    if (r) {
      setDone(r.importIntakeFile);
      setSeen(null);
      onImported?.();
    }
  }

  return (
    <Card size="small" title="导入监测导出表格" data-testid="intake-import">
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <Space wrap>
          <span>来源</span>
          <Select
            style={{ width: 260 }}
            placeholder="选择线索来源"
            value={sourceId}
            onChange={(v) => {
              setSourceId(v);
              setSeen(null);
              setDone(null);
            }}
            options={sources
              .filter((s) => s.kind !== 'MANUAL')
              .map((s) => ({ value: s.id, label: `${s.name}（${label('IntakeSourceKind', s.kind)}）` }))}
            data-testid="intake-import-source"
          />
          <Upload
            accept=".xlsx,.csv"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(f) => {
              void read(f).then((p) => {
                setFile(p);
                setSeen(null);
                setDone(null);
              });
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} data-testid="intake-import-file">
              选择文件（.xlsx / .csv）
            </Button>
          </Upload>
          {file && <Typography.Text data-testid="intake-import-file-name">{file.name}</Typography.Text>}
        </Space>

        {source && (
          <div>
            <Typography.Title level={5}>列对应关系</Typography.Title>
            {file?.headers.length ? (
              <Typography.Paragraph type="secondary">
                文件表头：{file.headers.join('、')}
              </Typography.Paragraph>
            ) : null}
            <IntakeMappingForm
              columns={source.columns}
              editable={manage}
              saving={setMapping.loading}
              headers={file?.headers}
              onSave={async (columns) => {
                const r = await setMapping.run(
                  { input: { sourceId: source.id, columns } },
                  '已保存列对应关系',
                );
                if (r) refetch({ requestPolicy: 'network-only' });
              }}
            />
          </div>
        )}

        <Space wrap>
          <Button
            onClick={runPreview}
            disabled={!input || !source?.columns.length}
            loading={preview.loading}
            data-testid="intake-import-preview"
          >
            预览
          </Button>
          <Button
            type="primary"
            onClick={runImport}
            disabled={!seen || seen.importable === 0}
            loading={importFile.loading}
            data-testid="intake-import-run"
          >
            {seen ? `导入 ${seen.importable} 行` : '导入'}
          </Button>
        </Space>

        {done && (
          <Alert
            type="success"
            showIcon
            data-testid="intake-import-result"
            message={`已导入 ${done.created + done.merged + done.repeated} 行：新线索 ${done.created} 条，与已有线索合并 ${done.merged} 条，此前已导入 ${done.repeated} 条`}
            description={
              done.refused.length ? `另有 ${done.refused.length} 行未导入（见预览中的原因）` : undefined
            }
          />
        )}

        {seen && (
          <div data-testid="intake-import-preview-result">
            <Alert
              type={seen.refused.length ? 'warning' : 'info'}
              showIcon
              message={`共 ${seen.rows} 行：可导入 ${seen.importable} 行，不能导入 ${seen.refused.length} 行`}
              description={
                seen.refused.length
                  ? '点击“导入”只导入可导入的行；不能导入的行请修改表格后再次导入。'
                  : undefined
              }
              style={{ marginBottom: 12 }}
            />
            {seen.refused.length > 0 && (
              <>
                <Typography.Title level={5}>不能导入的行</Typography.Title>
                <Table
                  size="small"
                  rowKey="row"
                  pagination={false}
                  data-testid="intake-import-refused"
                  dataSource={seen.refused}
                  columns={[
                    { title: '行号', dataIndex: 'row', width: 72 },
                    {
                      title: '原因',
                      key: 'problems',
                      render: (_, r) => (
                        <ul style={{ margin: 0, paddingLeft: 16 }}>
                          {r.problems.map((p) => (
                            <li key={p.field}>
                              {fieldName(p.field)}：{p.message}
                            </li>
                          ))}
                        </ul>
                      ),
                    },
                  ]}
                />
              </>
            )}
            <Typography.Title level={5} style={{ marginTop: 12 }}>
              可导入的行
            </Typography.Title>
            <Table
              size="small"
              rowKey="row"
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              scroll={{ x: 'max-content' }}
              data-testid="intake-import-accepted"
              dataSource={seen.accepted}
              columns={[
                { title: '行号', dataIndex: 'row', width: 72 },
                { title: '标题', dataIndex: 'title' },
                { title: '平台', dataIndex: 'platform', render: (p: string) => label('Platform', p) },
                { title: '作者', dataIndex: 'author' },
                { title: '发布时间', dataIndex: 'publishedAt', render: (t: string) => fmt(t) },
              ]}
            />
          </div>
        )}
      </Space>
    </Card>
  );
}
