import { PrinterOutlined, ReloadOutlined, SendOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  List,
  Row,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { GradeTag, StatusTag } from '../components/tags';
import { graphql } from '../gql';
import type { ConsoleDailyReportQuery } from '../gql/graphql';
import { useCountyName } from '../lib/county';
import { label } from '../lib/labels';
import { can, useSession } from '../lib/session';
import { errorText, useSubmit } from '../lib/submit';
import { bj, dayjs, fmt, type Dayjs } from '../lib/time';

// The day as a report states it — figures and sensitive items — the same in a draft and in what was issued
// (fragments are spread by name below; codegen adds them to each document).
graphql(`
  fragment DailyReportFiguresFields on DailyReportFigures {
    newIncidents
    newByGrade {
      I
      II
      III
      IV
      UNGRADED
    }
    openIncidents
    closedThatDay
    tasksDispatchedThatDay
    overdueTasks
  }
  fragment DailyReportItemFields on DailyReportItem {
    incidentId
    title
    confidential
    grade
    status
    platform
    reportedAt
  }
`);
const REPORTS = graphql(`
  query ConsoleDailyReports($from: String!, $to: String!) {
    dailyReports(from: $from, to: $to) {
      id
      date
      revision
      issuedByName
      issuedAt
      figures {
        newIncidents
        openIncidents
        overdueTasks
      }
    }
  }
`);
const REPORT = graphql(`
  query ConsoleDailyReport($id: ID!) {
    dailyReport(id: $id) {
      id
      date
      revision
      positive
      remarks
      correctionReason
      recipientNames
      issuedByName
      issuedAt
      figures {
        ...DailyReportFiguresFields
      }
      sensitive {
        ...DailyReportItemFields
      }
      revisions {
        revision
        issuedByName
        at
        correctionReason
      }
    }
  }
`);
const DRAFT = graphql(`
  query ConsoleDailyReportDraft($date: String!) {
    dailyReportDraft(date: $date) {
      date
      figures {
        ...DailyReportFiguresFields
      }
      sensitive {
        ...DailyReportItemFields
      }
      issued {
        id
        revision
        positive
        remarks
      }
    }
  }
`);
const ISSUE = graphql(`
  mutation ConsoleIssueDailyReport($input: IssueDailyReportInput!) {
    issueDailyReport(input: $input) {
      id
      revision
    }
  }
`);

type Report = ConsoleDailyReportQuery['dailyReport'];
type Figures = Report['figures'];
type Item = Report['sensitive'][number];

/** How far back the API lets a day be reported on (the decider's DAILY_REPORT_MAX_DAYS_BACK). */
const MAX_DAYS_BACK = 31;
const dayLabel = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/**
 * 舆情日报 (004 §三(二)): the centre's duty officers compile the day and send it to the propaganda department's
 * leaders; the centre, the department and the county's auditors read what went out, as it went out.
 */
export default function DailyReportsPage() {
  const session = useSession();
  const { id } = useParams();
  const nav = useNavigate();
  const mayIssue = can(session, 'ISSUE_DAILY_REPORT');
  const today = bj(Date.now()).format('YYYY-MM-DD');
  const period = useMemo(
    () => ({ from: bj(Date.now()).subtract(91, 'day').format('YYYY-MM-DD'), to: today }),
    [today],
  );
  const [{ data, fetching, error }, refetch] = useQuery({
    query: REPORTS,
    variables: period,
    requestPolicy: 'cache-and-network',
  });
  const reports = data?.dailyReports ?? [];
  // A reminder links to a day (`/reports/2026-12-01`): its report if it went out since, else that day's draft.
  const day = id && /^\d{4}-\d{2}-\d{2}$/.test(id) ? id : null;
  const reportId = day ? reports.find((r) => r.date === day)?.id : id;
  const selected = reportId ?? (mayIssue ? undefined : reports[0]?.id);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <div className="page daily-reports-page" data-testid="daily-reports-page">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            舆情日报
          </Typography.Title>
          <Typography.Text type="secondary">
            县网络舆情应急监控中心值班人员每日汇总编发，报县委宣传部领导
          </Typography.Text>
        </div>
        {mayIssue && selected && (
          <Button type="primary" icon={<SendOutlined />} onClick={() => nav('/reports')}>
            编发日报
          </Button>
        )}
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={7}>
          <Card
            size="small"
            title="已编发"
            extra={<Button size="small" icon={<ReloadOutlined />} onClick={reload} loading={fetching} />}
          >
            {error && <Alert type="error" showIcon message={errorText(error)} />}
            <List
              size="small"
              data-testid="daily-report-list"
              locale={{
                emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="近 92 天没有日报" />,
              }}
              dataSource={reports}
              renderItem={(r) => (
                <List.Item
                  className={`daily-report-row ${r.id === selected ? 'selected' : ''}`}
                  onClick={() => nav(`/reports/${r.id}`)}
                  data-testid="daily-report-row"
                >
                  <div>
                    <div className="daily-report-row-title">
                      {dayLabel(r.date)}舆情日报{' '}
                      {r.revision > 1 && <Tag color="orange">第 {r.revision} 版</Tag>}
                    </div>
                    <Typography.Text type="secondary" className="daily-report-row-meta">
                      新增 {r.figures.newIncidents} · 在办 {r.figures.openIncidents} · 超时{' '}
                      {r.figures.overdueTasks} · {r.issuedByName} {fmt(r.issuedAt)}
                    </Typography.Text>
                  </div>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={17}>
          {selected ? (
            <ReportView id={selected} />
          ) : mayIssue ? (
            <IssueCard
              key={day ?? today}
              today={today}
              day={day ?? today}
              onIssued={(rid) => {
                reload();
                void nav(`/reports/${rid}`);
              }}
            />
          ) : (
            <Card size="small">
              <Empty description="请在左侧选择日报" />
            </Card>
          )}
        </Col>
      </Row>
    </div>
  );
}

/** The day's draft, the duty officer's words, and the button that sends it (or its correction). */
function IssueCard({
  today,
  day: first,
  onIssued,
}: {
  today: string;
  /** The day the card opens on. */
  day: string;
  onIssued: (id: string) => void;
}) {
  const [day, setDay] = useState<Dayjs>(dayjs(first));
  const date = day.format('YYYY-MM-DD');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: DRAFT,
    variables: { date },
    requestPolicy: 'network-only',
  });
  const issue = useSubmit(ISSUE);
  const [form] = Form.useForm<{ positive?: string; remarks?: string; correctionReason?: string }>();
  const draft = data?.dailyReportDraft;
  const issued = draft?.issued ?? null;
  // A correction starts from what went out; a first issue from nothing. Reset only when the day or what went out
  // changed: 重新汇总 reloads the draft and must not wipe what the duty officer is typing.
  const start = JSON.stringify([date, issued?.revision ?? 0, issued?.positive ?? [], issued?.remarks ?? '']);
  useEffect(() => {
    const [, , positive, remarks] = JSON.parse(start) as [string, number, string[], string];
    form.setFieldsValue({ positive: positive.join('\n'), remarks, correctionReason: '' });
  }, [start, form]);

  return (
    <Card
      size="small"
      title="编发舆情日报"
      data-testid="daily-report-issue"
      extra={
        <DatePicker
          size="small"
          allowClear={false}
          value={day}
          onChange={(d) => d && setDay(d)}
          disabledDate={(d) =>
            d.isAfter(today, 'day') || d.isBefore(dayjs(today).subtract(MAX_DAYS_BACK, 'day'), 'day')
          }
          data-testid="daily-report-date"
        />
      }
    >
      {error && <Alert type="error" showIcon message={errorText(error)} style={{ marginBottom: 12 }} />}
      {issued && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`${dayLabel(date)}的日报已编发（第 ${issued.revision} 版）。再次编发即为更正，须写明更正说明；原版留档。`}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        以下数字与敏感信息由平台按北京时间 {date} 全天汇总（全县），编发时定稿，随日报一并报送。
        <Button
          type="link"
          size="small"
          icon={<ReloadOutlined />}
          onClick={() => refetch()}
          loading={fetching}
        >
          重新汇总
        </Button>
      </Typography.Paragraph>
      {draft && (
        <>
          <FiguresRow figures={draft.figures} />
          <SensitiveList items={draft.sensitive} />
        </>
      )}
      <Form
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        data-testid="daily-report-form"
        onFinish={(v) =>
          void issue
            .run(
              {
                input: {
                  date,
                  positive: (v.positive ?? '').split('\n'),
                  remarks: v.remarks ?? '',
                  correctionReason: issued ? v.correctionReason : null,
                },
              },
              issued ? '更正版已编发并报送' : '日报已编发并报送',
            )
            .then((r) => r && onIssued(r.issueDailyReport.id))
        }
      >
        <Form.Item
          name="positive"
          label="正面宣传（每行一条）"
          extra="本县政务新媒体、融媒体中心当日发布的正面内容及传播情况"
        >
          <Input.TextArea rows={3} placeholder="例：清水发布推送《冬季供暖保障十问》，阅读 1.2 万" />
        </Form.Item>
        <Form.Item name="remarks" label="值班员说明">
          <Input.TextArea
            rows={3}
            maxLength={2000}
            showCount
            placeholder="需提请领导关注的情况、处置进展等"
          />
        </Form.Item>
        {issued && (
          <Form.Item
            name="correctionReason"
            label="更正说明"
            rules={[{ required: true, whitespace: true, min: 2, message: '请写明更正原因（至少 2 个字）' }]}
          >
            <Input placeholder="例：东湖镇书面反馈已交单，超时工单数更正" maxLength={500} />
          </Form.Item>
        )}
        <Button
          type="primary"
          htmlType="submit"
          icon={<SendOutlined />}
          loading={issue.loading}
          data-testid="daily-report-submit"
        >
          {issued ? '编发更正版' : '编发并报送宣传部'}
        </Button>
      </Form>
    </Card>
  );
}

