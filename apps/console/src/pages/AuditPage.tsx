import {
  CheckCircleTwoTone,
  CloseCircleTwoTone,
  HistoryOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Input,
  Row,
  Select,
  Slider,
  Space,
  Spin,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { BundleCheckCard } from '../components/BundleCheckCard';
import { BundleExportCard } from '../components/BundleExportCard';
import { GradeTag, StatusTag, TaskStatusTag } from '../components/tags';
import { graphql } from '../gql';
import type { HistoryKind } from '../gql/graphql';
import { label, options, ROLE_SHORT } from '../lib/labels';
import { fmt, fmtSec } from '../lib/time';
import { useUnits } from '../lib/units';
import { LoadError } from '../components/LoadError';

const FIND = graphql(`
  query ConsoleAuditFind($text: String) {
    incidents(first: 30, filter: { text: $text }) {
      edges {
        node {
          id
          title
          grade
          status
          reportedAt
        }
      }
    }
  }
`);

const HISTORY = graphql(`
  query ConsoleAuditHistory($id: ID!, $filter: HistoryFilter) {
    incidentHistory(id: $id, filter: $filter) {
      title
      total
      entries {
        at
        kind
        description
        actorName
        actorUnitName
        command
        correlationId
        hash
        position
      }
    }
  }
`);

const AS_OF = graphql(`
  query ConsoleAuditAsOf($id: ID!, $at: DateTime!) {
    incidentAsOf(id: $id, at: $at) {
      exists
      at
      status
      grade
      nature
      assessments
      escalatedTo
      eventsApplied
      lastEventAt
      reviewFiled
      warning {
        level
        active
      }
      linkage {
        active
        leadUnitId
        memberUnitIds
      }
      letters {
        letterId
        recipientUnitIds
        signedUnitIds
      }
      tasks {
        taskId
        assigneeUnitName
        role
        status
        dueAt
        extensionPending
      }
      statements {
        statementId
        status
      }
    }
  }
`);

const COMPLIANCE = graphql(`
  query ConsoleAuditCompliance($id: ID!) {
    deadlineCompliance(incidentId: $id) {
      asOf
      summary {
        tasks
        onTime
        late
        openOverdue
        onTimeRate
        reworks
        returns
        supervisions
      }
      tasks {
        taskId
        assigneeUnitName
        role
        status
        deadlineRule
        dispatchedAt
        originalDueAt
        dueAt
        signedAt
        firstHandedInAt
        acceptedAt
        late
        overdueMinutes
        extensions {
          requestedDueAt
          approved
          decisionReason
        }
        reworks {
          at
          reason
        }
        supervisions {
          at
        }
      }
    }
  }
`);

const VERIFY = graphql(`
  query ConsoleAuditVerify($id: ID!) {
    verifyIncident(id: $id) {
      ok
      verdict
      eventsChecked
      streamsChecked
      checkpointsChecked
      witnessedCheckpoints
      unsealedEvents
      independentWitness {
        name
        reachable
        countersignedThrough
        notCountersigned
      }
      verifiedAt
      keyId
      fault {
        kind
        message
        streamId
        streamVersion
      }
    }
  }
`);

function Finder() {
  const nav = useNavigate();
  const [text, setText] = useState('');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: FIND,
    variables: { text: text || undefined },
  });
  return (
    <div className="page" data-testid="audit-finder">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            审计
          </Typography.Title>
          <Typography.Text type="secondary">
            回放任一事件的全过程：谁、何时、以哪个单位做了什么；当时的状态；时限履行；记录是否完好
          </Typography.Text>
        </div>
      </div>
      <Card size="small">
        <Input.Search
          placeholder="按标题、摘要查找事件"
          allowClear
          enterButton="查找"
          onSearch={setText}
          style={{ maxWidth: 420, marginBottom: 12 }}
          data-testid="audit-search"
        />
        <LoadError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
        <Table
          size="small"
          rowKey="id"
          loading={fetching}
          dataSource={data?.incidents.edges.map((e) => e.node) ?? []}
          onRow={(r) => ({ onClick: () => nav(`/audit/${r.id}`), className: 'clickable' })}
          pagination={false}
          columns={[
            { title: '等级', width: 80, render: (_, r) => <GradeTag grade={r.grade} /> },
            { title: '标题', dataIndex: 'title' },
            { title: '状态', width: 90, render: (_, r) => <StatusTag status={r.status} /> },
            { title: '登记时间', width: 150, render: (_, r) => fmt(r.reportedAt) },
          ]}
        />
      </Card>
      <BundleCheckCard />
    </div>
  );
}

