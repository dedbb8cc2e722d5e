import {
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  Popconfirm,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { InboxAudience, NotificationChannelKind } from '../gql/graphql';
import { label } from '../lib/labels';
import { useSubmit } from '../lib/submit';
import { fmt } from '../lib/time';
import { useSession } from '../lib/session';
import { useUnits } from '../lib/units';

const CHANNELS = graphql(`
  query ConsoleNotificationChannels($unitId: ID) {
    notificationChannels(unitId: $unitId) {
      id
      unitId
      kind
      target
      label
      audiences
      enabled
      configuredAt
    }
    notificationDeadLetters(first: 20) {
      id
      unitId
      channelKind
      target
      kind
      lastError
      attempts
      arrivedAt
    }
  }
`);
const CONFIGURE = graphql(`
  mutation ConsoleConfigureChannel($input: ConfigureNotificationChannelInput!) {
    configureNotificationChannel(input: $input) {
      channel {
        id
      }
      webhookSecret
    }
  }
`);
const REMOVE = graphql(`
  mutation ConsoleRemoveChannel($input: RemoveNotificationChannelInput!) {
    removeNotificationChannel(input: $input) {
      id
    }
  }
`);
const RETRY = graphql(`
  mutation ConsoleRetryDelivery($input: RetryNotificationDeliveryInput!) {
    retryNotificationDelivery(input: $input) {
      id
      status
    }
  }
`);

const AUDIENCES: InboxAudience[] = ['UNIT', 'LEADERS', 'ADMINS'];

/**
 * County ADMIN: a unit's e-mail and webhook channels (who in the unit each reaches), and the deliveries that failed
 * for good, to retry once the address is right. 涉密 incidents go out as a reference only, whatever the channel.
 */
export function NotificationChannelsCard() {
  const units = useUnits();
  const session = useSession();
  const [unitId, setUnitId] = useState<string | undefined>();
  const [{ data }, refetch] = useQuery({ query: CHANNELS, variables: { unitId } });
  const configure = useSubmit(CONFIGURE);
  const remove = useSubmit(REMOVE);
  const retry = useSubmit(RETRY);
  const [secret, setSecret] = useState<string | null>(null);
  const [form] = Form.useForm();
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <Card size="small" title="通知渠道（邮件 / 短信网关）" data-testid="notification-channels">
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Space style={{ marginBottom: 8 }}>
            <span>单位</span>
            <Select
              data-testid="channel-unit"
              style={{ width: 260 }}
              placeholder="本单位"
              allowClear
              value={unitId}
              onChange={setUnitId}
              options={units.list.filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
              showSearch
              optionFilterProp="label"
            />
          </Space>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={data?.notificationChannels ?? []}
            locale={{ emptyText: '尚未配置渠道：只在平台内提醒' }}
            columns={[
              { title: '方式', width: 80, render: (_, c) => label('NotificationChannelKind', c.kind) },
              { title: '地址', dataIndex: 'target', ellipsis: true },
              {
                title: '接收',
                render: (_, c) => c.audiences.map((a) => <Tag key={a}>{label('InboxAudience', a)}</Tag>),
              },
              { title: '备注', dataIndex: 'label', ellipsis: true },
              {
                title: '',
                width: 70,
                render: (_, c) => (
                  <Popconfirm
                    title="删除该渠道？"
                    onConfirm={() =>
                      void remove.run({ input: { channelId: c.id } }, '渠道已删除').then((r) => r && reload())
                    }
                  >
                    <Button size="small" danger type="link">
                      删除
                    </Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
        </Col>
        <Col xs={24} xl={10}>
          <Form
            form={form}
            layout="vertical"
            initialValues={{ kind: 'EMAIL', audiences: ['UNIT'] }}
            onFinish={(v: {
              kind: NotificationChannelKind;
              target: string;
              audiences: InboxAudience[];
              label?: string;
            }) =>
              void configure
                .run(
                  { input: { unitId: unitId ?? session?.me.unit.id ?? '', ...v, label: v.label ?? '' } },
                  '渠道已添加',
                )
                .then((r) => {
                  if (!r) return;
                  setSecret(r.configureNotificationChannel.webhookSecret ?? null);
                  form.resetFields(['target', 'label']);
                  reload();
                })
            }
          >
            <Form.Item name="kind" label="方式">
              <Select
                options={[
                  { value: 'EMAIL', label: '电子邮件' },
                  { value: 'WEBHOOK', label: 'Webhook（短信网关）' },
                ]}
              />
            </Form.Item>
            <Form.Item name="target" label="邮件地址或 https 网址" rules={[{ required: true }]}>
              <Input placeholder="leader@example.gov.cn" />
            </Form.Item>
            <Form.Item name="audiences" label="接收哪些提醒" rules={[{ required: true }]}>
              <Checkbox.Group
                options={AUDIENCES.map((a) => ({ value: a, label: label('InboxAudience', a) }))}
              />
            </Form.Item>
            <Form.Item name="label" label="备注">
              <Input placeholder="如：王镇长手机短信" />
            </Form.Item>
            <Button htmlType="submit" type="primary" loading={configure.loading}>
              添加到{unitId ? units.name(unitId) : '本单位'}
            </Button>
            {secret && (
              <Typography.Paragraph copyable={{ text: secret }} type="warning" style={{ marginTop: 8 }}>
                Webhook 签名密钥只显示这一次，请交给网关配置：{secret}
              </Typography.Paragraph>
            )}
          </Form>
        </Col>
      </Row>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        投递失败（已停止重试）
      </Typography.Title>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={data?.notificationDeadLetters ?? []}
        locale={{ emptyText: '没有失败的投递' }}
        columns={[
          { title: '时间', width: 110, render: (_, d) => fmt(d.arrivedAt) },
          { title: '单位', render: (_, d) => units.name(d.unitId) },
          { title: '内容', render: (_, d) => label('InboxChangeKind', d.kind) },
          { title: '地址', dataIndex: 'target', ellipsis: true },
          { title: '原因', dataIndex: 'lastError', ellipsis: true },
          {
            title: '',
            width: 80,
            render: (_, d) => (
              <Button
                size="small"
                onClick={() =>
                  void retry.run({ input: { deliveryId: d.id } }, '已重新投递').then((r) => r && reload())
                }
              >
                重试
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
