import {
  AlertOutlined,
  ClockCircleOutlined,
  FileDoneOutlined,
  MailOutlined,
  ReloadOutlined,
} from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  List,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { Chart } from '../components/Chart';
import { GradeTag, StatusTag, TaskStatusTag } from '../components/tags';
import { DASHBOARD, FIGURES, OPEN_VARS, visitPolicy } from '../lib/dashboard-data';
import { useLiveRefresh } from '../lib/live';
import { errorText } from '../lib/submit';
import { GRADE_COLOR, GRADE_ORDER, GRADE_SHORT, label, OPEN_STATUSES, ROLE_SHORT } from '../lib/labels';
import { bj, dueText, fmt } from '../lib/time';
import { can, useSession } from '../lib/session';
import { useUnits } from '../lib/units';

export default function DashboardPage() {
  const nav = useNavigate();
  const units = useUnits();
  // The app started these queries as it loaded (lib/dashboard-data): the first visit takes them from the cache,
  // a later one asks again.
  const [dashboardPolicy] = useState(() => visitPolicy('dashboard'));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: DASHBOARD,
    variables: OPEN_VARS,
    requestPolicy: dashboardPolicy,
  });
  const [policy] = useState(() => visitPolicy('figures'));
  const [{ data: figuresData, fetching: figuresLoading }, refetchFigures] = useQuery({
    query: FIGURES,
    requestPolicy: policy,
  });
  const refresh = () => {
    refetch({ requestPolicy: 'network-only' });
    refetchFigures({ requestPolicy: 'network-only' });
  };
  // What the figures count changes under the page: it asks again when the live feed says something arrived, when
  // the person comes back to it, and each minute.
  useLiveRefresh(refresh);
  const figures = figuresData?.dashboard;
  // "Now" is when the data arrived, not each render's moment: a new moment would rebuild every chart option (and
  // redraw the charts) on renders that changed nothing.
  const now = useMemo(() => Date.now(), [data, figures]);

  const open = useMemo(() => data?.open.edges.map((e) => e.node) ?? [], [data]);
  const dueTasks = useMemo(
    () =>
      open
        .flatMap((i) => i.tasks.map((t) => ({ ...t, incident: i })))
        .filter((t) => ['DISPATCHED', 'SIGNED', 'IN_PROGRESS', 'REWORK'].includes(t.status))
        .filter((t) => t.overdue || new Date(t.dueAt).getTime() - now < 6 * 3600_000)
        .sort((a, b) => a.dueAt.localeCompare(b.dueAt)),
    [open, now],
  );
  // Handed in and waiting for the centre's review (审核), the longest waiting first.
  const toReview = useMemo(
    () =>
      open
        .flatMap((i) => i.tasks.map((t) => ({ ...t, incident: i })))
        .filter((t) => t.status === 'HANDED_IN')
        .sort((a, b) => (a.handedInAt ?? '').localeCompare(b.handedInAt ?? '')),
    [open],
  );
  // As the API counts them: a unit its own receipts, the county centre and auditors every recipient's.
  const session = useSession();
  const ownUnit = session && !can(session, 'READ_COUNTY_INCIDENTS') ? session.me.unit.id : null;
  const unsigned = useMemo(
    () =>
      open.flatMap((i) =>
        i.letters
          .map((l) => ({
            ...l,
            incident: i,
            missing: l.receipts.filter((r) => !r.signed && (!ownUnit || r.unitId === ownUnit)),
          }))
          .filter((l) => l.missing.length > 0),
      ),
    [open, ownUnit],
  );

  // The trend's 30 days end today (Beijing): it is redrawn when the figures or the day change, not the other data.
  const today = bj(now).format('YYYY-MM-DD');
  const trendOption = useMemo(() => {
    const days = Array.from({ length: 30 }, (_, k) => bj(`${today}T00:00:00+08:00`).subtract(29 - k, 'day'));
    const keys = days.map((d) => d.format('YYYY-MM-DD'));
    const index = new Map(keys.map((k, i) => [k, i]));
    const counts = Object.fromEntries(GRADE_ORDER.map((g) => [g, keys.map(() => 0)]));
    const ungraded = keys.map(() => 0);
    for (const n of figures?.trend ?? []) {
      const k = index.get(n.day) ?? -1;
      if (k < 0) continue;
      if (n.grade) counts[n.grade][k] += n.count;
      else ungraded[k] += n.count;
    }
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0, itemWidth: 12, itemHeight: 12 },
      grid: { left: 36, right: 12, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: days.map((d) => d.format('MM-DD')), axisLabel: { interval: 4 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        ...GRADE_ORDER.map((g) => ({
          name: GRADE_SHORT[g],
          type: 'bar',
          stack: 'all',
          barMaxWidth: 18,
          itemStyle: { color: GRADE_COLOR[g] },
          data: counts[g],
        })),
        {
          name: '未定级',
          type: 'bar',
          stack: 'all',
          barMaxWidth: 18,
          itemStyle: { color: '#bfbfbf' },
          data: ungraded,
        },
      ],
    };
  }, [figures, today]);

  // Over every task of the month, as the API counts them: late hand-ins and open overdue tasks count against a unit.
  const rates = useMemo(
    () =>
      (figures?.unitOnTime ?? [])
        .filter((r) => r.onTimeRate !== null && r.onTimeRate !== undefined)
        .map((r) => ({ unitId: r.unitId, name: r.unitName ?? units.name(r.unitId), rate: r.onTimeRate ?? 0 }))
        .sort((a, b) => a.rate - b.rate)
        .slice(0, 12),
    [figures, units],
  );

  const rateOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${v}%` },
      grid: { left: 110, right: 40, top: 8, bottom: 24 },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: {
        type: 'category',
        data: rates.map((r) => r.name),
        axisLabel: { width: 100, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 16,
          data: rates.map((r) => ({
            value: Math.round((r.rate ?? 0) * 100),
            itemStyle: {
              color: (r.rate ?? 0) >= 0.9 ? '#389e0d' : (r.rate ?? 0) >= 0.7 ? '#d48806' : '#cf1322',
            },
          })),
          label: { show: true, position: 'right', formatter: '{c}%' },
        },
      ],
    }),
    [rates],
  );

  const gradeCount = (g: string) =>
    data ? (data as unknown as Record<string, { totalCount: number }>)[`g${g}`].totalCount : 0;
  const statusCount = (s: string) =>
    data ? (data as unknown as Record<string, { totalCount: number }>)[`s${s}`].totalCount : 0;

  return (
    <div className="page" data-testid="dashboard">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            工作台
          </Typography.Title>
          <Typography.Text type="secondary">
            {bj(now).format('YYYY年M月D日 dddd HH:mm')}（北京时间）· 在办舆情 {data?.open.totalCount ?? '—'}{' '}
            件
          </Typography.Text>
        </div>
        <Space>
          <Button
            icon={<ReloadOutlined />}
            onClick={refresh}
            loading={fetching}
            data-testid="dashboard-refresh"
          >
            刷新
          </Button>
          <Button type="primary" onClick={() => nav('/incidents?new=1')}>
            登记舆情
          </Button>
        </Space>
      </div>

      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="dashboard-error"
          message={`加载失败：${errorText(error)}`}
          description="下列数字可能不是最新的。"
          action={
            <Button size="small" onClick={refresh}>
              重试
            </Button>
          }
        />
      )}
      <Row gutter={[16, 16]}>
        {GRADE_ORDER.map((g) => (
          <Col xs={12} md={6} key={g}>
            <Card
              className="grade-card"
              style={{ borderTopColor: GRADE_COLOR[g] }}
              onClick={() => nav(`/incidents?grade=${g}&open=1`)}
              hoverable
            >
              <Statistic
                title={<span>{GRADE_SHORT[g]} · 在办</span>}
                value={gradeCount(g)}
                valueStyle={{ color: g === 'III' ? '#ad8b00' : GRADE_COLOR[g], fontWeight: 600 }}
                suffix="件"
              />
            </Card>
          </Col>
        ))}
      </Row>

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={16}>
          <Card
            title="近 30 天舆情趋势（按等级）"
            size="small"
            extra={!figures && figuresLoading && <Tag>加载中</Tag>}
          >
            {/* Drawn once, with the data: an empty chart first would be drawn twice on the first load. */}
            {figures ? (
              <Chart option={trendOption} height={260} testId="trend-chart" />
            ) : (
              <Skeleton
                active
                paragraph={{ rows: 6 }}
                title={false}
                style={{ height: 260, paddingTop: 16 }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title="在办事件状态" size="small" className="status-card">
            {OPEN_STATUSES.map((s) => {
              const n = statusCount(s);
              const total = Math.max(1, data?.open.totalCount ?? 1);
              return (
                <div key={s} className="status-row" onClick={() => nav(`/incidents?status=${s}`)}>
                  <span className="status-name">{label('IncidentStatus', s)}</span>
                  <div className="status-bar">
                    <div style={{ width: `${(n / total) * 100}%` }} />
                  </div>
                  <b>{n}</b>
                </div>
              );
            })}
            <div className="status-row muted">
              <span className="status-name">工单逾期</span>
              <div className="status-bar danger">
                <div style={{ width: `${Math.min(100, (figures?.overdueTasks ?? 0) * 10)}%` }} />
              </div>
              <b style={{ color: '#cf1322' }}>{figures?.overdueTasks ?? '—'}</b>
            </div>
          </Card>
        </Col>
      </Row>

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={14}>
          <Card
            size="small"
            title={
              <Space>
                <ClockCircleOutlined style={{ color: '#cf1322' }} />
                逾期及临期工单（6 小时内到期）
              </Space>
            }
          >
            <Table
              size="small"
              rowKey="id"
              pagination={{ pageSize: 6, hideOnSinglePage: true }}
              dataSource={dueTasks}
              locale={{
                emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无逾期或临期工单" />,
              }}
              data-testid="due-tasks"
              columns={[
                {
                  title: '事件',
                  render: (_, t) => (
                    <Link to={`/incidents/${t.incident.id}`}>
                      <GradeTag grade={t.incident.grade} /> {t.incident.title}
                    </Link>
                  ),
                  ellipsis: true,
                },
                {
                  title: '承办单位',
                  width: 150,
                  render: (_, t) => `${units.name(t.assigneeUnitId)}（${ROLE_SHORT[t.role]}）`,
                },
                { title: '状态', width: 90, render: (_, t) => <TaskStatusTag status={t.status} /> },
                {
                  title: '时限',
                  width: 150,
                  render: (_, t) => {
                    const d = dueText(t.dueAt, now);
                    return (
                      <Tooltip title={fmt(t.dueAt)}>
                        <span style={{ color: d.overdue ? '#cf1322' : '#d48806', fontWeight: 500 }}>
                          {d.text}
                        </span>
                      </Tooltip>
                    );
                  },
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title={
              <Space>
                <MailOutlined style={{ color: '#d48806' }} />
                未签收的风险提示函
              </Space>
            }
          >
            <List
              size="small"
              dataSource={unsigned}
              locale={{
                emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="提示函均已签收" />,
              }}
              pagination={unsigned.length > 5 ? { pageSize: 5, size: 'small' } : false}
              renderItem={(l) => (
                <List.Item onClick={() => nav(`/incidents/${l.incident.id}`)} className="clickable">
                  <List.Item.Meta
                    title={
                      <Space size={4}>
                        <GradeTag grade={l.incident.grade} />
                        <span>{l.title}</span>
                      </Space>
                    }
                    description={
                      <span>
                        待签收：{l.missing.map((r) => units.name(r.unitId)).join('、')} · 签收时限{' '}
                        {dueText(l.receiptDueAt, now).text}
                      </span>
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24}>
          <Card
            size="small"
            data-testid="to-review"
            title={
              <Space>
                <FileDoneOutlined style={{ color: '#1747a6' }} />
                待审核的交单
                {toReview.length > 0 && <Tag color="blue">{toReview.length}</Tag>}
              </Space>
            }
          >
            <Table
              size="small"
              rowKey="id"
              pagination={{ pageSize: 5, hideOnSinglePage: true }}
              dataSource={toReview}
              locale={{
                emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无待审核的交单" />,
              }}
              onRow={(t) => ({ onClick: () => nav(`/incidents/${t.incident.id}`), className: 'clickable' })}
              columns={[
                {
                  title: '事件',
                  render: (_, t) => (
                    <span>
                      <GradeTag grade={t.incident.grade} /> {t.incident.title}
                    </span>
                  ),
                  ellipsis: true,
                },
                {
                  title: '交单单位',
                  width: 180,
                  render: (_, t) => `${units.name(t.assigneeUnitId)}（${ROLE_SHORT[t.role]}）`,
                },
                {
                  title: '交单时间',
                  width: 150,
                  render: (_, t) => (t.handedInAt ? fmt(t.handedInAt) : '—'),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title="各单位按时办结率（近 30 天派单）"
            extra={<Typography.Text type="secondary">逾期未交计入</Typography.Text>}
          >
            {rates.length ? (
              <Chart option={rateOption} height={Math.max(160, rates.length * 30 + 40)} testId="rate-chart" />
            ) : (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={figures ? '近 30 天暂无已交办工单' : '加载中'}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card
            size="small"
            title={
              <Space>
                <AlertOutlined style={{ color: '#1747a6' }} />
                在办舆情（最新）
              </Space>
            }
            extra={<Link to="/incidents">全部</Link>}
          >
            <Table
              size="small"
              rowKey="id"
              pagination={{ pageSize: 6, hideOnSinglePage: true }}
              dataSource={open}
              onRow={(r) => ({ onClick: () => nav(`/incidents/${r.id}`), className: 'clickable' })}
              columns={[
                { title: '等级', width: 80, render: (_, r) => <GradeTag grade={r.grade} /> },
                { title: '标题', dataIndex: 'title', ellipsis: true },
                { title: '状态', width: 90, render: (_, r) => <StatusTag status={r.status} /> },
                { title: '登记', width: 110, render: (_, r) => fmt(r.reportedAt) },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
        数据截至 <span data-testid="dashboard-as-of">{bj(now).format('HH:mm:ss')}</span>
        ；有新动态、回到本页时和每分钟自动刷新。
      </Typography.Paragraph>
    </div>
  );
}
