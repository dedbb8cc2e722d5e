import {
  AuditOutlined,
  ClockCircleOutlined,
  EditOutlined,
  FileProtectOutlined,
  ReadOutlined,
  FormOutlined,
  ReloadOutlined,
  SoundOutlined,
} from '@ant-design/icons';
import { Button, Card, Empty, Segmented, Space, Tag, Typography } from 'antd';
import { ArrivalCard, MARK_READ } from '../components/inbox/ArrivalCard';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery, useSubscription } from 'urql';
import { sentBackReason } from '../lib/task-rework';
import { LoadError } from '../components/LoadError';
import { PlanMeasures } from '../components/incident/PlanMeasures';
import { StatementDeskActions } from '../components/inbox/StatementDeskActions';
import { TaskActions } from '../components/TaskActions';
import { TaskAttachments } from '../components/TaskAttachments';
import { RecordAttachments } from '../components/attachments/RecordAttachments';
import { GradeTag, TaskStatusTag } from '../components/tags';
import { graphql } from '../gql';
import { label, ROLE_SHORT } from '../lib/labels';
import { can, useSession } from '../lib/session';
import { useLiveRefresh } from '../lib/live';
import { useSubmit } from '../lib/submit';
import { dueText, fmt } from '../lib/time';
import { useUnits } from '../lib/units';

const INBOX = graphql(`
  query ConsoleInbox {
    inbox(first: 50) {
      totalCount
      edges {
        node {
          type
          action
          dueAt
          overdue
          since
          arrival {
            id
            kind
            refType
            refId
            incidentId
            title
            note
            confidential
            fromUnitId
            arrivedAt
          }
          statement {
            id
            version
            allowedActions
            incidentId
            kind
            title
            content
            status
            draftedAt
            rejections {
              reason
              at
            }
          }
          handlingPlan {
            id
            incidentId
            incidentTitle
            status
            measures
            unitIds
            timing
            revision
            draftedByName
            reason
            decidedByName
            decidedByPost
          }
          instruction {
            id
            incidentId
            incidentTitle
            leaderName
            post
            text
            givenAt
          }
          task {
            id
            version
            status
            role
            kind
            dueAt
            hardDueAt
            deadlineRule
            overdue
            requirements
            incidentId
            incidentTitle
            grade
            localGrade {
              scale
              label
            }
            reworks
            responsible {
              userId
              name
            }
            allowedActions
            assigneeUnitId
            dispatcherUnitId
            history {
              type
              detail
              at
            }
            feedback {
              factsFound
              measures
              result
              evidence
            }
            pendingExtension {
              requestedDueAt
              reason
            }
            supervisions {
              content
              replyDueAt
            }
          }
          letter {
            id
            title
            level
            risk
            scope
            watchPoints
            requestedMeasures
            sentAt
            receiptDueAt
            incidentId
            senderUnitId
            allowedActions
          }
        }
      }
    }
  }
`);
/** What waits for a decision rather than work: statements, plans, instructions (the 审核审批 filter). */
const APPROVALS: string[] = ['STATEMENT', 'HANDLING_PLAN', 'INSTRUCTION'];

const CHANGED = graphql(`
  subscription ConsoleInboxPageChanged {
    inboxChanged {
      kind
      refId
      at
    }
  }
`);
const SPECIAL_REPORTS = graphql(`
  query ConsoleInboxSpecialReports {
    specialReports {
      id
      kind
      status
      serial
      title
      issuedAt
      issuedByName
    }
  }
`);
const SIGN_LETTER = graphql(`
  mutation ConsoleSignLetter($id: ID!) {
    signRiskLetter(letterId: $id) {
      id
      receipts {
        unitId
        signed
        signedAt
      }
    }
  }
`);

