import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { downloadFile } from '../lib/download';

export interface DownloadableDocument {
  docxPath: string;
  pdfPath: string;
  pdfAvailable: boolean;
}

/**
 * 下载 Word / PDF for one issued document. The Word file is the one issued (the server checks its SHA-256 against
 * the log before sending it); the PDF is made from it. An auditor's download is recorded by the API as a read.
 */
export function DocumentDownload({
  document: doc,
  size = 'small',
}: {
  document: DownloadableDocument;
  size?: 'small' | 'middle';
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'docx' | 'pdf' | null>(null);
  const get = async (format: 'docx' | 'pdf') => {
    setBusy(format);
    try {
      await downloadFile(format === 'docx' ? doc.docxPath : doc.pdfPath);
    } catch (err) {
      message.error(err instanceof Error ? err.message : '下载失败', 6);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space size={4} wrap data-testid="document-download">
      <Button
        size={size}
        icon={<FileWordOutlined />}
        loading={busy === 'docx'}
        onClick={() => void get('docx')}
      >
        下载 Word
      </Button>
      <Tooltip
        title={
          doc.pdfAvailable ? '由已印发的 Word 文件转换，便于手机阅读和归档' : '本服务器未安装 PDF 转换组件'
        }
      >
        <Button
          size={size}
          icon={<FilePdfOutlined />}
          disabled={!doc.pdfAvailable}
          loading={busy === 'pdf'}
          onClick={() => void get('pdf')}
        >
          PDF
        </Button>
      </Tooltip>
    </Space>
  );
}
