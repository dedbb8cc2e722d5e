import { LinkOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  Radio,
  Row,
  Segmented,
  Select,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { GradeTag } from './tags';
import { graphql } from '../gql';
import type { DutyLogKind } from '../gql/graphql';
import { label } from '../lib/labels';
import { errorText, useSubmit } from '../lib/submit';
import { bj, fmt, fromBjWall, type Dayjs } from '../lib/time';

const DUTY_LOG = graphql(`
  query ConsoleDutyLog($unitId: ID!, $from: DateTime!, $to: DateTime!) {
    dutyLog(unitId: $unitId, from: $from, to: $to) {
      id
      at
      kind
      text
      incidentId
      onDuty
      userId
      userName
    }
  }
`);
const RECORD = graphql(`
  mutation ConsoleRecordDutyLog($input: RecordDutyLogInput!) {
    recordDutyLog(input: $input) {
      id
      at
      kind
      text
      incidentId
      onDuty
    }
  }
`);
const INCIDENT_CHOICES = graphql(`
  query ConsoleDutyIncidentChoices($text: String) {
    incidents(first: 20, filter: { text: $text }) {
      edges {
        node {
          id
          title
          grade
          reportedAt
        }
      }
    }
  }
`);
const INCIDENT_TITLE = graphql(`
  query ConsoleDutyIncidentTitle($id: ID!) {
    incident(id: $id) {
      id
      title
      grade
    }
  }
`);

export const KIND_COLOR: Record<DutyLogKind, string> = {
  OBSERVATION: 'blue',
  ACTION: 'green',
  HANDOVER: 'purple',
};
/** In the order a duty room works: seen, done, handed over. */
const KINDS: DutyLogKind[] = ['OBSERVATION', 'ACTION', 'HANDOVER'];
const KIND_OPTIONS = KINDS.map((k) => ({ value: k, label: label('DutyLogKind', k) }));
const KIND_PLACEHOLDER: Record<DutyLogKind, string> = {
  OBSERVATION: '监测发现：平台、帖文、传播情况……',
  ACTION: '处置情况：已报告谁、已通知哪个单位、采取了什么措施……',
  HANDOVER: '交接班：在办事项、待跟进事项、需提醒下一班的情况……',
};

type Period = '24h' | 'today' | 'yesterday' | '7d' | 'range';

/** The period a choice means, in Beijing days; "now" moves on, so the last 24 hours end at tomorrow's midnight. */
function periodOf(p: Period, now: number, range: [Dayjs, Dayjs] | null): { from: string; to: string } {
  const midnight = bj(now).startOf('day');
  const tomorrow = midnight.add(1, 'day');
  switch (p) {
    case '24h':
      return { from: new Date(now - 86_400_000).toISOString(), to: tomorrow.toISOString() };
    case 'today':
      return { from: midnight.toISOString(), to: tomorrow.toISOString() };
    case 'yesterday':
      return { from: midnight.subtract(1, 'day').toISOString(), to: midnight.toISOString() };
    case '7d':
      return { from: midnight.subtract(6, 'day').toISOString(), to: tomorrow.toISOString() };
    case 'range':
      return range
        ? {
            from: fromBjWall(range[0].startOf('day')).toISOString(),
            to: fromBjWall(range[1].startOf('day').add(1, 'day')).toISOString(),
          }
        : { from: midnight.toISOString(), to: tomorrow.toISOString() };
  }
}

/**
 * 值班日志: what the duty room saw, did and handed over, newest first, for a period. The unit's duty officers and
 * leaders write it (the API keeps whether the writer was on the roster at that moment).
 */
export function DutyLogCard({
  unitId,
  unitName,
  canRecord,
  onDutyNow,
  now,
}: {
  unitId: string;
  unitName: string;
  canRecord: boolean;
  /** Whether the signed-in person is on the roster now (a line written off-duty is marked so). */
  onDutyNow: boolean;
  now: number;
}) {
  const [period, setPeriod] = useState<Period>('24h');
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [kind, setKind] = useState<DutyLogKind | 'ALL'>('ALL');
  const [tick, setTick] = useState(0);
  const variables = useMemo(
    () => ({ unitId, ...periodOf(period, now, range) }),
    // `tick` re-reads "now" after a line is written, so the new line is inside the period.
    [unitId, period, range, now, tick],
  );
  const [{ data, fetching, error }, refetch] = useQuery({
    query: DUTY_LOG,
    variables,
    requestPolicy: 'cache-and-network',
  });
  const lines = [...(data?.dutyLog ?? [])]
    .filter((l) => kind === 'ALL' || l.kind === kind)
    .sort((a, b) => b.at.localeCompare(a.at));
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const list = (
    <div data-testid="duty-log">
      <div className="duty-log-filters">
        <Segmented
          size="small"
          value={period}
          onChange={(v) => setPeriod(v as Period)}
          options={[
            { value: '24h', label: '近24小时' },
            { value: 'today', label: '今天' },
            { value: 'yesterday', label: '昨天' },
            { value: '7d', label: '近7天' },
            { value: 'range', label: '按日期' },
          ]}
        />
        {period === 'range' && (
          <DatePicker.RangePicker
            size="small"
            value={range}
            onChange={(r) => setRange(r?.[0] && r[1] ? [r[0], r[1]] : null)}
            disabledDate={(d) => d.isAfter(bj(now).format('YYYY-MM-DD'), 'day')}
          />
        )}
        <Select
          size="small"
          value={kind}
          onChange={setKind}
          style={{ width: 120 }}
          options={[{ value: 'ALL', label: '全部类别' }, ...KIND_OPTIONS]}
        />
        <Typography.Text type="secondary" className="duty-log-count">
          共 {lines.length} 条
        </Typography.Text>
      </div>
      {error && <Alert type="error" showIcon message={errorText(error)} style={{ marginBottom: 12 }} />}
      {lines.length === 0 && !fetching && !error && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="该时段没有值班日志" />
      )}
      <Timeline
        className="duty-log-lines"
        items={lines.map((l) => ({
          key: l.id,
          color: KIND_COLOR[l.kind],
          children: (
            <div className="duty-log-line" data-testid="duty-log-line">
              <div className="duty-log-head">
                <span className="duty-log-time">{fmt(l.at)}</span>
                <Tag color={KIND_COLOR[l.kind]} bordered={false}>
                  {label('DutyLogKind', l.kind)}
                </Tag>
                <span className="duty-log-who">{l.userName}</span>
                {!l.onDuty && (
                  <Tag bordered={false} title="记录时不在值班表上">
                    非在班
                  </Tag>
                )}
              </div>
              <div className="duty-log-text">{l.text}</div>
              {l.incidentId && <IncidentLink id={l.incidentId} />}
            </div>
          ),
        }))}
      />
    </div>
  );

  return (
    <Card
      size="small"
      title={`值班日志 · ${unitName}`}
      className="duty-card"
      extra={<Button size="small" icon={<ReloadOutlined />} onClick={reload} loading={fetching} />}
    >
      {canRecord ? (
        <Row gutter={[24, 16]}>
          <Col xs={24} lg={9}>
            <RecordForm
              onDutyNow={onDutyNow}
              onDone={() => {
                setTick((t) => t + 1);
                reload();
              }}
            />
          </Col>
          <Col xs={24} lg={15}>
            {list}
          </Col>
        </Row>
      ) : (
        list
      )}
    </Card>
  );
}