export default function InboxPage() {
  const session = useSession();
  const units = useUnits();
  const [filter, setFilter] = useState<string>('all');
  const [{ data, fetching, error }, refetch] = useQuery({ query: INBOX, requestPolicy: 'network-only' });
  const [changed] = useSubscription({ query: CHANGED });
  // 舆情专报 sent to this unit (the propaganda department, a unit copied) are read by its leaders: the newest few
  // stay on top of the inbox for a week. The centre writes them and finds them under 舆情专报.
  // Who reads special reports but not the centre's drafts receives them: they arrive in this inbox.
  const receives = can(session, 'READ_SPECIAL_REPORTS') && !can(session, 'READ_SPECIAL_REPORT_DRAFTS');
  const [{ data: reportData }, refetchReports] = useQuery({
    query: SPECIAL_REPORTS,
    pause: !receives,
    requestPolicy: 'cache-and-network',
  });
  const received = (reportData?.specialReports ?? [])
    .filter(
      (r) => r.status === 'ISSUED' && r.issuedAt && Date.now() - Date.parse(r.issuedAt) < 7 * 86_400_000,
    )
    .slice(0, 5);
  const signLetter = useSubmit(SIGN_LETTER);
  const markAll = useSubmit(MARK_READ);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  // Also when the live socket comes back after losing its process, and on coming back to the tab.
  useLiveRefresh(reload);
  useEffect(() => {
    if (!changed.data) return;
    refetch({ requestPolicy: 'network-only' });
    if (receives && ['SPECIAL_REPORT', 'FLASH_REPORT'].includes(changed.data.inboxChanged.kind))
      refetchReports({ requestPolicy: 'network-only' });
  }, [changed.data, refetch, refetchReports, receives]);

  const items = (data?.inbox.edges.map((e) => e.node) ?? []).filter(
    (i) =>
      filter === 'all' ||
      (filter === 'overdue'
        ? i.overdue
        : filter === 'APPROVAL'
          ? APPROVALS.includes(i.type)
          : i.type === filter),
  );
  const now = Date.now();
  const overdueCount = data?.inbox.edges.filter((e) => e.node.overdue).length ?? 0;

  return (
    <div className="page inbox-page" data-testid="inbox-page">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            待办
          </Typography.Title>
          <Typography.Text type="secondary">
            {session?.me.unit.name} · 共 {data?.inbox.totalCount ?? '—'} 项
            {overdueCount > 0 && <b style={{ color: '#cf1322' }}>，逾期 {overdueCount} 项</b>}
          </Typography.Text>
        </div>
        <Space>
          {/* 录入线索: what the unit found itself (the village 网格员 on a phone) goes to the centre's queue. */}
          {can(session, 'ENTER_INTAKE_ITEMS') && (
            <Link to="/enter-intake">
              <Button icon={<FormOutlined />} data-testid="inbox-enter-intake">
                录入线索
              </Button>
            </Link>
          )}
          <Button
            icon={<ReloadOutlined />}
            onClick={reload}
            loading={fetching}
            aria-label="刷新"
            title="刷新"
            data-testid="inbox-reload"
          />
        </Space>
      </div>
      <Segmented
        block
        value={filter}
        onChange={(v) => setFilter(String(v))}
        options={[
          { value: 'all', label: '全部' },
          { value: 'TASK', label: '工单' },
          { value: 'LETTER', label: '提示函' },
          { value: 'APPROVAL', label: '审核审批' },
          { value: 'ARRIVAL', label: '待阅' },
          { value: 'overdue', label: '逾期' },
        ]}
        style={{ marginBottom: 12 }}
      />
      {received.length > 0 && (
        <Card
          size="small"
          className="inbox-card report"
          style={{ marginBottom: 12 }}
          data-testid="inbox-special-reports"
        >
          <Tag color="red" icon={<ReadOutlined />}>
            专报与快报 · 请领导阅示
          </Tag>
          {received.map((r) => (
            <Link key={r.id} to={`/special-reports/${r.id}`} className="inbox-report">
              <b>
                {r.kind === 'FLASH' ? '快报' : '专报'} {r.serial}
              </b>{' '}
              {r.title}
              <span className="inbox-meta">
                {' '}
                · {r.issuedByName} {fmt(r.issuedAt)} 签发
              </span>
            </Link>
          ))}
        </Card>
      )}
      <LoadError error={error} retry={reload} />
      {items.length === 0 && !fetching && !error && (
        <Empty description="暂无待办，辛苦了" style={{ marginTop: 48 }} />
      )}
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        {filter === 'ARRIVAL' && items.length > 1 && (
          <Button
            block
            loading={markAll.loading}
            data-testid="arrivals-read-all"
            onClick={() =>
              void markAll
                .run(
                  { input: { ids: items.flatMap((i) => (i.arrival ? [i.arrival.id] : [])) } },
                  '已全部标记为已阅',
                )
                .then((r) => r && reload())
            }
          >
            全部已阅
          </Button>
        )}
        {items.map((item) => {
          if (item.arrival)
            return <ArrivalCard key={`a-${item.arrival.id}`} arrival={item.arrival} onRead={reload} />;
          const d = item.dueAt ? dueText(item.dueAt, now) : { text: '', overdue: false, soon: false };
          if (item.task) {
            const t = item.task;
            return (
              <Card
                key={`t-${t.id}`}
                size="small"
                className={`inbox-card ${item.overdue ? 'overdue' : d.soon ? 'soon' : ''}`}
                data-testid="inbox-task"
              >
                <div className="inbox-card-top">
                  <Space size={4} wrap>
                    <Tag color="blue">工单 · {ROLE_SHORT[t.role]}</Tag>
                    <GradeTag grade={t.grade} local={t.localGrade} />
                    <TaskStatusTag status={t.status} />
                    {t.reworks > 0 && <Tag color="orange">退回重办</Tag>}
                  </Space>
                  <span className={`due ${item.overdue ? 'over' : d.soon ? 'soon' : ''}`}>
                    <ClockCircleOutlined /> {d.text}
                  </span>
                </div>
                <Link to={`/incidents/${t.incidentId}`} className="inbox-title">
                  {t.incidentTitle}
                </Link>
                <div className="inbox-req">{t.requirements}</div>
                {t.responsible && <div className="inbox-meta">责任人：{t.responsible.name}</div>}
                {t.status === 'REWORK' && sentBackReason(t.history) && (
                  <div className="inbox-super" data-testid="rework-reason">
                    退回理由：{sentBackReason(t.history)}
                  </div>
                )}
                {t.supervisions.length > 0 && (
                  <div className="inbox-super">督办：{t.supervisions[t.supervisions.length - 1].content}</div>
                )}
                <div className="inbox-meta">
                  {/* A task this unit sent out (a village's hand-in to review) names who has it, not who sent it. */}
                  {t.dispatcherUnitId === session?.me.unit.id
                    ? `派给 ${units.name(t.assigneeUnitId)}`
                    : `${units.name(t.dispatcherUnitId)} 派`}{' '}
                  · 时限 {fmt(t.dueAt)}
                  {/* The county gives at least its least working time for a same-day reply (set late in the day). */}
                  {t.deadlineRule === 'SAME_DAY_LEAST_TIME' && '（当天所余不足最少办理时间，已顺延）'} · 需：
                  <b>{item.action}</b>
                </div>
                <TaskAttachments task={t} />
                <TaskActions task={t} onDone={reload} block />
              </Card>
            );
          }
          if (item.statement) {
            const st = item.statement;
            const rejected = st.rejections[st.rejections.length - 1];
            return (
              <Card key={`s-${st.id}`} size="small" className="inbox-card" data-testid="inbox-statement">
                <div className="inbox-card-top">
                  <Space size={4}>
                    <Tag color="purple" icon={<SoundOutlined />}>
                      {label('StatementKind', st.kind)}
                    </Tag>
                    <Tag>{label('StatementStatus', st.status)}</Tag>
                  </Space>
                  <span className="due">等待自 {fmt(item.since)}</span>
                </div>
                <Link to={`/incidents/${st.incidentId}`} className="inbox-title">
                  {st.title}
                </Link>
                <div className="inbox-req">{st.content}</div>
                {st.status === 'REJECTED' && rejected && (
                  <div className="inbox-super">退回意见：{rejected.reason}</div>
                )}
                <div className="inbox-meta">
                  {fmt(st.draftedAt)} 起草 · 需：<b>{item.action}</b>
                </div>
                <StatementDeskActions statement={st} onDone={reload} />
              </Card>
            );
          }
          if (item.handlingPlan) {
            const pl = item.handlingPlan;
            return (
              <Card key={`p-${pl.id}`} size="small" className="inbox-card" data-testid="inbox-plan">
                <div className="inbox-card-top">
                  <Space size={4}>
                    <Tag color="geekblue" icon={<AuditOutlined />}>
                      处置方案 · 第 {pl.revision} 稿
                    </Tag>
                    <Tag>{label('HandlingPlanStatus', pl.status)}</Tag>
                  </Space>
                  <span className="due">等待自 {fmt(item.since)}</span>
                </div>
                <Link to={`/incidents/${pl.incidentId}`} className="inbox-title">
                  {pl.incidentTitle}
                </Link>
                <PlanMeasures plan={pl} />
                {pl.status === 'SENT_BACK' && pl.reason && (
                  <div className="inbox-super">
                    {pl.decidedByPost ?? ''}
                    {pl.decidedByName} 退回意见：{pl.reason}
                  </div>
                )}
                <div className="inbox-meta">
                  {pl.draftedByName} 拟 · 需：<b>{item.action}</b>
                </div>
                <Link to={`/incidents/${pl.incidentId}`}>
                  <Button type="primary" block data-testid="inbox-open">
                    {item.action}
                  </Button>
                </Link>
              </Card>
            );
          }
          if (item.instruction) {
            const ins = item.instruction;
            return (
              <Card key={`i-${ins.id}`} size="small" className="inbox-card" data-testid="inbox-instruction">
                <div className="inbox-card-top">
                  <Tag color="red" icon={<EditOutlined />}>
                    领导批示
                  </Tag>
                  <span className="due">批示于 {fmt(ins.givenAt)}</span>
                </div>
                <Link to={`/incidents/${ins.incidentId}`} className="inbox-title">
                  {ins.incidentTitle}
                </Link>
                <div className="inbox-req">
                  {ins.post}
                  {ins.leaderName}：{ins.text}
                </div>
                <div className="inbox-meta">
                  需：<b>{item.action}</b>
                </div>
                <Link to={`/incidents/${ins.incidentId}`}>
                  <Button type="primary" block data-testid="inbox-open">
                    {item.action}
                  </Button>
                </Link>
              </Card>
            );
          }
          const l = item.letter!;
          return (
            <Card
              key={`l-${l.id}`}
              size="small"
              className={`inbox-card letter ${item.overdue ? 'overdue' : ''}`}
              data-testid="inbox-letter"
            >
              <div className="inbox-card-top">
                <Space size={4}>
                  <Tag color="orange" icon={<FileProtectOutlined />}>
                    风险提示函
                  </Tag>
                  <GradeTag grade={l.level} />
                </Space>
                <span className={`due ${item.overdue ? 'over' : d.soon ? 'soon' : ''}`}>
                  <ClockCircleOutlined /> {d.text}
                </span>
              </div>
              <div className="inbox-title">{l.title}</div>
              <div className="inbox-req">
                风险：{l.risk}
                <br />
                关注重点：{l.watchPoints}
                <br />
                工作要求：{l.requestedMeasures}
              </div>
              <div className="inbox-meta">
                {units.name(l.senderUnitId)} · {fmt(l.sentAt)} 发出
              </div>
              <RecordAttachments
                recordKind="LETTER"
                recordId={l.id}
                mayAttach={l.allowedActions.includes('attachFile')}
              />
              {l.allowedActions.includes('signRiskLetter') && (
                <Button
                  type="primary"
                  block
                  loading={signLetter.loading}
                  onClick={() => void signLetter.run({ id: l.id }, '已签收提示函').then((r) => r && reload())}
                  data-testid="letter-sign"
                >
                  签收
                </Button>
              )}
            </Card>
          );
        })}
      </Space>
      {data && data.inbox.totalCount > data.inbox.edges.length && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }} data-testid="inbox-more">
          以上为最紧急的 {data.inbox.edges.length} 项，另有 {data.inbox.totalCount - data.inbox.edges.length}{' '}
          项，办结以上事项后依次显示。
        </Typography.Paragraph>
      )}
    </div>
  );
}
