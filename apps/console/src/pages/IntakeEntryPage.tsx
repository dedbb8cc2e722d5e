import {
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Result,
  Row,
  Select,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ENTER_INTAKE_ITEM } from '../components/intake/intake-source-queries';
import { options } from '../lib/labels';
import { useSession } from '../lib/session';
import { useSubmit } from '../lib/submit';
import { fromBjWall, toBjWall, type Dayjs } from '../lib/time';

type Values = {
  url?: string;
  platform: string;
  title?: string;
  author?: string;
  text: string;
  publishedAt: Dayjs;
  posts?: number;
  reposts?: number;
  comments?: number;
  views?: number;
  mainstreamMediaPickups?: number;
};

const SPREAD: { name: keyof Values; label: string }[] = [
  { name: 'views', label: '阅读/浏览' },
  { name: 'reposts', label: '转发' },
  { name: 'comments', label: '评论' },
  { name: 'posts', label: '发帖' },
  { name: 'mainstreamMediaPickups', label: '主流媒体转载' },
];

/**
 * 录入线索 (issue 23): what a unit's people found themselves — the village 网格员 on a phone included — entered by hand
 * for their own unit; it joins the county centre's 舆情线索 queue as 人工录入 for the duty officer to triage.
 */
export default function IntakeEntryPage() {
  const session = useSession();
  const enter = useSubmit(ENTER_INTAKE_ITEM);
  const [form] = Form.useForm<Values>();
  const [sent, setSent] = useState(false);

  async function onFinish(v: Values) {
    const spread = Object.fromEntries(
      SPREAD.flatMap((s) => (typeof v[s.name] === 'number' ? [[s.name, v[s.name]]] : [])),
    );
    const r = await enter.run(
      {
        input: {
          url: v.url?.trim() || null,
          platform: v.platform,
          title: v.title?.trim() || null,
          author: v.author?.trim() || null,
          text: v.text,
          publishedAt: fromBjWall(v.publishedAt).toISOString(),
          spread,
        },
      },
      '已提交线索',
    );
    if (r) {
      setSent(true);
      form.resetFields();
    }
  }

  return (
    <div className="page intake-entry-page" data-testid="intake-entry-page">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            录入线索
          </Typography.Title>
          <Typography.Text type="secondary">
            {session?.me.unit.name ?? ''}发现的网上信息，提交后进入县中心舆情线索，由值班人员研判
          </Typography.Text>
        </div>
      </div>
      {sent ? (
        <div data-testid="intake-entry-done">
          <Result
            status="success"
            title="线索已提交"
            subTitle="已进入县中心舆情线索，等待研判"
            extra={[
              <Button
                type="primary"
                key="again"
                onClick={() => setSent(false)}
                data-testid="intake-entry-again"
              >
                再录一条
              </Button>,
              <Link key="back" to="/">
                返回首页
              </Link>,
            ]}
          />
        </div>
      ) : (
        <Card size="small">
          <Form<Values>
            form={form}
            layout="vertical"
            onFinish={onFinish}
            initialValues={{ platform: 'WECHAT', publishedAt: toBjWall(Date.now()) }}
            data-testid="intake-entry-form"
          >
            <Form.Item
              name="text"
              label="内容"
              rules={[{ required: true, message: '请填写帖文或消息的内容' }]}
            >
              <Input.TextArea
                autoSize={{ minRows: 4, maxRows: 10 }}
                placeholder="帖文、群消息的原文或摘要"
                data-testid="intake-entry-text"
              />
            </Form.Item>
            <Row gutter={12}>
              <Col xs={24} sm={12}>
                <Form.Item name="platform" label="平台" rules={[{ required: true }]}>
                  <Select options={options('Platform')} data-testid="intake-entry-platform" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item
                  name="publishedAt"
                  label="发布时间"
                  rules={[{ required: true, message: '请选择发布时间' }]}
                >
                  <DatePicker
                    showTime={{ format: 'HH:mm' }}
                    format="YYYY-MM-DD HH:mm"
                    style={{ width: '100%' }}
                    inputReadOnly
                  />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="url" label="链接（如有）">
              <Input inputMode="url" placeholder="https://" data-testid="intake-entry-url" />
            </Form.Item>
            <Row gutter={12}>
              <Col xs={24} sm={12}>
                <Form.Item name="author" label="发布者">
                  <Input placeholder="账号名或群名" data-testid="intake-entry-author" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="title" label="标题（可不填）">
                  <Input data-testid="intake-entry-title" />
                </Form.Item>
              </Col>
            </Row>
            <Typography.Text type="secondary">传播情况（已知的填写）</Typography.Text>
            <Row gutter={12} style={{ marginTop: 8 }}>
              {SPREAD.map((s) => (
                <Col xs={12} sm={8} key={s.name}>
                  <Form.Item name={s.name} label={s.label}>
                    <InputNumber
                      min={0}
                      precision={0}
                      inputMode="numeric"
                      style={{ width: '100%' }}
                      data-testid={`intake-entry-${s.name}`}
                    />
                  </Form.Item>
                </Col>
              ))}
            </Row>
            <Button
              type="primary"
              htmlType="submit"
              block
              size="large"
              loading={enter.loading}
              data-testid="intake-entry-submit"
            >
              提交线索
            </Button>
          </Form>
        </Card>
      )}
    </div>
  );
}
