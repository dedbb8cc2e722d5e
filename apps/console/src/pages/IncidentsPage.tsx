import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { GradeTag, StatusTag } from '../components/tags';
import { graphql } from '../gql';
import type { Grade, IncidentField, IncidentStatus } from '../gql/graphql';
import { label, OPEN_STATUSES, options } from '../lib/labels';
import { can, useSession } from '../lib/session';
import { useSubmit } from '../lib/submit';
import { dayjs, fmt } from '../lib/time';
import { useUnits } from '../lib/units';
import { LoadError } from '../components/LoadError';

const INCIDENTS = graphql(`
  query ConsoleIncidents($first: Int, $after: String, $filter: IncidentFilter) {
    incidents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          grade
          status
          platform
          channel
          reportedAt
          reportingUnitId
          confidential
          linkage {
            active
          }
          assessment {
            field
            nature
          }
          tasks {
            id
            status
            overdue
          }
        }
      }
    }
  }
`);

const REPORT = graphql(`
  mutation ConsoleReportIncident($input: ReportIncidentInput!) {
    reportIncident(input: $input) {
      id
      status
    }
  }
`);

const PAGE = 20;

export default function IncidentsPage() {
  const nav = useNavigate();
  const session = useSession();
  const units = useUnits();
  const [params, setParams] = useSearchParams();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [page, setPage] = useState(0);
  const [reportOpen, setReportOpen] = useState(params.get('new') === '1');
  const [form] = Form.useForm();
  const report = useSubmit(REPORT);

  const filter = useMemo(() => {
    const grade = params.getAll('grade') as Grade[];
    const status = (params.get('open') ? [...OPEN_STATUSES] : params.getAll('status')) as IncidentStatus[];
    const field = params.getAll('field') as IncidentField[];
    const text = params.get('text') ?? undefined;
    const from = params.get('from');
    const to = params.get('to');
    return {
      grade: grade.length ? grade : undefined,
      status: status.length ? status : undefined,
      field: field.length ? field : undefined,
      text: text || undefined,
      reportedFrom: from ? dayjs.tz(from).startOf('day').toISOString() : undefined,
      reportedTo: to ? dayjs.tz(to).add(1, 'day').startOf('day').toISOString() : undefined,
    };
  }, [params]);

  const [{ data, fetching, error }, refetch] = useQuery({
    query: INCIDENTS,
    variables: { first: PAGE, after: cursors[page], filter },
  });

  function setFilter(key: string, values: string[] | string | undefined) {
    const next = new URLSearchParams(params);
    next.delete(key);
    if (key === 'status') next.delete('open');
    for (const v of Array.isArray(values) ? values : values ? [values] : []) next.append(key, v);
    next.delete('new');
    setParams(next);
    setCursors([null]);
    setPage(0);
  }

  async function onReport(v: {
    title: string;
    excerpt?: string;
    channel: string;
    platform: string;
    url?: string;
    discoveredAt: dayjs.Dayjs;
    confidential?: boolean;
    posts?: number;
    reposts?: number;
    comments?: number;
    views?: number;
  }) {
    const res = await report.run(
      {
        input: {
          title: v.title,
          excerpt: v.excerpt ?? '',
          channel: v.channel as never,
          platform: v.platform as never,
          urls: v.url ? [v.url] : [],
          discoveredAt: v.discoveredAt.toISOString(),
          confidential: !!v.confidential,
          spread: {
            posts: v.posts ?? 0,
            reposts: v.reposts ?? 0,
            comments: v.comments ?? 0,
            views: v.views ?? 0,
          },
        },
      },
      '已登记舆情',
    );
    if (res) {
      setReportOpen(false);
      form.resetFields();
      void nav(`/incidents/${res.reportIncident.id}`);
    }
  }

  const rows = data?.incidents.edges.map((e) => e.node) ?? [];
  const canReport = can(session, 'REPORT_INCIDENT');

  return (
    <div className="page" data-testid="incidents-page">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            舆情事件
          </Typography.Title>
          <Typography.Text type="secondary">
            共 {data?.incidents.totalCount ?? '—'} 件，最新在前
          </Typography.Text>
        </div>
        {canReport && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setReportOpen(true)}
            data-testid="report-open"
          >
            {session?.me.unit.kind === 'COUNTY_CENTER' ? '登记舆情' : '上报舆情'}
          </Button>
        )}
      </div>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap size={[12, 8]}>
          <Input.Search
            allowClear
            placeholder="搜索标题、摘要"
            defaultValue={params.get('text') ?? ''}
            onSearch={(v) => setFilter('text', v)}
            style={{ width: 240 }}
            enterButton={<SearchOutlined />}
            data-testid="incident-search"
          />
          <Select
            mode="multiple"
            allowClear
            placeholder="等级"
            style={{ minWidth: 140 }}
            value={params.getAll('grade')}
            onChange={(v) => setFilter('grade', v)}
            options={options('Grade', (l) => l.replace(/（.*）/, ''))}
          />
          <Select
            mode="multiple"
            allowClear
            placeholder="状态"
            style={{ minWidth: 160 }}
            value={params.get('open') ? [...OPEN_STATUSES] : params.getAll('status')}
            onChange={(v) => setFilter('status', v)}
            options={options('IncidentStatus')}
          />
          <Select
            mode="multiple"
            allowClear
            placeholder="领域"
            style={{ minWidth: 140 }}
            value={params.getAll('field')}
            onChange={(v) => setFilter('field', v)}
            options={options('IncidentField')}
          />
          <DatePicker.RangePicker
            placeholder={['登记自', '登记至']}
            value={params.get('from') ? [dayjs(params.get('from')), dayjs(params.get('to'))] : null}
            onChange={(r) => {
              const next = new URLSearchParams(params);
              next.delete('from');
              next.delete('to');
              if (r?.[0] && r[1]) {
                next.set('from', r[0].format('YYYY-MM-DD'));
                next.set('to', r[1].format('YYYY-MM-DD'));
              }
              setParams(next);
              setCursors([null]);
              setPage(0);
            }}
          />
        </Space>
      </Card>
      <Card size="small" bodyStyle={{ padding: 0 }}>
        <LoadError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
        <Table
          rowKey="id"
          loading={fetching && !data}
          dataSource={rows}
          scroll={{ x: 900 }}
          onRow={(r) => ({ onClick: () => nav(`/incidents/${r.id}`), className: 'clickable' })}
          pagination={false}
          data-testid="incident-table"
          columns={[
            { title: '等级', width: 80, render: (_, r) => <GradeTag grade={r.grade} /> },
            {
              title: '标题',
              render: (_, r) => (
                <span className="incident-title">
                  {r.confidential && <span className="secret">涉密</span>}
                  {r.linkage?.active && r.status !== 'CLOSED' && <span className="linkage">联动</span>}
                  {r.title}
                </span>
              ),
            },
            { title: '状态', width: 90, render: (_, r) => <StatusTag status={r.status} /> },
            { title: '领域', width: 100, render: (_, r) => label('IncidentField', r.assessment?.field) },
            { title: '平台', width: 120, render: (_, r) => label('Platform', r.platform) },
            {
              title: '工单',
              width: 110,
              render: (_, r) => {
                const open = r.tasks.filter((t) => !['ACCEPTED', 'CANCELLED'].includes(t.status)).length;
                const overdue = r.tasks.filter((t) => t.overdue).length;
                return r.tasks.length ? (
                  <span>
                    {open}/{r.tasks.length} 在办
                    {overdue > 0 && <b style={{ color: '#cf1322' }}> · 逾期{overdue}</b>}
                  </span>
                ) : (
                  '—'
                );
              },
            },
            {
              title: '登记单位',
              width: 150,
              ellipsis: true,
              render: (_, r) => units.name(r.reportingUnitId),
            },
            { title: '登记时间', width: 110, render: (_, r) => fmt(r.reportedAt) },
          ]}
        />
        <div className="pager">
          <Typography.Text type="secondary">第 {page + 1} 页</Typography.Text>
          <Space>
            <Button disabled={page === 0} onClick={() => setPage(page - 1)}>
              上一页
            </Button>
            <Button
              disabled={!data?.incidents.pageInfo.hasNextPage}
              onClick={() => {
                const next = [...cursors];
                next[page + 1] = data!.incidents.pageInfo.endCursor ?? null;
                setCursors(next);
                setPage(page + 1);
              }}
            >
              下一页
            </Button>
          </Space>
        </div>
      </Card>

      <Modal
        title={session?.me.unit.kind === 'COUNTY_CENTER' ? '登记舆情' : '向县中心上报舆情'}
        open={reportOpen}
        onCancel={() => setReportOpen(false)}
        onOk={() => form.submit()}
        okText="提交"
        confirmLoading={report.loading}
        width={640}
        destroyOnClose
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={onReport}
          initialValues={{ channel: 'MONITORING', platform: 'WEIBO', discoveredAt: dayjs() }}
          data-testid="report-form"
        >
          <Form.Item name="title" label="标题" rules={[{ required: true, message: '请填写标题' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="excerpt" label="摘要">
            <Input.TextArea rows={3} />
          </Form.Item>
          <Space.Compact block>
            <Form.Item name="channel" label="发现渠道" style={{ flex: 1 }}>
              <Select options={options('DiscoveryChannel')} />
            </Form.Item>
            <Form.Item name="platform" label="平台" style={{ flex: 1, marginLeft: 12 }}>
              <Select options={options('Platform')} />
            </Form.Item>
          </Space.Compact>
          <Form.Item name="url" label="原帖链接">
            <Input placeholder="https://" />
          </Form.Item>
          <Form.Item name="discoveredAt" label="发现时间" rules={[{ required: true }]}>
            <DatePicker showTime format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Space wrap>
            <Form.Item name="posts" label="帖文数">
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="reposts" label="转发数">
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="comments" label="评论数">
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="views" label="浏览量">
              <InputNumber min={0} />
            </Form.Item>
          </Space>
          <Form.Item name="confidential" label="涉密（通知中不含内容）" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
