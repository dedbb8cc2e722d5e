import { AuditOutlined, EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { LoadError } from '../components/LoadError';
import { FormModal } from '../components/FormModal';
import { ReasonDialog } from '../components/ReasonDialog';
import { graphql } from '../gql';
import { label } from '../lib/labels';
import { useLiveRefresh } from '../lib/live';
import { useSubmit } from '../lib/submit';
import { fmt } from '../lib/time';
import { useUnits } from '../lib/units';
import { PlanMeasures } from '../components/incident/PlanMeasures';

const DESK = graphql(`
  query ConsoleLeaderDesk {
    leaderDesk {
      me {
        name
        post
        fields
        principal
      }
      arrivals {
        kind
        refId
        incidentId
        title
        note
        confidential
        fromUnitId
        arrivedAt
      }
      instructions {
        id
        incidentId
        incidentTitle
        text
        givenAt
        taskIds
        feedback {
          text
          byName
          at
        }
      }
      plansAwaiting {
        id
        incidentId
        incidentTitle
        measures
        unitIds
        timing
        revision
        draftedByName
        draftedAt
        allowedActions
      }
    }
  }
`);
const INSTRUCT = graphql(`
  mutation ConsoleGiveInstruction($input: GiveInstructionInput!) {
    giveInstruction(input: $input) {
      id
    }
  }
`);
const APPROVE_PLAN = graphql(`
  mutation ConsoleApproveHandlingPlan($planId: ID!, $opinion: String) {
    approveHandlingPlan(planId: $planId, opinion: $opinion) {
      id
      status
    }
  }
`);
const SEND_BACK_PLAN = graphql(`
  mutation ConsoleSendBackHandlingPlan($input: SendBackHandlingPlanInput!) {
    sendBackHandlingPlan(input: $input) {
      id
      status
    }
  }
`);

/**
 * 领导批示 — a county leader's desk, made for a phone (issue 19): the handling plans waiting for their consent
 * (004 §二(四) 经主管领导同意后落实), what the centre escalated to them with its summary, where they give an instruction
 * (领导批示), and their instructions with the tasks carrying them out and the centre's reports back.
 */
export default function LeaderDeskPage() {
  const units = useUnits();
  const [{ data, fetching, error }, refetch] = useQuery({ query: DESK, requestPolicy: 'network-only' });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  useLiveRefresh(reload);
  const instruct = useSubmit(INSTRUCT);
  const approve = useSubmit(APPROVE_PLAN);
  const sendBack = useSubmit(SEND_BACK_PLAN);
  const [instructing, setInstructing] = useState<{ incidentId: string; title: string } | null>(null);
  const [sendingBack, setSendingBack] = useState<{ id: string; title: string } | null>(null);
  const [approving, setApproving] = useState<{ id: string; title: string } | null>(null);
  const desk = data?.leaderDesk;
  // One line per incident that reached the leader: escalated to them, or given them to answer for (包保).
  const reached = (desk?.arrivals ?? []).filter(
    (a) => a.incidentId && (a.kind === 'INCIDENT_ESCALATED' || a.kind === 'INCIDENT_RESPONSIBILITY'),
  );
  const instructedOn = new Set(desk?.instructions.map((i) => i.incidentId));

  return (
    <div className="page leader-page" data-testid="leader-desk">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            领导批示
          </Typography.Title>
          <Typography.Text type="secondary">
            {desk?.me
              ? `${desk.me.post} ${desk.me.name}${
                  desk.me.fields.length
                    ? ` · 分管：${desk.me.fields.map((f) => label('IncidentField', f)).join('、')}`
                    : desk.me.principal
                      ? ' · 主要领导'
                      : ''
                }`
              : desk
                ? '您不在本县领导名单中：上报给县领导的事件和处置方案不会送到这里'
                : ''}
          </Typography.Text>
        </div>
        <Button icon={<ReloadOutlined />} onClick={reload} loading={fetching} />
      </div>
      <LoadError error={error} retry={reload} />

      <Card size="small" title="待审批的处置方案" style={{ marginBottom: 12 }} data-testid="leader-plans">
        {desk?.plansAwaiting.length ? (
          desk.plansAwaiting.map((p) => (
            <div key={p.id} className="leader-item" data-testid="leader-plan">
              <Space size={4} wrap>
                <Tag color="geekblue" icon={<AuditOutlined />}>
                  第 {p.revision} 稿
                </Tag>
                <b>{p.incidentTitle}</b>
              </Space>
              <PlanMeasures plan={p} />
              <div className="inbox-meta">
                {p.draftedByName} {fmt(p.draftedAt)} 拟
              </div>
              <Space style={{ width: '100%' }} direction="vertical" size={6}>
                {p.allowedActions.includes('approveHandlingPlan') && (
                  <Button
                    type="primary"
                    block
                    loading={approve.loading}
                    data-testid="plan-approve"
                    onClick={() => setApproving({ id: p.id, title: p.incidentTitle })}
                  >
                    同意
                  </Button>
                )}
                {p.allowedActions.includes('sendBackHandlingPlan') && (
                  <Button
                    block
                    data-testid="plan-send-back"
                    onClick={() => setSendingBack({ id: p.id, title: p.incidentTitle })}
                  >
                    退回修改
                  </Button>
                )}
              </Space>
            </div>
          ))
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无待审批的方案" />
        )}
      </Card>

      <Card
        size="small"
        title="上报给我、由我包保的舆情"
        style={{ marginBottom: 12 }}
        data-testid="leader-arrivals"
      >
        {reached.length ? (
          <List
            dataSource={reached}
            renderItem={(a) => (
              <List.Item
                key={`${a.refId}-${a.arrivedAt}`}
                data-testid="leader-arrival"
                actions={[
                  <Button
                    key="instruct"
                    size="small"
                    type={instructedOn.has(a.incidentId!) ? 'default' : 'primary'}
                    icon={<EditOutlined />}
                    data-testid="leader-instruct"
                    onClick={() =>
                      setInstructing({ incidentId: a.incidentId!, title: a.title ?? '涉密事项' })
                    }
                  >
                    {instructedOn.has(a.incidentId!) ? '再批示' : '批示'}
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={a.confidential ? '涉密事项（内容请线下查阅）' : a.title}
                  description={
                    <>
                      {a.note && <div className="inbox-req">{a.note}</div>}
                      <span className="inbox-meta">
                        {units.name(a.fromUnitId)} · {fmt(a.arrivedAt)}{' '}
                        {a.kind === 'INCIDENT_RESPONSIBILITY' ? '指定包保' : '上报'}
                      </span>
                    </>
                  }
                />
              </List.Item>
            )}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无上报的舆情" />
        )}
      </Card>

      <Card size="small" title="我的批示及落实情况" data-testid="leader-instructions">
        {desk?.instructions.length ? (
          desk.instructions.map((i) => (
            <div key={i.id} className="leader-item" data-testid="leader-instruction">
              <b>{i.incidentTitle}</b>
              <div className="inbox-req">
                {fmt(i.givenAt)} 批示：{i.text}
              </div>
              <Space size={4} wrap>
                <Tag color={i.taskIds.length ? 'blue' : 'default'}>落实工单 {i.taskIds.length} 件</Tag>
                <Tag color={i.feedback.length ? 'green' : 'orange'}>
                  {i.feedback.length ? `已反馈 ${i.feedback.length} 次` : '待反馈'}
                </Tag>
              </Space>
              {i.feedback.map((f) => (
                <div key={f.at} className="inbox-super" data-testid="instruction-feedback">
                  {f.byName} {fmt(f.at)} 反馈：{f.text}
                </div>
              ))}
            </div>
          ))
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无批示" />
        )}
      </Card>

      <ReasonDialog
        open={!!instructing}
        title={`批示：${instructing?.title ?? ''}`}
        label="批示内容"
        rows={4}
        maxLength={2000}
        okText="批示"
        loading={instruct.loading}
        testId="instruction-text"
        note="批示记入事件，县中心据此落实并反馈。"
        onClose={() => setInstructing(null)}
        onSubmit={async (text) => {
          const r = await instruct.run({ input: { incidentId: instructing!.incidentId, text } }, '已批示');
          if (r) reload();
          return !!r;
        }}
      />
      <FormModal<{ opinion?: string }>
        open={!!approving}
        title={`同意处置方案：${approving?.title ?? ''}`}
        okText="同意"
        loading={approve.loading}
        testId="plan-approve-form"
        onClose={() => setApproving(null)}
        onSubmit={async (v) => {
          const r = await approve.run(
            { planId: approving!.id, opinion: (v.opinion ?? '').trim() || null },
            '已同意处置方案',
          );
          if (r) reload();
          return !!r;
        }}
      >
        <Typography.Paragraph type="secondary">
          同意后县中心按方案派单落实，方案不再修改。
        </Typography.Paragraph>
        <Form.Item name="opinion" label="审批意见（可选）">
          <Input.TextArea rows={2} maxLength={1000} placeholder="如：同意，注意工作方式方法" />
        </Form.Item>
      </FormModal>
      <ReasonDialog
        open={!!sendingBack}
        title={`退回处置方案：${sendingBack?.title ?? ''}`}
        label="修改意见"
        okText="退回"
        loading={sendBack.loading}
        testId="plan-send-back-reason"
        onClose={() => setSendingBack(null)}
        onSubmit={async (reason) => {
          const r = await sendBack.run({ input: { planId: sendingBack!.id, reason } }, '已退回处置方案');
          if (r) reload();
          return !!r;
        }}
      />
    </div>
  );
}
