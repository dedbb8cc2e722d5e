import { UploadOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { offers } from './shared';
import { FormModal } from '../FormModal';
import { graphql } from '../../gql';
import type { AttachmentPurpose, IncidentAction, Platform } from '../../gql/graphql';
import { label, options } from '../../lib/labels';
import { useSubmit } from '../../lib/submit';
import { dayjs, fmt } from '../../lib/time';
import { AttachmentFiles } from '../attachments/AttachmentFiles';
import { useAttachFiles } from '../attachments/use-attach-files';

const EVIDENCE = graphql(`
  query ConsoleIncidentEvidence($id: ID!) {
    attachments(recordKind: INCIDENT, recordId: $id) {
      id
      purpose
      originalName
      mediaType
      size
      sha256
      attachedByName
      attachedAt
      downloadPath
      previewPath
      confidential
    }
    capturedPosts(incidentId: $id) {
      id
      url
      platform
      author
      textAsSeen
      capturedAt
      capturedByName
      screenshotAttachmentId
      screenshotSha256
      readings {
        readAt
        reposts
        comments
        views
      }
    }
  }
`);
const CAPTURE = graphql(`
  mutation ConsoleCapturePost($input: CapturePostInput!) {
    capturePost(input: $input) {
      id
    }
  }
`);
const READING = graphql(`
  mutation ConsoleRecordPostSpread($input: RecordPostSpreadInput!) {
    recordPostSpread(input: $input) {
      id
    }
  }
`);

const PURPOSES: AttachmentPurpose[] = [
  'POST_SCREENSHOT',
  'WEB_ARCHIVE',
  'VIDEO',
  'AUDIO',
  'PHOTO',
  'DOCUMENT',
];

interface CaptureForm {
  url: string;
  platform: Platform;
  author: string;
  textAsSeen: string;
  capturedAt: dayjs.Dayjs;
  screenshotAttachmentId: string;
}
interface ReadingForm {
  readAt: dayjs.Dayjs;
  reposts: number;
  comments: number;
  views: number;
}

const kb = (n: number) => (n >= 1_048_576 ? `${(n / 1_048_576).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);

/**
 * 证据 on the incident (issue 22): the files kept as proof (原帖截图, 网页存档, 视频, 音频 …) with their SHA-256, who added
 * them and when, and the posts captured as evidence (URL, platform, author, the text as seen, the screenshot) with
 * their spread readings over time. Posts get deleted within hours: this is what a referral or a finding rests on.
 */
export function EvidenceCard({
  incident: inc,
}: {
  incident: { id: string; allowedActions: readonly IncidentAction[] };
}) {
  const [{ data }, refetch] = useQuery({ query: EVIDENCE, variables: { id: inc.id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const capture = useSubmit(CAPTURE);
  const reading = useSubmit(READING);
  const [purpose, setPurpose] = useState<AttachmentPurpose>('POST_SCREENSHOT');
  const { busy, send: attachFiles } = useAttachFiles(reload);
  const [capturing, setCapturing] = useState(false);
  const [readingFor, setReadingFor] = useState<string | null>(null);
  const may = offers(inc, 'attachEvidence');
  const files = data?.attachments ?? [];
  const posts = data?.capturedPosts ?? [];
  const screenshots = files.filter((f) => f.purpose === 'POST_SCREENSHOT');

  const send = (list: FileList | null) =>
    attachFiles(
      list,
      { recordKind: 'INCIDENT', recordId: inc.id },
      () => purpose,
      (n) => `已留存 ${n} 个证据文件`,
    );

  return (
    <Card
      size="small"
      title="证据"
      style={{ marginTop: 16 }}
      data-testid="evidence-card"
      extra={
        may && (
          <Space size={6} wrap>
            <Select<AttachmentPurpose>
              size="small"
              style={{ width: 120 }}
              value={purpose}
              onChange={setPurpose}
              options={PURPOSES.map((p) => ({ value: p, label: label('AttachmentPurpose', p) }))}
              data-testid="evidence-purpose"
            />
            <label className="ant-btn ant-btn-default ant-btn-sm file-source" aria-disabled={busy}>
              <UploadOutlined /> 上传
              <input
                type="file"
                multiple
                hidden
                disabled={busy}
                data-testid="evidence-file"
                onChange={(e) => void send(e.target.files)}
              />
            </label>
            {screenshots.length > 0 && (
              <Button size="small" onClick={() => setCapturing(true)} data-testid="evidence-capture">
                留存帖文
              </Button>
            )}
          </Space>
        )
      }
    >
      {files.length === 0 && posts.length === 0 && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={may ? '暂无证据：先上传原帖截图，再留存帖文（网址、发帖人、原文）' : '暂无证据'}
        />
      )}
      {posts.map((p) => {
        const shot = files.find((f) => f.id === p.screenshotAttachmentId);
        const last = p.readings[p.readings.length - 1];
        return (
          <div key={p.id} className="leader-item" data-testid="captured-post">
            <Space size={4} wrap>
              <Tag color="volcano">留存帖文</Tag>
              <Tag>{label('Platform', p.platform)}</Tag>
              <b>{p.author}</b>
              <Typography.Text type="secondary">
                {p.capturedByName} {fmt(p.capturedAt)} 留存
              </Typography.Text>
            </Space>
            <div className="inbox-req">{p.textAsSeen}</div>
            <Typography.Text copyable={{ text: p.url }} ellipsis style={{ maxWidth: '100%' }}>
              {p.url}
            </Typography.Text>
            {shot && (
              <a href={shot.downloadPath} target="_blank" rel="noreferrer" className="evidence-shot">
                <img src={shot.previewPath ?? shot.downloadPath} alt="原帖截图" data-testid="captured-shot" />
              </a>
            )}
            <div className="inbox-meta">
              截图 SHA-256 {p.screenshotSha256.slice(0, 16)}…
              {last
                ? ` · 传播（${fmt(last.readAt)}）：转发 ${last.reposts}，评论 ${last.comments}，浏览 ${last.views}（共 ${p.readings.length} 次读数）`
                : ' · 尚无传播数据'}
            </div>
            {may && (
              <Button size="small" onClick={() => setReadingFor(p.id)} data-testid="evidence-reading">
                记录传播数据
              </Button>
            )}
          </div>
        );
      })}
      <AttachmentFiles
        files={files}
        testId="evidence-files"
        imageTestId="evidence-photo"
        linkTestId="evidence-file-link"
        describe={(f) =>
          `${f.originalName} · ${label('AttachmentPurpose', f.purpose)} · ${kb(f.size)} · ${f.attachedByName} ${fmt(f.attachedAt)} · SHA-256 ${f.sha256}`
        }
        nameOf={(f) => `${label('AttachmentPurpose', f.purpose)} · ${f.originalName}`}
      />

      <FormModal<CaptureForm>
        open={capturing}
        title="留存帖文为证据"
        onClose={() => setCapturing(false)}
        loading={capture.loading}
        width={640}
        testId="capture-post"
        initialValues={{
          capturedAt: dayjs(),
          platform: 'WEIBO',
          screenshotAttachmentId: screenshots[screenshots.length - 1]?.id,
        }}
        onSubmit={async (f) => {
          const r = await capture.run(
            { input: { ...f, incidentId: inc.id, capturedAt: f.capturedAt.toISOString() } },
            '帖文已留存为证据',
          );
          if (r) reload();
          return !!r;
        }}
      >
        <Form.Item name="url" label="网址" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={2000} placeholder="https://" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="platform" label="平台" rules={[{ required: true }]}>
              <Select options={options('Platform')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="author" label="发帖人" rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="textAsSeen" label="帖文原文（照录）" rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={4} maxLength={20000} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="capturedAt" label="留存时间" rules={[{ required: true }]}>
              <DatePicker showTime style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="screenshotAttachmentId" label="原帖截图" rules={[{ required: true }]}>
              <Select options={screenshots.map((s) => ({ value: s.id, label: s.originalName }))} />
            </Form.Item>
          </Col>
        </Row>
      </FormModal>
      <FormModal<ReadingForm>
        open={!!readingFor}
        title="记录传播数据（不覆盖以前的读数）"
        onClose={() => setReadingFor(null)}
        loading={reading.loading}
        testId="post-reading"
        initialValues={{ readAt: dayjs() }}
        onSubmit={async (f) => {
          const r = await reading.run(
            { input: { ...f, postId: readingFor!, readAt: f.readAt.toISOString() } },
            '已记录传播数据',
          );
          if (r) reload();
          return !!r;
        }}
      >
        <Form.Item name="readAt" label="读数时间" rules={[{ required: true }]}>
          <DatePicker showTime style={{ width: '100%' }} />
        </Form.Item>
        <Row gutter={12}>
          {(
            [
              ['reposts', '转发'],
              ['comments', '评论'],
              ['views', '浏览'],
            ] as const
          ).map(([name, text]) => (
            <Col span={8} key={name}>
              <Form.Item name={name} label={text} rules={[{ required: true }]}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </FormModal>
    </Card>
  );
}
