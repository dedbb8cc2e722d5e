import { DownloadOutlined, ExportOutlined, KeyOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Space, Typography } from 'antd';
import { useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../gql';
import { errorText } from '../lib/submit';
import { fmt } from '../lib/time';

const BUNDLE = graphql(`
  query ConsoleIncidentBundle($id: ID!) {
    incidentBundle(id: $id) {
      fileName
      content
      events
      checkpoints
      keyId
      exportedAt
    }
  }
`);
const KEY = graphql(`
  query ConsoleAuditKey {
    auditPublicKey {
      keyId
      publicKeyPem
    }
  }
`);

/** Hands a text to the browser as a file to save. */
function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * 导出签名包: the incident's signed bundle (the same file `npm run audit:export` writes, everything sealed first) and
 * the deployment's public key, for the discipline inspectors to verify offline with `npm run audit:verify`.
 */
export function BundleExportCard({ incidentId }: { incidentId: string }) {
  const client = useClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'bundle' | 'key' | null>(null);
  const [last, setLast] = useState<{
    fileName: string;
    events: number;
    checkpoints: number;
    keyId: string;
    at: string;
  }>();

  const exportBundle = async () => {
    setBusy('bundle');
    try {
      const res = await client
        .query(BUNDLE, { id: incidentId }, { requestPolicy: 'network-only' })
        .toPromise();
      if (res.error || !res.data) {
        message.error(res.error ? errorText(res.error) : '导出失败，请重试', 6);
        return;
      }
      const b = res.data.incidentBundle;
      download(b.fileName, b.content, 'application/json');
      setLast({
        fileName: b.fileName,
        events: b.events,
        checkpoints: b.checkpoints,
        keyId: b.keyId,
        at: b.exportedAt,
      });
      message.success(`已导出签名包：${b.events} 条事件，${b.checkpoints} 个封存点`);
    } finally {
      setBusy(null);
    }
  };

  const exportKey = async () => {
    setBusy('key');
    try {
      const res = await client.query(KEY, {}).toPromise();
      if (res.error || !res.data) {
        message.error(res.error ? errorText(res.error) : '下载失败，请重试', 6);
        return;
      }
      download('deployment.pub.pem', res.data.auditPublicKey.publicKeyPem, 'application/x-pem-file');
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card
      size="small"
      title={
        <span>
          <ExportOutlined /> 导出签名包
        </span>
      }
      style={{ marginTop: 16 }}
      data-testid="bundle-export"
    >
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        导出本事件的全部记录（先封存未封存的部分），由部署密钥签名，交纪检监察部门离线校验，无需连接数据库。
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 8 }}>
        <Button
          type="primary"
          icon={<DownloadOutlined />}
          loading={busy === 'bundle'}
          onClick={() => void exportBundle()}
          data-testid="bundle-download"
        >
          导出签名包
        </Button>
        <Button icon={<KeyOutlined />} loading={busy === 'key'} onClick={() => void exportKey()}>
          下载部署公钥
        </Button>
      </Space>
      {last && (
        <Descriptions size="small" column={1} data-testid="bundle-result">
          <Descriptions.Item label="文件">{last.fileName}</Descriptions.Item>
          <Descriptions.Item label="内容">
            {last.events} 条事件，{last.checkpoints} 个封存点，公钥 {last.keyId}
          </Descriptions.Item>
          <Descriptions.Item label="导出时间">{fmt(last.at)}</Descriptions.Item>
        </Descriptions>
      )}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        离线校验（公钥须另行取得，不能取自签名包本身）：
      </Typography.Paragraph>
      <Typography.Paragraph code copyable style={{ marginBottom: 0 }}>
        {`npm run audit:verify -- ${last?.fileName ?? 'incident.bundle.json'} --key deployment.pub.pem`}
      </Typography.Paragraph>
    </Card>
  );
}
