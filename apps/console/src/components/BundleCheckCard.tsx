import { FilePdfOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Result, Typography, Upload } from 'antd';
import { useState } from 'react';
import { authedFetch } from '../lib/client';
import { downloadFile, refusalText } from '../lib/download';
import { fmt } from '../lib/time';

/** The API's verdict on a bundle file (`POST /files/audit-bundles/verification`). */
interface BundleCheck {
  ok: boolean;
  fingerprint: string;
  size: number;
  incidentId: string | null;
  incidentTitle: string | null;
  exportedAt: string | null;
  keyId: string | null;
  eventsChecked: number;
  streamsChecked: number;
  checkpointsChecked: number;
  unsealedEvents: number;
  witnessHeads: number;
  verifiedAt: string;
  fault?: { kind: string; message: string };
}

const PATH = '/files/audit-bundles/verification';
const post = (file: File) => ({
  method: 'POST',
  headers: { 'content-type': 'application/octet-stream' },
  body: file,
});

/**
 * 核验审计包 (issue 20 §8): the 纪检 officer without a terminal hands the saved .bundle.json to the page and reads
 * 完好 or what is wrong — checked by the same rules as `npm run audit:verify`, against this deployment's published
 * key and witness — and saves a PDF report naming the file's SHA-256. The file is not kept.
 */
export function BundleCheckCard() {
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<BundleCheck | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'check' | 'pdf' | null>(null);

  const check = async (f: File) => {
    setFile(f);
    setResult(null);
    setError(null);
    setBusy('check');
    try {
      const res = await authedFetch(PATH, post(f));
      if (!res.ok) setError(await refusalText(res, '核验'));
      else setResult((await res.json()) as BundleCheck);
    } catch {
      setError('核验失败：无法连接服务器，请稍后重试');
    } finally {
      setBusy(null);
    }
  };

  const report = async () => {
    if (!file) return;
    setBusy('pdf');
    try {
      await downloadFile(`${PATH}?format=pdf`, post(file));
    } catch (err) {
      message.error((err as Error).message, 6);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card size="small" title="核验审计包" style={{ marginTop: 16 }} data-testid="bundle-check">
      <Upload.Dragger
        accept=".json,application/json"
        showUploadList={false}
        disabled={busy !== null}
        beforeUpload={(f) => {
          void check(f);
          return false;
        }}
        data-testid="bundle-check-upload"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>将“导出签名包”保存的 .bundle.json 文件拖到此处，或点击选择</p>
        <Typography.Text type="secondary">
          按本部署公布的审计公钥和见证记录核验，规则与离线工具 npm run audit:verify 相同；文件不会保存
        </Typography.Text>
      </Upload.Dragger>
      {busy === 'check' && <Alert style={{ marginTop: 12 }} type="info" message="正在核验…" />}
      {error && (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          message={error}
          data-testid="bundle-check-error"
        />
      )}
      {result && (
        <div data-testid="bundle-check-result">
          <Result
            status={result.ok ? 'success' : 'error'}
            title={result.ok ? '完好' : '不可信'}
            subTitle={
              result.ok
                ? '签名、哈希链与封存点均核对无误，未发现改动'
                : `${result.fault?.message ?? ''}（${result.fault?.kind ?? ''}）`
            }
            extra={
              <Button
                icon={<FilePdfOutlined />}
                loading={busy === 'pdf'}
                onClick={() => void report()}
                data-testid="bundle-check-pdf"
              >
                下载核验报告（PDF）
              </Button>
            }
          />
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="文件">{file?.name}</Descriptions.Item>
            <Descriptions.Item label="文件指纹（SHA-256）">
              <Typography.Text copyable code data-testid="bundle-check-fingerprint">
                {result.fingerprint}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="所涉事件">
              {result.incidentTitle ?? (result.incidentId ? '（涉密事件，不显示标题）' : '—')}
            </Descriptions.Item>
            <Descriptions.Item label="导出时间">{fmt(result.exportedAt)}</Descriptions.Item>
            <Descriptions.Item label="已校验">
              {result.eventsChecked} 条事件、{result.streamsChecked} 条流、{result.checkpointsChecked}{' '}
              个封存点
              {result.unsealedEvents ? `；${result.unsealedEvents} 条尚未封存` : ''}
            </Descriptions.Item>
            <Descriptions.Item label="见证记录">
              {result.witnessHeads
                ? `已对照 ${result.witnessHeads} 个封存点`
                : '见证文件不可读：仅按公钥核验'}
            </Descriptions.Item>
            <Descriptions.Item label="核验时间">{fmt(result.verifiedAt)}</Descriptions.Item>
          </Descriptions>
        </div>
      )}
    </Card>
  );
}
