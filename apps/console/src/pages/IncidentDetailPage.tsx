import {
  ArrowLeftOutlined,
  CheckCircleFilled,
  ClockCircleOutlined,
  LinkOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Dropdown,
  Empty,
  Form,
  Input,
  Radio,
  Result,
  Row,
  Select,
  Space,
  Spin,
  Switch,
  Tag,
  Timeline,
  TreeSelect,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useQuery, useSubscription } from 'urql';
import { FormModal } from '../components/FormModal';
import { PublishStatementModal, type PublishTarget } from '../components/PublishStatementModal';
import { SpecialReportsCard } from '../components/SpecialReportsCard';
import { UnitPicker } from '../components/UnitPicker';
import { TaskActions } from '../components/TaskActions';
import { GradeTag, StatusTag, TaskStatusTag } from '../components/tags';
import { graphql } from '../gql';
import type {
  EscalationTarget,
  Grade,
  GuidanceTier,
  IncidentField,
  IncidentNature,
  StatementKind,
  TaskRole,
  Veracity,
} from '../gql/graphql';
import { GRADE_COLOR, label, options, ROLE_SHORT } from '../lib/labels';
import { hasRole, useSession } from '../lib/session';
import { useSubmit } from '../lib/submit';
import { lines } from '../lib/text';
import { bj, dayjs, dueText, fmt, fmtFull } from '../lib/time';
import { unitTree, useUnits } from '../lib/units';

const INCIDENT = graphql(`
  query ConsoleIncident($id: ID!) {
    incident(id: $id) {
      id
      title
      excerpt
      urls
      grade
      status
      version
      channel
      platform
      confidential
      discoveredAt
      reportedAt
      reportingUnitId
      requirements
      listedAt
      allowedActions
      spread {
        posts
        reposts
        comments
        views
        mainstreamMediaPickups
      }
      assessment {
        grade
        nature
        veracity
        field
        indicators
        reasoning
        revision
        assessedAt
      }
      warning {
        level
        active
        object
        scope
        matters
        measures
        startAt
        at
        action
        reason
      }
      escalations {
        at
        to
        summary
      }
      letters {
        id
        title
        level
        risk
        scope
        watchPoints
        requestedMeasures
        sentAt
        receiptDueAt
        receipts {
          unitId
          signed
          signedAt
        }
      }
      tasks {
        id
        kind
        role
        status
        version
        assigneeUnitId
        requirements
        dueAt
        hardDueAt
        originalDueAt
        deadlineRule
        overdue
        late
        lateByMinutes
        reworks
        returns
        reminders
        signedAt
        handedInAt
        allowedActions
        pendingExtension {
          requestedDueAt
          reason
        }
        feedback {
          factsFound
          measures
          result
          evidence
          late
          at
        }
      }
      linkage {
        active
        leadUnitId
        coreUnitIds
        memberUnitIds
        releasedUnitIds
        reason
        activatedAt
        byDecision
      }
      statements {
        id
        kind
        tier
        title
        content
        status
        version
        draftedAt
        draftingUnitId
        publishedAt
        channels
      }
      conferences {
        id
        heldAt
        participants
        participantUnitIds
        decisions
        followUpTaskIds
      }
      timeline {
        at
        type
        description
        action
        actorName
        actorUnitName
      }
      review {
        cause
        spread
        result
        experience
        problems
        at
      }
    }
    county {
      linkageThresholdGrade
      deadlinePolicy {
        feedbackHours
        defaultHours
        hardCapHours
        sameDayForInquiries
        sameDayLeastMinutes
        onWorkingTime
      }
    }
  }
`);

const EVENTS = graphql(`
  subscription ConsoleIncidentEvents($id: ID!) {
    incidentEvents(incidentId: $id) {
      position
      type
      action
      at
    }
  }
`);

const PROPOSAL = graphql(`
  query ConsoleLinkageProposal($id: ID!) {
    linkageProposal(incidentId: $id) {
      leadUnitId
      coreUnitIds
      proposedMemberUnitIds
      meetsThreshold
      thresholdGrade
    }
  }
`);

const ASSESS = graphql(`
  mutation ConsoleAssess($input: AssessIncidentInput!) {
    assessIncident(input: $input) {
      id
      version
      status
      grade
    }
  }
`);
const WARN = graphql(`
  mutation ConsoleWarn($input: IssueWarningInput!) {
    issueWarning(input: $input) {
      id
      version
      status
    }
  }
`);
const ADJUST = graphql(`
  mutation ConsoleAdjustWarning($input: AdjustWarningInput!) {
    adjustWarning(input: $input) {
      id
      version
    }
  }
`);
const LIFT = graphql(`
  mutation ConsoleLiftWarning($input: LiftWarningInput!) {
    liftWarning(input: $input) {
      id
      version
    }
  }
`);
const LETTER = graphql(`
  mutation ConsoleSendLetter($input: SendRiskLetterInput!) {
    sendRiskLetter(input: $input) {
      id
    }
  }
`);
const LIST = graphql(`
  mutation ConsoleList($input: ListIncidentInput!) {
    listIncident(input: $input) {
      id
      version
      status
    }
  }
`);
const DISPATCH = graphql(`
  mutation ConsoleDispatch($input: DispatchTaskInput!) {
    dispatchTask(input: $input) {
      id
      dueAt
    }
  }
`);
const POLICE = graphql(`
  mutation ConsoleReferToPolice($input: ReferToPoliceInput!) {
    referToPolice(input: $input) {
      id
    }
  }
`);
const ESCALATE = graphql(`
  mutation ConsoleEscalate($input: EscalateIncidentInput!) {
    escalateIncident(input: $input) {
      id
      version
    }
  }
`);
const ACTIVATE = graphql(`
  mutation ConsoleActivateLinkage($input: ActivateLinkageInput!) {
    activateLinkage(input: $input) {
      id
      version
    }
  }
`);
const ADD_MEMBERS = graphql(`
  mutation ConsoleAddMembers($input: AddLinkageMembersInput!) {
    addLinkageMembers(input: $input) {
      id
      version
    }
  }
`);
const RELEASE = graphql(`
  mutation ConsoleReleaseMember($input: ReleaseLinkageMemberInput!) {
    releaseLinkageMember(input: $input) {
      id
      version
    }
  }
`);
const CONFERENCE = graphql(`
  mutation ConsoleConference($input: RecordJointConferenceInput!) {
    recordJointConference(input: $input) {
      id
      version
    }
  }
`);
const DRAFT = graphql(`
  mutation ConsoleDraftStatement($input: DraftStatementInput!) {
    draftStatement(input: $input) {
      id
    }
  }
`);
const APPROVE = graphql(`
  mutation ConsoleApproveStatement($input: ApproveStatementInput!) {
    approveStatement(input: $input) {
      id
      status
    }
  }
`);
const CALM = graphql(`
  mutation ConsoleCalm($input: MarkIncidentCalmedInput!) {
    markIncidentCalmed(input: $input) {
      id
      version
    }
  }
`);
const CLOSE = graphql(`
  mutation ConsoleClose($input: CloseIncidentInput!) {
    closeIncident(input: $input) {
      id
      version
    }
  }
`);
const REOPEN = graphql(`
  mutation ConsoleReopen($input: ReopenIncidentInput!) {
    reopenIncident(input: $input) {
      id
      version
    }
  }
`);
const REVIEW = graphql(`
  mutation ConsoleFileReview($input: FileIncidentReviewInput!) {
    fileIncidentReview(input: $input) {
      id
      version
    }
  }
`);