function FiguresRow({ figures: f }: { figures: Figures }) {
  const graded = (['I', 'II', 'III', 'IV'] as const).filter((g) => f.newByGrade[g] > 0);
  return (
    <Row gutter={[12, 12]} className="daily-report-figures" data-testid="daily-report-figures">
      <Col xs={12} sm={8} md={4}>
        <Statistic title="当日新增" value={f.newIncidents} suffix="起" />
      </Col>
      <Col xs={12} sm={8} md={5}>
        <div className="ant-statistic-title">其中</div>
        <div className="daily-report-grades">
          {graded.map((g) => (
            <span key={g}>
              <GradeTag grade={g} /> {f.newByGrade[g]}
            </span>
          ))}
          {f.newByGrade.UNGRADED > 0 && (
            <span>
              <GradeTag grade={null} /> {f.newByGrade.UNGRADED}
            </span>
          )}
          {f.newIncidents === 0 && <Typography.Text type="secondary">—</Typography.Text>}
        </div>
      </Col>
      <Col xs={12} sm={8} md={4}>
        <Statistic title="在办事件" value={f.openIncidents} suffix="起" />
      </Col>
      <Col xs={12} sm={8} md={4}>
        <Statistic title="当日结案" value={f.closedThatDay} suffix="起" />
      </Col>
      <Col xs={12} sm={8} md={3}>
        <Statistic title="当日派单" value={f.tasksDispatchedThatDay} suffix="件" />
      </Col>
      <Col xs={12} sm={8} md={4}>
        <Statistic
          title="超时工单"
          value={f.overdueTasks}
          suffix="件"
          valueStyle={f.overdueTasks > 0 ? { color: '#cf1322' } : undefined}
        />
      </Col>
    </Row>
  );
}

