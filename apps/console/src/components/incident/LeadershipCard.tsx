import { Button, Card, Empty, Form, Input, Select, Space, Tag, TreeSelect, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { offers } from './shared';
import { FormModal } from '../FormModal';
import { ReasonDialog } from '../ReasonDialog';
import { UnitPicker } from '../UnitPicker';
import { graphql } from '../../gql';
import type { IncidentLeadershipFieldsFragment } from '../../gql/graphql';
import { label, ROLE_SHORT } from '../../lib/labels';
import { useSubmit } from '../../lib/submit';
import { fmt } from '../../lib/time';
import { unitTree, useUnits } from '../../lib/units';
import { PlanMeasures } from './PlanMeasures';

graphql(`
  fragment IncidentLeadershipFields on Incident {
    id
    version
    allowedActions
    tasks {
      id
      role
      assigneeUnitId
      requirements
    }
  }
`);

const LEADERSHIP = graphql(`
  query ConsoleIncidentLeadership($id: ID!) {
    leaderInstructions(incidentId: $id) {
      id
      leaderName
      post
      text
      givenAt
      taskIds
      feedback {
        text
        byName
        at
      }
      allowedActions
    }
    handlingPlans(incidentId: $id) {
      id
      status
      revision
      measures
      unitIds
      timing
      draftedByName
      draftedAt
      decidedByName
      decidedByPost
      decidedAt
      reason
      opinion
      allowedActions
    }
  }
`);
const DRAFT_PLAN = graphql(`
  mutation ConsoleDraftHandlingPlan($input: DraftHandlingPlanInput!) {
    draftHandlingPlan(input: $input) {
      id
      status
      revision
    }
  }
`);
const LINK_TASK = graphql(`
  mutation ConsoleLinkInstructionTask($input: LinkInstructionTaskInput!) {
    linkInstructionTask(input: $input) {
      id
      taskIds
    }
  }
`);
const FEEDBACK = graphql(`
  mutation ConsoleReportInstructionFeedback($input: ReportInstructionFeedbackInput!) {
    reportInstructionFeedback(input: $input) {
      id
    }
  }
`);

const PLAN_COLOR: Record<string, string> = { APPROVED: 'green', SENT_BACK: 'red', PENDING: 'gold' };

interface PlanForm {
  measures: string;
  unitIds: string[];
  timing: string;
}

/**
 * 领导批示与处置方案 on the incident (issue 19; 004 §二(四), §三(四)): the leaders' instructions with the tasks that carry
 * them out and the centre's reports back (落实批示, 反馈), and the handling plan the centre drafts for the leader in
 * charge, with the leader's decision. Every button is one the API offers (`allowedActions`).
 */
export function LeadershipCard({
  incident: inc,
  onChanged,
}: {
  incident: IncidentLeadershipFieldsFragment;
  onChanged: () => void;
}) {
  const units = useUnits();
  const tree = useMemo(() => unitTree(units.list), [units.list]);
  const [{ data }, refetch] = useQuery({ query: LEADERSHIP, variables: { id: inc.id } });
  const draft = useSubmit(DRAFT_PLAN);
  const link = useSubmit(LINK_TASK);
  const feedback = useSubmit(FEEDBACK);
  const [planning, setPlanning] = useState<{ planId?: string; initial?: PlanForm } | null>(null);
  const [linking, setLinking] = useState<string | null>(null);
  const [reporting, setReporting] = useState<string | null>(null);
  const [taskId, setTaskId] = useState<string | undefined>();
  const done = (r: unknown) => {
    if (r) {
      refetch({ requestPolicy: 'network-only' });
      onChanged();
    }
    return !!r;
  };
  const instructions = data?.leaderInstructions ?? [];
  const plans = data?.handlingPlans ?? [];
  const pending = plans.some((p) => p.status === 'PENDING');
  const taskName = (id: string) => {
    const t = inc.tasks.find((x) => x.id === id);
    return t ? `${units.name(t.assigneeUnitId)}（${ROLE_SHORT[t.role]}）` : '工单';
  };

  return (
    <Card
      size="small"
      title="领导批示与处置方案"
      style={{ marginTop: 16 }}
      data-testid="leadership-card"
      extra={
        offers(inc, 'draftHandlingPlan') &&
        !pending && (
          <Button size="small" onClick={() => setPlanning({})} data-testid="plan-draft">
            起草处置方案
          </Button>
        )
      }
    >
      {instructions.length === 0 && plans.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无领导批示和处置方案" />
      )}
      {instructions.map((i) => (
        <div key={i.id} className="leader-item" data-testid="instruction">
          <Space size={4} wrap>
            <Tag color="red">领导批示</Tag>
            <b>
              {i.post} {i.leaderName}
            </b>
            <Typography.Text type="secondary">{fmt(i.givenAt)}</Typography.Text>
          </Space>
          <div className="inbox-req">{i.text}</div>
          {i.taskIds.length > 0 && (
            <div className="inbox-meta">落实工单：{i.taskIds.map(taskName).join('、')}</div>
          )}
          {i.feedback.map((f) => (
            <div key={f.at} className="inbox-super">
              {f.byName} {fmt(f.at)} 反馈：{f.text}
            </div>
          ))}
          <Space style={{ marginTop: 6 }}>
            {i.allowedActions.includes('linkInstructionTask') && inc.tasks.length > 0 && (
              <Button size="small" onClick={() => setLinking(i.id)} data-testid="instruction-link">
                关联工单
              </Button>
            )}
            {i.allowedActions.includes('reportInstructionFeedback') && (
              <Button
                size="small"
                type={i.feedback.length ? 'default' : 'primary'}
                onClick={() => setReporting(i.id)}
                data-testid="instruction-feedback"
              >
                反馈落实情况
              </Button>
            )}
          </Space>
        </div>
      ))}
      {plans.map((p) => (
        <div key={p.id} className="leader-item" data-testid="handling-plan">
          <Space size={4} wrap>
            <Tag color="geekblue">处置方案 · 第 {p.revision} 稿</Tag>
            <Tag color={PLAN_COLOR[p.status]}>{label('HandlingPlanStatus', p.status)}</Tag>
            <Typography.Text type="secondary">
              {p.draftedByName} {fmt(p.draftedAt)} 拟
            </Typography.Text>
          </Space>
          <PlanMeasures plan={p} />
          {p.decidedAt && (
            <div className={p.status === 'SENT_BACK' ? 'inbox-super' : 'inbox-meta'}>
              {p.decidedByPost} {p.decidedByName} {fmt(p.decidedAt)}
              {p.status === 'APPROVED'
                ? ` 同意${p.opinion ? `：${p.opinion}` : ''}`
                : ` 退回：${p.reason ?? ''}`}
            </div>
          )}
          {p.allowedActions.includes('reviseHandlingPlan') && (
            <Button
              size="small"
              style={{ marginTop: 6 }}
              data-testid="plan-revise"
              onClick={() =>
                setPlanning({
                  planId: p.id,
                  initial: { measures: p.measures, unitIds: p.unitIds, timing: p.timing },
                })
              }
            >
              修改方案
            </Button>
          )}
        </div>
      ))}

      <FormModal<PlanForm>
        open={!!planning}
        title={planning?.planId ? '修改处置方案' : '起草处置方案（报分管领导同意）'}
        onClose={() => setPlanning(null)}
        loading={draft.loading}
        width={640}
        initialValues={planning?.initial}
        testId="plan-form"
        onSubmit={async (f) =>
          done(
            await draft.run(
              { input: { incidentId: inc.id, planId: planning?.planId, ...f } },
              '处置方案已报分管领导',
            ),
          )
        }
      >
        <Form.Item name="measures" label="处置措施" rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
        <Form.Item name="unitIds" label="责任单位" rules={[{ required: true }]}>
          <UnitPicker
            many
            treeData={tree}
            showCheckedStrategy={TreeSelect.SHOW_ALL}
            maxTagCount="responsive"
            treeDefaultExpandAll
            data-testid="plan-units"
          />
        </Form.Item>
        <Form.Item name="timing" label="时限要求" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} placeholder="如：12小时内核实并答复群众" />
        </Form.Item>
      </FormModal>
      <FormModal<Record<string, never>>
        open={!!linking}
        title="落实批示：关联工单"
        onClose={() => setLinking(null)}
        loading={link.loading}
        onSubmit={async () =>
          !!taskId && done(await link.run({ input: { instructionId: linking!, taskId } }, '已关联工单'))
        }
      >
        <Select
          style={{ width: '100%' }}
          placeholder="选择本事件已派发的工单"
          value={taskId}
          onChange={setTaskId}
          options={inc.tasks.map((t) => ({ value: t.id, label: `${taskName(t.id)} · ${t.requirements}` }))}
          data-testid="instruction-task"
        />
      </FormModal>
      <ReasonDialog
        open={!!reporting}
        title="批示落实情况反馈"
        label="落实情况"
        rows={4}
        maxLength={2000}
        okText="反馈"
        loading={feedback.loading}
        testId="instruction-feedback-text"
        note="反馈送达作出批示的领导。"
        onClose={() => setReporting(null)}
        onSubmit={async (text) =>
          done(await feedback.run({ input: { instructionId: reporting!, text } }, '已反馈领导'))
        }
      />
    </Card>
  );
}