function Replay({ id }: { id: string }) {
  const nav = useNavigate();
  const units = useUnits();
  // Deliveries into inboxes double every cross-unit step: shown on request.
  const [kinds, setKinds] = useState<HistoryKind[]>([
    'INCIDENT',
    'WARNING',
    'ESCALATION',
    'LETTER',
    'TASK',
    'LINKAGE',
    'STATEMENT',
  ]);
  const [{ data: hist, error }] = useQuery({
    query: HISTORY,
    variables: { id, filter: kinds.length ? { kinds } : undefined },
  });
  const entries = useMemo(() => hist?.incidentHistory.entries ?? [], [hist]);
  const [idx, setIdx] = useState<number | null>(null);
  const [shown, setShown] = useState<number | null>(null);
  useEffect(() => {
    if (entries.length && idx === null) {
      setIdx(entries.length - 1);
      setShown(entries.length - 1);
    }
  }, [entries, idx]);
  const at = shown !== null && entries[shown] ? entries[shown].at : null;
  const [{ data: asOf, fetching: asOfLoading }] = useQuery({
    query: AS_OF,
    variables: { id, at: at ?? '' },
    pause: !at,
  });
  // The state shown stays until the next one has arrived: the table never empties under the slider and the page does
  // not jump while a person drags (issue 20 §7).
  const held = useRef(asOf);
  if (asOf) held.current = asOf;
  const [{ data: comp }] = useQuery({ query: COMPLIANCE, variables: { id } });
  const [{ data: ver, fetching: verifying }, reverify] = useQuery({ query: VERIFY, variables: { id } });

  if (error && !hist)
    return <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '无法读取'} />;
  if (!hist) return <Spin style={{ display: 'block', margin: '120px auto' }} />;
  const s = (asOf ?? held.current)?.incidentAsOf;
  const v = ver?.verifyIncident;
  const sum = comp?.deadlineCompliance.summary;

  return (
    <div className="page" data-testid="audit-replay">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            <HistoryOutlined /> {hist.incidentHistory.title ?? '事件'} · 审计回放
          </Typography.Title>
          <Typography.Text type="secondary">
            共 {hist.incidentHistory.total} 条记录，按日志顺序；本次查阅已记入审计日志
          </Typography.Text>
        </div>
        <Button onClick={() => nav('/audit')}>换一个事件</Button>
      </div>

      <Card
        size="small"
        className="replay-card"
        title="时间回放：拖动查看任一时刻的事件状态"
        data-testid="audit-slider"
      >
        {entries.length > 0 && idx !== null && (
          <div className="replay-controls">
            <Slider
              min={0}
              max={entries.length - 1}
              value={idx}
              onChange={(n) => setIdx(n)}
              onChangeComplete={(n) => setShown(n)}
              tooltip={{ formatter: (n) => (n !== undefined && entries[n] ? fmtSec(entries[n].at) : '') }}
            />
            <div className="replay-range">
              <span>{fmtSec(entries[0].at)}</span>
              <span>{fmtSec(entries[entries.length - 1].at)}</span>
            </div>
            <div className="replay-now">
              <b>{fmtSec(entries[idx].at)}</b>（北京时间）第 {idx + 1} 条：
              {entries[idx].description.replace(/^\d\d:\d\d /, '')}
            </div>
          </div>
        )}
        <Row gutter={16} style={{ marginTop: 12 }}>
          <Col xs={24} lg={9}>
            <Spin spinning={asOfLoading} delay={300}>
              {s && (
                <Descriptions size="small" column={1} bordered data-testid="as-of">
                  <Descriptions.Item label="当时状态">
                    {s.exists ? <StatusTag status={s.status} /> : '尚未登记'}
                  </Descriptions.Item>
                  <Descriptions.Item label="等级">
                    <GradeTag grade={s.grade} long />
                  </Descriptions.Item>
                  <Descriptions.Item label="预警">
                    {s.warning
                      ? `${label('Grade', s.warning.level)} ${s.warning.active ? '生效中' : '已解除'}`
                      : '无'}
                  </Descriptions.Item>
                  <Descriptions.Item label="研判次数">{s.assessments}</Descriptions.Item>
                  <Descriptions.Item label="提示函签收">
                    {s.letters.length
                      ? s.letters
                          .map((l) => `${l.signedUnitIds.length}/${l.recipientUnitIds.length}`)
                          .join('，')
                      : '—'}
                  </Descriptions.Item>
                  <Descriptions.Item label="联动">
                    {s.linkage
                      ? s.linkage.active
                        ? `联动中（${s.linkage.memberUnitIds.length} 个涉事单位）`
                        : '已结束'
                      : '未启动'}
                  </Descriptions.Item>
                  <Descriptions.Item label="已应用事件">{s.eventsApplied}</Descriptions.Item>
                </Descriptions>
              )}
            </Spin>
          </Col>
          <Col xs={24} lg={15}>
            <Table
              size="small"
              rowKey="taskId"
              pagination={false}
              dataSource={s?.tasks ?? []}
              locale={{ emptyText: '该时刻尚无工单' }}
              columns={[
                {
                  title: '承办单位',
                  render: (_, t) => `${t.assigneeUnitName ?? units.name(null)}（${ROLE_SHORT[t.role]}）`,
                },
                { title: '当时状态', width: 110, render: (_, t) => <TaskStatusTag status={t.status} /> },
                { title: '时限', width: 110, render: (_, t) => fmt(t.dueAt) },
                {
                  title: '延期',
                  width: 80,
                  render: (_, t) => (t.extensionPending ? <Tag color="gold">待审批</Tag> : '—'),
                },
              ]}
            />
          </Col>
        </Row>
      </Card>

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title="完整历史"
            extra={
              <Select
                mode="multiple"
                allowClear
                size="small"
                placeholder="按类别筛选"
                maxTagCount={0}
                maxTagPlaceholder={(v) => `显示 ${v.length} 类记录`}
                style={{ width: 240 }}
                value={kinds}
                onChange={(k) => {
                  setKinds(k);
                  setIdx(null);
                }}
                options={options('HistoryKind')}
              />
            }
            className="history-card"
            data-testid="audit-history"
          >
            <Timeline
              items={entries.map((e, k) => ({
                color: k === idx ? 'red' : k < (idx ?? 0) ? 'blue' : 'gray',
                children: (
                  <div
                    className={`hist ${k === idx ? 'current' : ''} ${k > (idx ?? 0) ? 'future' : ''}`}
                    ref={k === shown ? (el) => el?.scrollIntoView({ block: 'nearest' }) : undefined}
                    onClick={() => (setIdx(k), setShown(k))}
                  >
                    <div className="tl-time">
                      {fmtSec(e.at)} · <Tag bordered={false}>{label('HistoryKind', e.kind)}</Tag>
                    </div>
                    <div>{e.description.replace(/^\d\d:\d\d /, '')}</div>
                    <div className="hash" title={`关联号 ${e.correlationId}`}>
                      {e.command} · {e.hash.slice(0, 18)}…
                    </div>
                  </div>
                ),
              }))}
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card
            size="small"
            title={
              <span>
                <SafetyCertificateOutlined /> 完整性校验
              </span>
            }
            extra={
              <Button
                size="small"
                loading={verifying}
                onClick={() => reverify({ requestPolicy: 'network-only' })}
              >
                重新校验
              </Button>
            }
            data-testid="audit-verify"
          >
            {v ? (
              <Alert
                // "No fault found" is not "sealed": a record no checkpoint covers yet is said to be so.
                type={v.verdict === 'SEALED' ? 'success' : v.verdict === 'FAULT' ? 'error' : 'warning'}
                showIcon
                icon={
                  v.ok ? (
                    <CheckCircleTwoTone twoToneColor={v.verdict === 'SEALED' ? '#52c41a' : '#d48806'} />
                  ) : (
                    <CloseCircleTwoTone twoToneColor="#cf1322" />
                  )
                }
                message={v.ok ? label('IntegrityVerdict', v.verdict) : `发现问题：${v.fault?.message ?? ''}`}
                data-verdict={v.verdict}
                description={
                  <span>
                    校验事件 {v.eventsChecked} 条、流 {v.streamsChecked} 条、封存点 {v.checkpointsChecked}{' '}
                    个（库外见证 {v.witnessedCheckpoints} 个）
                    {v.unsealedEvents > 0 && `；${v.unsealedEvents} 条尚未封存（仅哈希链保护）`}
                    {v.independentWitness &&
                      `；独立见证（${v.independentWitness.name}${v.independentWitness.reachable ? '' : '，本次未应答，按本库保存的回执核对'}）` +
                        (v.independentWitness.countersignedThrough === null
                          ? '尚未副签任何封存点'
                          : `副签至第 ${v.independentWitness.countersignedThrough} 号封存点`) +
                        (v.independentWitness.notCountersigned > 0
                          ? `，其后 ${v.independentWitness.notCountersigned} 个封存点只有本部署自己见过`
                          : '')}
                    ；公钥 {v.keyId.slice(0, 12)}… · {fmtSec(v.verifiedAt)}
                    {v.fault &&
                      `；问题位置 ${v.fault.streamId ?? ''} #${v.fault.streamVersion ?? ''}（${label('IntegrityFaultKind', v.fault.kind)}）`}
                  </span>
                }
              />
            ) : (
              <Spin />
            )}
          </Card>
          <Card size="small" title="时限履行" style={{ marginTop: 16 }} data-testid="audit-compliance">
            {sum && (
              <Space wrap style={{ marginBottom: 8 }}>
                <Tag>工单 {sum.tasks}</Tag>
                <Tag color="green">按时 {sum.onTime}</Tag>
                <Tag color={sum.late ? 'red' : 'default'}>逾期 {sum.late}</Tag>
                <Tag color={sum.openOverdue ? 'red' : 'default'}>逾期未交 {sum.openOverdue}</Tag>
                <Tag>返工 {sum.reworks}</Tag>
                <Tag>退回 {sum.returns}</Tag>
                <Tag>督办 {sum.supervisions}</Tag>
                <Tag color="blue">
                  按时率{' '}
                  {sum.onTimeRate === null || sum.onTimeRate === undefined
                    ? '—'
                    : `${Math.round(sum.onTimeRate * 100)}%`}
                </Tag>
              </Space>
            )}
            <Table
              size="small"
              rowKey="taskId"
              pagination={false}
              scroll={{ x: 960 }}
              dataSource={comp?.deadlineCompliance.tasks ?? []}
              expandable={{
                rowExpandable: (t) => t.reworks.length + t.extensions.length > 0,
                expandedRowRender: (t) => (
                  <div>
                    {t.reworks.map((r, k) => (
                      <div key={k}>
                        {fmt(r.at)} 退回重办：{r.reason}
                      </div>
                    ))}
                    {t.extensions.map((x, k) => (
                      <div key={`x${k}`}>
                        申请延至 {fmt(x.requestedDueAt)}：
                        {x.approved === null || x.approved === undefined
                          ? '待审批'
                          : x.approved
                            ? '同意'
                            : '不同意'}{' '}
                        {x.decisionReason ?? ''}
                      </div>
                    ))}
                  </div>
                ),
              }}
              columns={[
                {
                  title: '承办单位',
                  width: 190,
                  render: (_, t) => `${t.assigneeUnitName ?? ''}（${ROLE_SHORT[t.role]}）`,
                },
                {
                  title: '依据',
                  width: 120,
                  ellipsis: true,
                  render: (_, t) => label('DeadlineRule', t.deadlineRule).split('：')[0],
                },
                { title: '派单', width: 100, render: (_, t) => fmt(t.dispatchedAt) },
                { title: '时限', width: 100, render: (_, t) => fmt(t.dueAt) },
                { title: '签收', width: 100, render: (_, t) => fmt(t.signedAt) },
                { title: '首次交单', width: 100, render: (_, t) => fmt(t.firstHandedInAt) },
                { title: '状态', width: 90, render: (_, t) => <TaskStatusTag status={t.status} /> },
                {
                  title: '结论',
                  width: 100,
                  render: (_, t) =>
                    t.late ? (
                      <Tag color="red">逾期 {t.overdueMinutes} 分</Tag>
                    ) : (
                      <Tag color="green">按时</Tag>
                    ),
                },
              ]}
            />
          </Card>
          <BundleExportCard incidentId={id} />
        </Col>
      </Row>
      {entries.length === 0 && <Empty />}
    </div>
  );
}

export default function AuditPage() {
  const { id } = useParams();
  return id ? <Replay key={id} id={id} /> : <Finder />;
}