function SensitiveList({ items }: { items: Item[] }) {
  if (items.length === 0)
    return (
      <Typography.Paragraph className="daily-report-none">
        当日未发现涉及本县的敏感信息。
      </Typography.Paragraph>
    );
  return (
    <ol className="daily-report-items" data-testid="daily-report-items">
      {items.map((i) => (
        <li key={i.incidentId}>
          <GradeTag grade={i.grade} /> <StatusTag status={i.status} />
          {i.confidential ? (
            <span className="muted">涉密事件（标题不在日报中显示）</span>
          ) : (
            <Link to={`/incidents/${i.incidentId}`}>{i.title}</Link>
          )}
          <Typography.Text type="secondary" className="daily-report-item-meta">
            {label('Platform', i.platform)} · {fmt(i.reportedAt)}
          </Typography.Text>
        </li>
      ))}
    </ol>
  );
}

/** One issued report, laid out as the document the leaders receive (and print). */
function ReportView({ id }: { id: string }) {
  const county = useCountyName();
  const [{ data, error }] = useQuery({ query: REPORT, variables: { id } });
  if (error) return <Alert type="error" showIcon message={errorText(error)} />;
  const r = data?.dailyReport;
  if (!r) return <Card size="small" loading />;
  const year = r.date.slice(0, 4);
  return (
    <Card
      size="small"
      className="daily-report-doc"
      data-testid="daily-report-doc"
      extra={
        <Button size="small" icon={<PrinterOutlined />} onClick={() => window.print()}>
          打印
        </Button>
      }
    >
      <div className="daily-report-masthead">{county ?? ''}舆情日报</div>
      <div className="daily-report-issue-line">
        <span>
          {year}年{dayLabel(r.date)}
          {r.revision > 1 ? `（第 ${r.revision} 版·更正）` : ''}
        </span>
        <span>县网络舆情应急监控中心编</span>
      </div>
      {r.correctionReason && (
        <Alert
          type="warning"
          showIcon
          style={{ margin: '12px 0' }}
          message={`更正说明：${r.correctionReason}`}
        />
      )}
      <h4>一、当日概况</h4>
      <FiguresRow figures={r.figures} />
      <h4>二、敏感信息</h4>
      <SensitiveList items={r.sensitive} />
      <h4>三、正面宣传</h4>
      {r.positive.length ? (
        <ol className="daily-report-items">
          {r.positive.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ol>
      ) : (
        <Typography.Paragraph type="secondary">（无）</Typography.Paragraph>
      )}
      {r.remarks && (
        <>
          <h4>四、值班员说明</h4>
          <Typography.Paragraph className="daily-report-remarks">{r.remarks}</Typography.Paragraph>
        </>
      )}
      <div className="daily-report-footer">
        <div>
          报送：{r.recipientNames.length ? r.recipientNames.join('、') : '（本县未设宣传部，仅报本中心领导）'}
          ；本中心领导
        </div>
        <div>
          编发：{r.issuedByName} · {fmt(r.issuedAt)}
        </div>
        {r.revisions.length > 1 && (
          <div className="daily-report-revisions" data-testid="daily-report-revisions">
            编发记录：
            {r.revisions.map((v) => (
              <div key={v.revision}>
                第 {v.revision} 版 · {v.issuedByName} · {fmt(v.at)}
                {v.correctionReason ? ` · 更正：${v.correctionReason}` : ''}
              </div>
            ))}
          </div>
        )}
      </div>
    </Card>
  );
}