/** The 四单 board: columns by task state. */
const BOARD = [
  { key: 'todo', title: '待签收', states: ['DISPATCHED'], color: '#d48806' },
  { key: 'doing', title: '办理中', states: ['SIGNED', 'IN_PROGRESS', 'REWORK'], color: '#1747a6' },
  { key: 'in', title: '已交单 · 待审核', states: ['HANDED_IN'], color: '#722ed1' },
  { key: 'done', title: '已销号', states: ['ACCEPTED'], color: '#389e0d' },
  { key: 'off', title: '退回 / 撤销', states: ['RETURNED', 'CANCELLED'], color: '#8c8c8c' },
];

export default function IncidentDetailPage() {
  const { id = '' } = useParams();
  const nav = useNavigate();
  const session = useSession();
  const units = useUnits();
  const [{ data, error, fetching }, refetch] = useQuery({ query: INCIDENT, variables: { id } });
  const [events] = useSubscription({ query: EVENTS, variables: { id } });
  const [dialog, setDialog] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  // Another person's step on this incident arrives over graphql-ws: read the incident again.
  useEffect(() => {
    if (events.data) refetch({ requestPolicy: 'network-only' });
  }, [events.data, refetch]);

  const [{ data: proposal }] = useQuery({
    query: PROPOSAL,
    variables: { id },
    pause: !data?.incident.allowedActions.includes('activateLinkage'),
  });

  const assess = useSubmit(ASSESS);
  const warn = useSubmit(WARN);
  const adjust = useSubmit(ADJUST);
  const lift = useSubmit(LIFT);
  const letter = useSubmit(LETTER);
  const list = useSubmit(LIST);
  const dispatch = useSubmit(DISPATCH);
  const police = useSubmit(POLICE);
  const escalate = useSubmit(ESCALATE);
  const activate = useSubmit(ACTIVATE);
  const addMembers = useSubmit(ADD_MEMBERS);
  const release = useSubmit(RELEASE);
  const conference = useSubmit(CONFERENCE);
  const draft = useSubmit(DRAFT);
  const approve = useSubmit(APPROVE);
  const [publishing, setPublishing] = useState<PublishTarget | null>(null);
  const calm = useSubmit(CALM);
  const closeIt = useSubmit(CLOSE);
  const reopen = useSubmit(REOPEN);
  const review = useSubmit(REVIEW);

  const tree = useMemo(() => unitTree(units.list), [units.list]);
  const treeWithVillages = useMemo(
    () => unitTree(units.list, ['PROPAGANDA_DEPT', 'LINKAGE_DEPT', 'BUREAU', 'TOWNSHIP', 'VILLAGE']),
    [units.list],
  );

  if (error && !data)
    return (
      <Result
        status="404"
        title="未找到该舆情事件"
        subTitle={error.graphQLErrors[0]?.message ?? '无权查看或不存在'}
        extra={<Button onClick={() => nav('/incidents')}>返回列表</Button>}
      />
    );
  if (!data) return <Spin style={{ display: 'block', margin: '120px auto' }} spinning={fetching} />;

  const inc = data.incident;
  const policy = data.county.deadlinePolicy;
  const can = (a: string) => (inc.allowedActions as string[]).includes(a);
  const close = () => setDialog(null);
  const done = <T,>(r: T | undefined) => {
    if (r) reload();
    return !!r;
  };
  const v = { incidentId: inc.id, expectedVersion: inc.version };
  const isCentreWorker =
    session?.me.unit.kind === 'COUNTY_CENTER' && hasRole(session, 'DUTY_OFFICER', 'HANDLER', 'LEADER');
  const canLetter = isCentreWorker && inc.status !== 'CLOSED' && inc.status !== 'REGISTERED';
  const defaultHours =
    inc.grade && ['I', 'II', 'III'].includes(inc.grade) ? policy.feedbackHours : policy.defaultHours;
  // 003: a grade IV inquiry is answered the same day (with the county's least working time), not by the hours.
  const sameDay =
    policy.sameDayForInquiries &&
    (!inc.grade || inc.grade === 'IV') &&
    inc.assessment?.nature === 'INQUIRY_APPEAL';
  const now = Date.now();
  // The linkage stays on record (its members keep reading the incident) but ends in effect once it is closed.
  const linkageLive = !!inc.linkage?.active && inc.status !== 'CLOSED';

  const primary: { key: string; label: string; show: boolean; type?: 'primary' }[] = [
    {
      key: 'assess',
      label: inc.assessment ? '修订研判' : '研判',
      show: can('assessIncident'),
      type: inc.assessment ? undefined : 'primary',
    },
    { key: 'warn', label: '发布预警', show: can('issueWarning'), type: 'primary' },
    { key: 'letter', label: '发风险提示函', show: canLetter },
    { key: 'list', label: '列单', show: can('listIncident'), type: 'primary' },
    { key: 'dispatch', label: '派单', show: can('dispatchTask'), type: 'primary' },
  ];
  const more = [
    can('adjustWarning') && { key: 'adjust', label: '调整预警' },
    can('liftWarning') && { key: 'lift', label: '解除预警' },
    can('escalateIncident') && { key: 'escalate', label: '上报' },
    can('dispatchTask') && { key: 'police', label: '移交公安' },
    can('recordJointConference') && { key: 'conference', label: '记录联席会议' },
    can('markIncidentCalmed') && { key: 'calm', label: '标记平息' },
    can('closeIncident') && { key: 'close', label: '办结' },
    can('fileIncidentReview') && { key: 'review', label: '总结评估' },
    can('reopenIncident') && { key: 'reopen', label: '重新打开' },
    !!session &&
      !hasRole(session, 'AUDITOR') &&
      inc.status !== 'CLOSED' && { key: 'draft', label: '起草口径/通稿' },
  ].filter(Boolean) as { key: string; label: string }[];

  const taskCard = (t: (typeof inc.tasks)[number]) => {
    const d = dueText(t.dueAt, now);
    const open = !['ACCEPTED', 'CANCELLED', 'RETURNED', 'HANDED_IN'].includes(t.status);
    return (
      <div key={t.id} className={`task-card ${t.overdue ? 'overdue' : ''}`} data-testid="task-card">
        <div className="task-card-head">
          <b>{units.name(t.assigneeUnitId)}</b>
          <Tag color={t.role === 'LEAD' ? 'blue' : 'default'}>{ROLE_SHORT[t.role]}</Tag>
        </div>
        <div className="task-card-meta">
          <TaskStatusTag status={t.status} />
          {t.kind !== 'STANDARD' && <Tag>{label('TaskKind', t.kind)}</Tag>}
          {t.reworks > 0 && <Tag color="orange">返工 {t.reworks}</Tag>}
          {/* One definition of 逾期 (the API's Task.late): handed in late, or past due and not handed in. */}
          {t.late && <Tag color="red">{t.handedInAt ? `逾期交单 ${t.lateByMinutes} 分` : '逾期未交单'}</Tag>}
        </div>
        <div className="task-req">{t.requirements}</div>
        <div className="task-due">
          <ClockCircleOutlined /> {fmt(t.dueAt)}
          {t.deadlineRule === 'SAME_DAY_LEAST_TIME' && (
            <span className="muted" data-testid="task-least-time">
              {' '}
              · 当天所余不足最少办理时间，已顺延
            </span>
          )}
          {open && (
            <span style={{ color: d.overdue ? '#cf1322' : d.soon ? '#d48806' : '#8c8c8c' }}> · {d.text}</span>
          )}
        </div>
        {t.pendingExtension && (
          <div className="task-ext">申请延期至 {fmt(t.pendingExtension.requestedDueAt)}</div>
        )}
        {t.feedback && (
          <div className="task-feedback">
            <div>
              <b>核查：</b>
              {t.feedback.factsFound}
            </div>
            <div>
              <b>结果：</b>
              {t.feedback.result}
            </div>
          </div>
        )}
        <TaskActions task={t} onDone={reload} />
      </div>
    );
  };

  return (
    <div className="page" data-testid="incident-detail">
      <div className="detail-head">
        <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => nav(-1)} />
        <div className="detail-title">
          <Space wrap size={8}>
            <GradeTag grade={inc.grade} long />
            <StatusTag status={inc.status} />
            {inc.confidential && <Tag color="red">涉密</Tag>}
            {inc.warning?.active && (
              <Tag color={GRADE_COLOR[inc.warning.level]}>
                {label('Grade', inc.warning.level).replace(/级.*/, '级')}预警生效中
              </Tag>
            )}
            {linkageLive && (
              <Tag icon={<TeamOutlined />} color="geekblue">
                1+3+N 联动中
              </Tag>
            )}
          </Space>
          <Typography.Title level={3} style={{ margin: '6px 0 2px' }} data-testid="incident-title">
            {inc.title}
          </Typography.Title>
          <Typography.Text type="secondary">
            {label('DiscoveryChannel', inc.channel)} · {label('Platform', inc.platform)} · 发现于{' '}
            {fmtFull(inc.discoveredAt)} · 登记单位 {units.name(inc.reportingUnitId)}
          </Typography.Text>
        </div>
        <Space wrap className="detail-actions">
          {primary
            .filter((p) => p.show)
            .map((p) => (
              <Button
                key={p.key}
                type={p.type}
                onClick={() => setDialog(p.key)}
                data-testid={`action-${p.key}`}
              >
                {p.label}
              </Button>
            ))}
          {more.length > 0 && (
            <Dropdown trigger={['click']} menu={{ items: more, onClick: (e) => setDialog(e.key) }}>
              <Button data-testid="action-more">更多操作</Button>
            </Dropdown>
          )}
        </Space>
      </div>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card size="small" title="事件概况">
            <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
              <Descriptions.Item label="摘要" span={3}>
                {inc.excerpt || '—'}
              </Descriptions.Item>
              <Descriptions.Item label="传播">
                帖文 {inc.spread.posts} · 转发 {inc.spread.reposts} · 评论 {inc.spread.comments} · 浏览{' '}
                {inc.spread.views}
              </Descriptions.Item>
              <Descriptions.Item label="主流媒体转载">
                {inc.spread.mainstreamMediaPickups} 家
              </Descriptions.Item>
              <Descriptions.Item label="原帖">
                {inc.urls.length
                  ? inc.urls.map((u) => (
                      <a key={u} href={u} target="_blank" rel="noreferrer">
                        <LinkOutlined /> 链接
                      </a>
                    ))
                  : '—'}
              </Descriptions.Item>
              {inc.assessment && (
                <>
                  <Descriptions.Item label="性质">
                    {label('IncidentNature', inc.assessment.nature)}
                  </Descriptions.Item>
                  <Descriptions.Item label="真实性">
                    {label('Veracity', inc.assessment.veracity)}
                  </Descriptions.Item>
                  <Descriptions.Item label="领域">
                    {label('IncidentField', inc.assessment.field)}
                  </Descriptions.Item>
                  <Descriptions.Item label={`研判（第 ${inc.assessment.revision} 次）`} span={3}>
                    {inc.assessment.reasoning}
                    {inc.assessment.indicators.length > 0 && (
                      <span className="muted">（指标：{inc.assessment.indicators.join('、')}）</span>
                    )}
                  </Descriptions.Item>
                </>
              )}
              {inc.requirements && (
                <Descriptions.Item label="处置要求" span={3}>
                  {inc.requirements}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>

          {inc.warning && (
            <Card
              size="small"
              title="预警"
              style={{ marginTop: 16 }}
              className="warning-card"
              extra={<span className="muted">{fmt(inc.warning.at)}</span>}
            >
              <div
                className="warning-banner"
                style={{
                  borderLeftColor: GRADE_COLOR[inc.warning.level],
                  opacity: inc.warning.active ? 1 : 0.6,
                }}
              >
                <b>{label('Grade', inc.warning.level)}</b>
                {inc.warning.active ? ' · 生效中' : ` · 已解除（${inc.warning.reason ?? ''}）`}
                <div>
                  对象：{inc.warning.object}；范围：{inc.warning.scope}；事项：{inc.warning.matters}；措施：
                  {inc.warning.measures}
                </div>
              </div>
            </Card>
          )}

          <Card
            size="small"
            title="四单 · 工单看板"
            style={{ marginTop: 16 }}
            extra={<span className="muted">共 {inc.tasks.length} 张</span>}
          >
            {inc.tasks.length === 0 ? (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={can('dispatchTask') ? '尚未派单' : inc.listedAt ? '尚未派单' : '列单后可派单'}
              />
            ) : (
              <div className="board" data-testid="task-board">
                {BOARD.map((col) => {
                  const tasks = inc.tasks.filter((t) => col.states.includes(t.status));
                  if (col.key === 'off' && tasks.length === 0) return null;
                  return (
                    <div className="board-col" key={col.key}>
                      <div className="board-col-head" style={{ borderTopColor: col.color }}>
                        {col.title} <span>{tasks.length}</span>
                      </div>
                      {tasks.map(taskCard)}
                    </div>
                  );
                })}
              </div>
            )}
          </Card>

          <Card size="small" title="一函 · 风险提示函" style={{ marginTop: 16 }} data-testid="letters">
            {inc.letters.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未发送提示函" />
            ) : (
              inc.letters.map((l) => (
                <div key={l.id} className="letter">
                  <div className="letter-head">
                    <GradeTag grade={l.level} /> <b>{l.title}</b>
                    <span className="muted">
                      {' '}
                      · {fmt(l.sentAt)} 发出 · 签收时限 {fmt(l.receiptDueAt)}
                    </span>
                  </div>
                  <div className="muted">
                    风险：{l.risk}；关注：{l.watchPoints}；要求：{l.requestedMeasures}
                  </div>
                  <div className="receipts">
                    {l.receipts.map((r) => (
                      <Tag
                        key={r.unitId}
                        color={r.signed ? 'green' : now > new Date(l.receiptDueAt).getTime() ? 'red' : 'gold'}
                        icon={r.signed ? <CheckCircleFilled /> : <ClockCircleOutlined />}
                      >
                        {units.name(r.unitId)} {r.signed ? `已签收 ${fmt(r.signedAt)}` : '未签收'}
                      </Tag>
                    ))}
                  </div>
                </div>
              ))
            )}
          </Card>

          <SpecialReportsCard incident={inc} live={events.data} />

          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Card
                size="small"
                title={
                  <span>
                    <TeamOutlined /> 1+3+N 联动
                  </span>
                }
                style={{ marginTop: 16 }}
                data-testid="linkage"
              >
                {inc.linkage ? (
                  <div>
                    <p>
                      <Tag color={linkageLive ? 'geekblue' : 'default'}>
                        {linkageLive ? '联动中' : '已结束'}
                      </Tag>
                      {fmt(inc.linkage.activatedAt)} 启动{inc.linkage.byDecision ? '（经决定）' : ''}{' '}
                      {inc.linkage.reason}
                    </p>
                    <p>
                      牵头（1）：<Tag color="red">{units.name(inc.linkage.leadUnitId)}</Tag>
                    </p>
                    <p>
                      核心（3）：
                      {inc.linkage.coreUnitIds.map((u) => (
                        <Tag key={u}>{units.name(u)}</Tag>
                      ))}
                    </p>
                    <p>
                      涉事（N）：
                      {inc.linkage.memberUnitIds.map((u) => (
                        <Tag
                          key={u}
                          closable={can('releaseLinkageMember')}
                          onClose={(e) => {
                            e.preventDefault();
                            setDialog(`release:${u}`);
                          }}
                        >
                          {units.name(u)}
                        </Tag>
                      ))}
                      {can('addLinkageMembers') && (
                        <Button size="small" type="dashed" onClick={() => setDialog('addMembers')}>
                          + 增加
                        </Button>
                      )}
                    </p>
                    {inc.linkage.releasedUnitIds.length > 0 && (
                      <p className="muted">
                        已解除：{inc.linkage.releasedUnitIds.map((u) => units.name(u)).join('、')}
                      </p>
                    )}
                  </div>
                ) : can('activateLinkage') ? (
                  <div>
                    <p className="muted">
                      {proposal?.linkageProposal.meetsThreshold
                        ? `已达联动等级（${proposal.linkageProposal.thresholdGrade}级及以上）`
                        : `未达联动等级（${data.county.linkageThresholdGrade}级），须经决定启动`}
                    </p>
                    {proposal && (
                      <p>
                        建议成员：
                        {proposal.linkageProposal.proposedMemberUnitIds.map((u) => (
                          <Tag key={u}>{units.name(u)}</Tag>
                        ))}
                      </p>
                    )}
                    <Button type="primary" onClick={() => setDialog('activate')}>
                      启动联动
                    </Button>
                  </div>
                ) : (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未启动联动" />
                )}
                {inc.conferences.map((c) => (
                  <div key={c.id} className="conference" data-testid="conference">
                    <b>联席会议 {fmt(c.heldAt)}</b>
                    {c.participantUnitIds.length > 0 && (
                      <div className="muted">
                        参会单位：{c.participantUnitIds.map((u) => units.name(u)).join('、')}
                      </div>
                    )}
                    <div className="muted">参会人员：{c.participants.join('、')}</div>
                    <ol className="decisions">
                      {c.decisions.map((d, k) => (
                        <li key={k}>{d}</li>
                      ))}
                    </ol>
                    {c.followUpTaskIds.length > 0 && (
                      <div className="muted">
                        会后派单：
                        {c.followUpTaskIds
                          .map((id) => inc.tasks.find((t) => t.id === id))
                          .filter((t) => !!t)
                          .map((t) => `${units.name(t.assigneeUnitId)}（${ROLE_SHORT[t.role]}）`)
                          .join('、')}
                      </div>
                    )}
                  </div>
                ))}
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title="口径 / 通稿" style={{ marginTop: 16 }}>
                {inc.statements.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无稿件" />
                ) : (
                  inc.statements.map((s) => (
                    <div key={s.id} className="statement">
                      <Space size={4} wrap>
                        <Tag>{label('StatementKind', s.kind)}</Tag>
                        <Tag
                          color={
                            s.status === 'PUBLISHED'
                              ? 'green'
                              : s.status === 'APPROVED'
                                ? 'blue'
                                : s.status === 'REJECTED'
                                  ? 'red'
                                  : 'gold'
                          }
                        >
                          {label('StatementStatus', s.status)}
                        </Tag>
                        <b>{s.title}</b>
                      </Space>
                      <div className="muted statement-body">{s.content}</div>
                      <Space>
                        {s.status === 'DRAFT' &&
                          session?.me.unit.kind === 'PROPAGANDA_DEPT' &&
                          hasRole(session, 'LEADER') && (
                            <Button
                              size="small"
                              type="primary"
                              loading={approve.loading}
                              onClick={() =>
                                void approve
                                  .run(
                                    {
                                      input: {
                                        statementId: s.id,
                                        approve: true,
                                        reason: '',
                                        expectedVersion: s.version,
                                      },
                                    },
                                    '已审核通过',
                                  )
                                  .then(done)
                              }
                            >
                              审核通过
                            </Button>
                          )}
                        {s.status === 'APPROVED' && hasRole(session, 'SPOKESPERSON') && (
                          <Button size="small" type="primary" onClick={() => setPublishing(s)}>
                            发布
                          </Button>
                        )}
                      </Space>
                    </div>
                  ))
                )}
              </Card>
            </Col>
          </Row>
        </Col>

        <Col xs={24} xl={8}>
          <Card
            size="small"
            title="时间线（最新在上）"
            extra={<Tag color="green">实时</Tag>}
            data-testid="timeline"
            className="timeline-card"
          >
            <Timeline
              items={[...inc.timeline].reverse().map((e) => ({
                color: /Warning/.test(e.type)
                  ? 'red'
                  : /Task/.test(e.type)
                    ? 'blue'
                    : /Letter/.test(e.type)
                      ? 'orange'
                      : 'gray',
                children: (
                  <div title={e.description}>
                    <div className="tl-action">{e.action}</div>
                    <div className="tl-time">
                      {fmtFull(e.at)} · {(e.actorUnitName ?? '').replace(/（.*）$/, '')} {e.actorName ?? ''}
                    </div>
                  </div>
                ),
              }))}
            />
          </Card>
          {inc.escalations.length > 0 && (
            <Card size="small" title="上报记录" style={{ marginTop: 16 }} data-testid="escalations">
              {inc.escalations.map((e, k) => (
                <p key={k}>
                  {fmt(e.at)} {e.to.map((t) => label('EscalationTarget', t)).join('、')}：{e.summary}
                </p>
              ))}
            </Card>
          )}
        </Col>
      </Row>

      {/* ---- forms ---- */}
      <FormModal<{
        nature: IncidentNature;
        veracity: Veracity;
        field: IncidentField;
        grade: Grade;
        indicators?: string;
        reasoning: string;
      }>
        open={dialog === 'assess'}
        title="研判"
        onClose={close}
        loading={assess.loading}
        testId="assess-form"
        initialValues={
          inc.assessment
            ? { ...inc.assessment, indicators: inc.assessment.indicators.join('\n') }
            : { nature: 'INQUIRY_APPEAL', veracity: 'UNVERIFIED', field: 'OTHER', grade: 'IV' }
        }
        onSubmit={async (f) =>
          done(await assess.run({ input: { ...v, ...f, indicators: lines(f.indicators) } }, '研判已保存'))
        }
      >
        <Form.Item name="grade" label="等级" rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={options('Grade', (l) => l.replace(/（.*）/, ''))}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="nature" label="性质" rules={[{ required: true }]}>
              <Select options={options('IncidentNature')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="veracity" label="真实性" rules={[{ required: true }]}>
              <Select options={options('Veracity')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="field" label="领域" rules={[{ required: true }]}>
          <Select options={options('IncidentField')} />
        </Form.Item>
        <Form.Item name="indicators" label="研判指标（每行一条）">
          <Input.TextArea rows={2} placeholder="如：转发 412" />
        </Form.Item>
        <Form.Item name="reasoning" label="研判理由" rules={[{ required: true, message: '请填写研判理由' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>

      <FormModal<{
        level: Grade;
        object: string;
        startAt: dayjs.Dayjs;
        scope: string;
        matters: string;
        measures: string;
        reason?: string;
      }>
        open={dialog === 'warn' || dialog === 'adjust'}
        title={dialog === 'adjust' ? '调整预警' : '发布预警'}
        onClose={close}
        loading={warn.loading || adjust.loading}
        testId="warn-form"
        initialValues={
          inc.warning && dialog === 'adjust'
            ? { ...inc.warning, reason: undefined, startAt: dayjs(inc.warning.startAt) }
            : { level: inc.grade ?? 'IV', startAt: dayjs(), object: inc.title }
        }
        onSubmit={async (f) => {
          const input = {
            ...v,
            level: f.level,
            object: f.object,
            startAt: f.startAt.toISOString(),
            scope: f.scope,
            matters: f.matters,
            measures: f.measures,
          };
          return done(
            dialog === 'adjust'
              ? await adjust.run({ input: { ...input, reason: f.reason ?? '' } }, '预警已调整')
              : await warn.run({ input }, '预警已发布'),
          );
        }}
      >
        <Form.Item name="level" label="预警级别" rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={options('Grade', (l) => l.replace(/（.*）/, ''))}
          />
        </Form.Item>
        <Form.Item name="object" label="舆情对象" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="startAt" label="起始时间" rules={[{ required: true }]}>
          <DatePicker showTime format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="scope" label="可能影响范围" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="matters" label="预警事项" rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="measures" label="应采取的措施" rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        {dialog === 'adjust' && (
          <Form.Item name="reason" label="调整理由" rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        )}
      </FormModal>

      <FormModal<{ reason: string }>
        open={dialog === 'lift'}
        title="解除预警"
        onClose={close}
        loading={lift.loading}
        onSubmit={async (f) => done(await lift.run({ input: { ...v, reason: f.reason } }, '预警已解除'))}
      >
        <Form.Item name="reason" label="解除理由（已解决或已平息）" rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>

      <FormModal<{
        recipientUnitIds: string[];
        title: string;
        level: Grade;
        risk: string;
        scope: string;
        watchPoints: string;
        requestedMeasures: string;
      }>
        open={dialog === 'letter'}
        title="发送网络风险提示函"
        onClose={close}
        loading={letter.loading}
        width={680}
        testId="letter-form"
        initialValues={{ level: inc.grade ?? 'IV', title: `关于“${inc.title}”舆情风险的提示函` }}
        onSubmit={async (f) =>
          done(await letter.run({ input: { ...f, incidentId: inc.id } }, '提示函已发送'))
        }
      >
        <Form.Item
          name="recipientUnitIds"
          label="收函单位"
          rules={[{ required: true, message: '请选择收函单位' }]}
        >
          <UnitPicker
            many
            treeData={tree}
            treeDefaultExpandAll
            placeholder="选择乡镇、部门"
            data-testid="letter-recipients"
          />
        </Form.Item>
        <Form.Item name="title" label="标题" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="level" label="风险等级" rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={options('Grade', (l) => l.replace(/（.*）/, ''))} />
        </Form.Item>
        <Form.Item name="risk" label="风险" rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="scope" label="范围" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="watchPoints" label="关注重点" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="requestedMeasures" label="工作要求" rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>

      <FormModal<{ requirements: string }>
        open={dialog === 'list'}
        title="列单"
        onClose={close}
        loading={list.loading}
        testId="list-form"
        initialValues={{
          requirements:
            inc.grade && ['I', 'II', 'III'].includes(inc.grade)
              ? `${policy.feedbackHours}小时内书面反馈核查和处置情况`
              : '当日答复处理意见，办结后反馈结果',
        }}
        onSubmit={async (f) =>
          done(await list.run({ input: { ...v, requirements: f.requirements } }, '已列单'))
        }
      >
        <Form.Item name="requirements" label="处置要求" rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>

      <FormModal<{
        unitId: string;
        role: TaskRole;
        requirements: string;
        custom?: boolean;
        dueAt?: dayjs.Dayjs;
      }>
        open={dialog === 'dispatch'}
        title="派单"
        onClose={close}
        loading={dispatch.loading}
        width={640}
        testId="dispatch-form"
        initialValues={{
          role: inc.tasks.some(
            (t) => t.role === 'LEAD' && t.status !== 'CANCELLED' && t.status !== 'RETURNED',
          )
            ? 'SUPPORT'
            : 'LEAD',
          custom: false,
        }}
        onSubmit={async (f) =>
          done(
            await dispatch.run(
              {
                input: {
                  incidentId: inc.id,
                  unitId: f.unitId,
                  role: f.role,
                  requirements: f.requirements,
                  dueAt: f.custom && f.dueAt ? f.dueAt.toISOString() : undefined,
                },
              },
              `已派单给${units.name(f.unitId)}`,
            ),
          )
        }
      >
        <Form.Item name="unitId" label="承办单位" rules={[{ required: true, message: '请选择承办单位' }]}>
          <UnitPicker
            treeData={tree}
            treeDefaultExpandAll
            placeholder="选择乡镇、部门"
            data-testid="dispatch-unit"
          />
        </Form.Item>
        <Form.Item name="role" label="角色">
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'LEAD', label: '主办' },
              { value: 'SUPPORT', label: '协办' },
            ]}
            data-testid="dispatch-role"
          />
        </Form.Item>
        <Form.Item
          name="requirements"
          label="工作要求"
          rules={[{ required: true, message: '请填写工作要求' }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={
            sameDay
              ? `按本县时限规定：四级询问类当天答复处理意见${policy.sameDayLeastMinutes > 0 ? `；当天所余办公时间不足 ${policy.sameDayLeastMinutes} 分钟的，顺延至承办单位有足额办公时间（以系统为准）` : ''}`
              : `按本县时限规定：${inc.grade ?? 'IV'}级${defaultHours ? ` ${defaultHours} 小时内书面反馈` : ''}，预计 ${bj(Date.now() + defaultHours * 3_600_000).format('MM-DD HH:mm')} 到期${policy.onWorkingTime ? '（按工作时间计算，以系统为准）' : ''}；延期不超过 ${policy.hardCapHours} 小时`
          }
        />
        <Form.Item name="custom" label="另行指定时限" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item noStyle shouldUpdate>
          {({ getFieldValue }) =>
            getFieldValue('custom') === true && (
              <Form.Item name="dueAt" label="时限" rules={[{ required: true }]}>
                <DatePicker showTime format="YYYY-MM-DD HH:mm" />
              </Form.Item>
            )
          }
        </Form.Item>
      </FormModal>

      <FormModal<{ requirements: string }>
        open={dialog === 'police'}
        title="移交公安依法处置"
        onClose={close}
        loading={police.loading}
        onSubmit={async (f) =>
          done(
            await police.run({ input: { incidentId: inc.id, requirements: f.requirements } }, '已移交公安'),
          )
        }
      >
        <Form.Item name="requirements" label="移交事由和要求" rules={[{ required: true }]}>
          <Input.TextArea rows={3} placeholder="如：依法查处造谣者" />
        </Form.Item>
      </FormModal>

      <FormModal<{ to: EscalationTarget[]; summary: string }>
        open={dialog === 'escalate'}
        title="上报"
        onClose={close}
        loading={escalate.loading}
        initialValues={{ to: ['COUNTY_LEADERS'] }}
        onSubmit={async (f) =>
          done(await escalate.run({ input: { ...v, to: f.to, summary: f.summary } }, '已上报'))
        }
      >
        <Form.Item name="to" label="上报对象" rules={[{ required: true }]}>
          <Checkbox.Group options={options('EscalationTarget')} />
        </Form.Item>
        <Form.Item name="summary" label="报告内容" rules={[{ required: true }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </FormModal>

      <FormModal<{ memberUnitIds: string[]; reason: string }>
        open={dialog === 'activate'}
        title="启动 1+3+N 联动"
        onClose={close}
        loading={activate.loading}
        initialValues={{
          memberUnitIds: proposal?.linkageProposal.proposedMemberUnitIds ?? [],
          reason: inc.grade ? `${inc.grade}级舆情` : '',
        }}
        onSubmit={async (f) =>
          done(
            await activate.run(
              {
                input: {
                  ...v,
                  memberUnitIds: f.memberUnitIds ?? [],
                  reason: f.reason,
                  byDecision: !proposal?.linkageProposal.meetsThreshold,
                },
              },
              '联动已启动',
            ),
          )
        }
      >
        <Form.Item name="memberUnitIds" label="涉事部门和属地（N）">
          <UnitPicker many treeData={tree} treeDefaultExpandAll />
        </Form.Item>
        <Form.Item name="reason" label="启动理由" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      </FormModal>

      <FormModal<{ unitIds: string[] }>
        open={dialog === 'addMembers'}
        title="增加联动单位"
        onClose={close}
        loading={addMembers.loading}
        onSubmit={async (f) =>
          done(await addMembers.run({ input: { ...v, unitIds: f.unitIds } }, '已增加联动单位'))
        }
      >
        <Form.Item name="unitIds" label="单位" rules={[{ required: true }]}>
          <UnitPicker many treeData={treeWithVillages} />
        </Form.Item>
      </FormModal>

      <FormModal<{ reason: string }>
        open={!!dialog?.startsWith('release:')}
        title={`解除联动单位：${units.name(dialog?.split(':')[1])}`}
        onClose={close}
        loading={release.loading}
        onSubmit={async (f) =>
          done(
            await release.run({ input: { ...v, unitId: dialog!.split(':')[1], reason: f.reason } }, '已解除'),
          )
        }
      >
        <Form.Item name="reason" label="理由" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      </FormModal>

      <FormModal<{
        heldAt: dayjs.Dayjs;
        participantUnitIds?: string[];
        participants: string;
        decisions: string;
        followUps?: { unitId: string; role: TaskRole; requirements: string }[];
      }>
        open={dialog === 'conference'}
        title="记录联席会议"
        onClose={close}
        loading={conference.loading}
        width={720}
        initialValues={{
          heldAt: dayjs(),
          // The "1+3+N" members take part by default (001 §四); the form lets the centre change that.
          participantUnitIds: inc.linkage
            ? [inc.linkage.leadUnitId, ...inc.linkage.coreUnitIds, ...inc.linkage.memberUnitIds]
            : [],
          followUps: [],
        }}
        onSubmit={async (f) =>
          done(
            await conference.run(
              {
                input: {
                  incidentId: inc.id,
                  heldAt: f.heldAt.toISOString(),
                  participants: lines(f.participants),
                  decisions: lines(f.decisions),
                  participantUnitIds: f.participantUnitIds ?? [],
                  followUpTasks: (f.followUps ?? []).map((t) => ({
                    unitId: t.unitId,
                    role: t.role,
                    requirements: t.requirements,
                  })),
                },
              },
              f.followUps?.length ? `已记录联席会议，派出 ${f.followUps.length} 张工单` : '已记录联席会议',
            ),
          )
        }
      >
        <Form.Item name="heldAt" label="召开时间" rules={[{ required: true }]}>
          <DatePicker showTime format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="participantUnitIds" label="参会单位">
          <UnitPicker
            many
            treeData={treeWithVillages}
            showCheckedStrategy={TreeSelect.SHOW_ALL}
            maxTagCount="responsive"
            data-testid="conference-units"
          />
        </Form.Item>
        <Form.Item name="participants" label="参会人员（每行一位）" rules={[{ required: true }]}>
          <Input.TextArea rows={3} placeholder="如：县委宣传部 副部长" />
        </Form.Item>
        <Form.Item name="decisions" label="会议决定（每行一条）" rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.List name="followUps">
          {(fields, { add, remove }) => (
            <div className="follow-ups">
              <div className="follow-ups-head">
                会后派出的工单（随会议记录一并派出，时限按本县规定）
                <Button
                  size="small"
                  type="dashed"
                  onClick={() => add({ role: 'LEAD' })}
                  data-testid="conference-add-task"
                >
                  + 增加工单
                </Button>
              </div>
              {fields.map(({ key, name }) => (
                <Row gutter={8} key={key} align="top" data-testid="conference-task">
                  <Col xs={24} md={8}>
                    <Form.Item
                      name={[name, 'unitId']}
                      rules={[{ required: true, message: '请选择承办单位' }]}
                    >
                      <UnitPicker treeData={treeWithVillages} placeholder="承办单位" treeDefaultExpandAll />
                    </Form.Item>
                  </Col>
                  <Col xs={8} md={4}>
                    <Form.Item name={[name, 'role']}>
                      <Select
                        options={[
                          { value: 'LEAD', label: '主办' },
                          { value: 'SUPPORT', label: '协办' },
                        ]}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={14} md={11}>
                    <Form.Item
                      name={[name, 'requirements']}
                      rules={[{ required: true, message: '请填写工作要求' }]}
                    >
                      <Input placeholder="工作要求" />
                    </Form.Item>
                  </Col>
                  <Col xs={2} md={1}>
                    <Button type="text" danger onClick={() => remove(name)} aria-label="删除">
                      ×
                    </Button>
                  </Col>
                </Row>
              ))}
            </div>
          )}
        </Form.List>
      </FormModal>

      <PublishStatementModal
        statement={publishing}
        onClose={() => setPublishing(null)}
        onPublished={() => void reload()}
      />
      <FormModal<{ kind: StatementKind; tier: GuidanceTier; title: string; content: string }>
        open={dialog === 'draft'}
        title="起草口径 / 通稿"
        onClose={close}
        loading={draft.loading}
        width={640}
        initialValues={{ kind: 'WORDING', tier: 'POSITIVE_RESPONSE' }}
        onSubmit={async (f) =>
          done(await draft.run({ input: { ...f, incidentId: inc.id } }, '稿件已提交宣传部审核'))
        }
      >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="kind" label="类型">
              <Select options={options('StatementKind')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="tier" label="引导层级">
              <Select options={options('GuidanceTier')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label="标题" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="content"
          label="内容（早讲事实、重讲态度、多讲措施、慎讲原因）"
          rules={[{ required: true }]}
        >
          <Input.TextArea rows={6} />
        </Form.Item>
      </FormModal>

      <FormModal<{ note?: string }>
        open={dialog === 'calm'}
        title="标记平息"
        onClose={close}
        loading={calm.loading}
        onSubmit={async (f) => done(await calm.run({ input: { ...v, note: f.note ?? '' } }, '已标记平息'))}
      >
        <Form.Item name="note" label="说明">
          <Input.TextArea rows={2} placeholder="如：网上讨论明显减少" />
        </Form.Item>
      </FormModal>

      <FormModal<{ summary: string }>
        open={dialog === 'close'}
        title="办结"
        onClose={close}
        loading={closeIt.loading}
        onSubmit={async (f) => done(await closeIt.run({ input: { ...v, summary: f.summary } }, '已办结'))}
      >
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message="办结前须解除预警，且所有工单已销号或撤销。"
        />
        <Form.Item name="summary" label="办结说明" rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>

      <FormModal<{ reason: string }>
        open={dialog === 'reopen'}
        title="重新打开（舆情反复）"
        onClose={close}
        loading={reopen.loading}
        onSubmit={async (f) => done(await reopen.run({ input: { ...v, reason: f.reason } }, '已重新打开'))}
      >
        <Form.Item name="reason" label="理由" rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>

      <FormModal<{ cause: string; spread: string; result: string; experience: string; problems: string }>
        open={dialog === 'review'}
        title="总结评估"
        onClose={close}
        loading={review.loading}
        width={640}
        onSubmit={async (f) => done(await review.run({ input: { ...v, ...f } }, '总结评估已提交'))}
      >
        {(
          [
            ['cause', '起因'],
            ['spread', '传播特点'],
            ['result', '处置结果'],
            ['experience', '经验'],
            ['problems', '存在问题'],
          ] as const
        ).map(([k, l]) => (
          <Form.Item key={k} name={k} label={l} rules={[{ required: true }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        ))}
      </FormModal>
      {inc.review && (
        <Card
          size="small"
          title="总结评估"
          style={{ marginTop: 16 }}
          data-testid="review"
          extra={<span className="muted">{fmt(inc.review.at)} 提交</span>}
        >
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label="起因">{inc.review.cause}</Descriptions.Item>
            <Descriptions.Item label="传播特点">{inc.review.spread}</Descriptions.Item>
            <Descriptions.Item label="处置结果">{inc.review.result}</Descriptions.Item>
            <Descriptions.Item label="经验">{inc.review.experience}</Descriptions.Item>
            <Descriptions.Item label="存在问题" span={2}>
              {inc.review.problems}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
    </div>
  );
}