function RecordForm({ onDutyNow, onDone }: { onDutyNow: boolean; onDone: () => void }) {
  const [form] = Form.useForm<{ kind: DutyLogKind; text: string; incidentId?: string }>();
  const record = useSubmit(RECORD);
  const kind = Form.useWatch('kind', form) ?? 'OBSERVATION';
  const [search, setSearch] = useState('');
  const [text, setText] = useState('');
  // Ask the API once typing pauses, not at every keystroke.
  useEffect(() => {
    const t = setTimeout(() => setText(search.trim()), 300);
    return () => clearTimeout(t);
  }, [search]);
  const [{ data, fetching }] = useQuery({
    query: INCIDENT_CHOICES,
    variables: { text: text || null },
  });

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ kind: 'OBSERVATION' }}
      className="duty-log-form"
      data-testid="duty-log-form"
      onFinish={(v) =>
        void record
          .run({ input: { kind: v.kind, text: v.text, incidentId: v.incidentId ?? null } }, '已记入值班日志')
          .then((r) => {
            if (!r) return;
            form.resetFields(['text', 'incidentId']);
            onDone();
          })
      }
    >
      {!onDutyNow && (
        <Alert
          type="info"
          showIcon
          message="您此刻不在值班表上：记录会标注为「非在班」。"
          style={{ marginBottom: 12 }}
        />
      )}
      <Form.Item name="kind" label="类别">
        <Radio.Group optionType="button" buttonStyle="solid" options={KIND_OPTIONS} />
      </Form.Item>
      <Form.Item
        name="text"
        label="内容"
        rules={[{ required: true, whitespace: true, message: '请填写内容' }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount placeholder={KIND_PLACEHOLDER[kind]} />
      </Form.Item>
      <Form.Item name="incidentId" label="关联事件（选填）">
        <Select
          allowClear
          showSearch
          filterOption={false}
          onSearch={setSearch}
          loading={fetching}
          placeholder="输入标题关键词搜索舆情事件"
          notFoundContent={fetching ? '查询中…' : '没有匹配的事件'}
          options={(data?.incidents.edges ?? []).map(({ node: i }) => ({
            value: i.id,
            label: (
              <span className="duty-incident-option">
                <GradeTag grade={i.grade} /> {i.title}
                <small>{fmt(i.reportedAt)}</small>
              </span>
            ),
          }))}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={record.loading} block data-testid="duty-log-submit">
        记入日志
      </Button>
    </Form>
  );
}

function IncidentLink({ id }: { id: string }) {
  const [{ data, error }] = useQuery({ query: INCIDENT_TITLE, variables: { id } });
  if (error) return <div className="duty-log-incident muted">关联事件（不存在或无权查看）</div>;
  return (
    <div className="duty-log-incident">
      <LinkOutlined />{' '}
      <Link to={`/incidents/${id}`} data-testid="duty-log-incident">
        {data ? (
          <>
            <GradeTag grade={data.incident.grade} /> {data.incident.title}
          </>
        ) : (
          '关联事件'
        )}
      </Link>
    </div>
  );
}
